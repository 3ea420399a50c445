//! Touch on a phone-sized screen, through the real UI (headless, egui laying out every screen):
//! one finger taps through the journey, scrolls long pages, answers a question, drags a
//! scene's slider, and moves it without dragging (a tap on the track, or the keyboard).

use bevy::input::keyboard::Key;
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy_egui::egui::accesskit;

use crate::common::app::{
    act, frames, headless_app_sized, headless_app_with, primary_window, screen, t, window_height,
};
use crate::common::keyboard::{activate_message, open_module_one, press, tab};
use crate::common::quiz::{
    answer_by_keyboard, current_answer, current_item, hotspot_letter, quiz_progress,
};
use crate::common::reader::{focused_role, rect_of, slider_labelled};
use crate::common::touch::{centre, scroll_to_and_tap, tap, touch_drag};
use scarwise::content::model::QuestionKind;
use scarwise::quiz::QuizInput;
use scarwise::scenes::SceneState;
use scarwise::state::Screen;

const PHONE: (u32, u32) = (390, 844);

/// Taps from the title into module 1's lesson.
fn tap_into_module_one(app: &mut App) {
    let start = t(app, "title-start");
    scroll_to_and_tap(app, &start);
    assert_eq!(screen(app), Screen::Journey);
    let begin = t(app, "journey-begin");
    scroll_to_and_tap(app, &begin);
    assert_eq!(screen(app), Screen::Lesson);
}

/// Taps "Next" (scrolling down to it) until a page shows a slider labelled `label`.
fn page_with_slider(app: &mut App, label: &str) -> accesskit::Rect {
    let next = t(app, "lesson-next");
    for _ in 0..12 {
        if let Some(rect) = slider_labelled(app, label) {
            return rect;
        }
        scroll_to_and_tap(app, &next);
    }
    panic!("no page with a slider named {label:?}");
}

#[test]
fn one_finger_taps_through_the_lesson_into_the_quiz_and_answers() {
    let mut app = headless_app_sized("en", PHONE);
    tap_into_module_one(&mut app);
    let (next, start_quiz) = (t(&app, "lesson-next"), t(&app, "lesson-start-quiz"));
    for _ in 0..20 {
        if rect_of(&app, &start_quiz).is_some() {
            scroll_to_and_tap(&mut app, &start_quiz);
            break;
        }
        scroll_to_and_tap(&mut app, &next);
    }
    assert_eq!(screen(&app), Screen::Quiz);

    // Whatever the first question is, a tap on its first option (and "Check", where the kind
    // has one) answers it.
    let options: Vec<String> = match &current_item(&app).kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            choices.iter().map(|c| t(&app, &c.text)).collect()
        }
        QuestionKind::TrueFalse { .. } => vec![t(&app, "quiz-true")],
        QuestionKind::Hotspot { .. } => vec![hotspot_letter(&app, 'A')],
        QuestionKind::Ordering { .. } => Vec::new(),
    };
    if let Some(first) = options.first() {
        scroll_to_and_tap(&mut app, first);
    }
    let check = t(&app, "quiz-check");
    if rect_of(&app, &check).is_some() {
        scroll_to_and_tap(&mut app, &check);
    }
    assert!(
        current_answer(&app).is_some(),
        "a tap answered the question"
    );
    let next_question = t(&app, "quiz-next");
    scroll_to_and_tap(&mut app, &next_question);
    let position = quiz_progress(&app).map(|(at, _)| at);
    assert_eq!(position, Some(2), "a tap on Next moves to question 2");
}

#[test]
fn a_scene_slider_follows_a_finger_and_a_tap_or_keys_without_dragging() {
    let mut app = headless_app_sized("en", PHONE);
    tap_into_module_one(&mut app);
    let label = t(&app, "light-angle");
    let rect = page_with_slider(&mut app, &label);
    let height = window_height(&mut app);
    assert!(rect.y1 <= height, "the slider is on screen");
    let degrees = |app: &App| app.world().resource::<SceneState>().light_degrees;
    let y = ((rect.y0 + rect.y1) / 2.0) as f32;
    let (left, right) = (rect.x0 as f32 + 6.0, rect.x1 as f32 - 6.0);

    // Drag: from the left end of the track to the right end.
    let before = degrees(&app);
    touch_drag(&mut app, Vec2::new(left, y), Vec2::new(right, y));
    let dragged = degrees(&app);
    assert!(
        dragged > before,
        "dragging right raised the lamp: {before} -> {dragged}"
    );

    // No drag: a single tap near the left end moves the value there.
    touch_drag(&mut app, Vec2::new(left, y), Vec2::new(left, y));
    let tapped = degrees(&app);
    assert!(
        tapped < dragged,
        "a tap on the track moved it: {dragged} -> {tapped}"
    );

    // No drag, no pointer: Tab to the slider, then the arrow keys move it.
    for _ in 0..80 {
        if focused_role(&app) == Some(accesskit::Role::Slider) {
            break;
        }
        tab(&mut app);
    }
    let start = degrees(&app);
    press(&mut app, KeyCode::ArrowRight, Key::ArrowRight, false);
    assert!(
        degrees(&app) > start,
        "an arrow key moved the slider: {start} -> {}",
        degrees(&app)
    );
}

/// "Tap the scar" questions answer by a tap on a letter button (and the quiz goes on).
#[test]
fn a_tap_on_a_letter_answers_a_tap_the_scar_question() {
    let mut app = headless_app_sized("en", (1366, 768));
    open_module_one(&mut app);
    act(&mut app, QuizInput::Start);
    frames(&mut app, 2);
    for _ in 0..20 {
        if matches!(current_item(&app).kind, QuestionKind::Hotspot { .. }) {
            let letter = hotspot_letter(&app, 'B');
            scroll_to_and_tap(&mut app, &letter);
            assert!(
                current_answer(&app).is_some(),
                "a tap on {letter:?} answered"
            );
            return;
        }
        answer_by_keyboard(&mut app);
        activate_message(&mut app, "quiz-next");
    }
    panic!("no tap-the-scar question in module 1's quiz");
}

/// A tap whose finger-down and finger-up arrive between the same two frames (a quick tap, a
/// trackpad's tap-to-click) still presses the button.
#[test]
fn an_instant_tap_still_presses_the_button() {
    let mut app = headless_app_sized("en", PHONE);
    let start = t(&app, "title-start");
    let centre = centre(&rect_of(&app, &start).expect("the start button"));
    let window = primary_window(&mut app);
    for phase in [TouchPhase::Started, TouchPhase::Ended] {
        app.world_mut().write_message(TouchInput {
            phase,
            position: centre,
            window,
            force: None,
            id: 7,
        });
    }
    frames(&mut app, 5);
    assert_eq!(screen(&app), Screen::Journey);
}

/// The browser test's pointer log (`?test=1`) says which widget a tap pressed and what the
/// app made of it, so a failed tap in the browser tells "landed on nothing" from "pressed the
/// button, which did nothing".
#[test]
fn the_pointer_log_names_the_widget_a_tap_pressed_and_the_action() {
    use scarwise::platform::reader::PointerLog;
    let mut app = headless_app_with(scarwise::LaunchOptions {
        memory_only: true,
        locale: Some("en".to_owned()),
        window: Some(PHONE),
        test_hook: true,
        ..default()
    });
    let start = t(&app, "title-start");
    let rect = rect_of(&app, &start).expect("the start button");
    // A tap beside every widget first: a click on nothing.
    let beside = Vec2::new(2.0, ((rect.y0 + rect.y1) / 2.0) as f32);
    touch_drag(&mut app, beside, beside);
    let log = app.world().resource::<PointerLog>();
    assert_eq!(
        (log.clicks, log.clicked.as_str(), log.actions),
        (1, "(none)", 0)
    );
    tap(&mut app, &start);
    let log = app.world().resource::<PointerLog>().clone();
    assert_eq!((log.presses, log.releases, log.clicks), (2, 2, 2));
    assert_eq!(log.clicked, start);
    assert_eq!((log.actions, log.last_action.as_str()), (1, "Start"));
    assert_eq!(log.screen, "Journey");
}
