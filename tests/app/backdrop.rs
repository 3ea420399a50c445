//! Meshes behind egui rectangles, through the real UI (headless): the title's drawing and a
//! scene's canvas are spawned where their views asked, and removed when no view asks.

use bevy::prelude::*;

use crate::common::app::{headless_app, screen, t};
use crate::common::reader::slider_labelled;
use crate::common::touch::scroll_to_and_tap;
use scarwise::state::Screen;

/// Depths of the mesh entities named `name` now.
fn depths(app: &mut App, name: &str) -> Vec<f32> {
    app.world_mut()
        .query::<(&Name, &Transform)>()
        .iter(app.world())
        .filter(|(n, _)| n.as_str() == name)
        .map(|(_, t)| t.translation.z)
        .collect()
}

#[test]
fn drawings_and_scene_canvases_come_and_go_with_their_views() {
    let mut app = headless_app("en");
    let title = depths(&mut app, "Illustration part");
    assert!(title.len() >= 5, "the title's lineup: {title:?}");
    assert!(depths(&mut app, "Scene canvas").is_empty());

    let start = t(&app, "title-start");
    scroll_to_and_tap(&mut app, &start);
    assert_eq!(screen(&app), Screen::Journey);
    app.update();
    assert!(
        depths(&mut app, "Illustration part").is_empty(),
        "the journey draws no skin"
    );

    let begin = t(&app, "journey-begin");
    scroll_to_and_tap(&mut app, &begin);
    let next = t(&app, "lesson-next");
    let lamp = t(&app, "light-angle");
    for _ in 0..12 {
        if slider_labelled(&app, &lamp).is_some() {
            break;
        }
        scroll_to_and_tap(&mut app, &next);
    }
    app.update();
    assert_eq!(
        depths(&mut app, "Scene canvas"),
        vec![10.0],
        "the side-light scene's one canvas, above the drawings"
    );
}
