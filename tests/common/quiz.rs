//! Answering questions and finishing modules: by actions (right, wrong, or a mix), or by the
//! keyboard through the real UI; and what the journey map shows of each module.

use bevy::prelude::*;

use scarwise::content::Content;
use scarwise::content::model::{ModuleContent, QuestionKind, QuizItem};
use scarwise::content::profile::Drawing;
use scarwise::i18n::{Localizer, args};
use scarwise::illustration::spot_letter;
use scarwise::lesson::ActiveLesson;
use scarwise::lesson::LessonInput;
use scarwise::progress::{ModuleStatus, PlayerProgress};
use scarwise::quiz::QuizInput;
use scarwise::quiz::{ActiveQuiz, Answer, QuizPhase, right_answer, wrong_answer};
use scarwise::state::Screen;

use super::app::{act, screen, t};
use super::keyboard::activate;
use super::reader::{focused, visible_names, widgets};
use super::touch::scroll_to_and_tap;

/// How a test works the app: keys alone, or one finger.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Input {
    Keyboard,
    Touch,
}

/// Presses the control named `name`: Tab to it then Enter (Space for a tick box, `tick`), or
/// a swipe until it is on screen then a tap.
pub fn press_control(app: &mut App, input: Input, name: &str, tick: bool) {
    match input {
        Input::Keyboard => activate(app, name, tick),
        Input::Touch => scroll_to_and_tap(app, name),
    }
}

/// Whether the control named `name` reads as ticked (the focused one, for the keyboard: the
/// one just pressed).
fn reads_as_ticked(app: &App, input: Input, name: &str) -> Option<bool> {
    match input {
        Input::Keyboard => focused(app).and_then(|w| w.toggled),
        Input::Touch => widgets(app)
            .into_iter()
            .find(|w| w.name == name)
            .and_then(|w| w.toggled),
    }
}

/// The module's lesson pages and quiz.
pub fn module_content(app: &App, module: &str) -> ModuleContent {
    app.world()
        .resource::<Content>()
        .module(module)
        .and_then(|m| m.content.clone())
        .unwrap_or_else(|| panic!("{module} has content"))
}

/// The modules in journey order.
pub fn module_order(app: &App) -> Vec<String> {
    app.world()
        .resource::<Content>()
        .module_order()
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// What the journey map shows of each module, in order.
pub fn statuses(app: &App) -> Vec<ModuleStatus> {
    let content = app.world().resource::<Content>();
    let progress = app.world().resource::<PlayerProgress>();
    let order = content.module_order();
    (0..order.len())
        .map(|i| progress.status(&order, i))
        .collect()
}

/// The question on screen.
pub fn current_item(app: &App) -> QuizItem {
    let quiz = app.world().resource::<ActiveQuiz>();
    let session = quiz.session.as_ref().expect("a quiz is running");
    quiz.items[session.current_item().expect("a question")].clone()
}

/// The answer given to the question on screen, and whether it was right.
pub fn current_answer(app: &App) -> Option<(Answer, bool)> {
    let quiz = app.world().resource::<ActiveQuiz>();
    quiz.session.as_ref()?.current_answer().cloned()
}

/// Which question of how many is on screen.
pub fn quiz_progress(app: &App) -> Option<(usize, usize)> {
    let quiz = app.world().resource::<ActiveQuiz>();
    Some(quiz.session.as_ref()?.progress())
}

pub fn quiz_phase(app: &App) -> QuizPhase {
    *app.world().resource::<State<QuizPhase>>().get()
}

/// Answers the question on screen, right or wrong, by action.
pub fn answer_current(app: &mut App, right: bool) {
    let item = current_item(app);
    let answer = if right {
        right_answer(&item)
    } else {
        wrong_answer(&item)
    };
    act(app, QuizInput::Answer(answer));
}

/// Answers `count` questions right by action, moving on after each.
pub fn answer_right_and_next(app: &mut App, count: usize) {
    for _ in 0..count {
        answer_current(app, true);
        act(app, QuizInput::Next);
    }
}

/// What a reader calls the letter button `letter` of a "tap the scar" question.
pub fn hotspot_letter(app: &App, letter: char) -> String {
    app.world().resource::<Localizer>().t_args(
        "quiz-hotspot-letter",
        &args(&[("letter", letter.to_string().into())]),
    )
}

/// Plays module 1 from the journey map to the results, right on even questions and wrong on
/// odd ones, checking the lesson's paging and the quiz's phases on the way. Returns the
/// number of right answers.
pub fn play_module_one(app: &mut App) -> u32 {
    act(app, LessonInput::Open("scar-types".into()));
    assert_eq!(screen(app), Screen::Lesson);
    let content = module_content(app, "scar-types");
    let pages = content.pages.len();
    assert!(pages >= 5, "module 1 has {pages} pages");
    let page = |app: &App| app.world().resource::<ActiveLesson>().page;
    // Starting the quiz is only offered on the last page, but previous/next move freely.
    act(app, LessonInput::NextPage);
    act(app, LessonInput::PreviousPage);
    assert_eq!(page(app), 0);
    for _ in 1..pages {
        act(app, LessonInput::NextPage);
    }
    act(app, LessonInput::NextPage);
    assert_eq!(page(app), pages - 1, "stops at the last page");

    act(app, QuizInput::Start);
    assert_eq!(screen(app), Screen::Quiz);
    let items = content.quiz;
    assert!(items.len() >= 8, "module 1 has {} quiz items", items.len());

    let mut right = 0;
    for turn in 0..items.len() {
        assert_eq!(quiz_phase(app), QuizPhase::Question);
        // Moving on before answering does nothing.
        act(app, QuizInput::Next);
        assert_eq!(quiz_progress(app), Some((turn + 1, items.len())));
        let item = current_item(app);
        if turn % 2 == 0 {
            right += 1;
        }
        answer_current(app, turn % 2 == 0);
        assert_eq!(quiz_phase(app), QuizPhase::Feedback);
        // A second answer to the same question is not taken.
        act(app, QuizInput::Answer(right_answer(&item)));
        assert_eq!(
            current_answer(app).map(|(_, correct)| correct),
            Some(turn % 2 == 0)
        );
        act(app, QuizInput::Next);
    }
    assert_eq!(screen(app), Screen::Results);
    right
}

/// Answers the current question right, by keyboard alone.
pub fn answer_by_keyboard(app: &mut App) {
    answer_right_by(app, Input::Keyboard);
}

/// Answers the current question right, by keyboard alone or by touch alone.
pub fn answer_right_by(app: &mut App, input: Input) {
    let item = current_item(app);
    let shown = {
        let quiz = app.world().resource::<ActiveQuiz>();
        quiz.session
            .as_ref()
            .expect("a quiz")
            .shown_order()
            .to_vec()
    };
    match &item.kind {
        QuestionKind::SingleChoice { choices } => {
            let right = choices
                .iter()
                .find(|c| c.correct)
                .expect("one right choice");
            press_control(app, input, &t(app, &right.text), false);
        }
        QuestionKind::TrueFalse { answer } => {
            let id = if *answer { "quiz-true" } else { "quiz-false" };
            press_control(app, input, &t(app, id), false);
        }
        QuestionKind::MultipleChoice { choices } => {
            for choice in choices.iter().filter(|c| c.correct) {
                let name = t(app, &choice.text);
                press_control(app, input, &name, true);
                let ticked = reads_as_ticked(app, input, &name);
                assert_eq!(ticked, Some(true), "{name:?} reads as ticked");
            }
            press_control(app, input, &t(app, "quiz-check"), false);
        }
        QuestionKind::Hotspot { picture, target } => {
            let index = Drawing::of(*picture)
                .features
                .iter()
                .position(|f| f.kind == *target)
                .expect("the target is in the picture");
            press_control(app, input, &hotspot_letter(app, spot_letter(index)), false);
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
                    press_control(app, input, &name, false);
                    arrangement.swap(at, at - 1);
                    at -= 1;
                }
            }
            press_control(app, input, &t(app, "quiz-check"), false);
        }
    }
    let given = current_answer(app);
    assert!(
        matches!(given, Some((_, true))),
        "question {:?} answered right by {input:?}, got {given:?}",
        item.id
    );
}

/// From a lesson's first page: every page (scenes included) by keyboard, then its quiz.
pub fn finish_lesson_and_quiz(app: &mut App) {
    finish_lesson_and_quiz_by(app, Input::Keyboard);
}

/// From a lesson's first page: every page (scenes included), then its quiz answered right, by
/// keyboard alone or by touch alone.
pub fn finish_lesson_and_quiz_by(app: &mut App, input: Input) {
    let (next, start_quiz) = (t(app, "lesson-next"), t(app, "lesson-start-quiz"));
    for _ in 0..40 {
        if screen(app) != Screen::Lesson {
            break;
        }
        if visible_names(app).contains(&start_quiz) {
            press_control(app, input, &start_quiz, false);
        } else {
            press_control(app, input, &next, false);
        }
    }
    assert_eq!(screen(app), Screen::Quiz);

    let mut answered = 0;
    while screen(app) == Screen::Quiz {
        answer_right_by(app, input);
        answered += 1;
        let last = quiz_progress(app).is_some_and(|(at, of)| at == of);
        let name = if last {
            t(app, "quiz-see-results")
        } else {
            t(app, "quiz-next")
        };
        press_control(app, input, &name, false);
        assert!(answered < 40, "the quiz never ended");
    }
}
