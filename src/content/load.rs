//! Reading the content files into a [`ContentLibrary`]: where they are, parsing each into the
//! model, and reporting a file that is missing or does not parse with its line and column.
//!
//! Everything here is plain Rust so that tests and tools can load content without an app.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::library::{ContentLibrary, Module};
use super::model::{BadgeIndex, ModuleContent, ModuleIndex, SourceIndex};
use super::validate::Checker;

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

impl ContentLibrary {
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

/// Reads every `.ron` file of `assets/content/` under `assets` into the map
/// [`ContentLibrary::from_files`] takes (for tools and tests; the app reads through Bevy's
/// asset server). A folder or file that cannot be read is named in the error.
pub fn read_content_files(assets: &Path) -> Result<BTreeMap<String, String>, String> {
    let dir = assets.join(CONTENT_DIR);
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files = BTreeMap::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "ron") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            files.insert(format!("{CONTENT_DIR}/{name}"), text);
        }
    }
    Ok(files)
}

impl ContentLibrary {
    /// Reads and validates the content under the `assets` folder (for tools: the app reads
    /// through Bevy's asset server). The error lists every problem, one per line.
    pub fn read_dir(assets: &Path, has_message: impl Fn(&str) -> bool) -> Result<Self, String> {
        let files = read_content_files(assets)?;
        ContentLibrary::from_files(&files, has_message).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            format!("the content has problems:\n{}", lines.join("\n"))
        })
    }
}

/// Where a module's content file lives, relative to `assets/`.
pub fn module_content_path(file: &str) -> String {
    format!("{CONTENT_DIR}/{file}")
}

/// The file at `path` parsed as a `T`, or `None` with the reason pushed onto `errors`: the
/// file is missing, or RON's own message at the line and column where parsing stopped.
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

#[cfg(test)]
mod tests {
    use super::super::fixture::{MODULE, any_message, errors_of, files};
    use super::super::validate::kind_problem;
    use super::*;

    #[test]
    fn valid_content_loads() {
        let library = ContentLibrary::from_files(&files(MODULE), any_message).unwrap();
        assert_eq!(library.modules.len(), 2);
        assert!(library.modules[1].content.is_none());
        let content = library.modules[0].content.as_ref().unwrap();
        assert_eq!(content.quiz.len(), 2);
        assert_eq!(library.cited_sources().len(), 1);
        assert!(library.message_ids().contains("q1-b"));
        assert_eq!(library.badges.len(), 3);
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
    fn missing_file_is_reported() {
        let mut missing = files(MODULE);
        missing.remove("content/m1.ron");
        let errors = ContentLibrary::from_files(&missing, any_message).unwrap_err();
        assert_eq!(errors[0].file, "content/m1.ron");
        assert!(errors[0].message.contains("missing"));
        assert_eq!(
            errors[0].to_string(),
            "content/m1.ron: the file is missing or could not be read"
        );
    }

    #[test]
    fn module_files_are_found_under_the_content_folder() {
        assert_eq!(module_content_path("m1.ron"), "content/m1.ron");
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
