//! The benchmark's baseline: a bare Bevy + `bevy_egui` window with the same Bevy features and
//! build profile as Scarwise. Like a default Bevy app it redraws continuously, unless
//! `scripts/bench.py` asks for Scarwise's reactive mode (`SCARWISE_BENCH_MODE=reactive`),
//! in which it idles with the same `bevy_egui` work-around as Scarwise.
//! Run by `scripts/bench.py` (natively) and `web/test/first-frame.mjs` (in the browser); on
//! its own: `cargo run --release --example baseline`.

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
        // As Scarwise's: an egui-only window needs no multisampling.
        commands.spawn((Camera2d, bevy::render::view::Msaa::Off));
    })
    .add_systems(EguiPrimaryContextPass, hello);
    // The benchmark's hooks (idle only when asked, its first usable frame); in the browser
    // build only the first frame is marked (`?bench=usable`).
    app.add_plugins((
        scarwise::platform::reactive_egui_plugin,
        scarwise::bench::plugin,
    ))
    .add_systems(
        EguiPrimaryContextPass,
        scarwise::bench::mark_usable.after(hello),
    );
    app.run();
}

fn hello(mut contexts: EguiContexts) -> Result {
    egui::Window::new("Baseline").show(contexts.ctx_mut()?, |ui| {
        ui.label("A bare Bevy + bevy_egui window.");
    });
    Ok(())
}
