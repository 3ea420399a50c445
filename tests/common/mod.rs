//! The headless UI harness the accessibility and touch tests share: the whole app without a
//! window or renderer (egui still lays out every screen and answers input), keyboard and
//! touch input, and the AccessKit tree that screen readers get.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the harness"
)]

pub mod kiosk;

use std::collections::BTreeMap;
use std::time::Duration;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui::accesskit;
use bevy_egui::{EguiContext, EguiOutput, EguiPostUpdateSet};

use scarwise::content::model::QuestionKind;
use scarwise::i18n::{Localizer, args};
use scarwise::illustration::profile::Drawing;
use scarwise::illustration::spot_letter;
use scarwise::quiz::ActiveQuiz;
use scarwise::screens::Screen;
use scarwise::{LaunchOptions, build_app};

/// The last accessibility tree egui produced: every node by id, and the focused one.
#[derive(Resource, Default)]
pub struct ReaderTree {
    pub nodes: BTreeMap<accesskit::NodeId, accesskit::Node>,
    pub focus: Option<accesskit::NodeId>,
}

impl ReaderTree {
    /// What a screen reader says for a node: its label, or a text label's value.
    pub fn name(node: &accesskit::Node) -> Option<&str> {
        node.label().or_else(|| node.value())
    }

    pub fn focused(&self) -> Option<(&accesskit::Node, String)> {
        let node = self.nodes.get(&self.focus?)?;
        Some((node, Self::name(node).unwrap_or_default().to_owned()))
    }

    pub fn names(&self) -> Vec<(accesskit::Role, String)> {
        self.nodes
            .values()
            .filter_map(|n| Some((n.role(), Self::name(n)?.to_owned())))
            .collect()
    }
}

pub fn enable_reader(mut contexts: Query<&mut EguiContext, Added<EguiContext>>) {
    for mut context in &mut contexts {
        context.get_mut().enable_accesskit();
    }
}

pub fn capture_tree(outputs: Query<&EguiOutput>, mut tree: ResMut<ReaderTree>) {
    for output in &outputs {
        let Some(update) = output.platform_output.accesskit_update.as_ref() else {
            continue;
        };
        if update.tree.is_some() {
            tree.nodes.clear();
        }
        tree.nodes.extend(update.nodes.iter().cloned());
        tree.focus = Some(update.focus);
    }
}

pub fn headless_app(locale: &str) -> App {
    headless_app_sized(locale, (1280, 800))
}

/// A headless app with a window of `size` logical pixels (e.g. a phone's 390x844).
pub fn headless_app_sized(locale: &str, size: (u32, u32)) -> App {
    headless_app_with(LaunchOptions {
        headless: true,
        memory_only: true,
        locale: Some(locale.to_owned()),
        window: Some(size),
        seed: Some(7),
        ..default()
    })
}

/// A headless app launched with `options` (which should say `headless`), loaded and drawn.
pub fn headless_app_with(options: LaunchOptions) -> App {
    let mut app = build_app(options);
    app.init_resource::<ReaderTree>()
        .add_systems(PreUpdate, enable_reader)
        .add_systems(
            PostUpdate,
            capture_tree.after(EguiPostUpdateSet::ProcessOutput),
        );
    app.finish();
    app.cleanup();
    for _ in 0..3000 {
        app.update();
        if screen(&app) != Screen::Loading && !app.world().resource::<ReaderTree>().nodes.is_empty()
        {
            return app;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let contexts = app
        .world_mut()
        .query::<&EguiContext>()
        .iter(app.world())
        .count();
    panic!(
        "the app never finished loading: on {:?}, {contexts} egui context(s), {} reader node(s)",
        screen(&app),
        app.world().resource::<ReaderTree>().nodes.len()
    );
}

/// The names a screen reader finds on screen now (what egui drew in the last frame).
pub fn visible_names(app: &App) -> Vec<String> {
    app.world()
        .resource::<ReaderTree>()
        .names()
        .into_iter()
        .map(|(_, name)| name)
        .collect()
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub fn t(app: &App, id: &str) -> String {
    app.world().resource::<Localizer>().t(id)
}

/// Presses and releases a key (with Shift held when `shift`), then lets the app react.
pub fn press(app: &mut App, key: KeyCode, logical: Key, shift: bool) {
    let window = app
        .world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>()
        .single(app.world())
        .expect("a primary window");
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
    for _ in 0..3 {
        app.update();
    }
}

pub fn tab(app: &mut App) {
    press(app, KeyCode::Tab, Key::Tab, false);
}

pub fn focused_name(app: &App) -> String {
    app.world()
        .resource::<ReaderTree>()
        .focused()
        .map(|(_, name)| name)
        .unwrap_or_default()
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

/// Answers the current question right, by keyboard alone.
pub fn answer_by_keyboard(app: &mut App) {
    let quiz = app.world().resource::<ActiveQuiz>();
    let session = quiz.session.as_ref().expect("a quiz is running");
    let item = quiz.items[session.current_item().expect("a question")].clone();
    let shown = session.shown_order().to_vec();
    match &item.kind {
        QuestionKind::SingleChoice { choices } => {
            let right = choices
                .iter()
                .find(|c| c.correct)
                .expect("one right choice");
            activate(app, &t(app, &right.text), false);
        }
        QuestionKind::TrueFalse { answer } => {
            let id = if *answer { "quiz-true" } else { "quiz-false" };
            activate(app, &t(app, id), false);
        }
        QuestionKind::MultipleChoice { choices } => {
            for choice in choices.iter().filter(|c| c.correct) {
                let name = t(app, &choice.text);
                activate(app, &name, true);
                let ticked = app
                    .world()
                    .resource::<ReaderTree>()
                    .focused()
                    .map(|(n, _)| n.toggled());
                assert_eq!(
                    ticked,
                    Some(Some(accesskit::Toggled::True)),
                    "{name:?} reads as ticked"
                );
            }
            activate(app, &t(app, "quiz-check"), false);
        }
        QuestionKind::Hotspot { picture, target } => {
            let index = Drawing::of(*picture)
                .features
                .iter()
                .position(|f| f.kind == *target)
                .expect("the target is in the picture");
            let name = app.world().resource::<Localizer>().t_args(
                "quiz-hotspot-letter",
                &args(&[("letter", spot_letter(index).to_string().into())]),
            );
            activate(app, &name, false);
        }
        QuestionKind::Ordering { steps } => {
            // Selection sort with the "move up" buttons, which readers hear by step name.
            let mut arrangement = shown;
            for (target, step) in steps.iter().enumerate() {
                let mut at = arrangement
                    .iter()
                    .position(|&s| s == target)
                    .expect("a step");
                while at > target {
                    let loc = app.world().resource::<Localizer>();
                    let name = loc.t_args("a11y-move-up", &args(&[("step", loc.t(step).into())]));
                    activate(app, &name, false);
                    arrangement.swap(at, at - 1);
                    at -= 1;
                }
            }
            activate(app, &t(app, "quiz-check"), false);
        }
    }
    let given = app
        .world()
        .resource::<ActiveQuiz>()
        .session
        .as_ref()
        .and_then(|s| s.current_answer().cloned());
    assert!(
        matches!(given, Some((_, true))),
        "question {:?} answered right by keyboard, got {given:?}",
        item.id
    );
}

/// From a lesson's first page: every page (scenes included) by keyboard, then its quiz.
pub fn finish_lesson_and_quiz(app: &mut App) {
    // Every lesson page, scenes included, then the quiz.
    let (next, start_quiz) = (t(app, "lesson-next"), t(app, "lesson-start-quiz"));
    for _ in 0..40 {
        if screen(app) != Screen::Lesson {
            break;
        }
        let names: Vec<String> = app
            .world()
            .resource::<ReaderTree>()
            .names()
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        if names.contains(&start_quiz) {
            activate(app, &start_quiz, false);
        } else {
            activate(app, &next, false);
        }
    }
    assert_eq!(screen(app), Screen::Quiz);

    let mut answered = 0;
    while screen(app) == Screen::Quiz {
        answer_by_keyboard(app);
        answered += 1;
        let last = app
            .world()
            .resource::<ActiveQuiz>()
            .session
            .as_ref()
            .is_some_and(|s| s.progress().0 == s.progress().1);
        let name = if last {
            t(app, "quiz-see-results")
        } else {
            t(app, "quiz-next")
        };
        activate(app, &name, false);
        assert!(answered < 40, "the quiz never ended");
    }
}

/// Where a named widget is, in window coordinates (logical pixels).
pub fn rect_of(app: &App, name: &str) -> Option<accesskit::Rect> {
    let tree = app.world().resource::<ReaderTree>();
    tree.nodes
        .values()
        .find(|n| ReaderTree::name(n) == Some(name))
        .and_then(|n| n.bounds())
}

/// One finger: touches down at `from`, moves to `to` in a few steps and lifts.
pub fn touch_drag(app: &mut App, from: Vec2, to: Vec2) {
    use bevy::input::touch::{TouchInput, TouchPhase};
    let window = app
        .world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>()
        .single(app.world())
        .expect("a primary window");
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
    for _ in 0..3 {
        app.update();
    }
}

/// Taps the middle of the widget named `name` with one finger.
pub fn tap(app: &mut App, name: &str) {
    let rect = rect_of(app, name)
        .unwrap_or_else(|| panic!("no widget named {name:?} on {:?}", screen(app)));
    let centre = Vec2::new(
        ((rect.x0 + rect.x1) / 2.0) as f32,
        ((rect.y0 + rect.y1) / 2.0) as f32,
    );
    touch_drag(app, centre, centre);
}

/// The rectangle of the slider a reader announces by the label `label`.
pub fn slider_labelled(app: &App, label: &str) -> Option<accesskit::Rect> {
    let tree = app.world().resource::<ReaderTree>();
    let label_id = tree
        .nodes
        .iter()
        .find(|(_, n)| ReaderTree::name(n) == Some(label))
        .map(|(id, _)| *id)?;
    tree.nodes
        .values()
        .find(|n| n.role() == accesskit::Role::Slider && n.labelled_by().contains(&label_id))
        .and_then(|n| n.bounds())
}

/// The window's height in logical pixels.
pub fn window_height(app: &mut App) -> f64 {
    let window = app
        .world_mut()
        .query_filtered::<&Window, With<PrimaryWindow>>()
        .single(app.world())
        .expect("a primary window");
    f64::from(window.height())
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
        let grip = {
            let tree = app.world().resource::<ReaderTree>();
            tree.nodes
                .values()
                // Text, pictures and buttons take no drags, so the page scrolls under them.
                .filter(|n| {
                    matches!(
                        n.role(),
                        accesskit::Role::Label | accesskit::Role::Image | accesskit::Role::Button
                    )
                })
                .filter_map(|n| n.bounds())
                .find(|b| {
                    let y = (b.y0 + b.y1) / 2.0;
                    if down {
                        y > height * 0.55 && y < height * 0.9
                    } else {
                        y > height * 0.1 && y < height * 0.45
                    }
                })
        };
        let Some(grip) = grip else {
            let tree = app.world().resource::<ReaderTree>();
            let nodes: Vec<String> = tree
                .nodes
                .values()
                .map(|n| format!("{:?} {:?} {:?}", n.role(), ReaderTree::name(n), n.bounds()))
                .collect();
            panic!("no text to swipe on while looking for {name:?} (height {height}): {nodes:#?}");
        };
        let x = (grip.x0 + 4.0) as f32;
        let y = ((grip.y0 + grip.y1) / 2.0) as f32;
        let distance = (height * 0.3) as f32;
        let to = if down { y - distance } else { y + distance };
        touch_drag(app, Vec2::new(x, y), Vec2::new(x, to));
    }
    panic!("could not scroll {name:?} into view");
}
