//! The kiosk app with simulated time, whole and headless (egui, its painted drawings, the
//! attract loop) or its core alone, and the visits the kiosk tests play on it.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;

use scarwise::LaunchOptions;
use scarwise::consult::PrepEdit;
use scarwise::consult::model::{FLAGS, Reply};
use scarwise::content::Content;
use scarwise::content::model::ScarKind;
use scarwise::lesson::ActiveLesson;
use scarwise::lesson::LessonInput;
use scarwise::quiz::QuizInput;
use scarwise::scenes::SceneState;
use scarwise::settings::SettingsEdit;
use scarwise::state::Nav;
use scarwise::state::Screen;
use scarwise::visit::VisitData;

use super::app::{
    act, core_app, frames, headless_build, run_until, screen, shipped_assets, temp_dir,
    wait_for_loading,
};
use super::quiz::{answer_current, module_order};
use super::touch::touch_drag;

pub const CONFIG: &str = r#"(
    clinic_name: "Test Clinic",
    kiosk: true,
    languages: ["en", "es", "fr", "zh-Hans"],
    default_language: "en",
    idle_timeout_secs: 60,
    warning_secs: 15,
)"#;

/// A folder of its own for one test, holding `config` as `clinic.ron`.
fn config_dir(name: &str, config: &str) -> (PathBuf, PathBuf) {
    let dir = temp_dir(&format!("kiosk-{name}"));
    let path = dir.join("clinic.ron");
    std::fs::write(&path, config).unwrap();
    (dir, path)
}

/// The whole kiosk app without a window, loaded, on the attract screen, one simulated second
/// per frame from then on.
pub fn kiosk_app(name: &str, config: &str) -> (App, PathBuf) {
    let (dir, path) = config_dir(name, config);
    let mut app = headless_build(LaunchOptions {
        config: Some(path),
        data_dir: Some(dir.join("data")),
        window: Some((1280, 800)),
        seed: Some(7),
        ..default()
    });
    run_until(&mut app, 3000, |app| {
        screen(app) == Screen::Attract && app.world().get_resource::<Content>().is_some()
    });
    assert_eq!(screen(&app), Screen::Attract, "the kiosk never loaded");
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)));
    frames(&mut app, 3);
    (app, dir)
}

/// The kiosk's core alone (no UI) on the shipped content, past loading, one simulated second
/// per frame from then on.
pub fn core_kiosk_app(name: &str, config: &str) -> (App, PathBuf) {
    let (dir, path) = config_dir(name, config);
    let options = LaunchOptions {
        config: Some(path),
        data_dir: Some(dir.join("data")),
        seed: Some(3),
        ..default()
    };
    let mut app = core_app(options, &shipped_assets());
    wait_for_loading(&mut app);
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)));
    app.update();
    (app, dir)
}

/// Simulated seconds, one a frame.
pub fn run_seconds(app: &mut App, seconds: u32) {
    frames(app, seconds as usize);
}

/// A swipe up the page with one finger (egui keeps the scroll offset in its memory).
/// Nothing to scroll in an app without a window (the kiosk logic tests run without one).
pub fn scroll(app: &mut App) {
    let windows = app
        .world_mut()
        .query_filtered::<(), With<bevy::window::PrimaryWindow>>()
        .iter(app.world())
        .count();
    if windows == 1 {
        touch_drag(app, Vec2::new(1200.0, 650.0), Vec2::new(1200.0, 250.0));
    }
}

/// A short visit, as most are: language, text size, one page, one answer, a summary.
pub fn short_visit(app: &mut App) {
    act(app, Nav::Start);
    assert_eq!(screen(app), Screen::Journey);
    act(app, SettingsEdit::Locale("es".into()));
    act(app, SettingsEdit::TextScale(1.5));
    act(app, LessonInput::Open("scar-types".into()));
    act(app, LessonInput::NextPage);
    scroll(app);
    act(app, QuizInput::Start);
    answer_current(app, true);
    act(app, Nav::OpenJourney);
    act(app, Nav::OpenPrepare);
    act(app, PrepEdit::ToggleQuestion("prep-q-realistic"));
    act(app, PrepEdit::AddCustom("my own question".into()));
    act(app, Nav::OpenSummary);
    app.world_mut().resource_mut::<SceneState>().day = 9;
}

/// A visit that touches every screen, every lesson page (so every scene), every question kind
/// (right and wrong answers), every setting, the consultation preparation and its summary,
/// and ends halfway through a question.
pub fn full_visit(app: &mut App) {
    act(app, Nav::Start);
    act(app, Nav::OpenSettings);
    for action in [
        SettingsEdit::Locale("fr".into()),
        SettingsEdit::TextScale(1.75),
        SettingsEdit::Sound(true),
        SettingsEdit::ReducedMotion(true),
        SettingsEdit::HighContrast(true),
    ] {
        act(app, action);
    }
    scroll(app);
    act(app, Nav::Back);
    act(app, Nav::OpenAbout);
    scroll(app);
    act(app, Nav::Back);
    let order = module_order(app);
    for (index, module) in order.iter().enumerate() {
        act(app, LessonInput::Open(module.clone()));
        assert_eq!(screen(app), Screen::Lesson, "{module}");
        for _ in 0..40 {
            play_scenes(app);
            scroll(app);
            let before = app.world().resource::<ActiveLesson>().clone();
            act(app, LessonInput::NextPage);
            if *app.world().resource::<ActiveLesson>() == before {
                break;
            }
        }
        act(app, QuizInput::Start);
        assert_eq!(screen(app), Screen::Quiz, "{module}");
        let mut answered = 0;
        while screen(app) == Screen::Quiz && answered < 40 {
            // The first answer of each module wrong: the feedback for a miss is seen too.
            answer_current(app, answered > 0);
            act(app, QuizInput::Next);
            answered += 1;
        }
        assert_eq!(screen(app), Screen::Results, "{module}");
        if index == 0 {
            act(app, Nav::OpenJourney);
            act(app, Nav::OpenExpress);
        }
        act(app, Nav::OpenJourney);
    }
    act(app, Nav::OpenPrepare);
    for edit in [
        PrepEdit::ToggleQuestion("prep-q-realistic"),
        PrepEdit::AddCustom("will it hurt".into()),
        PrepEdit::Reply(FLAGS[0].id, Reply::Yes),
        PrepEdit::SkinAnswer(0, 2),
        PrepEdit::ToggleScar(ScarKind::Rolling),
    ] {
        act(app, edit);
    }
    scroll(app);
    act(app, Nav::OpenSummary);
    act(app, Nav::OpenJourney);
    act(app, QuizInput::StartReview);
    act(app, Nav::OpenJourney);
    // Halfway through a question: a draft answer on screen.
    act(app, LessonInput::Open(order[0].clone()));
    act(app, QuizInput::Start);
    app.update();
}

/// What a patient's hands do to the scenes on a page (sliders, taps, picks): every scene's
/// state moved away from its start.
fn play_scenes(app: &mut App) {
    let mut scenes = app.world_mut().resource_mut::<SceneState>();
    scenes.explorer = Some(ScarKind::Boxcar);
    scenes.light_degrees = 12.0;
    scenes.wavelength_nm = 532;
    scenes.weeks = 9.0;
    scenes.day = 4;
    scenes.event_in = 6;
    scenes.tone = 4;
    scenes.lens_fired_at = Some(1.0);
}

/// Every registered visitor resource that is not back to its fresh value.
pub fn not_fresh(app: &App) -> Vec<&'static str> {
    let world = app.world();
    world
        .resource::<VisitData>()
        .0
        .iter()
        .filter(|resource| !(resource.is_fresh)(world))
        .map(|resource| resource.name)
        .collect()
}
