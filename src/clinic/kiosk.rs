//! The waiting-room kiosk: an attract screen between visitors, an idle warning, a full wipe
//! of each visit, and a PIN-protected admin exit. Nothing of a visitor is written to disk.

use std::time::Duration;

use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::prelude::*;

use super::Clinic;
use crate::consult::{LastExport, Prep};
use crate::i18n::Localizer;
use crate::progress::{Notices, PlayerProgress};
use crate::quiz::ActiveQuiz;
use crate::scenes::SceneState;
use crate::screens::{Action, ActiveLesson, LastResult, Screen};
use crate::settings::Settings;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Kiosk>()
        .init_resource::<AdminGate>()
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
        );
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
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    let now = time.elapsed_secs_f64();
    for action in actions.read() {
        match action {
            Action::OpenAdmin if *screen.get() != Screen::Admin => {
                *gate = AdminGate {
                    wrong_tries: gate.wrong_tries,
                    locked_until: gate.locked_until,
                    ..default()
                };
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
                let pin = clinic.config.admin_pin.clone();
                match gate.check(&pin, now) {
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
                gate.open = false;
                gate.typed.clear();
                commands.run_system_cached(wipe_visit);
                next.set(Screen::Attract);
            }
            Action::EndVisit if !matches!(screen.get(), Screen::Attract | Screen::Admin) => {
                commands.run_system_cached(wipe_visit);
                kiosk.visits_ended += 1;
                kiosk.warning_until = None;
                next.set(Screen::Attract);
            }
            _ => {}
        }
    }
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
}

impl Kiosk {
    /// Seconds left on the warning's countdown, if it shows.
    pub fn countdown(&self, now: f64) -> Option<u32> {
        self.warning_until
            .map(|end| (end - now).max(0.0).ceil() as u32)
    }
}

/// Written when an idle visit is wiped.
#[derive(Message, Debug, Clone, Copy)]
pub struct VisitEnded;

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

/// Shows the warning after the idle time and wipes the visit when it runs out.
fn watch_idle(
    time: Res<Time<Real>>,
    clinic: Res<Clinic>,
    screen: Res<State<Screen>>,
    mut kiosk: ResMut<Kiosk>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut ended: MessageWriter<VisitEnded>,
) {
    let now = time.elapsed_secs_f64();
    if matches!(
        screen.get(),
        Screen::Attract | Screen::Loading | Screen::ContentError | Screen::Admin
    ) {
        kiosk.last_input = now;
        kiosk.warning_until = None;
        return;
    }
    let idle = now - kiosk.last_input;
    let timeout = f64::from(clinic.config.idle_timeout_secs);
    match kiosk.warning_until {
        None if idle >= timeout => {
            kiosk.warning_until = Some(now + f64::from(clinic.config.warning_secs));
        }
        Some(end) if now >= end => {
            commands.run_system_cached(wipe_visit);
            kiosk.warning_until = None;
            kiosk.last_input = now;
            kiosk.visits_ended += 1;
            next.set(Screen::Attract);
            ended.write(VisitEnded);
        }
        _ => {}
    }
}

/// Forgets everything about the visitor: progress, answers, the consultation summary, scene
/// states, settings and language. Runs when a visit times out and when a visitor taps "end".
pub fn wipe_visit(world: &mut World) {
    world.insert_resource(PlayerProgress::default());
    world.insert_resource(Prep::default());
    world.insert_resource(LastExport::default());
    world.insert_resource(SceneState::default());
    world.insert_resource(ActiveQuiz::default());
    world.insert_resource(ActiveLesson::default());
    world.insert_resource(LastResult::default());
    world.insert_resource(Notices::default());
    world.insert_resource(kiosk_settings());
    let language = world
        .get_resource::<Clinic>()
        .and_then(|c| c.config.default_language.clone())
        .unwrap_or_else(|| "en".to_owned());
    if let Some(mut loc) = world.get_resource_mut::<Localizer>() {
        loc.select_tag(&language);
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

    /// Checks the typed PIN at `now`. Returns `Some(true)` when right, `Some(false)` when
    /// wrong (and starts the delay), `None` while still locked.
    pub fn check(&mut self, pin: &str, now: f64) -> Option<bool> {
        if now < self.locked_until {
            return None;
        }
        let right = self.typed == pin;
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
        let mut gate = AdminGate {
            typed: "0000".into(),
            ..default()
        };
        assert_eq!(gate.check("2468", 0.0), Some(false));
        assert_eq!(gate.locked_until, 2.0);
        assert!(gate.typed.is_empty(), "a wrong PIN is cleared");
        gate.typed = "1111".into();
        assert_eq!(gate.check("2468", 1.0), None, "still locked");
        assert_eq!(gate.check("2468", 2.0), Some(false));
        assert_eq!(gate.locked_until, 6.0, "the second wait is longer");
        gate.typed = "2468".into();
        assert_eq!(gate.check("2468", 6.0), Some(true));
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
