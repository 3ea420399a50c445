//! The browser's `?reset=1` (`LaunchOptions::ask_reset`): Settings opens at the start with its
//! reset question on top, and nothing is forgotten unless the patient says yes. Driven by the
//! keyboard on the whole headless app, as a patient would.

use crate::common::app::{frames, headless_app_with, screen, t};
use crate::common::keyboard::activate_message;
use crate::common::reader::visible_names;
use bevy::prelude::*;
use scarwise::LaunchOptions;
use scarwise::progress::PlayerProgress;
use scarwise::state::Screen;

fn app_asked(ask_reset: bool) -> App {
    let mut app = headless_app_with(LaunchOptions {
        memory_only: true,
        locale: Some("en".to_owned()),
        window: Some((1280, 800)),
        seed: Some(7),
        ask_reset,
        ..default()
    });
    frames(&mut app, 5);
    // Progress to keep or lose (in memory: the decision is what is tested here).
    app.world_mut()
        .resource_mut::<PlayerProgress>()
        .total_points = 70;
    app.update();
    app
}

fn points(app: &App) -> u32 {
    app.world().resource::<PlayerProgress>().total_points
}

#[test]
fn the_reset_link_asks_first_and_no_keeps_the_progress() {
    let mut app = app_asked(true);
    assert_eq!(screen(&app), Screen::Settings);
    let shown = visible_names(&app);
    for id in [
        "settings-reset-from-link",
        "settings-reset-yes",
        "settings-reset-no",
    ] {
        assert!(shown.contains(&t(&app, id)), "{id} not in {shown:?}");
    }
    assert_eq!(points(&app), 70, "nothing forgotten before the answer");
    activate_message(&mut app, "settings-reset-no");
    assert_eq!(points(&app), 70, "\"No, keep it\" keeps the progress");
    assert!(!visible_names(&app).contains(&t(&app, "settings-reset-yes")));
    // Back goes to the title, and the question is not asked again.
    activate_message(&mut app, "nav-back");
    assert_eq!(screen(&app), Screen::Title);
    activate_message(&mut app, "nav-settings");
    assert_eq!(screen(&app), Screen::Settings);
    assert!(!visible_names(&app).contains(&t(&app, "settings-reset-yes")));
    assert_eq!(points(&app), 70);
}

#[test]
fn the_reset_link_forgets_only_on_yes() {
    let mut app = app_asked(true);
    activate_message(&mut app, "settings-reset-yes");
    assert_eq!(points(&app), 0);
    assert!(
        visible_names(&app)
            .iter()
            .any(|n| n.contains(&t(&app, "settings-reset-done")))
    );
}

#[test]
fn without_the_link_the_title_comes_first() {
    let app = app_asked(false);
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(points(&app), 70);
}
