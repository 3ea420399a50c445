//! The waiting-room kiosk: an attract screen between visitors, an idle warning, a full wipe
//! of each visit, and a PIN-protected admin exit. Nothing of a visitor is written to disk.
//!
//! Forgetting is structural: every plugin that keeps something of a visitor registers that
//! resource with [`ForgetWithVisit`], and puts it back to its fresh value itself when
//! [`VisitEnded`] is written. No central list can miss a new resource.

use std::time::Duration;

use bevy::ecs::schedule::common_conditions::on_message;
use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::prelude::*;

use super::Clinic;
use super::config::pin_matches;
use crate::i18n::Localizer;
use crate::screens::{Action, Screen};
use crate::settings::Settings;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Kiosk>()
        .init_resource::<AdminGate>()
        .init_resource::<VisitData>()
        .add_message::<VisitEnded>()
        // Registered by Bevy's input plugin in the app; here too so a headless app can feed them.
        .add_message::<KeyboardInput>()
        .add_message::<MouseButtonInput>()
        .add_message::<MouseWheel>()
        .add_message::<TouchInput>()
        .add_systems(
            Update,
            (admin_actions, note_input, watch_idle)
                .chain()
                .after(crate::AppSystems::Update)
                .run_if(kiosk_on),
        )
        .add_systems(
            PostUpdate,
            (close_gate, start_language)
                .run_if(on_message::<VisitEnded>)
                .in_set(VisitSystems::Forget),
        )
        .add_systems(
            Startup,
            remember_start_language
                .after(crate::i18n::choose_language)
                .run_if(kiosk_on),
        )
        // Outside a kiosk no visit ends: nothing is ever forgotten.
        .configure_sets(PostUpdate, VisitSystems::Forget.run_if(kiosk_on))
        .forget_with_visit_as::<Settings>(kiosk_settings);
}

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

/// The PIN pad, the admin screen and "end my visit".
fn admin_actions(
    mut actions: MessageReader<Action>,
    time: Res<Time<Real>>,
    clinic: Res<Clinic>,
    screen: Res<State<Screen>>,
    mut gate: ResMut<AdminGate>,
    mut kiosk: ResMut<Kiosk>,
    mut next: ResMut<NextState<Screen>>,
    mut ended: MessageWriter<VisitEnded>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = time.elapsed_secs_f64();
    for action in actions.read() {
        match action {
            Action::OpenAdmin if *screen.get() != Screen::Admin => {
                gate.shut();
                next.set(Screen::Admin);
            }
            Action::AdminDigit(digit) if *screen.get() == Screen::Admin && !gate.open => {
                match digit {
                    0..=9 if gate.typed.len() < 12 => gate.typed.push(char::from(b'0' + digit)),
                    10 => gate.typed.clear(),
                    _ => {}
                }
            }
            Action::AdminEnter if *screen.get() == Screen::Admin && !gate.open => {
                let Some(hash) = clinic.config.admin_pin_hash.as_deref() else {
                    gate.typed.clear();
                    warn!(
                        "kiosk: the admin exit is disabled (no valid admin_pin_hash in the clinic config)"
                    );
                    continue;
                };
                match gate.check(|typed| pin_matches(hash, typed), now) {
                    Some(true) => {
                        info!("kiosk: admin screen opened");
                        gate.open = true;
                    }
                    Some(false) => warn!(
                        "kiosk: wrong admin PIN ({} in a row); next try in {} s",
                        gate.wrong_tries,
                        AdminGate::delay_after(gate.wrong_tries).as_secs()
                    ),
                    None => {}
                }
            }
            Action::QuitApp if gate.open => {
                info!("kiosk: quit from the admin screen");
                exit.write(AppExit::Success);
            }
            Action::CloseAdmin if *screen.get() == Screen::Admin => {
                end_visit(&mut kiosk, &mut next, &mut ended, now, false);
            }
            Action::EndVisit if !matches!(screen.get(), Screen::Attract | Screen::Admin) => {
                end_visit(&mut kiosk, &mut next, &mut ended, now, true);
            }
            _ => {}
        }
    }
}

/// Ends the visit: every plugin forgets its part on [`VisitEnded`], and the attract screen
/// returns. `count` says whether a visitor's visit ended (not the staff's admin screen).
fn end_visit(
    kiosk: &mut Kiosk,
    next: &mut NextState<Screen>,
    ended: &mut MessageWriter<VisitEnded>,
    now: f64,
    count: bool,
) {
    kiosk.warning_until = None;
    kiosk.last_input = now;
    if count {
        kiosk.visits_ended += 1;
    }
    next.set(Screen::Attract);
    ended.write(VisitEnded);
}

pub fn kiosk_on(kiosk: Res<Kiosk>) -> bool {
    kiosk.on
}

/// Whether the app runs as a kiosk, and where the current visit is.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Kiosk {
    pub on: bool,
    /// App time (seconds) of the visitor's last touch, key or click.
    pub last_input: f64,
    /// While "Are you still there?" shows: when the visit ends unless someone touches.
    pub warning_until: Option<f64>,
    /// Visits wiped so far (for the log and the soak test).
    pub visits_ended: u64,
    /// The language every visitor starts in: the clinic's `default_language`, else the one
    /// chosen at start-up.
    pub start_language: Option<String>,
}

impl Kiosk {
    /// Seconds left on the warning's countdown, if it shows.
    pub fn countdown(&self, now: f64) -> Option<u32> {
        self.warning_until
            .map(|end| (end - now).max(0.0).ceil() as u32)
    }
}

/// Written when a visit ends (idle, "end my visit", or the admin screen closing): each plugin
/// forgets what it kept of the visitor.
#[derive(Message, Debug, Clone, Copy)]
pub struct VisitEnded;

/// Seconds the admin screen or the PIN pad stays open without a touch.
pub const ADMIN_IDLE_SECS: f64 = 30.0;

/// Any touch, click, key, scroll or app action counts as someone being there.
fn note_input(
    time: Res<Time<Real>>,
    mut kiosk: ResMut<Kiosk>,
    mut keys: MessageReader<KeyboardInput>,
    mut buttons: MessageReader<MouseButtonInput>,
    mut wheels: MessageReader<MouseWheel>,
    mut touches: MessageReader<TouchInput>,
    mut actions: MessageReader<Action>,
) {
    let touched = keys.read().count()
        + buttons.read().count()
        + wheels.read().count()
        + touches.read().count()
        + actions.read().count()
        > 0;
    if touched {
        kiosk.last_input = time.elapsed_secs_f64();
        kiosk.warning_until = None;
    }
}

/// Shows the warning after the idle time and ends the visit when it runs out; closes the
/// admin screen and the PIN pad after [`ADMIN_IDLE_SECS`] without a touch.
fn watch_idle(
    time: Res<Time<Real>>,
    clinic: Res<Clinic>,
    screen: Res<State<Screen>>,
    mut kiosk: ResMut<Kiosk>,
    mut next: ResMut<NextState<Screen>>,
    mut ended: MessageWriter<VisitEnded>,
) {
    let now = time.elapsed_secs_f64();
    match screen.get() {
        Screen::Attract | Screen::Loading | Screen::ContentError => {
            kiosk.last_input = now;
            kiosk.warning_until = None;
            return;
        }
        Screen::Admin => {
            kiosk.warning_until = None;
            if now - kiosk.last_input >= ADMIN_IDLE_SECS {
                info!("kiosk: the admin screen closed itself after {ADMIN_IDLE_SECS} s");
                end_visit(&mut kiosk, &mut next, &mut ended, now, false);
            }
            return;
        }
        _ => {}
    }
    let idle = now - kiosk.last_input;
    let timeout = f64::from(clinic.config.idle_timeout_secs);
    match kiosk.warning_until {
        None if idle >= timeout => {
            kiosk.warning_until = Some(now + f64::from(clinic.config.warning_secs));
        }
        Some(end) if now >= end => end_visit(&mut kiosk, &mut next, &mut ended, now, true),
        _ => {}
    }
}

fn close_gate(mut gate: ResMut<AdminGate>) {
    gate.shut();
}

/// The first visitor starts in the clinic's default language too, not only the later ones.
fn remember_start_language(
    clinic: Res<Clinic>,
    mut kiosk: ResMut<Kiosk>,
    mut localizer: ResMut<Localizer>,
) {
    if let Some(tag) = &clinic.config.default_language {
        localizer.select_tag(tag);
    }
    kiosk.start_language = Some(localizer.current().to_string());
}

/// Each visitor starts in the kiosk's start language.
fn start_language(kiosk: Res<Kiosk>, mut localizer: ResMut<Localizer>) {
    if let Some(tag) = &kiosk.start_language {
        localizer.select_tag(tag);
    }
}

/// A kiosk visitor's starting settings: sound off in a shared waiting room, and text a step
/// larger, read standing at arm's length.
pub fn kiosk_settings() -> Settings {
    Settings {
        sound: false,
        text_scale: 1.25,
        ..Settings::default()
    }
}

/// The admin PIN pad's state: digits typed and the growing delay after wrong PINs.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct AdminGate {
    pub typed: String,
    pub wrong_tries: u32,
    /// App time before which no PIN is checked.
    pub locked_until: f64,
    /// Seconds the corner has been held.
    pub held: f64,
    pub open: bool,
}

/// Seconds to hold the top-left corner to bring up the PIN pad.
pub const HOLD_SECONDS: f64 = 3.0;

impl AdminGate {
    /// Delay after the `n`th wrong PIN in a row: 2, 4, 8 ... seconds, at most 5 minutes.
    pub fn delay_after(wrong: u32) -> Duration {
        Duration::from_secs((1u64 << wrong.min(9)).min(300))
    }

    /// Shuts the pad and forgets what was typed; the growing delay after wrong PINs stays (a
    /// new visit or a new try must not reset it).
    pub fn shut(&mut self) {
        *self = AdminGate {
            wrong_tries: self.wrong_tries,
            locked_until: self.locked_until,
            ..default()
        };
    }

    /// Checks the typed PIN at `now` with `matches`. Returns `Some(true)` when right,
    /// `Some(false)` when wrong (and starts the delay), `None` while still locked (the typed
    /// digits are dropped unchecked).
    pub fn check(&mut self, matches: impl FnOnce(&str) -> bool, now: f64) -> Option<bool> {
        if now < self.locked_until {
            self.typed.clear();
            return None;
        }
        let right = matches(&self.typed);
        self.typed.clear();
        if right {
            self.wrong_tries = 0;
        } else {
            self.wrong_tries += 1;
            self.locked_until = now + Self::delay_after(self.wrong_tries).as_secs_f64();
        }
        Some(right)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_pins_lock_the_pad_for_longer_each_time() {
        let pin = |typed: &str| typed == "2468";
        let mut gate = AdminGate {
            typed: "0000".into(),
            ..default()
        };
        assert_eq!(gate.check(pin, 0.0), Some(false));
        assert_eq!(gate.locked_until, 2.0);
        assert!(gate.typed.is_empty(), "a wrong PIN is cleared");
        gate.typed = "2468".into();
        assert_eq!(gate.check(pin, 1.0), None, "the right PIN inside the lock");
        assert!(
            gate.typed.is_empty(),
            "digits typed while locked are dropped"
        );
        assert_eq!(gate.check(pin, 2.0), Some(false));
        assert_eq!(gate.locked_until, 6.0, "the second wait is longer");
        gate.typed = "2468".into();
        assert_eq!(gate.check(pin, 6.0), Some(true));
        assert_eq!(gate.wrong_tries, 0);
        assert_eq!(AdminGate::delay_after(30), Duration::from_secs(300));
    }

    #[test]
    fn the_countdown_rounds_up_and_stops_at_zero() {
        let kiosk = Kiosk {
            warning_until: Some(10.0),
            ..default()
        };
        assert_eq!(kiosk.countdown(0.5), Some(10));
        assert_eq!(kiosk.countdown(9.9), Some(1));
        assert_eq!(kiosk.countdown(12.0), Some(0));
        assert_eq!(Kiosk::default().countdown(0.0), None);
    }
}
