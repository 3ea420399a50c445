//! A kiosk visit leaves no trace: after a visit that touches every screen, scene, question
//! kind and setting, every resource that holds visitor data is back to its fresh value, and
//! so are egui's memory (scroll, focus, typed text), the zoom and the language.

use bevy::prelude::*;

use crate::common::app::{act, egui_context, locale, screen};
use crate::common::keyboard::tab;
use crate::common::kiosk::{
    CONFIG, full_visit, kiosk_app, not_fresh, run_seconds, scroll, short_visit,
};
use crate::common::reader::{bounds, visible_names, widgets};
use scarwise::kiosk::Kiosk;
use scarwise::kiosk::KioskRequest;
use scarwise::state::Nav;
use scarwise::state::Screen;
use scarwise::theme::Palette;
use scarwise::visit::VisitData;

/// What egui remembers of a visitor: where the page is scrolled to (the top of the first
/// button on screen), the focused widget and the zoom.
fn egui_memory(app: &mut App) -> (i64, bool, f32) {
    let top = widgets(app)
        .iter()
        .filter(|w| w.role == "Button")
        .map(|w| bounds(w).y0.round() as i64)
        .min()
        .unwrap_or_default();
    let ctx = egui_context(app);
    (
        top,
        ctx.memory(|m| m.focused().is_some()),
        ctx.zoom_factor(),
    )
}

/// Whether Ctrl + and Ctrl - zoom the page.
fn keyboard_zoom(app: &mut App) -> bool {
    egui_context(app).options(|o| o.zoom_with_keyboard)
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
        "ShareCode",
        "Received",
        "SceneState",
        "ActiveQuiz",
        "AnswerDraft",
        "CustomDraft",
        "ResetStep",
        "DatePick",
        "LastDateEdit",
        "CelebrationClock",
        "ActiveLesson",
        "ReturnScreen",
        "LastResult",
        "ReadAloud",
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
    assert_ne!(locale(&app), "en");
    // Last, the attract screen's own page scrolled down and a widget focused, as a visitor
    // might leave it (the kiosk's screens share one scroll area).
    act(&mut app, Nav::OpenAbout);
    for _ in 0..3 {
        scroll(&mut app);
    }
    tab(&mut app);
    let visited = egui_memory(&mut app);
    assert!(visited.1, "a widget has the focus: {visited:?}");
    assert_ne!(visited.2, fresh_memory.2, "the text size changed the zoom");

    act(&mut app, KioskRequest::EndVisit);
    run_seconds(&mut app, 2);
    assert_eq!(screen(&app), Screen::Attract);
    assert!(not_fresh(&app).is_empty(), "{:?}", not_fresh(&app));
    assert_eq!(locale(&app), "en");
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
    short_visit(&mut app);
    assert_eq!(screen(&app), Screen::Summary);
    let summary_names = visible_names(&app);
    assert!(
        summary_names.iter().any(|n| n.contains("my own question")),
        "the summary shows the question: {summary_names:?}"
    );
    run_seconds(&mut app, 62);
    assert!(app.world().resource::<Kiosk>().warning_until.is_some());
    let names = visible_names(&app);
    assert!(
        !names.iter().any(|n| n.contains("my own question")),
        "nothing of the summary can be read behind the warning: {names:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The end of a visit wipes egui's memory, where views find the palette: the theme puts it
/// back though it has not changed, so the next visitor still sees the clinic's colours.
#[test]
fn the_palette_is_back_in_egui_after_a_visit() {
    let config = CONFIG.replace("kiosk: true,", "kiosk: true,\n    accent: \"#5A2D82\",");
    let (mut app, dir) = kiosk_app("palette", &config);
    let clinic = Palette::for_settings(false, Some([0x5A, 0x2D, 0x82]));
    assert_eq!(Palette::remembered(&egui_context(&mut app)), Some(clinic));

    short_visit(&mut app);
    act(&mut app, KioskRequest::EndVisit);
    run_seconds(&mut app, 2);
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(
        Palette::remembered(&egui_context(&mut app)),
        Some(clinic),
        "the views draw with the clinic's palette after the wipe"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
