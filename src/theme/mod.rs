//! The look of every screen: a calm clinical palette, large text and touch-sized controls.
//!
//! `palette` holds the colours and how a view finds the one in use (`Palette::of`), `style`
//! the egui style built from them and the system applying it, `fonts` the typefaces, and
//! `widgets` the building blocks views draw with.

use bevy::prelude::*;
use bevy_egui::EguiPrimaryContextPass;

#[cfg(target_arch = "wasm32")]
mod chinese_font;
mod fonts;
mod palette;
mod style;
pub mod widgets;

pub use fonts::{BOLD, bold, fonts, fonts_with_chinese};
pub use palette::{Accent, Palette, c, clinic_palette, contrast_ratio, relative_luminance};
pub use style::{patient_input, style};
pub use widgets::{describe_picture, name_control};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        style::install_fonts
            .after(bevy_egui::EguiPreUpdateSet::InitContexts)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    )
    .add_systems(
        EguiPrimaryContextPass,
        style::apply_style.before(crate::state::ScreenViews),
    );
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(chinese_font::plugin);
}

/// Body text size in points at text scale 1 (the floor is 18 px).
pub const BODY_SIZE: f32 = 20.0;
/// Minimum height and width of anything tappable (WCAG target size, Apple and Android guides).
pub const TARGET_SIZE: f32 = 48.0;
/// Widest a column of reading text gets, in points.
pub const READING_WIDTH: f32 = 760.0;
