//! Applies [`Action`]s: moves between screens, runs the quiz, records progress.
//!
//! Actions are applied in order within a frame, each seeing the effect of the one before,
//! so a script of actions behaves exactly like the same clicks spread over many frames.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use super::{Action, Screen};
use crate::clinic::ForgetWithVisit;
use crate::content::Content;
use crate::content::model::QuizItem;
use crate::i18n::Localizer;
use crate::progress::{
    ModuleResult, ModuleStatus, Notices, PlayerProgress, Progress, SaveRequested, Today,
};
use crate::quiz::{ActiveQuiz, Answered, QuizPhase, QuizRng, QuizSession};
use crate::settings::{Settings, TEXT_SCALES};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ActiveLesson>()
        .init_resource::<ReturnScreen>()
        .init_resource::<LastResult>()
        .forget_with_visit::<ActiveLesson>()
        .forget_with_visit::<ReturnScreen>()
        .forget_with_visit::<LastResult>()
        .add_systems(Update, apply_actions.in_set(crate::AppSystems::Update));
}

/// The module and page being read.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct ActiveLesson {
    pub module: String,
    pub page: usize,
}

/// Where Settings and About go back to.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReturnScreen(pub Screen);

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
struct Journey<'w> {
    content: Option<Res<'w, Content>>,
    today: Res<'w, Today>,
    progress: ResMut<'w, PlayerProgress>,
    lesson: ResMut<'w, ActiveLesson>,
    quiz: ResMut<'w, ActiveQuiz>,
    rng: ResMut<'w, QuizRng>,
    last: ResMut<'w, LastResult>,
}

#[derive(SystemParam)]
struct Preferences<'w> {
    settings: ResMut<'w, Settings>,
    localizer: ResMut<'w, Localizer>,
    notices: ResMut<'w, Notices>,
}

fn apply_actions(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut next_phase: Option<ResMut<NextState<QuizPhase>>>,
    mut return_to: ResMut<ReturnScreen>,
    mut journey: Journey,
    mut prefs: Preferences,
    mut answered: MessageWriter<Answered>,
    mut save: MessageWriter<SaveRequested>,
) {
    let mut current = *screen.get();
    let mut go = |current: &mut Screen, to: Screen| {
        *current = to;
        next_screen.set(to);
    };
    for action in actions.read() {
        match action {
            Action::Start if matches!(current, Screen::Title | Screen::Attract) => {
                go(&mut current, Screen::Journey);
            }
            Action::OpenJourney
                if matches!(
                    current,
                    Screen::Title
                        | Screen::Express
                        | Screen::Lesson
                        | Screen::Quiz
                        | Screen::Results
                        | Screen::Prepare
                        | Screen::Summary
                ) =>
            {
                go(&mut current, Screen::Journey);
            }
            Action::OpenSettings | Action::OpenAbout
                if !matches!(
                    current,
                    Screen::Loading | Screen::ContentError | Screen::Settings | Screen::About
                ) =>
            {
                return_to.0 = current;
                let to = if *action == Action::OpenSettings {
                    Screen::Settings
                } else {
                    Screen::About
                };
                go(&mut current, to);
            }
            Action::Back if matches!(current, Screen::Settings | Screen::About) => {
                go(&mut current, return_to.0);
            }
            Action::OpenPrepare
                if matches!(
                    current,
                    Screen::Journey | Screen::Results | Screen::Lesson | Screen::Summary
                ) =>
            {
                go(&mut current, Screen::Prepare);
            }
            Action::OpenSummary if current == Screen::Prepare => {
                go(&mut current, Screen::Summary);
            }
            Action::Back if current == Screen::Summary => go(&mut current, Screen::Prepare),
            Action::Back if current == Screen::Prepare => go(&mut current, Screen::Journey),
            Action::OpenModule(id) | Action::ContinueToModule(id)
                if matches!(current, Screen::Journey | Screen::Results) =>
            {
                if journey.open_module(id) {
                    journey.mark_page();
                    go(&mut current, Screen::Lesson);
                }
            }
            Action::ContinueLesson if current == Screen::Journey => {
                let bookmark = journey.progress.0.bookmark.clone();
                if let Some(mark) = bookmark
                    && journey.open_module(&mark.module)
                {
                    journey.lesson.page = mark.page.min(journey.page_count().saturating_sub(1));
                    go(&mut current, Screen::Lesson);
                }
            }
            Action::NextPage if current == Screen::Lesson => {
                if journey.lesson.page + 1 < journey.page_count() {
                    journey.lesson.page += 1;
                }
                journey.mark_page();
            }
            Action::PreviousPage if current == Screen::Lesson => {
                journey.lesson.page = journey.lesson.page.saturating_sub(1);
                journey.mark_page();
            }
            Action::StartReview if current == Screen::Journey => {
                if journey.start_review() {
                    if let Some(phase) = next_phase.as_mut() {
                        phase.set(QuizPhase::Question);
                    }
                    go(&mut current, Screen::Quiz);
                }
            }
            Action::OpenExpress if matches!(current, Screen::Attract | Screen::Journey) => {
                go(&mut current, Screen::Express);
            }
            Action::StartExpressQuiz if current == Screen::Express => {
                if journey.start_express() {
                    if let Some(phase) = next_phase.as_mut() {
                        phase.set(QuizPhase::Question);
                    }
                    go(&mut current, Screen::Quiz);
                }
            }
            Action::ResetProgress if current == Screen::Settings => {
                journey.progress.0 = Progress::default();
                *journey.last = LastResult::default();
                info!("progress reset by the patient");
                save.write(SaveRequested);
            }
            Action::StartQuiz if matches!(current, Screen::Lesson | Screen::Results) => {
                if journey.start_quiz() {
                    if let Some(phase) = next_phase.as_mut() {
                        phase.set(QuizPhase::Question);
                    }
                    go(&mut current, Screen::Quiz);
                }
            }
            Action::Answer(answer) if current == Screen::Quiz => {
                if let Some(correct) = journey.answer(answer.clone()) {
                    answered.write(Answered { correct });
                    if let Some(phase) = next_phase.as_mut() {
                        phase.set(QuizPhase::Feedback);
                    }
                }
            }
            Action::NextQuestion if current == Screen::Quiz => match journey.next_question() {
                Some(true) => {
                    if let Some(phase) = next_phase.as_mut() {
                        phase.set(QuizPhase::Question);
                    }
                }
                Some(false) => {
                    save.write(SaveRequested);
                    go(&mut current, Screen::Results);
                }
                None => {}
            },
            Action::SetLocale(tag) => {
                prefs.localizer.select_tag(tag);
                prefs.settings.locale = Some(prefs.localizer.current().to_string());
                save.write(SaveRequested);
            }
            Action::SetTextScale(scale) => {
                let nearest = TEXT_SCALES
                    .iter()
                    .copied()
                    .min_by(|a, b| (a - scale).abs().total_cmp(&(b - scale).abs()))
                    .unwrap_or(1.0);
                prefs.settings.text_scale = nearest;
                save.write(SaveRequested);
            }
            Action::SetSound(on) => {
                prefs.settings.sound = *on;
                save.write(SaveRequested);
            }
            Action::SetReducedMotion(on) => {
                prefs.settings.reduced_motion = *on;
                save.write(SaveRequested);
            }
            Action::SetHighContrast(on) => {
                prefs.settings.high_contrast = *on;
                save.write(SaveRequested);
            }
            Action::DismissNotice(index) => {
                if *index < prefs.notices.len() {
                    prefs.notices.remove(*index);
                }
            }
            // By kind only: an action may carry what the patient typed or answered.
            other => debug!(
                "ignored {} on {current:?}",
                crate::platform::reader::action_name(other)
            ),
        }
    }
}

impl Journey<'_> {
    fn page_count(&self) -> usize {
        self.content
            .as_ref()
            .and_then(|c| c.module(&self.lesson.module))
            .and_then(|m| m.content.as_ref())
            .map_or(0, |c| c.pages.len())
    }

    /// Opens a module's lesson if it is unlocked and written.
    /// Remembers the page on screen as the place to continue from.
    fn mark_page(&mut self) {
        self.progress.0.bookmark = Some(crate::progress::Bookmark {
            module: self.lesson.module.clone(),
            page: self.lesson.page,
        });
    }

    fn open_module(&mut self, id: &str) -> bool {
        let Some(content) = self.content.as_ref() else {
            return false;
        };
        let Some(index) = content.module_index(id) else {
            warn!("no module \"{id}\"");
            return false;
        };
        let order = content.module_order();
        if self.progress.status(&order, index) == ModuleStatus::Locked {
            debug!("module \"{id}\" is still locked");
            return false;
        }
        if content.modules[index].content.is_none() {
            return false;
        }
        *self.lesson = ActiveLesson {
            module: id.to_owned(),
            page: 0,
        };
        true
    }

    fn quiz_items(&self, module: &str) -> Option<&[crate::content::model::QuizItem]> {
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
    fn answer(&mut self, answer: crate::quiz::Answer) -> Option<bool> {
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
