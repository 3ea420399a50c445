//! What a screen reader would get, as plain data: every named node of egui's AccessKit tree
//! with its role, state and on-screen rectangle. The browser test reads it (`?test=1` exposes
//! `scarwise_widgets()` to the page) to find widgets by name, since egui paints into the canvas
//! and the page has no buttons to query.

use std::sync::Mutex;

use bevy::prelude::*;
use bevy_egui::egui::accesskit;
use bevy_egui::{EguiContext, EguiOutput, EguiPostUpdateSet, EguiPreUpdateSet};

use crate::consult::{ExportSummary, PrepEdit};
use crate::kiosk::KioskRequest;
use crate::lesson::LessonInput;
use crate::notices::DismissNotice;
use crate::progress::ResetProgress;
use crate::quiz::QuizInput;
use crate::settings::SettingsEdit;
use crate::state::{AppSystems, Nav};

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
        .add_systems(
            Update,
            (
                log_message::<Nav>,
                log_message::<LessonInput>,
                log_message::<QuizInput>,
                log_message::<SettingsEdit>,
                log_message::<PrepEdit>,
                log_message::<ExportSummary>,
                log_message::<KioskRequest>,
                log_message::<DismissNotice>,
                log_message::<ResetProgress>,
                log_message::<crate::companion::TreatmentEdit>,
                log_message::<crate::companion::ExportCalendar>,
            )
                .before(AppSystems::Apply),
        )
        .add_systems(PostUpdate, snapshot.after(EguiPostUpdateSet::ProcessOutput));
}

/// Counts what the views asked for, and names the last by kind.
fn log_message<M: Message + std::fmt::Debug>(
    mut asked: MessageReader<M>,
    mut pointer: ResMut<PointerLog>,
) {
    for message in asked.read() {
        pointer.actions += 1;
        pointer.last_action = message_name(message);
    }
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
        .map(|key| key_name(&key.logical_key))
        .collect();
    let Some(last) = pressed.last() else {
        return;
    };
    log.presses += pressed.len() as u32;
    log.last = last.clone();
    log.focus = log.focus_drawn.clone();
}

/// A key as the log shows it: named keys by name, typed characters only as `Character` (the
/// log must not spell out what the patient types).
fn key_name(key: &bevy::input::keyboard::Key) -> String {
    match key {
        bevy::input::keyboard::Key::Character(_) => "Character".to_owned(),
        other => format!("{other:?}"),
    }
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
    screen: Option<Res<State<crate::state::Screen>>>,
) {
    let mut private = false;
    if let Some(screen) = screen {
        pointer.screen = format!("{:?}", screen.get());
        private = is_private(*screen.get());
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
                    .and_then(|(_, node)| reader_name(node, private))
                    .unwrap_or_else(|| "(unnamed)".to_owned()),
                (Some(_), None) => "(no reader tree)".to_owned(),
            };
        }
        let Some(update) = update else {
            continue;
        };
        let widgets = widgets(update, private);
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

/// Screens that show what the patient told the app (own questions, health answers, the
/// summary built from them): there the snapshot keeps only the names of controls, without
/// their checked states, and no text.
pub fn is_private(screen: crate::state::Screen) -> bool {
    matches!(
        screen,
        crate::state::Screen::Prepare
            | crate::state::Screen::Summary
            | crate::state::Screen::Treatment
    )
}

/// A message as the snapshot shows it: by kind only, never what it carries (an answer, a
/// question typed, a language), so `AddCustom("...")` shows as `AddCustom(..)`.
pub fn message_name(message: &impl std::fmt::Debug) -> String {
    let text = format!("{message:?}");
    match text.find(['(', ' ', '{']) {
        Some(cut) => format!("{}(..)", &text[..cut]),
        None => text,
    }
}

/// What the snapshot calls a node, if anything. Never what was typed: a text field goes by
/// its label or its hint, and the runs of text inside it are left out. On a private screen
/// ([`is_private`]) text (labels) is left out too.
pub fn reader_name(node: &accesskit::Node, private: bool) -> Option<String> {
    use accesskit::Role;
    let name = match node.role() {
        Role::TextRun => return None,
        Role::TextInput | Role::MultilineTextInput | Role::SearchInput => {
            node.label().or_else(|| node.placeholder())
        }
        // egui gives a label's text as its value.
        Role::Label | Role::Heading if private => return None,
        Role::Label | Role::Heading => node.label().or_else(|| node.value()),
        _ => node.label(),
    }?;
    (!name.is_empty()).then(|| name.to_owned())
}

/// The named nodes of a tree update, in tree order (`private`: see [`is_private`]).
pub fn widgets(update: &accesskit::TreeUpdate, private: bool) -> Vec<Widget> {
    update
        .nodes
        .iter()
        .filter_map(|(id, node)| {
            let name = reader_name(node, private)?;
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
                toggled: node
                    .toggled()
                    .filter(|_| !private)
                    .map(|t| t == accesskit::Toggled::True),
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
    use accesskit::{Node, NodeId, Role, Toggled, TreeId, TreeUpdate};

    /// A screen of the prepare kind: a text field with a question typed into it (and the
    /// runs of text egui puts inside), the own question once added, a health question
    /// answered "yes", and a checkbox ticked.
    fn tree_with_typed_text() -> TreeUpdate {
        let typed = "my secret question about isotretinoin";
        let mut field = Node::new(Role::TextInput);
        field.set_value(typed);
        field.set_placeholder("Type your own question");
        let mut run = Node::new(Role::TextRun);
        run.set_value(typed);
        let mut added = Node::new(Role::Label);
        added.set_value(format!("• {typed}"));
        let mut yes = Node::new(Role::Button);
        yes.set_label("Yes");
        yes.set_toggled(Toggled::True);
        let mut ticked = Node::new(Role::CheckBox);
        ticked.set_label("How many sessions will I need?");
        ticked.set_toggled(Toggled::True);
        TreeUpdate {
            nodes: vec![
                (NodeId(1), field),
                (NodeId(2), run),
                (NodeId(3), added),
                (NodeId(4), yes),
                (NodeId(5), ticked),
            ],
            tree: None,
            tree_id: TreeId::ROOT,
            focus: NodeId(1),
        }
    }

    #[test]
    fn typed_text_never_reaches_the_snapshot() {
        let typing = |private| {
            let mut tree = tree_with_typed_text();
            // Being typed: only the field and its runs of text hold it.
            tree.nodes.retain(|(_, node)| node.role() != Role::Label);
            widgets(&tree, private)
        };
        for private in [false, true] {
            let widgets = typing(private);
            let json = to_json(&widgets, 1.0, 1, &PointerLog::default(), &KeyLog::default());
            assert!(!json.contains("secret"), "private {private}: {json}");
            // The field is still found, by its hint, and buttons by their names.
            assert_eq!(widgets[0].name, "Type your own question");
            assert_eq!(widgets[0].role, "TextInput");
            assert!(widgets[0].focused);
            assert!(widgets.iter().any(|w| w.name == "Yes"));
        }
        // Once added, the question shows as text, on the prepare screen only (private).
        let json = to_json(
            &widgets(&tree_with_typed_text(), true),
            1.0,
            1,
            &PointerLog::default(),
            &KeyLog::default(),
        );
        assert!(!json.contains("secret"), "{json}");
    }

    #[test]
    fn private_screens_show_no_answers() {
        let open = widgets(&tree_with_typed_text(), false);
        assert!(open.iter().any(|w| w.toggled == Some(true)));
        let private = widgets(&tree_with_typed_text(), true);
        assert!(private.iter().all(|w| w.toggled.is_none()), "{private:?}");
        assert!(private.iter().all(|w| w.role != "Label"), "{private:?}");
        assert!(is_private(crate::state::Screen::Prepare));
        assert!(is_private(crate::state::Screen::Summary));
        assert!(!is_private(crate::state::Screen::Quiz));
    }

    #[test]
    fn keys_and_actions_do_not_spell_out_answers() {
        use bevy::input::keyboard::Key;
        assert_eq!(key_name(&Key::Character("s".into())), "Character");
        assert_eq!(key_name(&Key::Enter), "Enter");
        let added = PrepEdit::AddCustom("my secret".to_owned());
        assert_eq!(message_name(&added), "AddCustom(..)");
        let answer = QuizInput::Answer(crate::quiz::Answer::Choice(1));
        assert_eq!(message_name(&answer), "Answer(..)");
        assert_eq!(message_name(&LessonInput::NextPage), "NextPage");
        assert_eq!(message_name(&ExportSummary), "ExportSummary");
    }

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
