//! Scarwise: a gamified patient-education app about acne scars and picosecond laser treatment.
//!
//! [`AppPlugin`] builds the whole app; [`CorePlugin`] is the part without a window (content,
//! languages, quiz, progress and the screen flow), which the headless tests drive.

pub mod audio;
#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
pub mod clinic;
pub mod consult;
pub mod content;
pub mod i18n;
pub mod illustration;
pub mod platform;
pub mod progress;
pub mod quiz;
pub mod scenes;
pub mod screens;
pub mod settings;
pub mod theme;
#[cfg(not(target_arch = "wasm32"))]
pub mod tour;

use std::path::PathBuf;

use bevy::asset::AssetMetaCheck;
use bevy::prelude::*;
use bevy::winit::WinitSettings;

/// How the app was started: the desktop command line, or defaults on mobile and web.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct LaunchOptions {
    /// A language asked for by name (`--locale`); overrides the saved setting.
    pub locale: Option<String>,
    /// The system's preferred languages, most preferred first.
    pub system_locales: Vec<String>,
    /// Where the save file lives; `None` uses the platform's data folder.
    pub data_dir: Option<PathBuf>,
    /// Keep progress in memory only, writing nothing to disk.
    pub memory_only: bool,
    /// Logical window size.
    pub window: Option<(u32, u32)>,
    /// Seed for shuffling quiz items; random when `None`.
    pub seed: Option<u64>,
    /// Render every screen, save screenshots into this folder and quit.
    pub tour: Option<PathBuf>,
    /// A shorter tour: English only, one state per scene (for extra window sizes).
    pub tour_brief: bool,
    /// Where the consultation summary is saved; `None` uses the Documents folder.
    pub export_dir: Option<PathBuf>,
    /// Run as a waiting-room kiosk (also set by the clinic config).
    pub kiosk: bool,
    /// The clinic's config file.
    pub config: Option<PathBuf>,
    /// The clinic's config as text, when the platform hands it over instead of a file (the
    /// browser page fetches `clinic.ron` beside itself), and its logo's bytes.
    pub config_text: Option<String>,
    pub logo_bytes: Option<Vec<u8>>,
    /// Running on a phone: redraw only on touch (even less often in the background), keep
    /// content inside the safe area, save when the app is sent to the background.
    pub mobile: bool,
    /// Room to leave at the screen edges for notches and system bars (`--safe-area`);
    /// `None` uses what the platform reports (Android) or a default (iOS: 47 top, 34 bottom).
    pub safe_area: Option<platform::mobile::SafeArea>,
    /// Keep a snapshot of the screen-reader tree (names, roles, rectangles) for a test to
    /// read: the browser test (`?test=1`) finds widgets by name through it.
    pub test_hook: bool,
    /// Ask at the start whether to forget the saved progress (the browser's `?reset=1`):
    /// Settings opens with its reset confirmation; nothing is forgotten unless confirmed.
    pub ask_reset: bool,
    /// No window and no renderer, but the whole UI: for tests that drive the app through
    /// egui with keyboard or touch input and read its accessibility tree.
    pub headless: bool,
}

/// Order of work inside a frame. Views turn input into [`screens::Action`]s while egui runs
/// (after `Update`); the next frame applies them here, and whatever reacts runs after.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Applying actions and everything that follows from them.
    Update,
}

/// Everything but the window: what the headless tests run.
pub struct CorePlugin(pub LaunchOptions);

impl Plugin for CorePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(self.0.clone()).add_plugins((
            settings::plugin,
            clinic::plugin,
            i18n::plugin,
            progress::plugin,
            content::plugin,
            quiz::plugin,
            consult::plugin,
            scenes::plugin,
            screens::plugin,
        ));
    }
}

/// The whole app with its window, renderer and UI.
pub struct AppPlugin(pub LaunchOptions);

impl Plugin for AppPlugin {
    fn build(&self, app: &mut App) {
        let (width, height) = self.0.window.unwrap_or((1280, 800));
        let kiosk = self.0.kiosk || clinic::Clinic::read_config(&self.0).0.kiosk;
        let mut window = Window {
            title: "Scarwise".to_owned(),
            resolution: bevy::window::WindowResolution::new(width, height),
            canvas: Some("#scarwise-canvas".to_owned()),
            prevent_default_event_handling: true,
            ..default()
        };
        // In the browser the page sizes the canvas's container and the canvas follows it.
        window.fit_canvas_to_parent = cfg!(target_arch = "wasm32");
        if kiosk && self.0.window.is_none() {
            // Locking down the operating system is the clinic's job (see the README); the app
            // fills the screen and offers no way out but the admin PIN.
            window.mode = bevy::window::WindowMode::BorderlessFullscreen(
                bevy::window::MonitorSelection::Primary,
            );
            // No title bar either: a compositor that does not grant fullscreen (a kiosk
            // shell that only maximises) would otherwise take its height from the drawing.
            window.decorations = false;
            // A frame never waits for the display: under a Wayland kiosk shell a surface
            // that is not shown yet gets no frame callbacks, and a vsync'd present would
            // wait for one for ever (the kiosk stayed black under cage).
            window.present_mode = bevy::window::PresentMode::AutoNoVsync;
        }
        let plugins = DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(window),
                close_when_requested: !kiosk,
                exit_condition: if kiosk {
                    bevy::window::ExitCondition::DontExit
                } else {
                    bevy::window::ExitCondition::OnAllClosed
                },
                ..default()
            })
            .set(AssetPlugin {
                // Content has no .meta files; asking for them costs a request per asset
                // on the web and breaks on hosts that answer unknown paths with a page.
                meta_check: AssetMetaCheck::Never,
                ..default()
            });
        if self.0.headless {
            // Bevy creates no render world without a graphics backend; egui still lays out
            // every screen and answers input.
            app.add_plugins(
                plugins
                    .disable::<bevy::winit::WinitPlugin>()
                    .set(bevy::render::RenderPlugin {
                        render_creation: bevy::render::settings::WgpuSettings {
                            backends: None,
                            ..default()
                        }
                        .into(),
                        ..default()
                    }),
            );
        } else {
            app.add_plugins(plugins);
        }
        app.add_plugins(bevy_egui::EguiPlugin::default())
            // Redraw only on input or when something moves: an idle screen costs next to nothing.
            .insert_resource(if self.0.mobile {
                WinitSettings::mobile()
            } else if kiosk {
                // A kiosk's clock must tick whether or not its window has the focus (a kiosk
                // shell may never give it): the idle warning and the wipe run on frames.
                let mode = bevy::winit::UpdateMode::reactive(std::time::Duration::from_secs(1));
                WinitSettings {
                    focused_mode: mode,
                    unfocused_mode: mode,
                }
            } else {
                WinitSettings::desktop_app()
            })
            .insert_resource(ClearColor(theme::Palette::LIGHT.background_color()))
            .add_plugins(CorePlugin(self.0.clone()))
            .add_plugins((
                theme::plugin,
                screens::ui_plugin,
                illustration::plugin,
                scenes::ui_plugin,
                audio::plugin,
                platform::plugin,
            ))
            .add_systems(Startup, spawn_camera);
        if self.0.test_hook {
            app.add_plugins(platform::reader::plugin);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            app.add_plugins(bench::plugin);
            if self.0.tour.is_some() {
                app.add_plugins(tour::plugin);
            }
        }
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}

/// Builds the app from launch options.
pub fn build_app(options: LaunchOptions) -> App {
    let mut app = App::new();
    app.add_plugins(AppPlugin(options));
    app
}

/// Runs the phone app: called from the `scarwise-mobile` library (`mobile/`), which Android's
/// `GameActivity` and the iOS app start. Progress goes to the app's own data folder.
pub fn run_mobile() {
    let options = LaunchOptions {
        system_locales: sys_locale::get_locales().collect(),
        data_dir: platform::mobile::data_dir(),
        mobile: true,
        ..default()
    };
    build_app(options).run();
}
