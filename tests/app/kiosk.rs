//! The kiosk with simulated time: the idle warning comes on time, a touch keeps the visit, the
//! countdown wipes it, nothing of a visitor survives or reaches the disk, and the admin exit
//! opens only for the clinic's PIN. (The soak of many visits on the whole app is
//! `tests/kiosk_soak.rs`, in a process of its own.)

use std::time::Duration;

use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;

use scarwise::clinic::Clinic;
use scarwise::consult::Prep;
use scarwise::kiosk::KioskRequest;
use scarwise::kiosk::{AdminGate, Kiosk};
use scarwise::progress::PlayerProgress;
use scarwise::quiz::ActiveQuiz;
use scarwise::quiz::QuizInput;
use scarwise::scenes::SceneState;
use scarwise::settings::Settings;
use scarwise::settings::SettingsEdit;
use scarwise::state::Nav;
use scarwise::state::Screen;

use crate::common::app::{act, locale, screen, send};
use crate::common::kiosk::{CONFIG, core_kiosk_app, run_seconds, short_visit};
use crate::common::quiz::answer_right_and_next;
use crate::common::touch::touch_down;

/// The test config with the admin PIN 2468 (as its salted hash).
fn config_with_pin() -> String {
    let hash = scarwise::clinic::config::hash_pin("2468").unwrap();
    CONFIG.replace(
        "warning_secs: 15,\n)",
        &format!("warning_secs: 15,\n    admin_pin_hash: \"{hash}\",\n)"),
    )
}

/// Types a PIN and Enter within one frame (as quick fingers do: well inside the lock after
/// a wrong try; a frame here is a simulated second).
fn type_pin(app: &mut App, digits: &[u8]) {
    for digit in digits {
        send(app, KioskRequest::Digit(*digit));
    }
    act(app, KioskRequest::Enter);
}

fn assert_no_trace(app: &App) {
    let world = app.world();
    assert_eq!(
        world.resource::<PlayerProgress>().0,
        Default::default(),
        "progress"
    );
    assert_eq!(world.resource::<Prep>().0, Default::default(), "summary");
    assert_eq!(
        *world.resource::<SceneState>(),
        SceneState::default(),
        "scenes"
    );
    let settings = world.resource::<Settings>();
    assert_eq!(settings.text_scale, 1.25, "the kiosk's own text size");
    assert_eq!(settings.locale, None, "language choice");
    assert!(!settings.sound, "sound off on a kiosk");
    assert_eq!(locale(app), "en", "language");
    assert!(world.resource::<ActiveQuiz>().session.is_none(), "quiz");
}

#[test]
fn idle_warning_touch_and_wipe_with_simulated_time() {
    let (mut app, dir) = core_kiosk_app("idle", CONFIG);
    assert!(app.world().resource::<scarwise::clinic::KioskMode>().0);
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(
        app.world()
            .resource::<Clinic>()
            .config
            .clinic_name
            .as_deref(),
        Some("Test Clinic")
    );
    // Waiting on the attract screen never warns.
    run_seconds(&mut app, 200);
    assert_eq!(app.world().resource::<Kiosk>().warning_until, None);

    short_visit(&mut app);
    // 59 quiet seconds: no warning yet; the 60th brings it.
    run_seconds(&mut app, 58);
    assert_eq!(app.world().resource::<Kiosk>().warning_until, None);
    run_seconds(&mut app, 2);
    let now = app.world().resource::<Time<Real>>().elapsed_secs_f64();
    let countdown = app.world().resource::<Kiosk>().countdown(now);
    assert!(matches!(countdown, Some(14..=15)), "{countdown:?}");
    // A touch keeps the visit.
    touch_down(&mut app);
    assert_eq!(app.world().resource::<Kiosk>().warning_until, None);
    assert_eq!(screen(&app), Screen::Summary);
    assert!(!app.world().resource::<Prep>().0.questions.is_empty());

    // Quiet again: warning after 60 s, wipe 15 s later.
    run_seconds(&mut app, 61);
    assert!(app.world().resource::<Kiosk>().warning_until.is_some());
    assert_eq!(screen(&app), Screen::Summary);
    run_seconds(&mut app, 16);
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(app.world().resource::<Kiosk>().visits_ended, 1);
    assert_no_trace(&app);
    // Nothing of the visitor reached the disk.
    assert!(
        !dir.join("data").exists(),
        "the data folder was never created"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_visitor_can_end_the_visit_and_the_admin_needs_the_pin() {
    let config = config_with_pin();
    assert!(config.contains("admin_pin_hash"), "{config}");
    let (mut app, dir) = core_kiosk_app("admin", &config);
    assert!(app.world().resource::<Clinic>().errors.is_empty());
    short_visit(&mut app);
    act(&mut app, KioskRequest::EndVisit);
    assert_eq!(screen(&app), Screen::Attract);
    assert_no_trace(&app);

    // Tenths of a second per frame from here: the lock after a wrong PIN lasts 2 s.
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
        100,
    )));
    act(&mut app, KioskRequest::OpenAdmin);
    assert_eq!(screen(&app), Screen::Admin);
    type_pin(&mut app, &[1, 2, 3, 4]);
    act(&mut app, KioskRequest::Quit);
    assert!(
        app.should_exit().is_none(),
        "a wrong PIN does not open the exit"
    );
    // The right PIN inside the 2 s lock after a wrong try: the pad stays shut.
    type_pin(&mut app, &[2, 4, 6, 8]);
    assert!(!app.world().resource::<AdminGate>().open, "locked");
    act(&mut app, KioskRequest::Quit);
    assert!(app.should_exit().is_none(), "no exit while locked");
    run_seconds(&mut app, 20); // 20 frames of 0.1 s: the lock is over
    type_pin(&mut app, &[2, 4, 6, 8]);
    assert!(app.world().resource::<AdminGate>().open);
    act(&mut app, KioskRequest::Quit);
    assert!(app.should_exit().is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_a_pin_hash_the_admin_exit_stays_shut_whatever_is_typed() {
    // The old default PIN, a plain PIN in the file, and no PIN at all.
    let plain = CONFIG.replace(
        "warning_secs: 15,",
        "warning_secs: 15,\n    admin_pin: \"2468\",",
    );
    for (name, config) in [("no-pin", CONFIG.to_owned()), ("plain-pin", plain)] {
        let (mut app, dir) = core_kiosk_app(name, &config);
        assert_eq!(app.world().resource::<Clinic>().config.admin_pin_hash, None);
        act(&mut app, KioskRequest::OpenAdmin);
        assert_eq!(screen(&app), Screen::Admin);
        for pin in [[2, 4, 6, 8], [0, 0, 0, 0], [1, 2, 3, 4]] {
            type_pin(&mut app, &pin);
            run_seconds(&mut app, 5);
        }
        assert!(!app.world().resource::<AdminGate>().open, "{name}");
        act(&mut app, KioskRequest::Quit);
        assert!(app.should_exit().is_none(), "{name}: no way out");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn the_admin_screen_closes_itself_when_left_alone() {
    let (mut app, dir) = core_kiosk_app("admin-idle", &config_with_pin());
    act(&mut app, Nav::Start);
    act(&mut app, KioskRequest::OpenAdmin);
    act(&mut app, KioskRequest::Digit(2));
    run_seconds(&mut app, 20);
    assert_eq!(screen(&app), Screen::Admin, "still open after 20 s");
    act(&mut app, KioskRequest::Digit(4));
    run_seconds(&mut app, 25);
    assert_eq!(screen(&app), Screen::Admin, "a key press keeps it open");
    run_seconds(&mut app, 7);
    assert_eq!(
        screen(&app),
        Screen::Attract,
        "closed after about 30 quiet seconds"
    );
    assert!(app.world().resource::<AdminGate>().typed.is_empty());
    // Open, the admin screen closes too, and the gate with it.
    act(&mut app, KioskRequest::OpenAdmin);
    type_pin(&mut app, &[2, 4, 6, 8]);
    assert!(app.world().resource::<AdminGate>().open);
    run_seconds(&mut app, 31);
    assert_eq!(screen(&app), Screen::Attract);
    assert!(!app.world().resource::<AdminGate>().open, "the gate shut");
    act(&mut app, KioskRequest::Quit);
    assert!(app.should_exit().is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_first_visitor_starts_in_the_clinics_language_too() {
    let config = CONFIG.replace("default_language: \"en\"", "default_language: \"es\"");
    let (mut app, dir) = core_kiosk_app("first-language", &config);
    assert_eq!(locale(&app), "es");
    act(&mut app, Nav::Start);
    act(&mut app, SettingsEdit::Locale("en".into()));
    act(&mut app, KioskRequest::EndVisit);
    assert_eq!(locale(&app), "es");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_config_still_starts_a_kiosk_with_defaults_and_reports_it() {
    let (app, dir) = core_kiosk_app("broken", "(kiosk: true, idle_timeout_secs: \"soon\",");
    let clinic = app.world().resource::<Clinic>();
    assert_eq!(clinic.errors.len(), 1, "{:?}", clinic.errors);
    assert_eq!(clinic.config.idle_timeout_secs, 60);
    // The file did not parse, but it says `kiosk: true`: still a kiosk, with the defaults.
    assert!(app.world().resource::<scarwise::clinic::KioskMode>().0);
    assert_eq!(screen(&app), Screen::Attract);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The express path: key points, then one question from each of the five modules.
#[test]
fn the_express_path_asks_one_question_per_module() {
    let (mut app, dir) = core_kiosk_app("express", CONFIG);
    act(&mut app, Nav::OpenExpress);
    assert_eq!(screen(&app), Screen::Express);
    act(&mut app, QuizInput::StartExpress);
    assert_eq!(screen(&app), Screen::Quiz);
    let quiz = app.world().resource::<ActiveQuiz>().clone();
    assert_eq!(quiz.items.len(), 5, "one per module");
    let mut modules = quiz.item_modules.clone();
    modules.dedup();
    assert_eq!(modules.len(), 5);
    answer_right_and_next(&mut app, quiz.items.len());
    assert_eq!(screen(&app), Screen::Results);
    assert!(
        app.world()
            .resource::<PlayerProgress>()
            .completed
            .is_empty(),
        "the express path does not complete modules"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
