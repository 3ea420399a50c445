//! The quiz: a session over a module's items, its phases and the feedback after each answer.

mod play;
pub mod session;

pub use play::{LastResult, QuizFinished, QuizInput, QuizStarted};

pub use session::{
    Answer, AnswerError, POINTS_PER_RIGHT_ANSWER, QuizSession, right_answer, wrong_answer,
};

use bevy::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::content::model::QuizItem;
use crate::launch::LaunchOptions;
use crate::state::Screen;
use crate::visit::ForgetWithVisit;

pub(super) fn plugin(app: &mut App) {
    app.add_sub_state::<QuizPhase>()
        .add_message::<Answered>()
        .init_resource::<ActiveQuiz>()
        .forget_with_visit::<ActiveQuiz>()
        .add_systems(Startup, seed_rng)
        .add_plugins(play::plugin);
}

/// Inside the quiz screen: waiting for an answer, or showing feedback on it.
#[derive(SubStates, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[source(Screen = Screen::Quiz)]
pub enum QuizPhase {
    #[default]
    Question,
    Feedback,
}

/// The quiz being played: a module's quiz, or a review of questions from any module.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct ActiveQuiz {
    /// The module whose quiz this is; empty for a review.
    pub module: String,
    pub items: Vec<QuizItem>,
    /// The module of each item (a review mixes modules).
    pub item_modules: Vec<String>,
    pub session: Option<QuizSession>,
}

impl ActiveQuiz {
    pub fn is_review(&self) -> bool {
        self.module.is_empty()
    }
}

/// Shuffles quiz order; seeded from `--seed` for repeatable runs.
#[derive(Resource)]
pub struct QuizRng(pub StdRng);

/// An answer was given (sound and, later, rewards listen to this).
#[derive(Message, Debug, Clone, Copy)]
pub struct Answered {
    pub correct: bool,
}

fn seed_rng(mut commands: Commands, options: Res<LaunchOptions>) {
    let rng = match options.seed {
        Some(seed) => StdRng::seed_from_u64(seed),
        None => StdRng::from_rng(&mut rand::rng()),
    };
    commands.insert_resource(QuizRng(rng));
}
