//! Playing a quiz: starting one (a module's, a review, the express path), grading answers,
//! recording them in the progress, and the result at its end.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use super::{ActiveQuiz, Answer, Answered, QuizPhase, QuizRng, QuizSession};
use crate::content::Content;
use crate::content::model::QuizItem;
use crate::lesson::ActiveLesson;
use crate::progress::{ModuleResult, PlayerProgress, ResetProgress, SaveRequested, Today};
use crate::state::{AppSystems, Screen};
use crate::visit::ForgetWithVisit;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LastResult>()
        .forget_with_visit::<LastResult>()
        .add_message::<QuizInput>()
        .add_message::<QuizStarted>()
        .add_message::<QuizFinished>()
        .add_message::<ResetProgress>()
        .add_systems(
            Update,
            (
                // A retake from the results reads the lesson a click there may just have set.
                apply_input.after(crate::lesson::apply_input),
                forget_result_on_reset,
            )
                .in_set(AppSystems::Apply),
        );
}

/// What the patient does with quizzes.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum QuizInput {
    /// The quiz of the lesson's module (from its last page, or again from the results).
    Start,
    /// Journey map: a quiz of the questions due for review.
    StartReview,
    /// Express key points: their five questions.
    StartExpress,
    Answer(Answer),
    /// After the feedback: the next question, or the results.
    Next,
}

/// A quiz started (navigation shows it).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizStarted;

/// The last answer of a quiz was seen and its result recorded in [`LastResult`] (navigation
/// shows the results).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizFinished;

/// The outcome of the last finished quiz or review, for the results screen.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct LastResult {
    /// The module played; empty after a review.
    pub module: String,
    pub result: ModuleResult,
    /// A module this result opened.
    pub unlocked: Option<String>,
    /// Points for finishing the module for the first time.
    pub bonus: u32,
    /// Badges earned by this quiz.
    pub new_badges: Vec<String>,
}

#[derive(SystemParam)]
struct Play<'w> {
    content: Option<Res<'w, Content>>,
    today: Res<'w, Today>,
    lesson: Res<'w, ActiveLesson>,
    progress: ResMut<'w, PlayerProgress>,
    quiz: ResMut<'w, ActiveQuiz>,
    rng: ResMut<'w, QuizRng>,
    last: ResMut<'w, LastResult>,
}

fn apply_input(
    mut input: MessageReader<QuizInput>,
    screen: Res<State<Screen>>,
    mut next_phase: Option<ResMut<NextState<QuizPhase>>>,
    mut play: Play,
    mut answered: MessageWriter<Answered>,
    mut started: MessageWriter<QuizStarted>,
    mut finished: MessageWriter<QuizFinished>,
    mut save: MessageWriter<SaveRequested>,
) {
    let screen = *screen.get();
    let mut phase = |to: QuizPhase| {
        if let Some(next) = next_phase.as_mut() {
            next.set(to);
        }
    };
    for message in input.read() {
        let began = match message {
            QuizInput::Start if matches!(screen, Screen::Lesson | Screen::Results) => {
                play.start_quiz()
            }
            QuizInput::StartReview if screen == Screen::Journey => play.start_review(),
            QuizInput::StartExpress if screen == Screen::Express => play.start_express(),
            QuizInput::Answer(answer) if screen == Screen::Quiz => {
                if let Some(correct) = play.answer(answer.clone()) {
                    answered.write(Answered { correct });
                    phase(QuizPhase::Feedback);
                }
                false
            }
            QuizInput::Next if screen == Screen::Quiz => {
                match play.next_question() {
                    Some(true) => phase(QuizPhase::Question),
                    Some(false) => {
                        save.write(SaveRequested);
                        finished.write(QuizFinished);
                    }
                    None => {}
                }
                false
            }
            // By kind only: an answer is the patient's.
            QuizInput::Answer(_) => {
                debug!("quiz: ignored an answer on {screen:?}");
                false
            }
            other => {
                debug!("quiz: ignored {other:?} on {screen:?}");
                false
            }
        };
        if began {
            phase(QuizPhase::Question);
            started.write(QuizStarted);
        }
    }
}

/// Erasing the progress (in Settings) forgets the last result too.
fn forget_result_on_reset(
    mut resets: MessageReader<ResetProgress>,
    screen: Res<State<Screen>>,
    mut last: ResMut<LastResult>,
) {
    if resets.read().count() > 0 && *screen.get() == Screen::Settings {
        *last = LastResult::default();
    }
}

impl Play<'_> {
    fn quiz_items(&self, module: &str) -> Option<&[QuizItem]> {
        self.content
            .as_ref()?
            .module(module)?
            .content
            .as_ref()
            .map(|c| c.quiz.as_slice())
    }

    /// Starts the quiz of the lesson's module (from its last page, or again from results).
    fn start_quiz(&mut self) -> bool {
        // A retake from the results of a review has no module to retake.
        let module = self.lesson.module.clone();
        let Some(items) = self.quiz_items(&module).map(<[_]>::to_vec) else {
            return false;
        };
        *self.quiz = ActiveQuiz {
            session: Some(QuizSession::new(&items, &mut self.rng.0)),
            item_modules: vec![module.clone(); items.len()],
            module,
            items,
        };
        true
    }

    /// Starts a review of the questions due today, from every module.
    fn start_review(&mut self) -> bool {
        let Some(content) = self.content.as_ref() else {
            return false;
        };
        let (item_modules, items): (Vec<String>, Vec<_>) = self
            .progress
            .due_reviews(self.today.0)
            .into_iter()
            .filter_map(|key| content.item(key))
            .map(|(module, item)| (module.to_owned(), item.clone()))
            .unzip();
        self.start_mixed(item_modules, items)
    }

    /// The express path's quiz: the first question of each module, as a review (it does not
    /// complete modules).
    fn start_express(&mut self) -> bool {
        let Some(content) = self.content.as_ref() else {
            return false;
        };
        let (item_modules, items): (Vec<String>, Vec<_>) = content
            .modules
            .iter()
            .filter_map(|m| {
                Some((
                    m.entry.id.clone(),
                    m.content.as_ref()?.quiz.first()?.clone(),
                ))
            })
            .unzip();
        self.start_mixed(item_modules, items)
    }

    /// Starts a quiz of items from several modules (a review or the express path); `false`
    /// when there is nothing to ask.
    fn start_mixed(&mut self, item_modules: Vec<String>, items: Vec<QuizItem>) -> bool {
        if items.is_empty() {
            return false;
        }
        *self.quiz = ActiveQuiz {
            session: Some(QuizSession::new(&items, &mut self.rng.0)),
            module: String::new(),
            item_modules,
            items,
        };
        true
    }

    /// Grades an answer to the question on screen and records it: points, mastery, review.
    fn answer(&mut self, answer: Answer) -> Option<bool> {
        let quiz = &mut *self.quiz;
        let session = quiz.session.as_mut()?;
        let index = session.current_item()?;
        let correct = match session.answer(&quiz.items, answer) {
            Ok(correct) => correct,
            Err(err) => {
                debug!("answer not taken: {err:?}");
                return None;
            }
        };
        let module = &quiz.item_modules[index];
        let module_items = self
            .content
            .as_ref()
            .and_then(|c| c.module(module)?.content.as_ref())
            .map_or(1, |c| c.quiz.len());
        let item = &quiz.items[index].id;
        self.progress
            .record_answer(module, item, module_items, correct, self.today.0);
        Some(correct)
    }

    /// Moves on after feedback: `Some(true)` if another question follows, `Some(false)` when
    /// the quiz is over (its end is then recorded), `None` if there was nothing to move on from.
    fn next_question(&mut self) -> Option<bool> {
        let session = self.quiz.session.as_mut()?;
        session.current_answer()?;
        if session.advance() {
            return Some(true);
        }
        let result = ModuleResult {
            correct: session.correct_count() as u32,
            total: session.total() as u32,
            points: session.points(),
        };
        let module = self.quiz.module.clone();
        let Some(content) = self.content.as_ref() else {
            return Some(false);
        };
        let (unlocked, bonus) = if self.quiz.is_review() {
            (None, 0)
        } else {
            let order = content.module_order();
            let (unlocked, bonus) = self.progress.record_quiz(&order, &module, result);
            (unlocked.map(str::to_owned), bonus)
        };
        let new_badges = self.progress.award_badges(&content.badges);
        *self.last = LastResult {
            module,
            result,
            unlocked,
            bonus,
            new_badges,
        };
        Some(false)
    }
}
