//! A desktop screen reader's requests through the real UI: what the AccessKit adapter hands
//! the app (`bevy::a11y::ActionRequest`, as AT-SPI, UI Automation and the Mac's API deliver
//! them) presses buttons and moves the focus, and headings are heard as headings.

use bevy::a11y::ActionRequest;
use bevy::prelude::*;
use bevy_egui::egui::accesskit::{self, Action, TreeId};

use crate::common::app::{frames, headless_app, screen, t};
use crate::common::reader::{focused_name, heading_level, node_id};
use scarwise::state::Screen;

/// Sends the request a reader makes for `action` on the widget named `name`.
fn request(app: &mut App, action: Action, name: &str) {
    let target_node =
        node_id(app, name).unwrap_or_else(|| panic!("no widget named {name:?} on screen"));
    app.world_mut()
        .write_message(ActionRequest(accesskit::ActionRequest {
            action,
            target_tree: TreeId::ROOT,
            target_node,
            data: None,
        }));
    frames(app, 4);
}

#[test]
fn a_reader_presses_start_and_the_map_opens() {
    let mut app = headless_app("en");
    assert_eq!(screen(&app), Screen::Title);
    let start = t(&app, "title-start");
    request(&mut app, Action::Click, &start);
    assert_eq!(screen(&app), Screen::Journey);
    // And on the map, a press on "Begin" opens the first lesson.
    let begin = t(&app, "journey-begin");
    request(&mut app, Action::Click, &begin);
    assert_eq!(screen(&app), Screen::Lesson);
}

#[test]
fn a_reader_moves_the_keyboard_focus() {
    let mut app = headless_app("en");
    let about = t(&app, "nav-about");
    assert_ne!(focused_name(&app), about);
    request(&mut app, Action::Focus, &about);
    assert_eq!(focused_name(&app), about);
}

#[test]
fn screen_titles_are_headings_and_cards_are_their_sections() {
    let mut app = headless_app("en");
    assert_eq!(heading_level(&app, "Scarwise"), Some(1));
    assert_eq!(heading_level(&app, &t(&app, "title-tagline")), Some(2));
    let start = t(&app, "title-start");
    request(&mut app, Action::Click, &start);
    assert_eq!(heading_level(&app, &t(&app, "journey-heading")), Some(1));
    assert_eq!(heading_level(&app, &t(&app, "badges-heading")), Some(2));
}
