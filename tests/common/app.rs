//! Building the apps the tests drive, and driving them: the whole app headless (no window
//! and no renderer, but egui lays out every screen and answers input) or its core alone
//! (flow, content, progress; no UI); frames, actions, the screen shown and its words.

use std::path::PathBuf;
use std::time::Duration;

use bevy::asset::{AssetMetaCheck, AssetPlugin};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContext, egui};

use scarwise::i18n::Localizer;
use scarwise::state::Screen;
use scarwise::{CorePlugin, LaunchOptions, build_app};

use super::reader;

/// The shipped assets folder.
pub fn shipped_assets() -> String {
    format!("{}/assets", env!("CARGO_MANIFEST_DIR"))
}

/// A path of its own for one test, in the temp folder, with nothing there yet.
pub fn temp_path(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("scarwise-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    let _ = std::fs::remove_file(&path);
    path
}

/// An empty folder of its own for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = temp_path(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The core app (no UI) on the assets in `assets`, not run yet (see [`wait_for_loading`]):
/// actions in, state out.
pub fn core_app(options: LaunchOptions, assets: &str) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin {
            file_path: assets.to_owned(),
            meta_check: AssetMetaCheck::Never,
            ..default()
        },
    ))
    .add_plugins(CorePlugin(options));
    app
}

/// The core app on the shipped content, past loading.
pub fn loaded_core_app(options: LaunchOptions) -> App {
    let mut app = core_app(options, &shipped_assets());
    wait_for_loading(&mut app);
    app
}

/// The core app on the shipped content that keeps progress in memory, past loading.
pub fn loaded_memory_app() -> App {
    loaded_core_app(LaunchOptions {
        memory_only: true,
        ..default()
    })
}

/// Runs frames until content has loaded (asset loading is asynchronous).
pub fn wait_for_loading(app: &mut App) {
    assert!(
        run_until(app, 2000, |app| screen(app) != Screen::Loading),
        "content never finished loading"
    );
}

/// Runs frames until `done` (at most `frames` of them, a moment apart: assets load on other
/// threads); whether it came.
pub fn run_until(app: &mut App, frames: usize, done: impl Fn(&App) -> bool) -> bool {
    for _ in 0..frames {
        app.update();
        if done(app) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    false
}

/// The whole app without a window (`options.headless` is set here), with the screen-reader
/// tree turned on and captured ([`reader`]); built, not run yet.
pub fn headless_build(options: LaunchOptions) -> App {
    let mut app = build_app(LaunchOptions {
        headless: true,
        test_hook: true,
        ..options
    });
    reader::capture(&mut app);
    app.finish();
    app.cleanup();
    app
}

/// The whole app headless in `locale`, on a 1280x800 window, loaded and drawn.
pub fn headless_app(locale: &str) -> App {
    headless_app_sized(locale, (1280, 800))
}

/// A headless app with a window of `size` logical pixels (e.g. a phone's 390x844).
pub fn headless_app_sized(locale: &str, size: (u32, u32)) -> App {
    headless_app_with(LaunchOptions {
        memory_only: true,
        locale: Some(locale.to_owned()),
        window: Some(size),
        seed: Some(7),
        ..default()
    })
}

/// A headless app launched with `options`, loaded and drawn.
pub fn headless_app_with(options: LaunchOptions) -> App {
    let mut app = headless_build(options);
    let drawn = run_until(&mut app, 3000, |app| {
        screen(app) != Screen::Loading && !reader::widgets(app).is_empty()
    });
    if !drawn {
        let contexts = app
            .world_mut()
            .query::<&EguiContext>()
            .iter(app.world())
            .count();
        panic!(
            "the app never finished loading: on {:?}, {contexts} egui context(s), {} named widget(s)",
            screen(&app),
            reader::widgets(&app).len()
        );
    }
    app
}

/// Writes an action (a message a view writes, as a click would) without running a frame:
/// the one place the tests write actions.
pub fn send(app: &mut App, action: impl Message) {
    app.world_mut().write_message(action);
}

/// Writes an action and runs frames for it and the state change it causes to apply.
pub fn act(app: &mut App, action: impl Message) {
    send(app, action);
    frames(app, 2);
}

pub fn frames(app: &mut App, count: usize) {
    for _ in 0..count {
        app.update();
    }
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// The message `id` in the app's language.
pub fn t(app: &App, id: &str) -> String {
    app.world().resource::<Localizer>().t(id)
}

/// The app's language now.
pub fn locale(app: &App) -> String {
    app.world().resource::<Localizer>().current().to_string()
}

pub fn primary_window(app: &mut App) -> Entity {
    app.world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>()
        .single(app.world())
        .expect("a primary window")
}

/// The window's height in logical pixels.
pub fn window_height(app: &mut App) -> f64 {
    let window = app
        .world_mut()
        .query_filtered::<&Window, With<PrimaryWindow>>()
        .single(app.world())
        .expect("a primary window");
    f64::from(window.height())
}

/// The headless app's one egui context.
pub fn egui_context(app: &mut App) -> egui::Context {
    let mut contexts = app.world_mut().query::<&mut EguiContext>();
    contexts
        .single_mut(app.world_mut())
        .expect("one egui context")
        .get_mut()
        .clone()
}
