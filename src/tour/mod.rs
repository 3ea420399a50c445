//! The screenshot tour: walks every screen of the journey in English and Spanish with the
//! app's own actions, saves a PNG of each, and fails if any comes out blank.
//!
//! `script` says what to show, `runner` plays it frame by frame, `capture` takes, checks and
//! saves the pictures.

mod capture;
mod runner;
mod script;

pub use capture::blank_fraction;

use bevy::prelude::*;
use bevy::winit::WinitSettings;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::continuous())
        .init_resource::<runner::Tour>()
        .add_systems(
            Update,
            runner::run_tour.after(crate::state::AppSystems::Navigate),
        );
}
