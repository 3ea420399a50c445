//! The patient's preferences: language, text size, sound, reduced motion and high contrast.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Settings>();
}

/// Text size steps offered in Settings, as a multiple of the base size.
pub const TEXT_SCALES: [f32; 5] = [1.0, 1.25, 1.5, 1.75, 2.0];

#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// A language the patient picked; `None` follows the system.
    pub locale: Option<String>,
    pub text_scale: f32,
    pub sound: bool,
    pub reduced_motion: bool,
    /// Black on white with strong edges.
    pub high_contrast: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: None,
            text_scale: 1.0,
            sound: true,
            reduced_motion: false,
            high_contrast: false,
        }
    }
}

impl Settings {
    pub fn is_valid(&self) -> bool {
        (TEXT_SCALES[0]..=TEXT_SCALES[TEXT_SCALES.len() - 1]).contains(&self.text_scale)
    }
}
