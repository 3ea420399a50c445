//! The keyboard, as a patient without a pointer uses it: keys, Tab to a control by its name,
//! Enter or Space on it.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;

use super::app::{frames, primary_window, screen, t, window_height};
use super::reader::{focused_bounds, focused_name};

/// Presses and releases a key (with Shift held when `shift`), then lets the app react.
pub fn press(app: &mut App, key: KeyCode, logical: Key, shift: bool) {
    let window = primary_window(app);
    let event = |key_code, logical_key, state| KeyboardInput {
        key_code,
        logical_key,
        state,
        text: None,
        repeat: false,
        window,
    };
    if shift {
        app.world_mut()
            .write_message(event(KeyCode::ShiftLeft, Key::Shift, ButtonState::Pressed));
    }
    app.world_mut()
        .write_message(event(key, logical.clone(), ButtonState::Pressed));
    app.update();
    app.world_mut()
        .write_message(event(key, logical, ButtonState::Released));
    if shift {
        app.world_mut()
            .write_message(event(KeyCode::ShiftLeft, Key::Shift, ButtonState::Released));
    }
    // The view writes an action; the flow applies it next frame, the state change after.
    frames(app, 3);
}

/// Tab to the next control; the page scrolls so that the focused control is on screen (a
/// keyboard user must see where the focus went), which this checks after every Tab.
pub fn tab(app: &mut App) {
    press(app, KeyCode::Tab, Key::Tab, false);
    focus_is_on_screen(app);
}

/// Fails unless the widget with the keyboard focus is inside the window.
pub fn focus_is_on_screen(app: &mut App) {
    let Some(rect) = focused_bounds(app) else {
        return;
    };
    let height = window_height(app);
    assert!(
        rect.y0 >= -0.5 && rect.y1 <= height + 0.5,
        "the focus went to {:?} at {rect:?}, outside the {height}-px-high window on {:?}",
        focused_name(app),
        screen(app)
    );
}

/// Tabs until the control named `name` has the keyboard focus; fails with what it passed.
pub fn focus(app: &mut App, name: &str) {
    let mut seen = Vec::new();
    for _ in 0..120 {
        if focused_name(app) == name {
            return;
        }
        tab(app);
        seen.push(focused_name(app));
    }
    panic!(
        "Tab never reached {name:?} on {:?}; it went through {seen:?}",
        screen(app)
    );
}

/// Moves the focus to `name` and presses Enter (Space when `space`).
pub fn activate(app: &mut App, name: &str, space: bool) {
    focus(app, name);
    if space {
        press(app, KeyCode::Space, Key::Space, false);
    } else {
        press(app, KeyCode::Enter, Key::Enter, false);
    }
}

/// Enter on the control whose name is the message `id`.
pub fn activate_message(app: &mut App, id: &str) {
    let name = t(app, id);
    activate(app, &name, false);
}

/// From the title into module 1's first page: Enter on "Start", then on "Begin".
pub fn open_module_one(app: &mut App) {
    activate_message(app, "title-start");
    activate_message(app, "journey-begin");
}
