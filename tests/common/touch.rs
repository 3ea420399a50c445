//! One finger on the screen: taps on a widget by its name, drags, and swipes that scroll a
//! long page until a widget shows.

use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy_egui::egui::accesskit;

use super::app::{frames, primary_window, screen, window_height};
use super::reader::{bounds, rect_of, widgets};

/// One finger: touches down at `from`, moves to `to` in a few steps and lifts.
pub fn touch_drag(app: &mut App, from: Vec2, to: Vec2) {
    let window = primary_window(app);
    let send = |app: &mut App, phase, position| {
        app.world_mut().write_message(TouchInput {
            phase,
            position,
            window,
            force: None,
            id: 1,
        });
        app.update();
    };
    send(app, TouchPhase::Started, from);
    for step in 1..=4 {
        send(app, TouchPhase::Moved, from.lerp(to, step as f32 / 4.0));
    }
    send(app, TouchPhase::Ended, to);
    frames(app, 3);
}

/// A finger lands, somewhere on an app without a window (the core app has none), and the
/// frame runs.
pub fn touch_down(app: &mut App) {
    app.world_mut().write_message(TouchInput {
        phase: TouchPhase::Started,
        position: Vec2::new(10.0, 10.0),
        window: Entity::PLACEHOLDER,
        force: None,
        id: 1,
    });
    app.update();
}

pub fn centre(rect: &accesskit::Rect) -> Vec2 {
    Vec2::new(
        ((rect.x0 + rect.x1) / 2.0) as f32,
        ((rect.y0 + rect.y1) / 2.0) as f32,
    )
}

/// Taps the middle of the widget named `name` with one finger.
pub fn tap(app: &mut App, name: &str) {
    let rect = rect_of(app, name)
        .unwrap_or_else(|| panic!("no widget named {name:?} on {:?}", screen(app)));
    let centre = centre(&rect);
    touch_drag(app, centre, centre);
}

/// Swipes the page up (one finger) until `name` is fully on screen, then taps it.
pub fn scroll_to_and_tap(app: &mut App, name: &str) {
    let height = window_height(app);
    for _ in 0..30 {
        let rect = rect_of(app, name)
            .unwrap_or_else(|| panic!("no widget named {name:?} on {:?}", screen(app)));
        if rect.y0 >= 0.0 && rect.y1 <= height - 8.0 {
            tap(app, name);
            return;
        }
        // Swipe on a line of text (never on a slider, which takes drags itself).
        let down = rect.y1 > height - 8.0;
        let shown = widgets(app);
        let grip = shown
            .iter()
            // Text, pictures and buttons (options too) take no drags, so the page scrolls
            // under them.
            .filter(|w| {
                matches!(
                    w.role.as_str(),
                    "Label" | "Heading" | "Image" | "Button" | "RadioButton" | "CheckBox"
                )
            })
            .map(bounds)
            .find(|b| {
                let y = (b.y0 + b.y1) / 2.0;
                if down {
                    y > height * 0.55 && y < height * 0.9
                } else {
                    y > height * 0.1 && y < height * 0.45
                }
            });
        let Some(grip) = grip else {
            panic!("no text to swipe on while looking for {name:?} (height {height}): {shown:#?}");
        };
        let x = (grip.x0 + 4.0) as f32;
        let y = ((grip.y0 + grip.y1) / 2.0) as f32;
        let distance = (height * 0.3) as f32;
        let to = if down { y - distance } else { y + distance };
        touch_drag(app, Vec2::new(x, y), Vec2::new(x, to));
    }
    panic!("could not scroll {name:?} into view");
}
