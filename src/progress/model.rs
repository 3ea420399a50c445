//! What the patient has done: completed modules and points. Plain Rust, no Bevy.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Completed modules by id, with their best result.
    pub completed: BTreeMap<String, ModuleResult>,
    /// Points earned over every quiz taken, retakes included.
    pub total_points: u32,
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

    /// Records a finished quiz. Returns the id of a module this newly unlocks, if any.
    pub fn record_quiz<'a>(
        &mut self,
        order: &[&'a str],
        module: &str,
        result: ModuleResult,
    ) -> Option<&'a str> {
        let index = order.iter().position(|id| *id == module)?;
        let before = order.get(index + 1).map(|_| self.status(order, index + 1));
        self.total_points = self.total_points.saturating_add(result.points);
        let best = self.completed.entry(module.to_owned()).or_default();
        if result.points >= best.points {
            *best = result;
        }
        match before {
            Some(ModuleStatus::Locked) => Some(order[index + 1]),
            _ => None,
        }
    }

    /// Whether the values could have come from playing: no more right answers than questions.
    pub fn is_plausible(&self) -> bool {
        self.completed
            .values()
            .all(|r| r.correct <= r.total && r.points <= self.total_points)
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
            points: correct * 10,
        }
    }

    #[test]
    fn modules_unlock_in_order() {
        let mut progress = Progress::default();
        let statuses = |p: &Progress| (0..3).map(|i| p.status(&ORDER, i)).collect::<Vec<_>>();
        assert_eq!(
            statuses(&progress),
            [
                ModuleStatus::Unlocked,
                ModuleStatus::Locked,
                ModuleStatus::Locked
            ]
        );
        assert_eq!(progress.record_quiz(&ORDER, "a", result(5)), Some("b"));
        assert_eq!(
            statuses(&progress),
            [
                ModuleStatus::Completed,
                ModuleStatus::Unlocked,
                ModuleStatus::Locked
            ]
        );
        // A retake unlocks nothing new, keeps the best result and adds its points.
        assert_eq!(progress.record_quiz(&ORDER, "a", result(3)), None);
        assert_eq!(progress.completed["a"], result(5));
        assert_eq!(progress.total_points, 80);
        assert_eq!(progress.record_quiz(&ORDER, "c", result(1)), None);
        assert_eq!(progress.record_quiz(&ORDER, "nope", result(1)), None);
        assert!(progress.is_plausible());
    }
}
