//! The checks content must pass beyond parsing: unique ids, message ids defined in the
//! reference locale, cited sources that exist, quiz items of a sound shape, badges that point
//! at real modules and items. Each problem is reported at the line and column of the id it
//! is about.
//!
//! Everything here is plain Rust so that tests and tools can validate content without an app.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::profile::Drawing;

use super::library::{ContentLibrary, item_message_ids, page_message_ids};
use super::load::{BADGES_PATH, ContentError, MODULE_INDEX_PATH, SOURCES_PATH};
use super::model::{BadgeIndex, BadgeRule, ModuleContent, ModuleIndex, QuestionKind, SourceIndex};

/// The 1-based line and column of the first `"needle"` string literal in `text`.
fn locate(text: &str, needle: &str) -> Option<(usize, usize)> {
    let quoted = format!("\"{needle}\"");
    let offset = text.find(&quoted)?;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    Some((line, col))
}

/// What is wrong with a question's shape, if anything ("needs ...", to follow the item's name).
pub(super) fn kind_problem(kind: &QuestionKind) -> Option<String> {
    match kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            let correct = choices.iter().filter(|c| c.correct).count();
            let single = matches!(kind, QuestionKind::SingleChoice { .. });
            if choices.len() < 2 {
                Some(format!(
                    "needs at least two choices, it has {}",
                    choices.len()
                ))
            } else if single && correct != 1 {
                Some(format!(
                    "needs exactly one correct choice, it has {correct}"
                ))
            } else if !single && correct == 0 {
                Some("needs at least one correct choice, it has 0".to_owned())
            } else if !single && correct == choices.len() {
                Some("needs at least one wrong choice: select-all-that-apply with every choice right teaches nothing".to_owned())
            } else {
                None
            }
        }
        QuestionKind::TrueFalse { .. } => None,
        QuestionKind::Hotspot { picture, target } => {
            let kinds: Vec<_> = Drawing::of(*picture)
                .features
                .iter()
                .map(|f| f.kind)
                .collect();
            if kinds.len() < 2 {
                Some(format!(
                    "needs a picture with several scars to tap, {picture:?} has {}",
                    kinds.len()
                ))
            } else if !kinds.contains(target) {
                Some(format!(
                    "asks for {target:?}, which is not in the picture {picture:?}"
                ))
            } else {
                None
            }
        }
        QuestionKind::Ordering { steps } => {
            let distinct: BTreeSet<&String> = steps.iter().collect();
            if steps.len() < 2 {
                Some(format!(
                    "needs at least two steps to order, it has {}",
                    steps.len()
                ))
            } else if distinct.len() != steps.len() {
                Some("lists the same step twice".to_owned())
            } else {
                None
            }
        }
    }
}

/// Collects every problem of the files being loaded, in the order they are checked.
pub(super) struct Checker<'a> {
    pub(super) errors: Vec<ContentError>,
    /// Whether the reference locale defines a message id.
    pub(super) has_message: &'a dyn Fn(&str) -> bool,
    /// The tags of the reference list, which pages and quiz items may cite.
    pub(super) source_tags: BTreeSet<&'a str>,
}

impl Checker<'_> {
    fn error(&mut self, file: &str, text: &str, anchor: &str, message: String) {
        self.errors.push(ContentError {
            file: file.to_owned(),
            position: locate(text, anchor),
            message,
        });
    }

    pub(super) fn check_sources(&mut self, sources: &SourceIndex) {
        let mut seen = BTreeSet::new();
        for source in &sources.sources {
            if !seen.insert(source.tag.as_str()) {
                self.errors.push(ContentError {
                    file: SOURCES_PATH.to_owned(),
                    position: None,
                    message: format!("the source tag \"{}\" is listed twice", source.tag),
                });
            }
            if source.citation.trim().is_empty() {
                self.errors.push(ContentError {
                    file: SOURCES_PATH.to_owned(),
                    position: None,
                    message: format!("the source \"{}\" has an empty citation", source.tag),
                });
            }
        }
    }

    pub(super) fn check_index(&mut self, index: &ModuleIndex, files: &BTreeMap<String, String>) {
        let text = &files[MODULE_INDEX_PATH];
        if index.modules.is_empty() {
            self.error(
                MODULE_INDEX_PATH,
                text,
                "",
                "expected at least one module".to_owned(),
            );
        }
        let mut seen = BTreeSet::new();
        for module in &index.modules {
            self.check_unique(
                (MODULE_INDEX_PATH, text),
                &mut seen,
                &module.id,
                "module id",
            );
            for id in [&module.title, &module.summary] {
                self.check_message(MODULE_INDEX_PATH, text, id);
            }
        }
    }

    /// Reports `id` if `seen` has it already.
    fn check_unique<'a>(
        &mut self,
        (file, text): (&str, &str),
        seen: &mut BTreeSet<&'a str>,
        id: &'a str,
        what: &str,
    ) {
        if !seen.insert(id) {
            let message = format!("the {what} \"{id}\" is used twice");
            self.error(file, text, id, message);
        }
    }

    fn check_message(&mut self, file: &str, text: &str, id: &str) {
        if !(self.has_message)(id) {
            let message = format!("the message id \"{id}\" is not defined in locales/en");
            self.error(file, text, id, message);
        }
    }

    fn check_tags(&mut self, file: &str, text: &str, owner: &str, tags: &[String]) {
        if tags.is_empty() {
            let message = format!("\"{owner}\" cites no source: every item needs at least one");
            self.error(file, text, owner, message);
        }
        for tag in tags {
            if !self.source_tags.contains(tag.as_str()) {
                let message =
                    format!("\"{owner}\" cites \"{tag}\", which is not in {SOURCES_PATH}");
                self.error(file, text, tag, message);
            }
        }
    }

    pub(super) fn check_badges(
        &mut self,
        badges: &BadgeIndex,
        library: &ContentLibrary,
        text: &str,
    ) {
        let file = BADGES_PATH;
        let mut seen = BTreeSet::new();
        for badge in &badges.badges {
            self.check_unique((file, text), &mut seen, &badge.id, "badge id");
            for id in [&badge.title, &badge.description] {
                self.check_message(file, text, id);
            }
            let modules: Vec<&String> = match &badge.rule {
                BadgeRule::ItemsRight(keys) => {
                    if keys.is_empty() {
                        let message = format!("the badge \"{}\" lists no items", badge.id);
                        self.error(file, text, &badge.id, message);
                    }
                    for key in keys {
                        // A module file that did not parse is reported already.
                        let unreadable = key
                            .split_once('/')
                            .and_then(|(m, _)| library.module(m))
                            .is_some_and(|m| m.entry.content.is_some() && m.content.is_none());
                        if !unreadable && library.item(key).is_none() {
                            let message = format!(
                                "the badge \"{}\" needs \"{key}\", which is no module/item of the content",
                                badge.id
                            );
                            self.error(file, text, key, message);
                        }
                    }
                    Vec::new()
                }
                BadgeRule::Mastery { module, at_least } => {
                    if *at_least > 100 {
                        let message =
                            format!("the badge \"{}\" asks for {at_least} % mastery", badge.id);
                        self.error(file, text, &badge.id, message);
                    }
                    vec![module]
                }
                BadgeRule::ModulesCompleted(modules) => modules.iter().collect(),
            };
            for module in modules {
                if library.module(module).is_none() {
                    let message = format!(
                        "the badge \"{}\" names the unknown module \"{module}\"",
                        badge.id
                    );
                    self.error(file, text, module, message);
                }
            }
        }
    }

    pub(super) fn check_module(&mut self, file: &str, text: &str, content: &ModuleContent) {
        if content.pages.is_empty() {
            self.error(
                file,
                text,
                "",
                "expected at least one lesson page".to_owned(),
            );
        }
        if content.quiz.is_empty() {
            self.error(file, text, "", "expected at least one quiz item".to_owned());
        }
        let mut seen = BTreeSet::new();
        for page in &content.pages {
            self.check_unique((file, text), &mut seen, &page.id, "id");
            if page.body.is_empty() {
                let message = format!("the page \"{}\" has no paragraphs", page.id);
                self.error(file, text, &page.id, message);
            }
            for id in page_message_ids(page) {
                self.check_message(file, text, id);
            }
            self.check_tags(file, text, &page.id, &page.sources);
        }
        for item in &content.quiz {
            self.check_unique((file, text), &mut seen, &item.id, "id");
            if let Some(problem) = kind_problem(&item.kind) {
                let message = format!("the quiz item \"{}\" {problem}", item.id);
                self.error(file, text, &item.id, message);
            }
            for id in item_message_ids(item) {
                self.check_message(file, text, id);
            }
            self.check_tags(file, text, &item.id, &item.sources);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{BADGES, INDEX, MODULE, any_message, errors_of, files};
    use super::*;

    #[test]
    fn locate_finds_the_quoted_id() {
        let text = "(\n  id: \"p10\",\n  id: \"p1\",\n)";
        assert_eq!(locate(text, "p1"), Some((3, 7)));
        assert_eq!(locate(text, "p2"), None);
        assert_eq!(locate(text, ""), None);
    }

    #[test]
    fn quiz_item_without_correct_answer_is_rejected() {
        let errors = errors_of(&MODULE.replace(
            "(text: \"q1-a\", correct: true)",
            "(text: \"q1-a\", correct: false)",
        ));
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .message
                .contains("exactly one correct choice, it has 0"),
            "{}",
            errors[0]
        );
        // Points at the item's id in the file.
        assert_eq!(errors[0].position.unwrap().0, 4);
    }

    #[test]
    fn dangling_message_id_is_reported_with_position() {
        let errors = ContentLibrary::from_files(&files(MODULE), |id| id != "q2-why").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("\"q2-why\""));
        assert_eq!(errors[0].position.unwrap().0, 8);
    }

    #[test]
    fn unknown_source_tag_is_reported() {
        let errors = errors_of(&MODULE.replace("sources: [\"SRC\"])]", "sources: [\"NOPE\"])]"));
        assert!(errors[0].message.contains("\"NOPE\""), "{errors:?}");
    }

    #[test]
    fn every_question_kind_is_checked_for_its_shape() {
        let item =
            |kind: &str| MODULE.replace("kind: TrueFalse(answer: false)", &format!("kind: {kind}"));
        let good = [
            "MultipleChoice(choices: [(text: \"q1-a\", correct: true), (text: \"q1-b\", correct: false)])",
            "Hotspot(picture: Lineup, target: Rolling)",
            "Ordering(steps: [\"q1-a\", \"q1-b\"])",
        ];
        for kind in good {
            ContentLibrary::from_files(&files(&item(kind)), any_message).unwrap();
        }
        let bad = [
            (
                "MultipleChoice(choices: [(text: \"q1-a\", correct: true), (text: \"q1-b\", correct: true)])",
                "at least one wrong choice",
            ),
            (
                "MultipleChoice(choices: [(text: \"q1-a\", correct: false), (text: \"q1-b\", correct: false)])",
                "at least one correct choice",
            ),
            (
                "Hotspot(picture: Lineup, target: Keloid)",
                "not in the picture",
            ),
            (
                "Hotspot(picture: Scar(Boxcar), target: Boxcar)",
                "several scars",
            ),
            ("Ordering(steps: [\"q1-a\"])", "at least two steps"),
            ("Ordering(steps: [\"q1-a\", \"q1-a\"])", "same step twice"),
        ];
        for (kind, expected) in bad {
            let errors = errors_of(&item(kind));
            assert!(
                errors.iter().any(|e| e.message.contains(expected)),
                "{kind}: {errors:?}"
            );
        }
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let errors = errors_of(&MODULE.replace("(id: \"q2\"", "(id: \"p1\""));
        assert!(
            errors
                .iter()
                .any(|e| e.message == "the id \"p1\" is used twice"),
            "{errors:?}"
        );
        let mut twice = files(MODULE);
        twice.insert(
            MODULE_INDEX_PATH.to_owned(),
            INDEX.replace("(id: \"m2\"", "(id: \"m1\""),
        );
        let errors = ContentLibrary::from_files(&twice, any_message).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.message == "the module id \"m1\" is used twice"),
            "{errors:?}"
        );
    }

    #[test]
    fn badges_must_point_at_real_items_and_modules() {
        let mut bad = files(MODULE);
        bad.insert(
            BADGES_PATH.to_owned(),
            BADGES
                .replace("m1/q2", "m1/nope")
                .replace("module: \"m2\"", "module: \"m9\""),
        );
        let errors = ContentLibrary::from_files(&bad, any_message).unwrap_err();
        assert!(
            errors.iter().any(|e| e.message.contains("\"m1/nope\"")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains("unknown module \"m9\"")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .all(|e| e.file == BADGES_PATH && e.position.is_some())
        );
    }

    #[test]
    fn several_problems_are_all_reported() {
        let bad = MODULE
            .replace("(text: \"q1-a\", correct: false)", "")
            .replace(
                "(text: \"q1-b\", correct: false)",
                "(text: \"q1-b\", correct: true)",
            )
            .replace(
                "sources: [\"SRC\"]),\n        ]",
                "sources: []),\n        ]",
            );
        let errors = ContentLibrary::from_files(&files(&bad), |id| id != "p1-title").unwrap_err();
        assert!(errors.len() >= 3, "{errors:#?}");
    }
}
