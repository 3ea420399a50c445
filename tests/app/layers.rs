//! The house is one-way: each module under `src/` imports only from its own layer or the
//! layers below it, and no modules import each other in a circle. This test reads every
//! `crate::` path in `src/` (in `use` lines and inline), finds the module each names, and
//! fails on any import the table below forbids and on any cycle. README's "How the code is
//! laid out" shows the same table; the last test keeps the two the same.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import its own layer and the ones before it.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "ground",
        &[
            "state", "launch", "settings", "notices", "visit", "i18n", "theme", "content",
            "clinic", "js",
        ],
    ),
    (
        "capabilities",
        &[
            "progress",
            "lesson",
            "quiz",
            "consult",
            "companion",
            "illustration",
            "scenes",
            "audio",
            "read_aloud",
            "kiosk",
            "webapp",
        ],
    ),
    ("app flow", &["screens"]),
    ("top", &["platform", "tour", "bench"]),
];

/// One import of another module: where it is written, and the module it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Import {
    from: String,
    to: String,
    at: String,
}

/// The layer of a top-level module, by its place in [`LAYERS`].
fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

/// The top-level module a source file belongs to (`src/quiz/play.rs` -> `quiz`); `None` for
/// the crate root and the binaries, which sit above everything.
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_str()?;
    if parts.next().is_some() {
        return (first != "bin").then(|| first.to_owned());
    }
    let stem = first.strip_suffix(".rs")?;
    (!matches!(stem, "lib" | "main")).then(|| stem.to_owned())
}

/// Every module a file's text names through `crate::` (and, in a module's root file,
/// `super::`, which is the crate root there until an inline `mod x {` such as the tests
/// begins), with its line number. Comments are skipped.
fn imports_in(text: &str, is_module_root: bool) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    let mut super_is_root = is_module_root;
    for (index, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let words: Vec<&str> = code.split_whitespace().collect();
        if matches!(
            words.as_slice(),
            ["mod", _, "{", ..] | ["pub" | "pub(crate)", "mod", _, "{", ..]
        ) {
            super_is_root = false;
        }
        let mut prefixes = vec!["crate::"];
        if super_is_root {
            prefixes.push("super::");
        }
        for prefix in prefixes {
            let mut rest = code;
            while let Some(at) = rest.find(prefix) {
                let before = rest[..at].chars().last();
                rest = &rest[at + prefix.len()..];
                // `$crate::` and `mycrate::` are not this crate's paths.
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                    continue;
                }
                for name in named_modules(rest) {
                    found.push((name, index + 1));
                }
            }
        }
    }
    found
}

/// The first path segment after `crate::`: one name, or each name of a `{a::x, b}` group.
fn named_modules(rest: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    if let Some(group) = rest.strip_prefix('{') {
        let mut names = Vec::new();
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    names.push(ident(&group[start..i]));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    names.push(ident(&group[start..i]));
                    start = i + 1;
                }
                _ => {}
            }
        }
        names.retain(|n| !n.is_empty());
        names
    } else {
        vec![ident(rest)]
    }
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The imports between top-level modules in these files (`(path relative to src, text)`).
/// Imports of names defined in the crate root (`crate::LaunchOptions`) count as imports of
/// `lib`, which only the top may use.
fn imports(files: &[(PathBuf, String)], modules: &BTreeSet<String>) -> Vec<Import> {
    let mut all = Vec::new();
    for (relative, text) in files {
        let Some(from) = module_of(relative) else {
            continue;
        };
        let is_root = relative.components().count() == 1
            || relative.file_name().is_some_and(|n| n == "mod.rs")
                && relative.components().count() == 2;
        for (to, line) in imports_in(text, is_root) {
            let to = if modules.contains(&to) {
                to
            } else {
                "lib".to_owned()
            };
            if to != from {
                all.push(Import {
                    from: from.clone(),
                    to,
                    at: format!("src/{}:{line}", relative.display()),
                });
            }
        }
    }
    all.sort();
    all.dedup();
    all
}

/// Imports the table forbids: of a higher layer, of the crate root, or of a module the table
/// does not place (a new module must be given a layer).
fn forbidden(imports: &[Import]) -> Vec<String> {
    let mut problems = Vec::new();
    for import in imports {
        let (Some(from), Some(to)) = (layer_of(&import.from), layer_of(&import.to)) else {
            let unplaced = if layer_of(&import.from).is_none() {
                &import.from
            } else {
                &import.to
            };
            problems.push(format!(
                "{}: `{}` imports `{}`, and `{unplaced}` has no layer in tests/layers.rs",
                import.at, import.from, import.to
            ));
            continue;
        };
        if to > from {
            problems.push(format!(
                "{}: `{}` ({}) imports `{}` ({}), a layer above it",
                import.at, import.from, LAYERS[from].0, import.to, LAYERS[to].0
            ));
        }
    }
    problems
}

/// A circle of modules importing each other, if there is one (as `a -> b -> a`).
fn cycle(imports: &[Import]) -> Option<String> {
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for import in imports {
        edges.entry(&import.from).or_default().insert(&import.to);
    }
    fn visit<'a>(
        node: &'a str,
        edges: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<String> {
        if let Some(start) = path.iter().position(|n| *n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node);
            return Some(circle.join(" -> "));
        }
        if !done.insert(node) {
            return None;
        }
        path.push(node);
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|node| visit(node, &edges, &mut Vec::new(), &mut done))
}

/// The crate's source files, relative to `src/`, and its top-level modules.
fn source() -> (Vec<(PathBuf, String)>, BTreeSet<String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: Vec<(PathBuf, String)> = rust_files(&src)
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path.strip_prefix(&src).unwrap().to_owned(), text)
        })
        .collect();
    let modules = files
        .iter()
        .filter_map(|(relative, _)| module_of(relative))
        .collect();
    (files, modules)
}

#[test]
fn every_module_imports_only_its_layer_and_those_below() {
    let (files, modules) = source();
    for module in &modules {
        assert!(
            layer_of(module).is_some(),
            "src/{module} has no layer in tests/layers.rs (add it to LAYERS and README)"
        );
    }
    let imports = imports(&files, &modules);
    assert!(imports.len() > 50, "too few imports found: {imports:?}");
    let problems = forbidden(&imports);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let (files, modules) = source();
    let imports = imports(&files, &modules);
    if let Some(circle) = cycle(&imports) {
        let at: Vec<&str> = imports
            .iter()
            .filter(|i| circle.contains(&format!("{} -> {}", i.from, i.to)))
            .map(|i| i.at.as_str())
            .collect();
        panic!("import cycle: {circle}\nat {}", at.join(", "));
    }
}

/// A back edge planted in a copy of the real source is caught, by layer and as a cycle.
#[test]
fn a_planted_back_edge_is_caught() {
    let (mut files, modules) = source();
    assert!(cycle(&imports(&files, &modules)).is_none());
    let planted = (
        PathBuf::from("content/planted.rs"),
        "use bevy::prelude::*;\nfn f(_: crate::screens::CustomDraft) {}\n".to_owned(),
    );
    files.push(planted);
    let imports = imports(&files, &modules);
    let problems = forbidden(&imports);
    assert!(
        problems.iter().any(
            |p| p.starts_with("src/content/planted.rs:2: `content` (ground) imports `screens`")
        ),
        "{problems:?}"
    );
    assert!(
        cycle(&imports).is_some(),
        "screens imports content, so this is a cycle"
    );
    // A grouped import, a root item, and a module root's `super::` are seen too.
    let sneaky = [
        (
            "theme/x.rs",
            "use crate::{i18n::Localizer, quiz::QuizInput};",
        ),
        ("settings/mod.rs", "use super::LaunchOptions;"),
        ("state.rs", "fn f() -> crate::AppSystems { todo!() }"),
    ];
    for (path, text) in sneaky {
        let found = self::imports(&[(PathBuf::from(path), text.to_owned())], &modules);
        assert!(!forbidden(&found).is_empty(), "{path}: {found:?}");
    }
}

#[test]
fn readme_shows_the_same_layers() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("## How the code is laid out")
        .nth(1)
        .expect("README has a \"How the code is laid out\" section");
    let section = section.split("\n## ").next().unwrap_or(section);
    for (layer, modules) in LAYERS {
        let line = section
            .lines()
            .find(|l| l.starts_with(&format!("| {layer} |")))
            .unwrap_or_else(|| panic!("README's table has no row for {layer}"));
        let listed: BTreeSet<&str> = line
            .split('|')
            .nth(2)
            .unwrap_or("")
            .split(',')
            .map(|m| m.trim().trim_matches('`'))
            .filter(|m| !m.is_empty())
            .collect();
        let table: BTreeSet<&str> = modules.iter().copied().collect();
        assert_eq!(listed, table, "README's row for {layer}");
    }
}

/// Only navigation changes the screen. The tour and the bench (top layer, tools) may stage a
/// screen no click reaches in one run; nothing else may write `NextState<Screen>`.
#[test]
fn only_navigation_changes_the_screen() {
    const STAGING: &[&str] = &["tour/runner.rs", "bench/mod.rs"];
    let (files, _) = source();
    let writers: Vec<String> = files
        .iter()
        .filter(|(_, text)| {
            text.lines().any(|line| {
                let code = line.split("//").next().unwrap_or("");
                code.contains("ResMut<NextState<") && code.contains("Screen>>")
            })
        })
        .map(|(relative, _)| relative.display().to_string())
        .collect();
    assert!(
        writers.iter().any(|w| w == "screens/navigation.rs"),
        "{writers:?}"
    );
    let others: Vec<&String> = writers
        .iter()
        .filter(|w| *w != "screens/navigation.rs" && !STAGING.contains(&w.as_str()))
        .collect();
    assert!(
        others.is_empty(),
        "NextState<Screen> is written outside navigation: {others:?}"
    );
}
