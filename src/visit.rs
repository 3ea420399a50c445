//! The visitor's data: every plugin that keeps something of a visitor registers that resource
//! with [`ForgetWithVisit`], and puts it back to its fresh value itself when [`VisitEnded`] is
//! written. No central list can miss a new resource. Whether and when visits end is the
//! kiosk's business (`crate::kiosk`); this is the mechanism every layer can use.

use bevy::ecs::schedule::common_conditions::on_message;
use bevy::prelude::*;

/// Where resources are put back to their fresh value after a visit ends.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VisitSystems {
    Forget,
}

/// One resource that holds something of a visitor, and how to tell it is fresh again.
pub struct VisitResource {
    pub name: &'static str,
    pub is_fresh: fn(&World) -> bool,
}

/// Every resource registered with [`ForgetWithVisit`] (for the test that proves a visit leaves
/// no trace, and for the log).
#[derive(Resource, Default)]
pub struct VisitData(pub Vec<VisitResource>);

/// Registering a resource as the visitor's: it returns to its fresh value when the visit ends.
pub trait ForgetWithVisit {
    /// `R` holds something of the visitor; it becomes `R::default()` when the visit ends.
    fn forget_with_visit<R: Resource + Default + PartialEq>(&mut self) -> &mut Self {
        self.forget_with_visit_as::<R>(R::default)
    }

    /// `R` holds something of the visitor; it becomes `fresh()` when the visit ends.
    fn forget_with_visit_as<R: Resource + PartialEq>(&mut self, fresh: fn() -> R) -> &mut Self;
}

impl ForgetWithVisit for App {
    fn forget_with_visit_as<R: Resource + PartialEq>(&mut self, fresh: fn() -> R) -> &mut Self {
        self.add_message::<VisitEnded>()
            .init_resource::<VisitData>()
            .insert_resource(FreshValue::<R>(fresh))
            .add_systems(
                PostUpdate,
                forget::<R>
                    .run_if(on_message::<VisitEnded>)
                    .in_set(VisitSystems::Forget),
            );
        self.world_mut()
            .resource_mut::<VisitData>()
            .0
            .push(VisitResource {
                name: std::any::type_name::<R>(),
                is_fresh: is_fresh::<R>,
            });
        self
    }
}

/// How to build a fresh `R`: what the visit's end puts back, and what the check compares with.
#[derive(Resource)]
struct FreshValue<R: Resource>(fn() -> R);

fn forget<R: Resource>(fresh: Res<FreshValue<R>>, mut commands: Commands) {
    commands.insert_resource((fresh.0)());
}

/// Whether `R` equals its fresh value (a resource that is not there holds nothing).
fn is_fresh<R: Resource + PartialEq>(world: &World) -> bool {
    let fresh = world.get_resource::<FreshValue<R>>().map(|f| (f.0)());
    world
        .get_resource::<R>()
        .is_none_or(|current| Some(current) == fresh.as_ref())
}

/// Written when a visit ends (idle, "end my visit", or the admin screen closing): each plugin
/// forgets what it kept of the visitor.
#[derive(Message, Debug, Clone, Copy)]
pub struct VisitEnded;
