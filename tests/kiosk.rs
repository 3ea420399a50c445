//! The kiosk with simulated time: the idle warning comes on time, a touch keeps the visit, the
//! countdown wipes it, nothing of a visitor survives or reaches the disk, and thousands of
//! visits in a row do not make the app grow.

use std::path::PathBuf;
use std::time::Duration;

use bevy::asset::{AssetMetaCheck, AssetPlugin};
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;

use scarwise::clinic::{Clinic, Kiosk};
use scarwise::consult::{Prep, PrepEdit};
use scarwise::i18n::Localizer;
use scarwise::progress::PlayerProgress;
use scarwise::quiz::{ActiveQuiz, right_answer};
use scarwise::scenes::SceneState;
use scarwise::screens::{Action, Screen};
use scarwise::settings::Settings;
use scarwise::{CorePlugin, LaunchOptions};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarwise-kiosk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A kiosk app on the shipped content, one simulated second per frame, at the attract screen.
fn kiosk_app(name: &str, config: &str) -> (App, PathBuf) {
    let dir = temp_dir(name);
    let config_path = dir.join("clinic.ron");
    std::fs::write(&config_path, config).unwrap();
    let data = dir.join("data");
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin {
            file_path: format!("{}/assets", env!("CARGO_MANIFEST_DIR")),
            meta_check: AssetMetaCheck::Never,
            ..default()
        },
    ))
    .add_plugins(CorePlugin(LaunchOptions {
        config: Some(config_path),
        data_dir: Some(data),
        seed: Some(3),
        ..default()
    }));
    for _ in 0..2000 {
        app.update();
        if *app.world().resource::<State<Screen>>().get() != Screen::Loading {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)));
    app.update();
    (app, dir)
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn act(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn touch(app: &mut App) {
    let window = Entity::PLACEHOLDER;
    app.world_mut().write_message(TouchInput {
        phase: TouchPhase::Started,
        position: Vec2::new(10.0, 10.0),
        window,
        force: None,
        id: 1,
    });
    app.update();
}

/// Seconds until the warning or the end, one simulated second per frame.
fn run_seconds(app: &mut App, seconds: u32) {
    for _ in 0..seconds {
        app.update();
    }
}

const CONFIG: &str = r#"(
    clinic_name: "Test Clinic",
    kiosk: true,
    languages: ["en", "es"],
    default_language: "en",
    idle_timeout_secs: 60,
    warning_secs: 15,
)"#;

/// A visit: start, change language and text size, read, answer, prepare a summary.
fn visit(app: &mut App) {
    act(app, Action::Start);
    assert_eq!(screen(app), Screen::Journey);
    act(app, Action::SetLocale("es".into()));
    act(app, Action::SetTextScale(1.5));
    act(app, Action::OpenModule("scar-types".into()));
    act(app, Action::NextPage);
    act(app, Action::StartQuiz);
    let quiz = app.world().resource::<ActiveQuiz>().clone();
    let item = &quiz.items[quiz.session.as_ref().unwrap().current_item().unwrap()];
    act(app, Action::Answer(right_answer(item)));
    act(app, Action::OpenJourney);
    act(app, Action::OpenPrepare);
    act(
        app,
        Action::Prep(PrepEdit::ToggleQuestion("prep-q-realistic")),
    );
    act(
        app,
        Action::Prep(PrepEdit::AddCustom("my own question".into())),
    );
    let mut scenes = app.world_mut().resource_mut::<SceneState>();
    scenes.day = 9;
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
    assert_eq!(
        world.resource::<Localizer>().current().to_string(),
        "en",
        "language"
    );
    assert!(world.resource::<ActiveQuiz>().session.is_none(), "quiz");
}

#[test]
fn idle_warning_touch_and_wipe_with_simulated_time() {
    let (mut app, dir) = kiosk_app("idle", CONFIG);
    assert!(app.world().resource::<Kiosk>().on);
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

    visit(&mut app);
    // 59 quiet seconds: no warning yet; the 60th brings it.
    run_seconds(&mut app, 58);
    assert_eq!(app.world().resource::<Kiosk>().warning_until, None);
    run_seconds(&mut app, 2);
    let now = app.world().resource::<Time<Real>>().elapsed_secs_f64();
    let countdown = app.world().resource::<Kiosk>().countdown(now);
    assert!(matches!(countdown, Some(14..=15)), "{countdown:?}");
    // A touch keeps the visit.
    touch(&mut app);
    assert_eq!(app.world().resource::<Kiosk>().warning_until, None);
    assert_eq!(screen(&app), Screen::Prepare);
    assert!(!app.world().resource::<Prep>().0.questions.is_empty());

    // Quiet again: warning after 60 s, wipe 15 s later.
    run_seconds(&mut app, 61);
    assert!(app.world().resource::<Kiosk>().warning_until.is_some());
    assert_eq!(screen(&app), Screen::Prepare);
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
    let (mut app, dir) = kiosk_app("admin", CONFIG);
    visit(&mut app);
    act(&mut app, Action::EndVisit);
    assert_eq!(screen(&app), Screen::Attract);
    assert_no_trace(&app);

    act(&mut app, Action::OpenAdmin);
    assert_eq!(screen(&app), Screen::Admin);
    for digit in [1, 2, 3, 4] {
        act(&mut app, Action::AdminDigit(digit));
    }
    act(&mut app, Action::AdminEnter);
    act(&mut app, Action::QuitApp);
    assert!(
        app.should_exit().is_none(),
        "a wrong PIN does not open the exit"
    );
    // Default PIN, but the pad is locked for 2 s after a wrong try.
    for digit in [2, 4, 6, 8] {
        act(&mut app, Action::AdminDigit(digit));
    }
    run_seconds(&mut app, 2);
    act(&mut app, Action::AdminEnter);
    assert!(app.world().resource::<scarwise::clinic::AdminGate>().open);
    act(&mut app, Action::QuitApp);
    assert!(app.should_exit().is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_config_still_starts_a_kiosk_with_defaults_and_reports_it() {
    let (app, dir) = kiosk_app("broken", "(kiosk: true, idle_timeout_secs: \"soon\",");
    let clinic = app.world().resource::<Clinic>();
    assert_eq!(clinic.errors.len(), 1, "{:?}", clinic.errors);
    assert_eq!(clinic.config.idle_timeout_secs, 60);
    // The file did not parse, but it says `kiosk: true`: still a kiosk, with the defaults.
    assert!(app.world().resource::<Kiosk>().on);
    assert_eq!(screen(&app), Screen::Attract);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Resident memory of this process, in kilobytes (Linux).
fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Attract -> a scripted visit -> idle wipe, many times with simulated time. Memory after the
/// last visit stays within 5 % of memory after the first simulated hour. `SCARWISE_SOAK_HOURS`
/// sets the length (CI: 2 hours; the benchmark: 24).
#[test]
fn soak_many_visits_without_growth() {
    let hours: f64 = std::env::var("SCARWISE_SOAK_HOURS")
        .ok()
        .and_then(|h| h.parse().ok())
        .unwrap_or(2.0);
    let (mut app, dir) = kiosk_app("soak", CONFIG);
    let start = app.world().resource::<Time<Real>>().elapsed_secs_f64();
    let mut after_first_hour = None;
    let mut visits = 0u64;
    loop {
        let elapsed = app.world().resource::<Time<Real>>().elapsed_secs_f64() - start;
        if elapsed >= hours * 3600.0 {
            break;
        }
        if after_first_hour.is_none() && elapsed >= 3600.0 {
            after_first_hour = rss_kb();
        }
        visit(&mut app);
        run_seconds(&mut app, 60 + 16);
        assert_eq!(screen(&app), Screen::Attract);
        visits += 1;
    }
    let end = rss_kb();
    let ended = app.world().resource::<Kiosk>().visits_ended;
    assert_eq!(ended, visits);
    assert_no_trace(&app);
    println!(
        "soak: {visits} visits over {hours} simulated hours; RSS after hour 1 {after_first_hour:?} kB, at the end {end:?} kB"
    );
    if let (Some(first), Some(end)) = (after_first_hour, end) {
        assert!(
            (end as f64) <= first as f64 * 1.05,
            "memory grew from {first} kB to {end} kB"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The express path: key points, then one question from each of the five modules.
#[test]
fn the_express_path_asks_one_question_per_module() {
    let (mut app, dir) = kiosk_app("express", CONFIG);
    act(&mut app, Action::OpenExpress);
    assert_eq!(screen(&app), Screen::Express);
    act(&mut app, Action::StartExpressQuiz);
    assert_eq!(screen(&app), Screen::Quiz);
    let quiz = app.world().resource::<ActiveQuiz>().clone();
    assert_eq!(quiz.items.len(), 5, "one per module");
    let mut modules = quiz.item_modules.clone();
    modules.dedup();
    assert_eq!(modules.len(), 5);
    for _ in 0..quiz.items.len() {
        let quiz = app.world().resource::<ActiveQuiz>().clone();
        let item = &quiz.items[quiz.session.as_ref().unwrap().current_item().unwrap()];
        act(&mut app, Action::Answer(right_answer(item)));
        act(&mut app, Action::NextQuestion);
    }
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
