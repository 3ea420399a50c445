//! Broken content reaches the error screen, with the file and the position of each error.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::common::app::{
    core_app, headless_build, screen, shipped_assets, t, temp_path, wait_for_loading,
};
use crate::common::reader;
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

/// The shipped content files as the browser's page hands them over (paths relative to
/// `assets/`), with `edit` applied to the bytes of `file`.
fn at_hand(file: &str, edit: impl Fn(Vec<u8>) -> Vec<u8>) -> scarwise::content::ContentAtHand {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(Path::new(&shipped_assets()).join("content")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let bytes = std::fs::read(&path).unwrap();
        let bytes = if name == file { edit(bytes) } else { bytes };
        files.push((format!("content/{name}"), bytes));
    }
    scarwise::content::ContentAtHand(files)
}

/// A core app whose asset folder is empty: content comes only from what is at hand.
fn app_with_at_hand(name: &str, files: scarwise::content::ContentAtHand) -> App {
    let empty = temp_path(name);
    std::fs::create_dir_all(&empty).unwrap();
    let mut app = core_app(
        LaunchOptions {
            memory_only: true,
            ..default()
        },
        empty.to_str().unwrap(),
    );
    app.insert_resource(files);
    app
}

#[test]
fn content_at_hand_is_read_at_once_without_the_asset_server() {
    let mut app = app_with_at_hand("at-hand", at_hand("", |b| b));
    // The asset server's two round trips take several frames; files at hand are read before
    // the first frame, which then shows the title.
    app.update();
    assert_ne!(
        screen(&app),
        Screen::Loading,
        "content at hand was not read before the first frame"
    );
    assert_eq!(screen(&app), Screen::Title);
    let content = app.world().resource::<scarwise::content::Content>();
    assert_eq!(content.modules.len(), 5);
    assert!(
        app.world()
            .resource::<scarwise::content::ContentAtHand>()
            .0
            .is_empty(),
        "taken, not kept twice"
    );
}

#[test]
fn the_whole_app_draws_its_title_in_its_first_frame_from_content_at_hand() {
    // As in the browser: egui, every view and the fonts, with the lesson files handed over.
    let mut app = headless_build(LaunchOptions {
        memory_only: true,
        locale: Some("en".into()),
        window: Some((390, 844)),
        ..default()
    });
    app.insert_resource(at_hand("", |b| b));
    // The first frame lays out the title (with its bold heading: the fonts are in by then).
    app.update();
    assert_eq!(screen(&app), Screen::Title);
    // The screen reader's tree follows a frame behind.
    for _ in 0..2 {
        app.update();
    }
    let start = t(&app, "title-start");
    assert!(
        reader::widgets(&app).iter().any(|w| w.name == start),
        "the title shows {start:?}"
    );
}

#[test]
fn content_at_hand_that_is_not_text_is_named_on_the_error_screen() {
    let mut app = app_with_at_hand(
        "at-hand-binary",
        at_hand("downtime.ron", |mut b| {
            b.insert(0, 0xff);
            b
        }),
    );
    wait_for_loading(&mut app);
    assert_eq!(screen(&app), Screen::ContentError);
    let errors: Vec<String> = app
        .world()
        .resource::<scarwise::content::ContentErrors>()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("content/downtime.ron") && e.contains("UTF-8")),
        "{errors:?}"
    );
}
