//! The validated content as one [`ContentLibrary`] and the questions the app asks of it:
//! modules in unlock order, quiz items by key, cited sources, every message id.
//!
//! Built by [`ContentLibrary::from_files`] (in `load`); plain Rust, no Bevy.

use std::collections::BTreeSet;

use super::model::{Badge, LessonPage, ModuleContent, ModuleEntry, QuestionKind, QuizItem, Source};

/// A module with its content, if that has been written yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub entry: ModuleEntry,
    pub content: Option<ModuleContent>,
}

/// All validated content: modules in unlock order and the sources they cite.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContentLibrary {
    pub modules: Vec<Module>,
    pub sources: Vec<Source>,
    pub badges: Vec<Badge>,
}

impl ContentLibrary {
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.entry.id == id)
    }

    /// Module ids in unlock order.
    pub fn module_order(&self) -> Vec<&str> {
        self.modules.iter().map(|m| m.entry.id.as_str()).collect()
    }

    pub fn module_index(&self, id: &str) -> Option<usize> {
        self.modules.iter().position(|m| m.entry.id == id)
    }

    pub fn source(&self, tag: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.tag == tag)
    }

    /// Every source some lesson page or quiz item cites, in the order of the reference list.
    pub fn cited_sources(&self) -> Vec<&Source> {
        let cited: BTreeSet<&str> = self
            .modules
            .iter()
            .filter_map(|m| m.content.as_ref())
            .flat_map(|c| {
                c.pages
                    .iter()
                    .flat_map(|p| p.sources.iter())
                    .chain(c.quiz.iter().flat_map(|q| q.sources.iter()))
            })
            .map(String::as_str)
            .collect();
        self.sources
            .iter()
            .filter(|s| cited.contains(s.tag.as_str()))
            .collect()
    }

    /// The quiz item with key `module/item`, with its module's id.
    pub fn item(&self, key: &str) -> Option<(&str, &QuizItem)> {
        let (module, item) = key.split_once('/')?;
        let module = self.module(module)?;
        let quiz = &module.content.as_ref()?.quiz;
        Some((
            module.entry.id.as_str(),
            quiz.iter().find(|q| q.id == item)?,
        ))
    }

    /// Every Fluent message id the content refers to, for the locale completeness check.
    pub fn message_ids(&self) -> BTreeSet<&str> {
        let mut ids = BTreeSet::new();
        for badge in &self.badges {
            ids.insert(badge.title.as_str());
            ids.insert(badge.description.as_str());
        }
        for module in &self.modules {
            ids.insert(module.entry.title.as_str());
            ids.insert(module.entry.summary.as_str());
            if let Some(content) = &module.content {
                for page in &content.pages {
                    ids.extend(page_message_ids(page));
                }
                for item in &content.quiz {
                    ids.extend(item_message_ids(item));
                }
            }
        }
        ids
    }
}

/// The message ids a lesson page shows: its title, then its paragraphs.
pub(super) fn page_message_ids(page: &LessonPage) -> impl Iterator<Item = &str> {
    std::iter::once(page.title.as_str()).chain(page.body.iter().map(String::as_str))
}

/// The message ids a quiz item shows: prompt, explanation, then its choices or steps.
pub(super) fn item_message_ids(item: &QuizItem) -> impl Iterator<Item = &str> {
    let choices: Vec<&str> = match &item.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            choices.iter().map(|c| c.text.as_str()).collect()
        }
        QuestionKind::Ordering { steps } => steps.iter().map(String::as_str).collect(),
        QuestionKind::TrueFalse { .. } | QuestionKind::Hotspot { .. } => Vec::new(),
    };
    [item.prompt.as_str(), item.explanation.as_str()]
        .into_iter()
        .chain(choices)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::library;

    #[test]
    fn modules_are_found_by_id_in_unlock_order() {
        let library = library();
        assert_eq!(library.module_order(), ["m1", "m2"]);
        assert_eq!(library.module_index("m2"), Some(1));
        assert_eq!(library.module_index("m9"), None);
        assert_eq!(
            library.module("m1").map(|m| m.entry.title.as_str()),
            Some("m1-title")
        );
        assert!(library.module("m9").is_none());
    }

    #[test]
    fn quiz_items_are_found_by_module_and_item() {
        let library = library();
        assert_eq!(
            library.item("m1/q2").map(|(m, q)| (m, q.id.as_str())),
            Some(("m1", "q2"))
        );
        // A page is no quiz item; a module without content has none; a key needs its slash.
        assert!(library.item("m1/p1").is_none());
        assert!(library.item("m2/q1").is_none());
        assert!(library.item("m1").is_none());
    }

    #[test]
    fn only_cited_sources_are_listed() {
        let mut library = library();
        assert_eq!(library.source("SRC").map(|s| s.tag.as_str()), Some("SRC"));
        let mut unused = library.sources[0].clone();
        unused.tag = "UNUSED".to_owned();
        library.sources.insert(0, unused);
        let cited: Vec<&str> = library
            .cited_sources()
            .iter()
            .map(|s| s.tag.as_str())
            .collect();
        assert_eq!(cited, ["SRC"]);
        assert!(library.source("UNUSED").is_some());
    }

    #[test]
    fn message_ids_cover_badges_modules_pages_and_items() {
        let library = library();
        let ids = library.message_ids();
        for id in [
            "b1-title",
            "b3-desc",
            "m1-title",
            "m2-summary",
            "p1-title",
            "p1-body",
            "q1-prompt",
            "q1-b",
            "q2-why",
        ] {
            assert!(ids.contains(id), "{id} missing from {ids:?}");
        }
        assert!(!ids.contains("SRC"), "source tags are no message ids");
    }
}
