//! One run through a module's quiz: shuffled order, answers, score. Plain Rust, no Bevy.

use rand::Rng;
use rand::seq::SliceRandom;

use crate::content::model::{QuestionKind, QuizItem};

/// Points for each right answer.
pub const POINTS_PER_RIGHT_ANSWER: u32 = 10;

/// What the patient picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Index into the item's choices as written in the content file.
    Choice(usize),
    TrueFalse(bool),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    Finished,
    AlreadyAnswered,
    /// The answer does not fit the question (a choice on a true/false item, or out of range).
    WrongKind,
}

/// A quiz in progress. Items are referred to by their index in the module's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizSession {
    order: Vec<usize>,
    /// For each item (by content index), its choices in display order.
    choice_order: Vec<Vec<usize>>,
    position: usize,
    /// For each position answered so far: the answer and whether it was right.
    answers: Vec<(Answer, bool)>,
}

impl QuizSession {
    /// Starts a quiz over `items`, shuffling question and choice order with `rng`.
    pub fn new(items: &[QuizItem], rng: &mut impl Rng) -> Self {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.shuffle(rng);
        let choice_order = items
            .iter()
            .map(|item| match &item.kind {
                QuestionKind::SingleChoice { choices } => {
                    let mut shown: Vec<usize> = (0..choices.len()).collect();
                    shown.shuffle(rng);
                    shown
                }
                QuestionKind::TrueFalse { .. } => Vec::new(),
            })
            .collect();
        QuizSession {
            order,
            choice_order,
            position: 0,
            answers: Vec::new(),
        }
    }

    /// Content index of the item on screen, or `None` once every item is done.
    pub fn current_item(&self) -> Option<usize> {
        self.order.get(self.position).copied()
    }

    /// The current item's choices (content indices) in the order to show them.
    pub fn choice_order(&self) -> &[usize] {
        self.current_item()
            .map_or(&[], |item| self.choice_order[item].as_slice())
    }

    /// 1-based number of the current question, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        ((self.position + 1).min(self.order.len()), self.order.len())
    }

    /// The answer given to the current item, and whether it was right.
    pub fn current_answer(&self) -> Option<(Answer, bool)> {
        self.answers.get(self.position).copied()
    }

    /// Records an answer to the current item and says whether it is right.
    pub fn answer(&mut self, items: &[QuizItem], answer: Answer) -> Result<bool, AnswerError> {
        let index = self.current_item().ok_or(AnswerError::Finished)?;
        if self.answers.len() > self.position {
            return Err(AnswerError::AlreadyAnswered);
        }
        let correct = match (&items[index].kind, answer) {
            (QuestionKind::SingleChoice { choices }, Answer::Choice(choice)) => {
                choices.get(choice).ok_or(AnswerError::WrongKind)?.correct
            }
            (QuestionKind::TrueFalse { answer: truth }, Answer::TrueFalse(given)) => {
                *truth == given
            }
            _ => return Err(AnswerError::WrongKind),
        };
        self.answers.push((answer, correct));
        Ok(correct)
    }

    /// Moves to the next item once the current one is answered. Returns whether one is left.
    pub fn advance(&mut self) -> bool {
        if self.answers.len() > self.position {
            self.position += 1;
        }
        self.current_item().is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.current_item().is_none()
    }

    pub fn correct_count(&self) -> usize {
        self.answers.iter().filter(|(_, correct)| *correct).count()
    }

    pub fn total(&self) -> usize {
        self.order.len()
    }

    pub fn points(&self) -> u32 {
        self.correct_count() as u32 * POINTS_PER_RIGHT_ANSWER
    }
}

/// The content index of the right choice of a single-choice item, or the truth of a
/// true/false item, as an [`Answer`].
pub fn right_answer(item: &QuizItem) -> Answer {
    match &item.kind {
        QuestionKind::SingleChoice { choices } => {
            Answer::Choice(choices.iter().position(|c| c.correct).unwrap_or(0))
        }
        QuestionKind::TrueFalse { answer } => Answer::TrueFalse(*answer),
    }
}

/// Some answer to `item` that is wrong.
pub fn wrong_answer(item: &QuizItem) -> Answer {
    match &item.kind {
        QuestionKind::SingleChoice { choices } => {
            Answer::Choice(choices.iter().position(|c| !c.correct).unwrap_or(0))
        }
        QuestionKind::TrueFalse { answer } => Answer::TrueFalse(!*answer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Choice;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn items() -> Vec<QuizItem> {
        let choice = |text: &str, correct| Choice {
            text: text.to_owned(),
            correct,
        };
        let item = |id: &str, kind| QuizItem {
            id: id.to_owned(),
            prompt: format!("{id}-prompt"),
            kind,
            explanation: format!("{id}-why"),
            sources: vec!["SRC".to_owned()],
            illustration: None,
        };
        vec![
            item(
                "a",
                QuestionKind::SingleChoice {
                    choices: vec![choice("a1", false), choice("a2", true), choice("a3", false)],
                },
            ),
            item("b", QuestionKind::TrueFalse { answer: true }),
            item("c", QuestionKind::TrueFalse { answer: false }),
            item(
                "d",
                QuestionKind::SingleChoice {
                    choices: vec![choice("d1", true), choice("d2", false)],
                },
            ),
        ]
    }

    #[test]
    fn same_seed_same_order_and_every_item_once() {
        let items = items();
        let a = QuizSession::new(&items, &mut StdRng::seed_from_u64(7));
        let b = QuizSession::new(&items, &mut StdRng::seed_from_u64(7));
        assert_eq!(a, b);
        let mut order = a.order.clone();
        order.sort_unstable();
        assert_eq!(order, [0, 1, 2, 3]);
        let orders: std::collections::BTreeSet<Vec<usize>> = (0..20)
            .map(|seed| QuizSession::new(&items, &mut StdRng::seed_from_u64(seed)).order)
            .collect();
        assert!(orders.len() > 1, "shuffling never changed the order");
    }

    #[test]
    fn scoring_right_and_wrong_answers() {
        let items = items();
        let mut session = QuizSession::new(&items, &mut StdRng::seed_from_u64(1));
        let mut right = 0;
        let mut turn = 0;
        while let Some(index) = session.current_item() {
            let answer = if turn % 2 == 0 {
                right += 1;
                right_answer(&items[index])
            } else {
                wrong_answer(&items[index])
            };
            assert_eq!(session.answer(&items, answer), Ok(turn % 2 == 0));
            assert_eq!(
                session.answer(&items, answer),
                Err(AnswerError::AlreadyAnswered)
            );
            session.advance();
            turn += 1;
        }
        assert!(session.is_finished());
        assert_eq!(session.correct_count(), right);
        assert_eq!(session.points(), right as u32 * POINTS_PER_RIGHT_ANSWER);
        assert_eq!(
            session.answer(&items, Answer::TrueFalse(true)),
            Err(AnswerError::Finished)
        );
    }

    #[test]
    fn cannot_skip_or_answer_with_the_wrong_kind() {
        let items = items();
        let mut session = QuizSession::new(&items, &mut StdRng::seed_from_u64(3));
        let first = session.current_item().unwrap();
        session.advance();
        assert_eq!(
            session.current_item(),
            Some(first),
            "advanced without an answer"
        );
        let mismatched = match items[first].kind {
            QuestionKind::SingleChoice { .. } => Answer::TrueFalse(true),
            QuestionKind::TrueFalse { .. } => Answer::Choice(0),
        };
        assert_eq!(
            session.answer(&items, mismatched),
            Err(AnswerError::WrongKind)
        );
        assert_eq!(session.progress(), (1, 4));
    }
}
