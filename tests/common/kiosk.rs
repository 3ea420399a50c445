//! The whole kiosk app, headless (egui, illustrations, scene meshes, the attract loop), with
//! simulated time, and the visits the kiosk tests play on it.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;

use scarwise::clinic::VisitData;
use scarwise::consult::PrepEdit;
use scarwise::consult::model::{FLAGS, Reply};
use scarwise::content::Content;
use scarwise::content::model::ScarKind;
use scarwise::quiz::{ActiveQuiz, right_answer, wrong_answer};
use scarwise::scenes::SceneState;
use scarwise::screens::{Action, Screen};
use scarwise::{LaunchOptions, build_app};

use super::{ReaderTree, capture_tree, enable_reader, screen};

pub const CONFIG: &str = r#"(
    clinic_name: "Test Clinic",
    kiosk: true,
    languages: ["en", "es", "fr", "zh-Hans"],
    default_language: "en",
    idle_timeout_secs: 60,
    warning_secs: 15,
)"#;

/// A folder of its own for one test's config.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarwise-kiosk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The whole kiosk app without a window, loaded, on the attract screen, one simulated second
/// per frame from then on.
pub fn kiosk_app(name: &str, config: &str) -> (App, PathBuf) {
    let dir = temp_dir(name);
    let path = dir.join("clinic.ron");
    std::fs::write(&path, config).unwrap();
    let mut app = build_app(LaunchOptions {
        headless: true,
        config: Some(path),
        data_dir: Some(dir.join("data")),
        window: Some((1280, 800)),
        seed: Some(7),
        ..default()
    });
    app.init_resource::<ReaderTree>()
        .add_systems(PreUpdate, enable_reader)
        .add_systems(
            PostUpdate,
            capture_tree.after(bevy_egui::EguiPostUpdateSet::ProcessOutput),
        );
    app.finish();
    app.cleanup();
    for _ in 0..3000 {
        app.update();
        if screen(&app) == Screen::Attract && app.world().get_resource::<Content>().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    assert_eq!(screen(&app), Screen::Attract, "the kiosk never loaded");
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)));
    for _ in 0..3 {
        app.update();
    }
    (app, dir)
}

/// An action, as a tap would write it, and two frames for it to take effect and be drawn.
pub fn act(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

pub fn run_seconds(app: &mut App, seconds: u32) {
    for _ in 0..seconds {
        app.update();
    }
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
        super::touch_drag(app, Vec2::new(1200.0, 650.0), Vec2::new(1200.0, 250.0));
    }
}

fn answer_current(app: &mut App, right: bool) {
    let quiz = app.world().resource::<ActiveQuiz>().clone();
    let Some(index) = quiz.session.as_ref().and_then(|s| s.current_item()) else {
        return;
    };
    let item = &quiz.items[index];
    let answer = if right {
        right_answer(item)
    } else {
        wrong_answer(item)
    };
    act(app, Action::Answer(answer));
}

/// A short visit, as most are: language, text size, one page, one answer, a summary.
pub fn short_visit(app: &mut App) {
    act(app, Action::Start);
    assert_eq!(screen(app), Screen::Journey);
    act(app, Action::SetLocale("es".into()));
    act(app, Action::SetTextScale(1.5));
    act(app, Action::OpenModule("scar-types".into()));
    act(app, Action::NextPage);
    scroll(app);
    act(app, Action::StartQuiz);
    answer_current(app, true);
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
    act(app, Action::OpenSummary);
    app.world_mut().resource_mut::<SceneState>().day = 9;
}

/// A visit that touches every screen, every lesson page (so every scene), every question kind
/// (right and wrong answers), every setting, the consultation preparation and its summary,
/// and ends halfway through a question.
pub fn full_visit(app: &mut App) {
    act(app, Action::Start);
    act(app, Action::OpenSettings);
    for action in [
        Action::SetLocale("fr".into()),
        Action::SetTextScale(1.75),
        Action::SetSound(true),
        Action::SetReducedMotion(true),
        Action::SetHighContrast(true),
    ] {
        act(app, action);
    }
    scroll(app);
    act(app, Action::Back);
    act(app, Action::OpenAbout);
    scroll(app);
    act(app, Action::Back);
    let order: Vec<String> = app
        .world()
        .resource::<Content>()
        .module_order()
        .iter()
        .map(|s| s.to_string())
        .collect();
    for (index, module) in order.iter().enumerate() {
        act(app, Action::OpenModule(module.clone()));
        assert_eq!(screen(app), Screen::Lesson, "{module}");
        for _ in 0..40 {
            play_scenes(app);
            scroll(app);
            let before = app
                .world()
                .resource::<scarwise::screens::ActiveLesson>()
                .clone();
            act(app, Action::NextPage);
            if *app.world().resource::<scarwise::screens::ActiveLesson>() == before {
                break;
            }
        }
        act(app, Action::StartQuiz);
        assert_eq!(screen(app), Screen::Quiz, "{module}");
        let mut answered = 0;
        while screen(app) == Screen::Quiz && answered < 40 {
            // The first answer of each module wrong: the feedback for a miss is seen too.
            answer_current(app, answered > 0);
            act(app, Action::NextQuestion);
            answered += 1;
        }
        assert_eq!(screen(app), Screen::Results, "{module}");
        if index == 0 {
            act(app, Action::OpenJourney);
            act(app, Action::OpenExpress);
        }
        act(app, Action::OpenJourney);
    }
    act(app, Action::OpenPrepare);
    for edit in [
        PrepEdit::ToggleQuestion("prep-q-realistic"),
        PrepEdit::AddCustom("will it hurt".into()),
        PrepEdit::Reply(FLAGS[0].id, Reply::Yes),
        PrepEdit::SkinAnswer(0, 2),
        PrepEdit::ToggleScar(ScarKind::Rolling),
    ] {
        act(app, Action::Prep(edit));
    }
    scroll(app);
    act(app, Action::OpenSummary);
    act(app, Action::OpenJourney);
    act(app, Action::StartReview);
    act(app, Action::OpenJourney);
    // Halfway through a question: a draft answer on screen.
    act(app, Action::OpenModule(order[0].clone()));
    act(app, Action::StartQuiz);
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
