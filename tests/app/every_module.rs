//! The whole journey with one kind of input alone, through the real UI: every module's pages
//! (scenes included) and quiz, and the consultation preparation, by keyboard only with the
//! focus on screen after every Tab (`keyboard::tab` checks it), and every module by touch only
//! on a 360x740 phone.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;

use crate::common::app::{frames, headless_app, headless_app_sized, primary_window, screen, t};
use crate::common::keyboard::{activate, activate_message, focus};
use crate::common::quiz::{Input, finish_lesson_and_quiz_by, module_order, press_control};
use crate::common::reader::visible_names;
use crate::common::touch::scroll_to_and_tap;
use scarwise::consult::Prep;
use scarwise::consult::model::Reply;
use scarwise::content::model::ScarKind;
use scarwise::lesson::ActiveLesson;
use scarwise::progress::PlayerProgress;
use scarwise::state::Screen;

const PHONE: (u32, u32) = (360, 740);

/// From the map: every module in journey order, each opened by the results' "Continue" (the
/// first by "Begin"), read page by page and its quiz answered, with `input` alone.
fn every_module(app: &mut App, input: Input) {
    press_control(app, input, &t(app, "title-start"), false);
    assert_eq!(screen(app), Screen::Journey);
    let order = module_order(app);
    assert_eq!(order.len(), 5, "five modules: {order:?}");
    press_control(app, input, &t(app, "journey-begin"), false);
    for (at, module) in order.iter().enumerate() {
        assert_eq!(screen(app), Screen::Lesson, "{module} opened");
        assert_eq!(&app.world().resource::<ActiveLesson>().module, module);
        finish_lesson_and_quiz_by(app, input);
        assert_eq!(screen(app), Screen::Results, "{module}'s results");
        let done = &app.world().resource::<PlayerProgress>().0.completed;
        assert!(done.contains_key(module), "{module} complete by {input:?}");
        if at + 1 < order.len() {
            press_control(app, input, &t(app, "results-continue"), false);
        }
    }
    let done = &app.world().resource::<PlayerProgress>().0.completed;
    assert_eq!(done.len(), order.len(), "every module complete: {done:?}");
}

/// Types `text` into the focused text field, a key per letter.
fn type_text(app: &mut App, text: &str) {
    let window = primary_window(app);
    for letter in text.chars() {
        let key = Key::Character(letter.to_string().into());
        for state in [ButtonState::Pressed, ButtonState::Released] {
            app.world_mut().write_message(KeyboardInput {
                key_code: KeyCode::KeyA,
                logical_key: key.clone(),
                state,
                text: (state == ButtonState::Pressed).then(|| letter.to_string().into()),
                repeat: false,
                window,
            });
        }
        app.update();
    }
    frames(app, 2);
}

#[test]
fn completes_every_module_and_the_consultation_prep_with_the_keyboard_only() {
    let mut app = headless_app("en");
    every_module(&mut app, Input::Keyboard);

    // Back to the map, then the preparation: a question ticked, one typed, a flag answered,
    // the skin questions, a scar; then the summary.
    activate_message(&mut app, "nav-map");
    assert_eq!(screen(&app), Screen::Journey);
    activate_message(&mut app, "prep-card-open");
    assert_eq!(screen(&app), Screen::Prepare);
    let realistic = t(&app, "prep-q-realistic");
    activate(&mut app, &realistic, true);
    let hint = t(&app, "prep-own-hint");
    focus(&mut app, &hint);
    type_text(&mut app, "Can I work the next day?");
    activate_message(&mut app, "prep-own-add");
    // The first flag's "Yes" (every flag has one; Tab meets the first one first).
    activate_message(&mut app, "prep-reply-yes");
    for question in 1..=3 {
        activate_message(&mut app, &format!("prep-skin-q{question}-a3"));
    }
    // Scars go by their drawing's letter and name ("B · Rolling").
    let rolling = format!(" · {}", t(&app, ScarKind::Rolling.label_id()));
    let scar = visible_names(&app)
        .into_iter()
        .find(|n| n.ends_with(&rolling))
        .expect("the rolling scar's choice");
    activate(&mut app, &scar, false);
    let prep = app.world().resource::<Prep>().0.clone();
    assert!(prep.questions.contains("prep-q-realistic"), "{prep:?}");
    assert_eq!(prep.custom, ["Can I work the next day?"]);
    assert!(
        matches!(prep.flags.first(), Some((_, Reply::Yes))),
        "{prep:?}"
    );
    assert_eq!(prep.skin, [Some(2), Some(2), Some(2)]);
    assert!(prep.scars.contains(&ScarKind::Rolling), "{prep:?}");
    activate_message(&mut app, "prep-see-summary");
    assert_eq!(screen(&app), Screen::Summary);
    let shown = visible_names(&app);
    assert!(
        shown.iter().any(|n| n.contains("Can I work the next day?")),
        "the summary shows the typed question: {shown:?}"
    );
}

#[test]
fn completes_every_module_by_touch_on_a_small_phone() {
    let mut app = headless_app_sized("en", PHONE);
    every_module(&mut app, Input::Touch);
    // The map, by a tap, shows every module done.
    let map = t(&app, "nav-map");
    scroll_to_and_tap(&mut app, &map);
    assert_eq!(screen(&app), Screen::Journey);
}
