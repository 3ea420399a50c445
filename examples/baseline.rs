//! The benchmark's baseline: a bare Bevy + `bevy_egui` window with the same Bevy features and
//! build profile as Scarwise, rendering as a default Bevy app does (continuously).
//! Run by `scripts/bench.py`; on its own: `cargo run --release --example baseline`.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Baseline".to_owned(),
            resolution: bevy::window::WindowResolution::new(1280, 800),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_systems(EguiPrimaryContextPass, hello);
    // The browser build of the baseline is only measured for size (`scripts/web-size.py`).
    #[cfg(not(target_arch = "wasm32"))]
    app.add_plugins(scarwise::bench::plugin);
    app.run();
}

fn hello(mut contexts: EguiContexts) -> Result {
    egui::Window::new("Baseline").show(contexts.ctx_mut()?, |ui| {
        ui.label("A bare Bevy + bevy_egui window.");
    });
    Ok(())
}
