//! What the patient has done and knows: completed modules, points, mastery, the review
//! queue and badges. Plain Rust, no Bevy.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::treatment::TreatmentDays;
use crate::content::model::{Badge, BadgeRule};

/// Where a module stands on the journey map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleStatus {
    Locked,
    Unlocked,
    Completed,
}

/// The best result of one module's quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ModuleResult {
    pub correct: u32,
    pub total: u32,
    pub points: u32,
}

/// Experience points for each right answer (a review answer too).
pub const XP_PER_RIGHT_ANSWER: u32 = 10;
/// Extra points the first time a module is finished.
pub const XP_MODULE_BONUS: u32 = 50;
/// Days until a review card in box `n` (1-based) is due again: the Leitner schedule.
pub const REVIEW_INTERVALS_DAYS: [u32; 5] = [1, 2, 4, 8, 16];

/// A question waiting in the review queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewCard {
    /// Leitner box, 1 to 5: each right review moves it up and spaces it further out.
    pub level: u8,
    /// Day number (days since 1970-01-01) it is due on.
    pub due: u32,
}

/// The next state of a review card after an answer on day `today`: a miss (re)starts it in
/// box 1, due tomorrow; a right answer moves a queued card up a box, and out of the queue
/// after the last box. A right answer to an item not in the queue leaves it out.
pub fn schedule_review(card: Option<ReviewCard>, correct: bool, today: u32) -> Option<ReviewCard> {
    match (card, correct) {
        (_, false) => Some(ReviewCard {
            level: 1,
            due: today.saturating_add(REVIEW_INTERVALS_DAYS[0]),
        }),
        (None, true) => None,
        (Some(card), true) => {
            let level = usize::from(card.level);
            (level < REVIEW_INTERVALS_DAYS.len()).then(|| ReviewCard {
                level: card.level + 1,
                due: today.saturating_add(REVIEW_INTERVALS_DAYS[level]),
            })
        }
    }
}

/// How much a module's mastery (0 to 100) moves for one answer, in a module of `items`
/// questions: a right answer adds a full share, a wrong one takes back a third of a share.
/// It never fails anyone out: it only drops a little, and only as far as 0.
pub fn mastery_after(mastery: u8, items: usize, correct: bool) -> u8 {
    let share = 100u32.div_ceil(items.max(1) as u32);
    let now = u32::from(mastery.min(100));
    let next = if correct {
        (now + share).min(100)
    } else {
        now.saturating_sub(share.div_ceil(3))
    };
    next as u8
}

/// Stars for a module's mastery: 1 from 40 %, 2 from 70 %, 3 from 90 %.
pub fn stars(mastery: u8) -> u8 {
    match mastery {
        90.. => 3,
        70.. => 2,
        40.. => 1,
        _ => 0,
    }
}

/// The key of a quiz item across modules: `module/item`.
pub fn item_key(module: &str, item: &str) -> String {
    format!("{module}/{item}")
}

/// Every field is required: saves of version 1 that lack the later ones are migrated first
/// (`migrate`), so a field missing from a current save means damage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Completed modules by id, with their best quiz result.
    pub completed: BTreeMap<String, ModuleResult>,
    /// Experience points earned, retakes and reviews included.
    pub total_points: u32,
    /// Mastery of each module played, 0 to 100.
    pub mastery: BTreeMap<String, u8>,
    /// Missed questions waiting for review, by item key.
    pub review: BTreeMap<String, ReviewCard>,
    /// Items answered right at least once, by item key (badges look at these).
    pub right_once: BTreeSet<String>,
    /// Badges earned, by id.
    pub badges: BTreeSet<String>,
    /// The lesson page the patient last read, to continue from (kept when a phone sends the
    /// app to the background, and across restarts).
    pub bookmark: Option<Bookmark>,
    /// The patient's own session days (the treatment companion), since save version 3.
    pub treatment: TreatmentDays,
}

/// More pages than any lesson could have: a bookmark past it is damage (shown as page + 1).
pub const MAX_LESSON_PAGES: usize = 1000;

/// A lesson page: a module and a page index in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bookmark {
    pub module: String,
    pub page: usize,
}

impl Progress {
    /// Status of the module at `index` in `order` (the unlock order): the first is always
    /// open, each next one opens when the one before it is completed.
    pub fn status(&self, order: &[&str], index: usize) -> ModuleStatus {
        if self.completed.contains_key(order[index]) {
            ModuleStatus::Completed
        } else if index == 0 || self.completed.contains_key(order[index - 1]) {
            ModuleStatus::Unlocked
        } else {
            ModuleStatus::Locked
        }
    }

    /// Records one answer to item `item` of `module` (which has `items` questions) on day
    /// `today`: points, mastery and the review queue. Returns the points earned.
    pub fn record_answer(
        &mut self,
        module: &str,
        item: &str,
        items: usize,
        correct: bool,
        today: u32,
    ) -> u32 {
        let key = item_key(module, item);
        let mastery = self.mastery.entry(module.to_owned()).or_default();
        *mastery = mastery_after(*mastery, items, correct);
        match schedule_review(self.review.get(&key).copied(), correct, today) {
            Some(card) => self.review.insert(key.clone(), card),
            None => self.review.remove(&key),
        };
        if !correct {
            return 0;
        }
        self.right_once.insert(key);
        self.total_points = self.total_points.saturating_add(XP_PER_RIGHT_ANSWER);
        XP_PER_RIGHT_ANSWER
    }

    /// Keys of the review items due on day `today`, soonest first.
    pub fn due_reviews(&self, today: u32) -> Vec<&str> {
        let mut due: Vec<(&str, u32)> = self
            .review
            .iter()
            .filter(|(_, card)| card.due <= today)
            .map(|(key, card)| (key.as_str(), card.due))
            .collect();
        due.sort_by_key(|(_, day)| *day);
        due.into_iter().map(|(key, _)| key).collect()
    }

    /// Stars of a module, by its mastery.
    pub fn stars(&self, module: &str) -> u8 {
        stars(self.mastery.get(module).copied().unwrap_or(0))
    }

    /// Records a finished module quiz (its answers are already counted). Returns the module
    /// this newly unlocks, if any, and the bonus points for a first completion.
    pub fn record_quiz<'a>(
        &mut self,
        order: &[&'a str],
        module: &str,
        result: ModuleResult,
    ) -> (Option<&'a str>, u32) {
        let Some(index) = order.iter().position(|id| *id == module) else {
            return (None, 0);
        };
        let before = order.get(index + 1).map(|_| self.status(order, index + 1));
        let bonus = if self.completed.contains_key(module) {
            0
        } else {
            XP_MODULE_BONUS
        };
        self.total_points = self.total_points.saturating_add(bonus);
        // Finished: nothing left to continue in this module.
        if self.bookmark.as_ref().is_some_and(|b| b.module == module) {
            self.bookmark = None;
        }
        let best = self.completed.entry(module.to_owned()).or_default();
        if result.correct >= best.correct {
            *best = result;
        }
        let unlocked = match before {
            Some(ModuleStatus::Locked) => Some(order[index + 1]),
            _ => None,
        };
        (unlocked, bonus)
    }

    /// Whether a badge's rule is met.
    pub fn meets(&self, rule: &BadgeRule) -> bool {
        match rule {
            BadgeRule::ItemsRight(keys) => keys.iter().all(|k| self.right_once.contains(k)),
            BadgeRule::Mastery { module, at_least } => {
                self.mastery.get(module).is_some_and(|m| m >= at_least)
            }
            BadgeRule::ModulesCompleted(modules) => {
                modules.iter().all(|m| self.completed.contains_key(m))
            }
        }
    }

    /// Awards every badge whose rule is now met; returns the ids of those new this time.
    /// Badges once earned stay earned, even if mastery later dips.
    pub fn award_badges(&mut self, badges: &[Badge]) -> Vec<String> {
        let new: Vec<String> = badges
            .iter()
            .filter(|b| !self.badges.contains(&b.id) && self.meets(&b.rule))
            .map(|b| b.id.clone())
            .collect();
        self.badges.extend(new.iter().cloned());
        new
    }

    /// Whether the values could have come from playing: every number that code later counts
    /// with or looks up by is in range (a save is read from a file anyone can edit).
    pub fn is_plausible(&self) -> bool {
        self.completed.values().all(|r| r.correct <= r.total)
            && self.mastery.values().all(|m| *m <= 100)
            && self
                .review
                .values()
                .all(|c| (1..=REVIEW_INTERVALS_DAYS.len() as u8).contains(&c.level))
            && self
                .bookmark
                .as_ref()
                .is_none_or(|b| b.page < MAX_LESSON_PAGES && !b.module.is_empty())
            && self.treatment.is_plausible()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDER: [&str; 3] = ["a", "b", "c"];

    fn result(correct: u32) -> ModuleResult {
        ModuleResult {
            correct,
            total: 8,
            points: correct * XP_PER_RIGHT_ANSWER,
        }
    }

    #[test]
    fn modules_unlock_in_order_and_the_bonus_comes_once() {
        let mut progress = Progress::default();
        let statuses = |p: &Progress| (0..3).map(|i| p.status(&ORDER, i)).collect::<Vec<_>>();
        use ModuleStatus::*;
        assert_eq!(statuses(&progress), [Unlocked, Locked, Locked]);
        assert_eq!(
            progress.record_quiz(&ORDER, "a", result(5)),
            (Some("b"), XP_MODULE_BONUS)
        );
        assert_eq!(statuses(&progress), [Completed, Unlocked, Locked]);
        // A retake unlocks nothing new, earns no second bonus, and keeps the best result.
        assert_eq!(progress.record_quiz(&ORDER, "a", result(3)), (None, 0));
        assert_eq!(progress.completed["a"], result(5));
        assert_eq!(progress.total_points, XP_MODULE_BONUS);
        assert_eq!(progress.record_quiz(&ORDER, "nope", result(1)), (None, 0));
        assert!(progress.is_plausible());
    }

    #[test]
    fn mastery_rises_with_right_answers_and_falls_a_little_with_wrong_ones() {
        assert_eq!(mastery_after(0, 10, true), 10);
        assert_eq!(mastery_after(50, 10, false), 46);
        assert_eq!(mastery_after(2, 10, false), 0, "never below zero");
        assert_eq!(mastery_after(95, 10, true), 100, "never above 100");
        assert_eq!(mastery_after(0, 3, true), 34);
        // Every question right once takes a module to full mastery.
        let full = (0..16).fold(0, |m, _| mastery_after(m, 16, true));
        assert_eq!(full, 100);
        // A wrong answer costs less than a right one earns.
        let mut m = 50;
        m = mastery_after(m, 12, true);
        m = mastery_after(m, 12, false);
        assert!(m > 50);
        assert_eq!(
            [
                stars(0),
                stars(39),
                stars(40),
                stars(70),
                stars(89),
                stars(90),
                stars(100)
            ],
            [0, 0, 1, 2, 2, 3, 3]
        );
    }

    #[test]
    fn review_schedule_over_simulated_days() {
        let mut progress = Progress::default();
        let day0 = 20_000;
        // Missed on day 0: due the next day.
        assert_eq!(progress.record_answer("a", "q1", 10, false, day0), 0);
        assert!(progress.due_reviews(day0).is_empty());
        assert_eq!(progress.due_reviews(day0 + 1), ["a/q1"]);
        // Each right review spaces it out: 2, 4, 8, 16 days, then it leaves the queue.
        let mut today = day0 + 1;
        for (level, gap) in [(2, 2), (3, 4), (4, 8), (5, 16)] {
            assert_eq!(
                progress.record_answer("a", "q1", 10, true, today),
                XP_PER_RIGHT_ANSWER
            );
            let card = progress.review["a/q1"];
            assert_eq!(
                card,
                ReviewCard {
                    level,
                    due: today + gap
                }
            );
            assert!(progress.due_reviews(today + gap - 1).is_empty());
            today += gap;
            assert_eq!(progress.due_reviews(today), ["a/q1"]);
        }
        progress.record_answer("a", "q1", 10, true, today);
        assert!(progress.review.is_empty(), "graduated after the last box");
        // A miss at any level sends it back to box 1.
        progress.record_answer("a", "q2", 10, false, today);
        progress.record_answer("a", "q2", 10, true, today + 1);
        progress.record_answer("a", "q2", 10, false, today + 3);
        assert_eq!(
            progress.review["a/q2"],
            ReviewCard {
                level: 1,
                due: today + 4
            }
        );
        // A right first answer never enters the queue.
        progress.record_answer("a", "q3", 10, true, today);
        assert!(!progress.review.contains_key("a/q3"));
        assert!(progress.right_once.contains("a/q1") && progress.right_once.contains("a/q3"));
        assert!(progress.is_plausible());
    }

    #[test]
    fn badges_follow_their_rules_and_stay_earned() {
        let badge = |id: &str, rule| Badge {
            id: id.to_owned(),
            title: format!("{id}-title"),
            description: format!("{id}-about"),
            rule,
        };
        let badges = [
            badge(
                "items",
                BadgeRule::ItemsRight(vec!["a/q1".into(), "a/q2".into()]),
            ),
            badge(
                "mastery",
                BadgeRule::Mastery {
                    module: "a".into(),
                    at_least: 20,
                },
            ),
            badge("done", BadgeRule::ModulesCompleted(vec!["a".into()])),
        ];
        let mut progress = Progress::default();
        assert!(progress.award_badges(&badges).is_empty());
        progress.record_answer("a", "q1", 10, true, 0);
        assert!(
            progress.award_badges(&badges).is_empty(),
            "one of two items, 10 % mastery"
        );
        progress.record_answer("a", "q2", 10, true, 0);
        assert_eq!(progress.award_badges(&badges), ["items", "mastery"]);
        assert!(progress.award_badges(&badges).is_empty(), "awarded once");
        progress.record_answer("a", "q3", 10, false, 0);
        assert!(progress.mastery["a"] < 20);
        assert!(
            progress.badges.contains("mastery"),
            "kept after mastery dips"
        );
        progress.record_quiz(&["a"], "a", result(2));
        assert_eq!(progress.award_badges(&badges), ["done"]);
    }

    #[test]
    fn a_bookmark_past_any_lesson_is_implausible() {
        let marked = |module: &str, page| Progress {
            bookmark: Some(Bookmark {
                module: module.to_owned(),
                page,
            }),
            ..Progress::default()
        };
        assert!(marked("a", MAX_LESSON_PAGES - 1).is_plausible());
        assert!(!marked("a", MAX_LESSON_PAGES).is_plausible());
        assert!(!marked("a", u32::MAX as usize).is_plausible());
        assert!(!marked("a", usize::MAX).is_plausible());
        assert!(!marked("", 0).is_plausible());
    }

    #[test]
    fn the_review_schedule_never_overflows_at_the_end_of_time() {
        assert_eq!(
            schedule_review(None, false, u32::MAX).map(|c| c.due),
            Some(u32::MAX)
        );
        let card = ReviewCard { level: 4, due: 0 };
        assert_eq!(
            schedule_review(Some(card), true, u32::MAX - 1).map(|c| c.due),
            Some(u32::MAX)
        );
    }

    #[test]
    fn due_reviews_come_soonest_first() {
        let mut progress = Progress::default();
        progress
            .review
            .insert("m/late".into(), ReviewCard { level: 1, due: 12 });
        progress
            .review
            .insert("m/early".into(), ReviewCard { level: 2, due: 10 });
        progress
            .review
            .insert("m/future".into(), ReviewCard { level: 1, due: 30 });
        assert_eq!(progress.due_reviews(15), ["m/early", "m/late"]);
    }
}
