//! Accessibility through the real UI: the whole app runs headless (no window, no renderer,
//! but egui lays out every screen), is driven by keyboard events only, and is read through
//! the AccessKit tree that screen readers get.

use bevy::input::keyboard::Key;
use bevy::prelude::*;

use crate::common::app::{act, frames, headless_app, screen, t};
use crate::common::keyboard::{activate, activate_message, focus, open_module_one, press, tab};
use crate::common::quiz::{current_item, finish_lesson_and_quiz};
use crate::common::reader::{focused_name, rect_of, visible_names, widgets};
use scarwise::content::model::QuestionKind;
use scarwise::i18n::{Localizer, args};
use scarwise::illustration::Labels;
use scarwise::lesson::LessonInput;
use scarwise::quiz::QuizInput;
use scarwise::state::Screen;

#[test]
fn completes_module_one_with_the_keyboard_only() {
    let mut app = headless_app("en");
    assert_eq!(screen(&app), Screen::Title);

    activate_message(&mut app, "title-start");
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
fn tab_reaches_the_top_bar_in_the_order_it_reads() {
    let mut app = headless_app("en");
    activate_message(&mut app, "title-start");
    assert_eq!(screen(&app), Screen::Journey);
    let (settings, about) = (t(&app, "nav-settings"), t(&app, "nav-about"));
    focus(&mut app, &settings);
    tab(&mut app);
    assert_eq!(focused_name(&app), about, "Tab goes from Settings to About");
    // Both on one line on the right, Settings first, as they read.
    let (s, a) = (
        rect_of(&app, &settings).expect("Settings is on screen"),
        rect_of(&app, &about).expect("About is on screen"),
    );
    assert!((s.y0 - a.y0).abs() < 1.0, "one line: {s:?} {a:?}");
    assert!(s.x1 <= a.x0, "Settings left of About: {s:?} {a:?}");
    assert!(
        a.x1 > 640.0,
        "pushed to the right of the 1280 px window: {a:?}"
    );
}

#[test]
fn a_reader_hears_the_question_and_its_choices() {
    let mut app = headless_app("en");
    open_module_one(&mut app);
    act(&mut app, QuizInput::Start);
    frames(&mut app, 2);
    assert_eq!(screen(&app), Screen::Quiz);

    let item = current_item(&app);
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
            expected.push(scarwise::illustration::description(
                loc,
                *picture,
                Labels::Letters,
            ));
        }
    }
    // A drawing the question is about is described by its shape, never named.
    if let Some(picture) = item.illustration {
        expected.push(scarwise::illustration::description(
            loc,
            picture,
            Labels::Shapes,
        ));
    }
    let names = visible_names(&app);
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
    open_module_one(&mut app);
    finish_lesson_and_quiz(&mut app);
    // Module 2's pages hold drawn scenes with skin-tone swatches.
    activate_message(&mut app, "results-continue");
    assert_eq!(screen(&app), Screen::Lesson);
    let mut images = Vec::new();
    let mut swatches = 0;
    for _ in 0..20 {
        let shown = widgets(&app);
        images.extend(
            shown
                .iter()
                .filter(|w| w.role == "Image")
                .map(|w| w.name.clone()),
        );
        swatches += shown
            .iter()
            .filter(|w| w.role == "RadioButton" && w.name.starts_with("Skin tone"))
            .count();
        let next = t(&app, "lesson-next");
        if !shown.iter().any(|w| w.name == next) {
            break;
        }
        act(&mut app, LessonInput::NextPage);
        frames(&mut app, 1);
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
