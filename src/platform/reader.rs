//! What a screen reader would get, as plain data: every named node of egui's AccessKit tree
//! with its role, state and on-screen rectangle. The browser test reads it (`?test=1` exposes
//! `scarwise_widgets()` to the page) to find widgets by name, since egui paints into the canvas
//! and the page has no buttons to query.

use std::sync::Mutex;

use bevy::prelude::*;
use bevy_egui::egui::accesskit;
use bevy_egui::{EguiContext, EguiOutput, EguiPostUpdateSet, EguiPreUpdateSet};

/// Turns the reader tree on and keeps the latest snapshot.
pub fn plugin(app: &mut App) {
    app.init_resource::<PointerLog>()
        .init_resource::<KeyLog>()
        .add_systems(
            PreUpdate,
            (
                enable_tree,
                log_pointer,
                log_keys.before(EguiPreUpdateSet::BeginPass),
            ),
        )
        .add_systems(PostUpdate, snapshot.after(EguiPostUpdateSet::ProcessOutput));
}

/// What the app received from the keyboard, for a test to tell "the key never arrived" from
/// "it arrived and did nothing": how many key presses (not repeats), the last key, and which
/// widget had the focus when it came (by its reader name in the frame before).
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct KeyLog {
    pub presses: u32,
    pub last: String,
    pub focus: String,
    /// The reader name of the focused widget in the last snapshot (the focus a key meets).
    focus_drawn: String,
}

fn log_keys(
    mut log: ResMut<KeyLog>,
    mut keys: MessageReader<bevy::input::keyboard::KeyboardInput>,
) {
    let pressed: Vec<_> = keys
        .read()
        .filter(|key| key.state.is_pressed() && !key.repeat)
        .map(|key| format!("{:?}", key.logical_key))
        .collect();
    let Some(last) = pressed.last() else {
        return;
    };
    log.presses += pressed.len() as u32;
    log.last = last.clone();
    log.focus = log.focus_drawn.clone();
}

/// What the app received from the pointer, for a test to tell "the click never arrived" from
/// "it arrived and did nothing": counts of button presses and releases (mouse and touch) and
/// the last position, in logical window pixels; then what egui made of them: how many of its
/// passes saw a click, which widget it gave the last one to (its reader name; "(none)" when
/// the click landed on no widget), and whether it still follows a finger as its pointer (a
/// touch whose end never reached it would leave every later tap without a click); and what
/// the app made of it: how many actions the screens wrote, the last one, and the screen shown.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct PointerLog {
    pub presses: u32,
    pub releases: u32,
    pub last: [f32; 2],
    pub clicks: u32,
    pub clicked: String,
    pub finger: bool,
    pub actions: u32,
    pub last_action: String,
    pub screen: String,
}

fn log_pointer(
    mut log: ResMut<PointerLog>,
    mut buttons: MessageReader<bevy::input::mouse::MouseButtonInput>,
    mut moves: MessageReader<CursorMoved>,
    mut touches: MessageReader<TouchInput>,
) {
    for moved in moves.read() {
        log.last = moved.position.into();
    }
    for button in buttons.read() {
        match button.state {
            bevy::input::ButtonState::Pressed => log.presses += 1,
            bevy::input::ButtonState::Released => log.releases += 1,
        }
    }
    for touch in touches.read() {
        match touch.phase {
            bevy::input::touch::TouchPhase::Started => log.presses += 1,
            bevy::input::touch::TouchPhase::Ended => log.releases += 1,
            _ => {}
        }
        log.last = touch.position.into();
    }
}

/// One named node: what it is called, its role, and where it is (egui points).
#[derive(Debug, Clone, PartialEq)]
pub struct Widget {
    pub name: String,
    pub role: String,
    pub rect: [f64; 4],
    pub focused: bool,
    pub toggled: Option<bool>,
    pub disabled: bool,
}

/// The latest snapshot, shared with the page.
static LATEST: Mutex<String> = Mutex::new(String::new());

/// The latest snapshot as JSON: `{"zoom": 1.0, "frames": 12, "pointer": {...}, "keys": {...},
/// "widgets": [...]}`.
pub fn latest_json() -> String {
    LATEST.lock().map(|json| json.clone()).unwrap_or_default()
}

fn enable_tree(mut contexts: Query<&mut EguiContext, Added<EguiContext>>) {
    for mut context in &mut contexts {
        context.get_mut().enable_accesskit();
    }
}

fn snapshot(
    mut outputs: Query<(
        &EguiOutput,
        &mut EguiContext,
        &bevy_egui::input::EguiContextPointerTouchId,
    )>,
    mut pointer: ResMut<PointerLog>,
    mut keys: ResMut<KeyLog>,
    mut actions: MessageReader<crate::screens::Action>,
    screen: Option<Res<State<crate::screens::Screen>>>,
) {
    for action in actions.read() {
        pointer.actions += 1;
        pointer.last_action = format!("{action:?}");
    }
    if let Some(screen) = screen {
        pointer.screen = format!("{:?}", screen.get());
    }
    for (output, mut context, touch) in &mut outputs {
        let clicked = context
            .get_mut()
            .input(|input| input.pointer.any_click())
            .then(|| context.get_mut().interaction_snapshot(|i| i.clicked));
        pointer.finger = touch.pointer_touch_id.is_some();
        let update = output.platform_output.accesskit_update.as_ref();
        if let Some(clicked) = clicked {
            pointer.clicks += 1;
            pointer.clicked = match (clicked, update) {
                (None, _) => "(none)".to_owned(),
                (Some(id), Some(update)) => update
                    .nodes
                    .iter()
                    .find(|(node, _)| *node == id.accesskit_id())
                    .and_then(|(_, node)| node.label().or_else(|| node.value()))
                    .unwrap_or("(unnamed)")
                    .to_owned(),
                (Some(_), None) => "(no reader tree)".to_owned(),
            };
        }
        let Some(update) = update else {
            continue;
        };
        let widgets = widgets(update);
        keys.focus_drawn = widgets
            .iter()
            .find(|widget| widget.focused)
            .map_or_else(|| "(none)".to_owned(), |widget| widget.name.clone());
        let context = context.get_mut();
        let (zoom, frames) = (context.zoom_factor(), context.cumulative_pass_nr());
        let json = to_json(&widgets, zoom, frames, &pointer, &keys);
        if let Ok(mut latest) = LATEST.lock() {
            *latest = json;
        }
    }
}

/// The named nodes of a tree update, in tree order.
pub fn widgets(update: &accesskit::TreeUpdate) -> Vec<Widget> {
    update
        .nodes
        .iter()
        .filter_map(|(id, node)| {
            let name = node.label().or_else(|| node.value())?.to_owned();
            let bounds = node.bounds().unwrap_or_default();
            Some(Widget {
                name,
                role: format!("{:?}", node.role()),
                rect: [
                    bounds.x0,
                    bounds.y0,
                    bounds.x1 - bounds.x0,
                    bounds.y1 - bounds.y0,
                ],
                focused: *id == update.focus,
                toggled: node.toggled().map(|t| t == accesskit::Toggled::True),
                disabled: node.is_disabled(),
            })
        })
        .collect()
}

/// JSON without a serializer crate: the shape is fixed and small.
/// `frames` counts the frames drawn so far, for a test to tell "nothing was drawn after the
/// input" from "it was drawn and did nothing".
pub fn to_json(
    widgets: &[Widget],
    zoom: f32,
    frames: u64,
    pointer: &PointerLog,
    keys: &KeyLog,
) -> String {
    let mut out = format!(
        "{{\"zoom\":{zoom},\"frames\":{frames},\"pointer\":{{\"presses\":{},\"releases\":{},\"x\":{},\"y\":{},\"clicks\":{},\"clicked\":{},\"finger\":{},\"actions\":{},\"action\":{},\"screen\":{}}},\"keys\":{{\"presses\":{},\"last\":{},\"focus\":{}}},\"widgets\":[",
        pointer.presses,
        pointer.releases,
        pointer.last[0],
        pointer.last[1],
        pointer.clicks,
        json_string(&pointer.clicked),
        pointer.finger,
        pointer.actions,
        json_string(&pointer.last_action),
        json_string(&pointer.screen),
        keys.presses,
        json_string(&keys.last),
        json_string(&keys.focus)
    );
    for (i, w) in widgets.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let toggled = match w.toggled {
            Some(t) => t.to_string(),
            None => "null".to_owned(),
        };
        out.push_str(&format!(
            "{{\"name\":{},\"role\":{},\"x\":{},\"y\":{},\"w\":{},\"h\":{},\"focused\":{},\"toggled\":{toggled},\"disabled\":{}}}",
            json_string(&w.name),
            json_string(&w.role),
            w.rect[0],
            w.rect[1],
            w.rect[2],
            w.rect[3],
            w.focused,
            w.disabled
        ));
    }
    out.push_str("]}");
    out
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page's way in (`?test=1` only): `scarwise_widgets()` returns the latest snapshot.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn scarwise_widgets() -> String {
    latest_json()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_names_and_keeps_states() {
        let widgets = [Widget {
            name: "Say \"hi\"\\\n".to_owned(),
            role: "Button".to_owned(),
            rect: [1.0, 2.5, 30.0, 48.0],
            focused: true,
            toggled: Some(false),
            disabled: false,
        }];
        assert_eq!(
            to_json(
                &widgets,
                1.5,
                7,
                &PointerLog {
                    presses: 2,
                    releases: 1,
                    last: [10.0, 20.5],
                    clicks: 1,
                    clicked: "Next".to_owned(),
                    finger: false,
                    actions: 1,
                    last_action: "NextPage".to_owned(),
                    screen: "Lesson".to_owned(),
                },
                &KeyLog {
                    presses: 3,
                    last: "Enter".to_owned(),
                    focus: "Next".to_owned(),
                    focus_drawn: String::new(),
                }
            ),
            "{\"zoom\":1.5,\"frames\":7,\"pointer\":{\"presses\":2,\"releases\":1,\"x\":10,\"y\":20.5,\"clicks\":1,\"clicked\":\"Next\",\"finger\":false,\"actions\":1,\"action\":\"NextPage\",\"screen\":\"Lesson\"},\"keys\":{\"presses\":3,\"last\":\"Enter\",\"focus\":\"Next\"},\"widgets\":[{\"name\":\"Say \\\"hi\\\"\\\\\\n\",\"role\":\"Button\",\"x\":1,\"y\":2.5,\"w\":30,\"h\":48,\"focused\":true,\"toggled\":false,\"disabled\":false}]}"
        );
    }
}
