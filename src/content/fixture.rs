//! Test only: a small valid set of content files (index, sources, badges, one module) that the
//! library, load and validate tests edit to break.

use std::collections::BTreeMap;

use super::library::ContentLibrary;
use super::load::{BADGES_PATH, ContentError, MODULE_INDEX_PATH, SOURCES_PATH};

pub const INDEX: &str = r#"(modules: [
    (id: "m1", title: "m1-title", summary: "m1-summary", content: Some("m1.ron")),
    (id: "m2", title: "m2-title", summary: "m2-summary"),
])"#;
pub const SOURCES: &str = r#"(sources: [(tag: "SRC", citation: "A. Author. A paper. 2001.")])"#;
pub const BADGES: &str = r#"(badges: [
    (id: "b1", title: "b1-title", description: "b1-desc", rule: ItemsRight(["m1/q1", "m1/q2"])),
    (id: "b2", title: "b2-title", description: "b2-desc", rule: Mastery(module: "m2", at_least: 80)),
    (id: "b3", title: "b3-title", description: "b3-desc", rule: ModulesCompleted(["m1"])),
])"#;
/// Module `m1`. Tests find things in it by line: keep its lines where they are.
pub const MODULE: &str = r#"(
        pages: [(id: "p1", title: "p1-title", body: ["p1-body"], illustration: Some(Scar(Boxcar)), sources: ["SRC"])],
        quiz: [
            (id: "q1", prompt: "q1-prompt", kind: SingleChoice(choices: [
                (text: "q1-a", correct: true),
                (text: "q1-b", correct: false),
            ]), explanation: "q1-why", sources: ["SRC"]),
            (id: "q2", prompt: "q2-prompt", kind: TrueFalse(answer: false), explanation: "q2-why", sources: ["SRC"]),
        ],
    )"#;

/// The fixture's files with `module` as the text of `content/m1.ron`.
pub fn files(module: &str) -> BTreeMap<String, String> {
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

/// Every message id is defined.
pub fn any_message(_: &str) -> bool {
    true
}

/// The problems found with `module` as `content/m1.ron`.
pub fn errors_of(module: &str) -> Vec<ContentError> {
    ContentLibrary::from_files(&files(module), any_message).unwrap_err()
}

/// The fixture loaded.
pub fn library() -> ContentLibrary {
    ContentLibrary::from_files(&files(MODULE), any_message).unwrap()
}
