//! One run through a module's quiz: shuffled order, answers, score. Plain Rust, no Bevy.

use rand::Rng;
use rand::seq::SliceRandom;

use std::collections::BTreeSet;

use crate::content::model::{QuestionKind, QuizItem, ScarKind};

/// Points for each right answer.
pub const POINTS_PER_RIGHT_ANSWER: u32 = 10;

/// What the patient answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Single choice: index into the item's choices as written in the content file.
    Choice(usize),
    /// Select all that apply: the selected choice indices, in any order.
    Choices(Vec<usize>),
    TrueFalse(bool),
    /// The scar tapped in a hotspot picture.
    Spot(ScarKind),
    /// Ordering: step indices (as written in the content file) in the order given.
    Order(Vec<usize>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    Finished,
    AlreadyAnswered,
    /// The answer does not fit the question (a choice on a true/false item, or out of range).
    WrongKind,
    /// Nothing selected, or an ordering that leaves steps out.
    Incomplete,
}

/// Whether `answer` is right for a question of `kind`.
pub fn grade(kind: &QuestionKind, answer: &Answer) -> Result<bool, AnswerError> {
    match (kind, answer) {
        (QuestionKind::SingleChoice { choices }, Answer::Choice(choice)) => {
            Ok(choices.get(*choice).ok_or(AnswerError::WrongKind)?.correct)
        }
        (QuestionKind::MultipleChoice { choices }, Answer::Choices(selected)) => {
            if selected.is_empty() {
                return Err(AnswerError::Incomplete);
            }
            if selected.iter().any(|&i| i >= choices.len()) {
                return Err(AnswerError::WrongKind);
            }
            let selected: BTreeSet<usize> = selected.iter().copied().collect();
            let right: BTreeSet<usize> =
                (0..choices.len()).filter(|&i| choices[i].correct).collect();
            Ok(selected == right)
        }
        (QuestionKind::TrueFalse { answer: truth }, Answer::TrueFalse(given)) => Ok(truth == given),
        (QuestionKind::Hotspot { target, .. }, Answer::Spot(spot)) => Ok(target == spot),
        (QuestionKind::Ordering { steps }, Answer::Order(order)) => {
            let mut sorted = order.clone();
            sorted.sort_unstable();
            if sorted != (0..steps.len()).collect::<Vec<_>>() {
                return Err(AnswerError::Incomplete);
            }
            Ok(order
                .iter()
                .enumerate()
                .all(|(position, &step)| position == step))
        }
        _ => Err(AnswerError::WrongKind),
    }
}

/// A quiz in progress. Items are referred to by their index in the module's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizSession {
    order: Vec<usize>,
    /// For each item (by content index), its choices or steps in the order first shown.
    shown: Vec<Vec<usize>>,
    position: usize,
    /// For each position answered so far: the answer and whether it was right.
    answers: Vec<(Answer, bool)>,
}

impl QuizSession {
    /// Starts a quiz over `items`, shuffling question, choice and step order with `rng`.
    pub fn new(items: &[QuizItem], rng: &mut impl Rng) -> Self {
        Self::over(items, (0..items.len()).collect(), rng)
    }

    /// Starts a quiz over some of `items` (by content index), e.g. the ones due for review.
    pub fn over(items: &[QuizItem], mut order: Vec<usize>, rng: &mut impl Rng) -> Self {
        order.shuffle(rng);
        let shown = items
            .iter()
            .map(|item| shown_order(&item.kind, rng))
            .collect();
        QuizSession {
            order,
            shown,
            position: 0,
            answers: Vec::new(),
        }
    }

    /// Content index of the item on screen, or `None` once every item is done.
    pub fn current_item(&self) -> Option<usize> {
        self.order.get(self.position).copied()
    }

    /// The current item's choices or steps (content indices) in the order first shown.
    pub fn shown_order(&self) -> &[usize] {
        self.current_item()
            .map_or(&[], |item| self.shown[item].as_slice())
    }

    /// 1-based number of the current question, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        ((self.position + 1).min(self.order.len()), self.order.len())
    }

    /// The answer given to the current item, and whether it was right.
    pub fn current_answer(&self) -> Option<&(Answer, bool)> {
        self.answers.get(self.position)
    }

    /// Every answer so far with the content index of its item, in the order asked.
    pub fn answered(&self) -> impl Iterator<Item = (usize, &Answer, bool)> {
        self.order
            .iter()
            .zip(&self.answers)
            .map(|(&item, (answer, correct))| (item, answer, *correct))
    }

    /// Records an answer to the current item and says whether it is right.
    pub fn answer(&mut self, items: &[QuizItem], answer: Answer) -> Result<bool, AnswerError> {
        let index = self.current_item().ok_or(AnswerError::Finished)?;
        if self.answers.len() > self.position {
            return Err(AnswerError::AlreadyAnswered);
        }
        let correct = grade(&items[index].kind, &answer)?;
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

/// The order choices or steps are first shown in: shuffled, and for ordering questions never
/// already in the right order.
fn shown_order(kind: &QuestionKind, rng: &mut impl Rng) -> Vec<usize> {
    match kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            let mut shown: Vec<usize> = (0..choices.len()).collect();
            shown.shuffle(rng);
            shown
        }
        QuestionKind::Ordering { steps } => {
            let mut shown: Vec<usize> = (0..steps.len()).collect();
            shown.shuffle(rng);
            if steps.len() > 1 && shown.windows(2).all(|w| w[0] < w[1]) {
                shown.rotate_left(1);
            }
            shown
        }
        QuestionKind::TrueFalse { .. } | QuestionKind::Hotspot { .. } => Vec::new(),
    }
}

/// The right answer to `item`.
pub fn right_answer(item: &QuizItem) -> Answer {
    match &item.kind {
        QuestionKind::SingleChoice { choices } => {
            Answer::Choice(choices.iter().position(|c| c.correct).unwrap_or(0))
        }
        QuestionKind::MultipleChoice { choices } => {
            Answer::Choices((0..choices.len()).filter(|&i| choices[i].correct).collect())
        }
        QuestionKind::TrueFalse { answer } => Answer::TrueFalse(*answer),
        QuestionKind::Hotspot { target, .. } => Answer::Spot(*target),
        QuestionKind::Ordering { steps } => Answer::Order((0..steps.len()).collect()),
    }
}

/// Some answer to `item` that is wrong (for tests and the screenshot tour).
pub fn wrong_answer(item: &QuizItem) -> Answer {
    match &item.kind {
        QuestionKind::SingleChoice { choices } => {
            Answer::Choice(choices.iter().position(|c| !c.correct).unwrap_or(0))
        }
        QuestionKind::MultipleChoice { choices } => {
            // Every choice: validation guarantees at least one is wrong.
            Answer::Choices((0..choices.len()).collect())
        }
        QuestionKind::TrueFalse { answer } => Answer::TrueFalse(!*answer),
        QuestionKind::Hotspot { picture, target } => Answer::Spot(
            crate::content::profile::Drawing::of(*picture)
                .features
                .iter()
                .map(|f| f.kind)
                .find(|kind| kind != target)
                .unwrap_or(*target),
        ),
        QuestionKind::Ordering { steps } => Answer::Order((0..steps.len()).rev().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{Choice, Illustration};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn choice(text: &str, correct: bool) -> Choice {
        Choice {
            text: text.to_owned(),
            correct,
        }
    }

    fn item(id: &str, kind: QuestionKind) -> QuizItem {
        QuizItem {
            id: id.to_owned(),
            prompt: format!("{id}-prompt"),
            kind,
            explanation: format!("{id}-why"),
            sources: vec!["SRC".to_owned()],
            illustration: None,
        }
    }

    fn items() -> Vec<QuizItem> {
        vec![
            item(
                "a",
                QuestionKind::SingleChoice {
                    choices: vec![choice("a1", false), choice("a2", true), choice("a3", false)],
                },
            ),
            item("b", QuestionKind::TrueFalse { answer: true }),
            item(
                "c",
                QuestionKind::MultipleChoice {
                    choices: vec![choice("c1", true), choice("c2", false), choice("c3", true)],
                },
            ),
            item(
                "d",
                QuestionKind::Hotspot {
                    picture: Illustration::Lineup,
                    target: ScarKind::Rolling,
                },
            ),
            item(
                "e",
                QuestionKind::Ordering {
                    steps: vec!["e1".into(), "e2".into(), "e3".into(), "e4".into()],
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
        assert_eq!(order, [0, 1, 2, 3, 4]);
        let orders: BTreeSet<Vec<usize>> = (0..20)
            .map(|seed| QuizSession::new(&items, &mut StdRng::seed_from_u64(seed)).order)
            .collect();
        assert!(orders.len() > 1, "shuffling never changed the order");
    }

    #[test]
    fn ordering_never_starts_solved() {
        let items = items();
        for seed in 0..200 {
            let session = QuizSession::new(&items, &mut StdRng::seed_from_u64(seed));
            let shown = &session.shown[4];
            assert_ne!(shown, &[0, 1, 2, 3], "seed {seed}");
            let mut sorted = shown.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, [0, 1, 2, 3]);
        }
    }

    #[test]
    fn each_kind_is_graded() {
        let items = items();
        for item in &items {
            assert_eq!(
                grade(&item.kind, &right_answer(item)),
                Ok(true),
                "{}",
                item.id
            );
            assert_eq!(
                grade(&item.kind, &wrong_answer(item)),
                Ok(false),
                "{}",
                item.id
            );
        }
        let multi = &items[2].kind;
        // Order and repeats do not matter; a missing or extra choice does.
        assert_eq!(grade(multi, &Answer::Choices(vec![2, 0, 2])), Ok(true));
        assert_eq!(grade(multi, &Answer::Choices(vec![0])), Ok(false));
        assert_eq!(
            grade(multi, &Answer::Choices(vec![])),
            Err(AnswerError::Incomplete)
        );
        assert_eq!(
            grade(multi, &Answer::Choices(vec![7])),
            Err(AnswerError::WrongKind)
        );
        let hotspot = &items[3].kind;
        assert_eq!(grade(hotspot, &Answer::Spot(ScarKind::Boxcar)), Ok(false));
        let ordering = &items[4].kind;
        assert_eq!(grade(ordering, &Answer::Order(vec![0, 1, 3, 2])), Ok(false));
        assert_eq!(
            grade(ordering, &Answer::Order(vec![0, 1, 1, 2])),
            Err(AnswerError::Incomplete)
        );
        assert_eq!(
            grade(ordering, &Answer::Order(vec![0, 1, 2])),
            Err(AnswerError::Incomplete)
        );
        assert_eq!(
            grade(&items[0].kind, &Answer::Choice(9)),
            Err(AnswerError::WrongKind)
        );
        assert_eq!(
            grade(&items[1].kind, &Answer::Choice(0)),
            Err(AnswerError::WrongKind)
        );
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
            assert_eq!(session.answer(&items, answer.clone()), Ok(turn % 2 == 0));
            assert_eq!(
                session.answer(&items, answer),
                Err(AnswerError::AlreadyAnswered)
            );
            session.advance();
            turn += 1;
        }
        assert!(session.is_finished());
        assert_eq!(session.correct_count(), right);
        assert_eq!(session.answered().count(), items.len());
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
            QuestionKind::TrueFalse { .. } => Answer::Choice(0),
            _ => Answer::TrueFalse(true),
        };
        assert_eq!(
            session.answer(&items, mismatched),
            Err(AnswerError::WrongKind)
        );
        assert_eq!(session.progress(), (1, 5));
    }

    #[test]
    fn a_session_over_some_items_asks_only_those() {
        let items = items();
        let mut session = QuizSession::over(&items, vec![4, 1], &mut StdRng::seed_from_u64(2));
        let mut asked = Vec::new();
        while let Some(index) = session.current_item() {
            asked.push(index);
            session.answer(&items, right_answer(&items[index])).unwrap();
            session.advance();
        }
        asked.sort_unstable();
        assert_eq!(asked, [1, 4]);
    }
}
