//! Scarwise: a gamified patient-education app about acne scars and picosecond laser treatment.
//!
//! [`AppPlugin`] builds the whole app; [`CorePlugin`] is the part without a window (content,
//! languages, quiz, progress and the screen flow), which the headless tests drive.

// Ground: imports nothing above it (see README, "How the code is laid out", and tests/layers.rs).
pub mod clinic;
pub mod content;
pub mod i18n;
pub mod js;
pub mod launch;
pub mod notices;
pub mod settings;
pub mod state;
pub mod theme;
pub mod visit;
// Capabilities: never import `screens`.
pub mod audio;
pub mod companion;
pub mod consult;
pub mod illustration;
pub mod kiosk;
pub mod lesson;
pub mod progress;
pub mod quiz;
pub mod read_aloud;
pub mod scenes;
pub mod webapp;
// App flow: the views and navigation.
pub mod screens;
// Top.
pub mod bench;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod tour;

pub use launch::LaunchOptions;
pub use state::AppSystems;

use bevy::asset::AssetMetaCheck;
use bevy::prelude::*;
use bevy::winit::WinitSettings;

/// Everything but the window: what the headless tests run.
pub struct CorePlugin(pub LaunchOptions);

impl Plugin for CorePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(self.0.clone())
            // Every system set is configured here, once: capabilities apply their messages,
            // then navigation moves the screen; outside a kiosk no visit ends, so nothing of a
            // visitor is ever forgotten.
            .configure_sets(Update, (AppSystems::Apply, AppSystems::Navigate).chain())
            // Also once before the first frame, so content already at hand (the browser's)
            // opens the first screen in frame 0.
            .configure_sets(
                PostStartup,
                (AppSystems::Apply, AppSystems::Navigate).chain(),
            )
            .configure_sets(
                PostUpdate,
                visit::VisitSystems::Forget.run_if(clinic::kiosk_on),
            )
            .add_plugins((
                settings::plugin,
                notices::plugin,
                clinic::plugin,
                i18n::plugin,
                content::plugin,
                progress::plugin,
                lesson::plugin,
                quiz::plugin,
                read_aloud::plugin,
                consult::plugin,
                scenes::plugin,
                companion::plugin,
                kiosk::plugin,
                webapp::plugin,
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
                audio::plugin,
                platform::plugin,
            ))
            .add_systems(Startup, spawn_camera);
        if self.0.test_hook {
            app.add_plugins(platform::reader::plugin);
        }
        app.add_plugins(bench::plugin);
        #[cfg(not(target_arch = "wasm32"))]
        {
            if self.0.tour.is_some() {
                app.add_plugins(tour::plugin);
            }
        }
    }
}

fn spawn_camera(mut commands: Commands) {
    // Everything is drawn by egui, which softens its own edges and never multisamples: a
    // multisampled target would cost memory and a resolve every frame for nothing.
    commands.spawn((Name::new("Camera"), Camera2d, bevy::render::view::Msaa::Off));
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
