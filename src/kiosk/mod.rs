//! The waiting-room kiosk: an attract screen between visitors, an idle warning, a full wipe
//! of each visit, and a PIN-protected admin exit. Nothing of a visitor is written to disk.
//!
//! A visit ends only here, by writing [`VisitEnded`]: each plugin then forgets its part of the
//! visitor (see [`crate::visit`]) and navigation shows the attract screen.

use std::time::Duration;

use bevy::ecs::schedule::common_conditions::on_message;
use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::prelude::*;

use crate::clinic::config::pin_matches;
use crate::clinic::{Clinic, KioskMode, kiosk_on};
use crate::consult::{ExportSummary, PrepEdit};
use crate::i18n::Localizer;
use crate::lesson::LessonInput;
use crate::notices::DismissNotice;
use crate::progress::ResetProgress;
use crate::quiz::QuizInput;
use crate::settings::{Settings, SettingsEdit};
use crate::state::{AppSystems, Nav, Screen};
use crate::visit::{ForgetWithVisit, VisitEnded, VisitSystems};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Kiosk>()
        .init_resource::<AdminGate>()
        .add_message::<KioskRequest>()
        .add_message::<VisitEnded>()
        // Registered by Bevy's input plugin in the app; here too so a headless app can feed them.
        .add_message::<KeyboardInput>()
        .add_message::<MouseButtonInput>()
        .add_message::<MouseWheel>()
        .add_message::<TouchInput>()
        .add_systems(
            Update,
            (
                apply_requests,
                (
                    note::<KeyboardInput>,
                    note::<MouseButtonInput>,
                    note::<MouseWheel>,
                    note::<TouchInput>,
                    note::<KioskRequest>,
                    note::<Nav>,
                    note::<LessonInput>,
                    note::<QuizInput>,
                    note::<SettingsEdit>,
                    note::<PrepEdit>,
                    note::<ExportSummary>,
                    note::<DismissNotice>,
                    note::<ResetProgress>,
                ),
                watch_idle,
            )
                .chain()
                .in_set(AppSystems::Apply)
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
        .forget_with_visit_as::<Settings>(kiosk_settings);
    if app.world().get_resource::<KioskMode>().is_some_and(|k| k.0) {
        app.insert_resource(kiosk_settings());
    }
}

/// What the kiosk's screens ask of it: the PIN pad, the admin screen and "end my visit".
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskRequest {
    /// The corner was held: show the PIN pad (navigation opens the admin screen).
    OpenAdmin,
    /// A digit on the PIN pad (10 clears).
    Digit(u8),
    /// Check the PIN typed.
    Enter,
    /// Leave the admin screen for the attract screen.
    CloseAdmin,
    /// Admin screen: quit the app.
    Quit,
    /// The visitor is done: wipe the visit now.
    EndVisit,
    /// "I'm still here" (like any input, it keeps the visit).
    StillHere,
}

/// The PIN pad, the admin screen and "end my visit".
fn apply_requests(
    mut requests: MessageReader<KioskRequest>,
    time: Res<Time<Real>>,
    clinic: Res<Clinic>,
    screen: Res<State<Screen>>,
    mut gate: ResMut<AdminGate>,
    mut kiosk: ResMut<Kiosk>,
    mut ended: MessageWriter<VisitEnded>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = time.elapsed_secs_f64();
    for request in requests.read() {
        match request {
            KioskRequest::OpenAdmin if *screen.get() != Screen::Admin => gate.shut(),
            KioskRequest::Digit(digit) if *screen.get() == Screen::Admin && !gate.open => {
                match digit {
                    0..=9 if gate.typed.len() < 12 => gate.typed.push(char::from(b'0' + digit)),
                    10 => gate.typed.clear(),
                    _ => {}
                }
            }
            KioskRequest::Enter if *screen.get() == Screen::Admin && !gate.open => {
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
            KioskRequest::Quit if gate.open => {
                info!("kiosk: quit from the admin screen");
                exit.write(AppExit::Success);
            }
            KioskRequest::CloseAdmin if *screen.get() == Screen::Admin => {
                end_visit(&mut kiosk, &mut ended, now, false);
            }
            KioskRequest::EndVisit if !matches!(screen.get(), Screen::Attract | Screen::Admin) => {
                end_visit(&mut kiosk, &mut ended, now, true);
            }
            _ => {}
        }
    }
}

/// Ends the visit: every plugin forgets its part on [`VisitEnded`], and navigation shows the
/// attract screen. `count` says whether a visitor's visit ended (not the staff's admin screen).
fn end_visit(kiosk: &mut Kiosk, ended: &mut MessageWriter<VisitEnded>, now: f64, count: bool) {
    kiosk.warning_until = None;
    kiosk.last_input = now;
    if count {
        kiosk.visits_ended += 1;
    }
    ended.write(VisitEnded);
}

/// Where the current visit is (whether the app is a kiosk at all: [`KioskMode`]).
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Kiosk {
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

/// Seconds the admin screen or the PIN pad stays open without a touch.
pub const ADMIN_IDLE_SECS: f64 = 30.0;

/// Any touch, click, key, scroll or app message counts as someone being there.
fn note<M: Message>(time: Res<Time<Real>>, mut kiosk: ResMut<Kiosk>, mut seen: MessageReader<M>) {
    if seen.read().count() > 0 {
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
                end_visit(&mut kiosk, &mut ended, now, false);
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
        Some(end) if now >= end => end_visit(&mut kiosk, &mut ended, now, true),
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
