//! A kiosk visit leaves no trace: after a visit that touches every screen, scene, question
//! kind and setting, every resource that holds visitor data is back to its fresh value, and
//! so are egui's memory (scroll, focus, typed text), the zoom and the language.

mod common;

use bevy::prelude::*;
use bevy_egui::EguiContext;

use common::kiosk::{CONFIG, act, full_visit, kiosk_app, not_fresh, run_seconds};
use common::screen;
use scarwise::clinic::VisitData;
use scarwise::i18n::Localizer;
use scarwise::screens::{Action, Screen};

/// What egui remembers of a visitor: where the page is scrolled to (the top of the first
/// button on screen), the focused widget and the zoom.
fn egui_memory(app: &mut App) -> (i64, bool, f32) {
    let tree = app.world().resource::<common::ReaderTree>();
    let top = tree
        .nodes
        .values()
        .filter(|n| n.role() == bevy_egui::egui::accesskit::Role::Button)
        .filter_map(|n| n.bounds())
        .map(|b| b.y0.round() as i64)
        .min()
        .unwrap_or_default();
    let mut contexts = app.world_mut().query::<&mut EguiContext>();
    let mut context = contexts
        .single_mut(app.world_mut())
        .expect("one egui context");
    let ctx = context.get_mut();
    (
        top,
        ctx.memory(|m| m.focused().is_some()),
        ctx.zoom_factor(),
    )
}

/// Whether Ctrl + and Ctrl - zoom the page.
fn keyboard_zoom(app: &mut App) -> bool {
    let mut contexts = app.world_mut().query::<&mut EguiContext>();
    let mut context = contexts
        .single_mut(app.world_mut())
        .expect("one egui context");
    context.get_mut().options(|o| o.zoom_with_keyboard)
}

#[test]
fn every_visitor_resource_is_registered_and_fresh_after_a_full_visit() {
    let (mut app, dir) = kiosk_app("full-visit", CONFIG);
    let registered: Vec<&str> = app
        .world()
        .resource::<VisitData>()
        .0
        .iter()
        .map(|r| r.name.rsplit("::").next().unwrap_or(r.name))
        .collect();
    for name in [
        "PlayerProgress",
        "Notices",
        "Prep",
        "LastExport",
        "SceneState",
        "ActiveQuiz",
        "AnswerDraft",
        "CustomDraft",
        "ResetStep",
        "CelebrationClock",
        "ActiveLesson",
        "ReturnScreen",
        "LastResult",
        "Settings",
    ] {
        assert!(
            registered.contains(&name),
            "{name} is not forgotten: {registered:?}"
        );
    }
    assert!(not_fresh(&app).is_empty(), "{:?}", not_fresh(&app));
    let fresh_memory = egui_memory(&mut app);
    assert!(!keyboard_zoom(&mut app), "a kiosk has no zoom keys");

    full_visit(&mut app);
    assert_eq!(screen(&app), Screen::Quiz);
    let dirty = not_fresh(&app);
    for name in [
        "PlayerProgress",
        "Prep",
        "SceneState",
        "ActiveQuiz",
        "AnswerDraft",
        "Settings",
    ] {
        assert!(
            dirty.iter().any(|d| d.ends_with(name)),
            "the visit should have changed {name}: {dirty:?}"
        );
    }
    assert_ne!(
        app.world().resource::<Localizer>().current().to_string(),
        "en"
    );
    // Last, the attract screen's own page scrolled down and a widget focused, as a visitor
    // might leave it (the kiosk's screens share one scroll area).
    act(&mut app, Action::OpenAbout);
    for _ in 0..3 {
        common::kiosk::scroll(&mut app);
    }
    common::tab(&mut app);
    let visited = egui_memory(&mut app);
    assert!(visited.1, "a widget has the focus: {visited:?}");
    assert_ne!(visited.2, fresh_memory.2, "the text size changed the zoom");

    act(&mut app, Action::EndVisit);
    run_seconds(&mut app, 2);
    assert_eq!(screen(&app), Screen::Attract);
    assert!(not_fresh(&app).is_empty(), "{:?}", not_fresh(&app));
    assert_eq!(
        app.world().resource::<Localizer>().current().to_string(),
        "en"
    );
    let after = egui_memory(&mut app);
    assert!(!after.1, "no widget keeps the focus");
    assert_eq!(after.2, 1.25, "zoom back to the kiosk's text size");
    assert_eq!(
        after, fresh_memory,
        "scroll, focus and zoom as for the first visitor"
    );
    assert!(
        !keyboard_zoom(&mut app),
        "still no zoom keys after the wipe"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_idle_warning_hides_the_screen_behind_it() {
    let (mut app, dir) = kiosk_app("overlay", CONFIG);
    common::kiosk::short_visit(&mut app);
    assert_eq!(screen(&app), Screen::Summary);
    let summary_names = common::visible_names(&app);
    assert!(
        summary_names.iter().any(|n| n.contains("my own question")),
        "the summary shows the question: {summary_names:?}"
    );
    run_seconds(&mut app, 62);
    assert!(
        app.world()
            .resource::<scarwise::clinic::Kiosk>()
            .warning_until
            .is_some()
    );
    let names = common::visible_names(&app);
    assert!(
        !names.iter().any(|n| n.contains("my own question")),
        "nothing of the summary can be read behind the warning: {names:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
