//! The screenshot tour: walks every screen of the journey in every shipped language with the
//! app's own actions, saves a PNG of each, and fails if any comes out blank.
//!
//! `script` says what to show, `runner` plays it frame by frame, `capture` takes, checks and
//! saves the pictures, `atlas` tells the frames egui draws nothing in.

mod atlas;
mod capture;
mod runner;
mod script;

pub use capture::blank_fraction;

use bevy::prelude::*;
use bevy::winit::WinitSettings;

/// The tour's today, so the treatment companion's pictures are the same every run: day 2
/// after the third of the sessions `script` enters.
pub const TOUR_TODAY: (i32, u32, u32) = (2026, 12, 2);

pub(super) fn plugin(app: &mut App) {
    let (y, m, d) = TOUR_TODAY;
    if let Some(date) = chrono::NaiveDate::from_ymd_opt(y, m, d) {
        app.insert_resource(crate::companion::LocalToday::pinned(date));
    }
    app.insert_resource(WinitSettings::continuous())
        .init_resource::<runner::Tour>()
        .init_resource::<atlas::FontAtlas>()
        .add_systems(
            Update,
            (atlas::watch, runner::run_tour)
                .chain()
                .after(crate::state::AppSystems::Navigate),
        );
}
