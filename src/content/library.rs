//! Parsing and validating the content files into a [`ContentLibrary`].
//!
//! Everything here is plain Rust so that tests and tools can validate content without an app.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::DeserializeOwned;

use crate::illustration::profile::Drawing;

use super::model::{
    Badge, BadgeIndex, BadgeRule, LessonPage, ModuleContent, ModuleEntry, ModuleIndex,
    QuestionKind, QuizItem, Source, SourceIndex,
};

/// Path of the module index, relative to `assets/`.
pub const MODULE_INDEX_PATH: &str = "content/modules.ron";
/// Path of the reference list, relative to `assets/`.
pub const SOURCES_PATH: &str = "content/sources.ron";
/// Path of the badge list, relative to `assets/`.
pub const BADGES_PATH: &str = "content/badges.ron";
/// Folder that module content paths in the index are relative to.
pub const CONTENT_DIR: &str = "content";

/// One problem found in a content file, with where it is when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based line and column.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

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

    /// Parses and validates the index, the sources and every module file the index names.
    ///
    /// `files` maps paths relative to `assets/` to their text; a module file the index names
    /// but `files` lacks is reported as missing. `has_message` says whether the reference
    /// locale defines a message id. Returns every problem found, not just the first.
    pub fn from_files(
        files: &BTreeMap<String, String>,
        has_message: impl Fn(&str) -> bool,
    ) -> Result<Self, Vec<ContentError>> {
        let mut errors = Vec::new();
        let index: Option<ModuleIndex> = parse_file(files, MODULE_INDEX_PATH, &mut errors);
        let sources: Option<SourceIndex> = parse_file(files, SOURCES_PATH, &mut errors);
        let badges: Option<BadgeIndex> = parse_file(files, BADGES_PATH, &mut errors);
        let (Some(index), Some(sources), Some(badges)) = (index, sources, badges) else {
            return Err(errors);
        };

        let mut checker = Checker {
            errors,
            has_message: &has_message,
            source_tags: sources.sources.iter().map(|s| s.tag.as_str()).collect(),
        };
        checker.check_sources(&sources);
        checker.check_index(&index, files);

        let mut modules = Vec::with_capacity(index.modules.len());
        for entry in index.modules {
            let content = entry.content.as_deref().and_then(|file| {
                let path = module_content_path(file);
                let content: Option<ModuleContent> = parse_file(files, &path, &mut checker.errors);
                if let Some(content) = &content {
                    checker.check_module(&path, &files[&path], content);
                }
                content
            });
            modules.push(Module { entry, content });
        }

        // The checker still borrows the source tags: the library takes a copy.
        let library = ContentLibrary {
            modules,
            sources: sources.sources.clone(),
            badges: Vec::new(),
        };
        checker.check_badges(&badges, &library, &files[BADGES_PATH]);

        if checker.errors.is_empty() {
            Ok(ContentLibrary {
                badges: badges.badges,
                ..library
            })
        } else {
            Err(checker.errors)
        }
    }
}

/// Where a module's content file lives, relative to `assets/`.
pub fn module_content_path(file: &str) -> String {
    format!("{CONTENT_DIR}/{file}")
}

fn page_message_ids(page: &LessonPage) -> impl Iterator<Item = &str> {
    std::iter::once(page.title.as_str()).chain(page.body.iter().map(String::as_str))
}

fn item_message_ids(item: &QuizItem) -> impl Iterator<Item = &str> {
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

fn parse_file<T: DeserializeOwned>(
    files: &BTreeMap<String, String>,
    path: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    let Some(text) = files.get(path) else {
        errors.push(ContentError {
            file: path.to_owned(),
            position: None,
            message: "the file is missing or could not be read".to_owned(),
        });
        return None;
    };
    match ron::from_str(text) {
        Ok(value) => Some(value),
        Err(err) => {
            errors.push(ContentError {
                file: path.to_owned(),
                position: Some((err.span.start.line, err.span.start.col)),
                message: err.code.to_string(),
            });
            None
        }
    }
}

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
fn kind_problem(kind: &QuestionKind) -> Option<String> {
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

struct Checker<'a> {
    errors: Vec<ContentError>,
    has_message: &'a dyn Fn(&str) -> bool,
    source_tags: BTreeSet<&'a str>,
}

impl Checker<'_> {
    fn error(&mut self, file: &str, text: &str, anchor: &str, message: String) {
        self.errors.push(ContentError {
            file: file.to_owned(),
            position: locate(text, anchor),
            message,
        });
    }

    fn check_sources(&mut self, sources: &SourceIndex) {
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

    fn check_index(&mut self, index: &ModuleIndex, files: &BTreeMap<String, String>) {
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

    fn check_badges(&mut self, badges: &BadgeIndex, library: &ContentLibrary, text: &str) {
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

    fn check_module(&mut self, file: &str, text: &str, content: &ModuleContent) {
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
    use super::*;

    const INDEX: &str = r#"(modules: [
        (id: "m1", title: "m1-title", summary: "m1-summary", content: Some("m1.ron")),
        (id: "m2", title: "m2-title", summary: "m2-summary"),
    ])"#;
    const SOURCES: &str = r#"(sources: [(tag: "SRC", citation: "A. Author. A paper. 2001.")])"#;
    const BADGES: &str = r#"(badges: [
        (id: "b1", title: "b1-title", description: "b1-desc", rule: ItemsRight(["m1/q1", "m1/q2"])),
        (id: "b2", title: "b2-title", description: "b2-desc", rule: Mastery(module: "m2", at_least: 80)),
        (id: "b3", title: "b3-title", description: "b3-desc", rule: ModulesCompleted(["m1"])),
    ])"#;
    const MODULE: &str = r#"(
        pages: [(id: "p1", title: "p1-title", body: ["p1-body"], illustration: Some(Scar(Boxcar)), sources: ["SRC"])],
        quiz: [
            (id: "q1", prompt: "q1-prompt", kind: SingleChoice(choices: [
                (text: "q1-a", correct: true),
                (text: "q1-b", correct: false),
            ]), explanation: "q1-why", sources: ["SRC"]),
            (id: "q2", prompt: "q2-prompt", kind: TrueFalse(answer: false), explanation: "q2-why", sources: ["SRC"]),
        ],
    )"#;

    fn files(module: &str) -> BTreeMap<String, String> {
        [
            (MODULE_INDEX_PATH, INDEX),
            (SOURCES_PATH, SOURCES),
            (BADGES_PATH, BADGES),
            ("content/m1.ron", module),
        ]
        .into_iter()
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
        .collect()
    }

    fn any_message(_: &str) -> bool {
        true
    }

    fn errors_of(module: &str) -> Vec<ContentError> {
        ContentLibrary::from_files(&files(module), any_message).unwrap_err()
    }

    #[test]
    fn valid_content_loads() {
        let library = ContentLibrary::from_files(&files(MODULE), any_message).unwrap();
        assert_eq!(library.modules.len(), 2);
        assert!(library.modules[1].content.is_none());
        let content = library.modules[0].content.as_ref().unwrap();
        assert_eq!(content.quiz.len(), 2);
        assert_eq!(library.cited_sources().len(), 1);
        assert!(library.message_ids().contains("q1-b"));
    }

    #[test]
    fn broken_ron_names_file_line_and_column() {
        let broken = "(\n  pages: [\n    (id: \"p1\" title: \"x\"),\n  ],\n)";
        let errors = errors_of(broken);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].file, "content/m1.ron");
        let (line, _) = errors[0].position.unwrap();
        assert_eq!(line, 3, "{}", errors[0]);
        assert!(errors[0].to_string().starts_with("content/m1.ron:3:"));
    }

    #[test]
    fn unknown_field_is_named() {
        let errors =
            errors_of(&MODULE.replace("body: [\"p1-body\"]", "body: [\"p1-body\"], colour: 3"));
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("colour"), "{}", errors[0]);
        assert!(errors[0].position.is_some());
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
    fn unknown_source_tag_and_missing_file_are_reported() {
        let errors = errors_of(&MODULE.replace("sources: [\"SRC\"])]", "sources: [\"NOPE\"])]"));
        assert!(errors[0].message.contains("\"NOPE\""), "{errors:?}");

        let mut missing = files(MODULE);
        missing.remove("content/m1.ron");
        let errors = ContentLibrary::from_files(&missing, any_message).unwrap_err();
        assert_eq!(errors[0].file, "content/m1.ron");
        assert!(errors[0].message.contains("missing"));
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
        let library = ContentLibrary::from_files(&files(MODULE), any_message).unwrap();
        assert_eq!(library.badges.len(), 3);
        assert_eq!(
            library.item("m1/q2").map(|(m, q)| (m, q.id.as_str())),
            Some(("m1", "q2"))
        );
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

    /// Fuzz cases for the quiz item parser; the closing note of the quiz issue reports them.
    const CONTENT_FUZZ_CASES: u32 = 2000;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(CONTENT_FUZZ_CASES))]

        #[test]
        fn edited_module_files_load_or_report_never_a_panic(
            cut in 0usize..2000,
            len in 0usize..12,
            insert in "[A-Za-z0-9:(),\\[\\]\" _-]{0,8}",
        ) {
            let chars: Vec<char> = MODULE.chars().collect();
            let cut = cut % (chars.len() + 1);
            let end = (cut + len).min(chars.len());
            let edited: String = chars[..cut]
                .iter()
                .chain(insert.chars().collect::<Vec<_>>().iter())
                .chain(chars[end..].iter())
                .collect();
            match ContentLibrary::from_files(&files(&edited), any_message) {
                Ok(library) => {
                    // Whatever loads keeps the rules validation promises.
                    for item in library.modules.iter().filter_map(|m| m.content.as_ref()).flat_map(|c| &c.quiz) {
                        proptest::prop_assert!(kind_problem(&item.kind).is_none());
                        proptest::prop_assert!(!item.sources.is_empty());
                    }
                }
                Err(errors) => proptest::prop_assert!(!errors.is_empty()),
            }
        }

        #[test]
        fn any_module_text_loads_or_reports(text in ".{0,200}") {
            let _ = ContentLibrary::from_files(&files(&text), any_message);
        }
    }
}
