//! Broken content reaches the error screen, with the file and the position of each error.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::common::app::{core_app, screen, shipped_assets, temp_path, wait_for_loading};
use scarwise::LaunchOptions;
use scarwise::state::Screen;

/// Copies the shipped assets into a temp folder, applying `edit` to one content file.
fn assets_with(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = temp_path(name);
    let content = dir.join("content");
    std::fs::create_dir_all(&content).unwrap();
    for entry in std::fs::read_dir(Path::new(&shipped_assets()).join("content")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = if path.file_name().unwrap() == file {
            edit(text)
        } else {
            text
        };
        std::fs::write(content.join(path.file_name().unwrap()), text).unwrap();
    }
    dir
}

fn content_errors(assets: &Path) -> Vec<String> {
    let mut app = core_app(
        LaunchOptions {
            memory_only: true,
            ..default()
        },
        assets.to_str().unwrap(),
    );
    wait_for_loading(&mut app);
    assert_eq!(screen(&app), Screen::ContentError);
    app.world()
        .resource::<scarwise::content::ContentErrors>()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn broken_content_shows_the_error_screen_with_file_and_position() {
    let cases: [(&str, &str, fn(String) -> String, &str); 5] = [
        (
            "broken-ron",
            "scar-types.ron",
            |t| t.replacen("),", ")", 3),
            "content/scar-types.ron:",
        ),
        (
            "unknown-field",
            "modules.ron",
            |t| t.replacen("summary:", "sumary:", 1),
            "sumary",
        ),
        (
            "no-correct-answer",
            "scar-types.ron",
            |t| t.replace("correct: true", "correct: false"),
            "exactly one correct choice, it has 0",
        ),
        (
            "dangling-id",
            "modules.ron",
            |t| t.replace("module-downtime-title", "module-downtime-titel"),
            "\"module-downtime-titel\" is not defined",
        ),
        (
            "missing-file",
            "modules.ron",
            |t| t.replace("scar-types.ron", "no-such-file.ron"),
            "no-such-file.ron",
        ),
    ];
    for (name, file, edit, expected) in cases {
        let assets = assets_with(name, file, edit);
        let errors = content_errors(&assets);
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{name}: expected {expected:?} in {errors:#?}"
        );
        if name != "missing-file" {
            assert!(
                errors
                    .iter()
                    .any(|e| e.starts_with(&format!("content/{file}:"))
                        && e.split(':')
                            .nth(1)
                            .is_some_and(|l| l.parse::<usize>().is_ok())),
                "{name}: no file:line in {errors:#?}"
            );
        }
        std::fs::remove_dir_all(assets).unwrap();
    }
}
