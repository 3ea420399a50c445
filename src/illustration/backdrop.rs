//! Meshes drawn behind an egui rectangle: the one mechanism the illustrations and the scenes'
//! canvas share.
//!
//! A view reserves a rectangle and writes what it wants drawn there to a [`BackdropSlot`];
//! after the views, its `sync` system spawns the meshes, rebuilds them only when the picture
//! changed, moves and scales them onto the rectangle, and removes them on a frame nothing asked
//! for one.

use std::marker::PhantomData;

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::state::ScreenViews;

/// A picture that can be drawn as meshes behind an egui rectangle.
pub trait Backdrop: Clone + PartialEq + Send + Sync + 'static {
    /// The name the mesh entities carry (for the inspector and logs).
    const NAME: &'static str;

    /// The meshes, each with its material and depth.
    fn parts(&self) -> Vec<BackdropPart>;

    /// World transform of the picture's own units for an egui `rect`, at egui zoom `zoom` in a
    /// window of logical `size` (the 2D camera has one world unit per logical pixel, origin
    /// centred). Depth is left at 0: each part sets its own.
    fn placement(&self, rect: egui::Rect, zoom: f32, size: Vec2) -> Transform;
}

/// One mesh of a picture.
pub struct BackdropPart {
    pub mesh: Mesh,
    pub material: ColorMaterial,
    /// Depth in the world (larger draws on top).
    pub z: f32,
}

/// What a view wants drawn this frame, and where (egui points), if anything.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct BackdropSlot<B> {
    pub wanted: Option<(B, egui::Rect)>,
}

impl<B> Default for BackdropSlot<B> {
    fn default() -> Self {
        BackdropSlot { wanted: None }
    }
}

/// Drawing pictures of type `B`: its slot, emptied before the views and synced after them.
pub fn plugin<B: Backdrop>(app: &mut App) {
    app.init_resource::<BackdropSlot<B>>()
        .init_resource::<Drawn<B>>()
        .add_systems(
            EguiPrimaryContextPass,
            (
                clear_slot::<B>.before(ScreenViews),
                sync::<B>.after(ScreenViews),
            ),
        );
}

/// Marks the mesh entities of a `B` picture.
#[derive(Component)]
struct Part<B>(PhantomData<B>);

/// The picture the meshes show now, and their entities with their depths.
#[derive(Resource)]
struct Drawn<B> {
    shown: Option<B>,
    entities: Vec<(Entity, f32)>,
}

impl<B> Default for Drawn<B> {
    fn default() -> Self {
        Drawn {
            shown: None,
            entities: Vec::new(),
        }
    }
}

fn clear_slot<B: Backdrop>(mut slot: ResMut<BackdropSlot<B>>) {
    if slot.wanted.is_some() {
        slot.wanted = None;
    }
}

/// The transform of a part at depth `z` for the picture's placement.
fn at_depth(placed: Transform, z: f32) -> Transform {
    let mut transform = placed;
    transform.translation.z = z;
    transform
}

/// Spawns, updates, moves or removes the meshes so they match what the view asked for.
fn sync<B: Backdrop>(
    mut commands: Commands,
    slot: Res<BackdropSlot<B>>,
    mut drawn: ResMut<Drawn<B>>,
    mut parts: Query<
        (
            &Mesh2d,
            &MeshMaterial2d<ColorMaterial>,
            &mut Transform,
            &mut GlobalTransform,
        ),
        With<Part<B>>,
    >,
    window: Query<&Window, With<PrimaryWindow>>,
    mut contexts: EguiContexts,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) -> Result {
    let Some((picture, rect)) = &slot.wanted else {
        if drawn.shown.is_some() {
            for (entity, _) in drawn.entities.drain(..) {
                commands.entity(entity).despawn();
            }
            drawn.shown = None;
        }
        return Ok(());
    };
    let zoom = contexts.ctx_mut()?.zoom_factor();
    let Ok(window) = window.single() else {
        return Ok(());
    };
    let size = Vec2::new(window.width(), window.height());
    let placed = picture.placement(*rect, zoom, size);
    if drawn.shown.as_ref() != Some(picture) {
        let new = picture.parts();
        let reusable = !drawn.entities.is_empty()
            && new.len() == drawn.entities.len()
            && drawn.entities.iter().all(|(e, _)| parts.contains(*e));
        if reusable {
            // The same number of meshes: change their assets in place rather than respawn.
            for ((entity, z), part) in drawn.entities.iter_mut().zip(new) {
                let Ok((mesh, material, ..)) = parts.get(*entity) else {
                    continue;
                };
                if let Some(mut asset) = meshes.get_mut(&mesh.0) {
                    *asset = part.mesh;
                }
                if let Some(mut asset) = materials.get_mut(&material.0) {
                    *asset = part.material;
                }
                *z = part.z;
            }
        } else {
            for (entity, _) in drawn.entities.drain(..) {
                commands.entity(entity).despawn();
            }
            for part in new {
                let entity = commands
                    .spawn((
                        Name::new(B::NAME),
                        Part::<B>(PhantomData),
                        Mesh2d(meshes.add(part.mesh)),
                        MeshMaterial2d(materials.add(part.material)),
                        at_depth(placed, part.z),
                    ))
                    .id();
                drawn.entities.push((entity, part.z));
            }
            drawn.shown = Some(picture.clone());
            return Ok(());
        }
        drawn.shown = Some(picture.clone());
    }
    for &(entity, z) in &drawn.entities {
        let Ok((_, _, mut transform, mut global)) = parts.get_mut(entity) else {
            continue;
        };
        let placed = at_depth(placed, z);
        if *transform != placed {
            *transform = placed;
            // Set the global transform too, so the meshes move in the same frame the view
            // moved, whatever the order of transform propagation.
            *global = GlobalTransform::from(placed);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_keeps_the_placement_and_takes_its_own_depth() {
        let placed = Transform::from_xyz(3.0, -4.0, 0.0).with_scale(Vec3::new(2.0, 2.0, 1.0));
        let part = at_depth(placed, 6.0);
        assert_eq!(part.translation, Vec3::new(3.0, -4.0, 6.0));
        assert_eq!(part.scale, placed.scale);
    }
}
