//! Accessibility through the real UI: the whole app runs headless (no window, no renderer,
//! but egui lays out every screen), is driven by keyboard events only, and is read through
//! the AccessKit tree that screen readers get.

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
struct ReaderTree {
    nodes: BTreeMap<accesskit::NodeId, accesskit::Node>,
    focus: Option<accesskit::NodeId>,
}

impl ReaderTree {
    /// What a screen reader says for a node: its label, or a text label's value.
    fn name(node: &accesskit::Node) -> Option<&str> {
        node.label().or_else(|| node.value())
    }

    fn focused(&self) -> Option<(&accesskit::Node, String)> {
        let node = self.nodes.get(&self.focus?)?;
        Some((node, Self::name(node).unwrap_or_default().to_owned()))
    }

    fn names(&self) -> Vec<(accesskit::Role, String)> {
        self.nodes
            .values()
            .filter_map(|n| Some((n.role(), Self::name(n)?.to_owned())))
            .collect()
    }
}

fn enable_reader(mut contexts: Query<&mut EguiContext, Added<EguiContext>>) {
    for mut context in &mut contexts {
        context.get_mut().enable_accesskit();
    }
}

fn capture_tree(outputs: Query<&EguiOutput>, mut tree: ResMut<ReaderTree>) {
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

fn headless_app(locale: &str) -> App {
    let mut app = build_app(LaunchOptions {
        headless: true,
        memory_only: true,
        locale: Some(locale.to_owned()),
        window: Some((1280, 800)),
        seed: Some(7),
        ..default()
    });
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

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn t(app: &App, id: &str) -> String {
    app.world().resource::<Localizer>().t(id)
}

/// Presses and releases a key (with Shift held when `shift`), then lets the app react.
fn press(app: &mut App, key: KeyCode, logical: Key, shift: bool) {
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

fn tab(app: &mut App) {
    press(app, KeyCode::Tab, Key::Tab, false);
}

fn focused_name(app: &App) -> String {
    app.world()
        .resource::<ReaderTree>()
        .focused()
        .map(|(_, name)| name)
        .unwrap_or_default()
}

/// Tabs until the control named `name` has the keyboard focus; fails with what it passed.
fn focus(app: &mut App, name: &str) {
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
fn activate(app: &mut App, name: &str, space: bool) {
    focus(app, name);
    if space {
        press(app, KeyCode::Space, Key::Space, false);
    } else {
        press(app, KeyCode::Enter, Key::Enter, false);
    }
}

/// Answers the current question right, by keyboard alone.
fn answer_by_keyboard(app: &mut App) {
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
            for target in 0..steps.len() {
                let mut at = arrangement
                    .iter()
                    .position(|&s| s == target)
                    .expect("a step");
                while at > target {
                    let loc = app.world().resource::<Localizer>();
                    let name = loc.t_args(
                        "a11y-move-up",
                        &args(&[("step", loc.t(&steps[target]).into())]),
                    );
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
fn finish_lesson_and_quiz(app: &mut App) {
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

#[test]
fn completes_module_one_with_the_keyboard_only() {
    let mut app = headless_app("en");
    assert_eq!(screen(&app), Screen::Title);

    let start = t(&app, "title-start");
    activate(&mut app, &start, false);
    assert_eq!(screen(&app), Screen::Journey);

    let begin = t(&app, "journey-begin");
    activate(&mut app, &begin, false);
    assert_eq!(screen(&app), Screen::Lesson);

    // Escape goes back to the map, and Enter on "Begin" opens the lesson again.
    press(&mut app, KeyCode::Escape, Key::Escape, false);
    assert_eq!(screen(&app), Screen::Journey);
    activate(&mut app, &begin, false);
    assert_eq!(screen(&app), Screen::Lesson);

    finish_lesson_and_quiz(&mut app);
    assert_eq!(screen(&app), Screen::Results);
    let progress = app.world().resource::<scarwise::progress::PlayerProgress>();
    assert!(
        progress.0.completed.contains_key("scar-types"),
        "module 1 is complete"
    );
}

#[test]
fn shift_tab_goes_back_and_the_focus_ring_moves() {
    let mut app = headless_app("en");
    tab(&mut app);
    tab(&mut app);
    let second = focused_name(&app);
    tab(&mut app);
    assert_ne!(focused_name(&app), second);
    press(&mut app, KeyCode::Tab, Key::Tab, true);
    assert_eq!(focused_name(&app), second);
}

#[test]
fn a_reader_hears_the_question_and_its_choices() {
    let mut app = headless_app("en");
    let start = t(&app, "title-start");
    activate(&mut app, &start, false);
    let begin = t(&app, "journey-begin");
    activate(&mut app, &begin, false);
    app.world_mut()
        .write_message(scarwise::screens::Action::StartQuiz);
    for _ in 0..4 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Quiz);

    let quiz = app.world().resource::<ActiveQuiz>();
    let session = quiz.session.as_ref().expect("a quiz");
    let item = quiz.items[session.current_item().expect("a question")].clone();
    let loc = app.world().resource::<Localizer>();
    let mut expected = vec![loc.t(&item.prompt)];
    match &item.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            expected.extend(choices.iter().map(|c| loc.t(&c.text)));
        }
        QuestionKind::TrueFalse { .. } => {
            expected.extend([loc.t("quiz-true"), loc.t("quiz-false")]);
        }
        QuestionKind::Ordering { steps } => {
            expected.extend(
                steps
                    .iter()
                    .map(|s| loc.t_args("a11y-move-down", &args(&[("step", loc.t(s).into())]))),
            );
        }
        QuestionKind::Hotspot { picture, .. } => {
            expected.push(scarwise::illustration::description(loc, *picture));
        }
    }
    let names: Vec<String> = app
        .world()
        .resource::<ReaderTree>()
        .names()
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    for name in expected {
        assert!(
            names.iter().any(|n| n.contains(&name)),
            "the reader tree has {name:?}; it has {names:?}"
        );
    }
}

#[test]
fn drawings_and_colour_only_controls_have_names() {
    let mut app = headless_app("en");
    let start = t(&app, "title-start");
    activate(&mut app, &start, false);
    let begin = t(&app, "journey-begin");
    activate(&mut app, &begin, false);
    finish_lesson_and_quiz(&mut app);
    // Module 2's pages hold drawn scenes with skin-tone swatches.
    let next_module = t(&app, "results-continue");
    activate(&mut app, &next_module, false);
    assert_eq!(screen(&app), Screen::Lesson);
    let mut images = Vec::new();
    let mut swatches = 0;
    for _ in 0..20 {
        let tree = app.world().resource::<ReaderTree>();
        for (role, name) in tree.names() {
            if role == accesskit::Role::Image {
                images.push(name);
            }
        }
        swatches += tree
            .names()
            .iter()
            .filter(|(role, name)| {
                *role == accesskit::Role::RadioButton && name.starts_with("Skin tone")
            })
            .count();
        let next = t(&app, "lesson-next");
        if !tree.names().iter().any(|(_, n)| *n == next) {
            break;
        }
        app.world_mut()
            .write_message(scarwise::screens::Action::NextPage);
        for _ in 0..3 {
            app.update();
        }
    }
    assert!(
        images.iter().any(|d| d.starts_with("Drawing:")),
        "drawings are described: {images:?}"
    );
    assert!(
        images.iter().all(|d| d.len() > 30),
        "every description says something: {images:?}"
    );
    assert!(swatches >= 6, "skin tone swatches are named ({swatches})");
}
