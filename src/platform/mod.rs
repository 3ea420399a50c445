//! Fitting the app to the platform it runs on: keeping reactive rendering idle, the phone's
//! data folder and safe area (`mobile`), and the desktop screen reader's requests
//! (`screen_reader`).
//!
//! `bevy_egui` 0.42 feeds egui a `ModifiersChanged` event on every frame, changed or not, and
//! egui 0.36 asks for an immediate repaint whenever a frame has input events. Together they
//! keep a "redraw only when needed" app drawing non-stop (both cores busy on an idle title
//! screen). Dropping the events that repeat the modifiers egui already knows restores idling;
//! real changes still go through.

use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiInputSet, EguiPreUpdateSet, egui};

pub mod browser;
pub mod mobile;
pub mod reader;
pub mod screen_reader;
pub mod shutdown;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod web_address;
#[cfg(target_arch = "wasm32")]
mod web_app;
pub mod window_size;

pub(super) fn plugin(app: &mut App) {
    let options = app
        .world()
        .resource::<crate::launch::LaunchOptions>()
        .clone();
    let safe_area = options
        .safe_area
        .unwrap_or(if options.mobile && cfg!(target_os = "ios") {
            mobile::SafeArea::IOS_PORTRAIT
        } else {
            mobile::SafeArea::default()
        });
    app.add_plugins((
        shutdown::plugin,
        window_size::plugin,
        reactive_egui_plugin,
        screen_reader::plugin,
    ));
    app.insert_resource(safe_area).add_systems(
        bevy_egui::EguiPrimaryContextPass,
        mobile::share_safe_area.before(crate::state::ScreenViews),
    );
    #[cfg(target_os = "android")]
    app.add_systems(PreUpdate, mobile::read_platform_insets);
}

/// What a reactive Bevy + `bevy_egui` app needs to idle and still draw every click: the
/// repeated modifier events dropped, and the loop kept running while redraws are asked for.
/// Public so that the benchmark's bare baseline (`examples/baseline.rs`) can run in the same
/// reactive mode as Scarwise.
pub fn reactive_egui_plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiInputSet::WriteEguiEvents)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Last, run_on_while_asked.after(crate::state::ScreenUpdates));
}

/// Frames to keep running after the last request for one.
const BUSY_FRAMES: u8 = 3;

/// Keeps the loop running for a few frames whenever anything asks for a redraw (an action on
/// its way, egui repainting, an animation), then goes back to redraw-on-input.
///
/// In Bevy 0.19's reactive mode a `RequestRedraw` written during an update can be missed
/// (bevy#16817), most visibly in the browser: a click's action was applied but its result
/// was not drawn until the next input. Switching to continuous updates while requests keep
/// coming, and back once they stop, makes every click show its result at once and still
/// leaves an idle screen at zero frames.
fn run_on_while_asked(
    mut requests: MessageReader<bevy::window::RequestRedraw>,
    mut settings: ResMut<bevy::winit::WinitSettings>,
    mut idle: Local<Option<bevy::winit::WinitSettings>>,
    mut busy: Local<u8>,
) {
    let asked = requests.read().count() > 0;
    if asked {
        *busy = BUSY_FRAMES;
        if idle.is_none() {
            *idle = Some(settings.clone());
            settings.focused_mode = bevy::winit::UpdateMode::Continuous;
            settings.unfocused_mode = bevy::winit::UpdateMode::Continuous;
        }
    } else if *busy > 0 {
        *busy -= 1;
    } else if let Some(restore) = idle.take() {
        *settings = restore;
    }
}

fn drop_repeated_modifiers(
    mut inputs: Query<&mut EguiInput>,
    mut last: Local<Option<egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        keep_modifier_changes(&mut input.events, &mut last);
    }
}

/// Removes `ModifiersChanged` events that repeat the last modifiers seen.
pub fn keep_modifier_changes(events: &mut Vec<egui::Event>, last: &mut Option<egui::Modifiers>) {
    events.retain(|event| match event {
        egui::Event::ModifiersChanged(modifiers) => {
            let changed = *last != Some(*modifiers);
            *last = Some(*modifiers);
            changed
        }
        _ => true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_modifier_changes_reach_egui() {
        let mut last = None;
        let none = egui::Event::ModifiersChanged(egui::Modifiers::NONE);
        let shift = egui::Event::ModifiersChanged(egui::Modifiers::SHIFT);
        let key = egui::Event::Text("a".into());

        let mut first = vec![none.clone()];
        keep_modifier_changes(&mut first, &mut last);
        assert_eq!(
            first,
            std::slice::from_ref(&none),
            "the first state is news"
        );

        let mut idle = vec![none.clone()];
        keep_modifier_changes(&mut idle, &mut last);
        assert!(
            idle.is_empty(),
            "an idle frame has no events, so egui can rest"
        );

        let mut typing = vec![shift.clone(), key.clone(), none.clone()];
        keep_modifier_changes(&mut typing, &mut last);
        assert_eq!(typing, [shift, key, none], "changes and other events pass");
    }
}
