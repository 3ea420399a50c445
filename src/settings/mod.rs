//! The patient's preferences: language, text size, sound, reduced motion, high contrast and
//! the read-aloud speed.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::state::AppSystems;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Settings>()
        .add_message::<SettingsEdit>()
        .add_systems(Update, apply_edits.in_set(AppSystems::Apply));
}

/// A change the patient makes in Settings. The language is applied by `i18n`, which owns the
/// text; the save follows every edit (`progress`).
#[derive(Message, Debug, Clone, PartialEq)]
pub enum SettingsEdit {
    Locale(String),
    TextScale(f32),
    Sound(bool),
    ReducedMotion(bool),
    HighContrast(bool),
    ReadingSpeed(ReadingSpeed),
}

fn apply_edits(mut edits: MessageReader<SettingsEdit>, mut settings: ResMut<Settings>) {
    for edit in edits.read() {
        match edit {
            // `i18n` picks the nearest shipped language and records it here.
            SettingsEdit::Locale(_) => {}
            SettingsEdit::TextScale(scale) => settings.text_scale = nearest_text_scale(*scale),
            SettingsEdit::Sound(on) => settings.sound = *on,
            SettingsEdit::ReducedMotion(on) => settings.reduced_motion = *on,
            SettingsEdit::HighContrast(on) => settings.high_contrast = *on,
            SettingsEdit::ReadingSpeed(speed) => settings.reading_speed = *speed,
        }
    }
}

/// The offered text size nearest to `scale`.
pub fn nearest_text_scale(scale: f32) -> f32 {
    TEXT_SCALES
        .iter()
        .copied()
        .min_by(|a, b| (a - scale).abs().total_cmp(&(b - scale).abs()))
        .unwrap_or(1.0)
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
    /// How fast "Read aloud" speaks.
    pub reading_speed: ReadingSpeed,
}

/// The read-aloud speed offered in Settings. Saved as a word ("slower", "normal"): the save
/// is read through RON's generic value, which keeps no enum variant names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum ReadingSpeed {
    /// A third of the way from the voice's normal speed to its slowest, for patients who
    /// listen in a second language.
    Slower,
    #[default]
    Normal,
}

impl From<ReadingSpeed> for String {
    fn from(speed: ReadingSpeed) -> String {
        match speed {
            ReadingSpeed::Slower => "slower",
            ReadingSpeed::Normal => "normal",
        }
        .to_owned()
    }
}

impl TryFrom<String> for ReadingSpeed {
    type Error = String;

    fn try_from(word: String) -> Result<ReadingSpeed, String> {
        match word.as_str() {
            "slower" => Ok(ReadingSpeed::Slower),
            "normal" => Ok(ReadingSpeed::Normal),
            other => Err(format!(
                "unknown reading speed {other:?} (slower or normal)"
            )),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: None,
            text_scale: 1.0,
            sound: true,
            reduced_motion: false,
            high_contrast: false,
            reading_speed: ReadingSpeed::Normal,
        }
    }
}

impl Settings {
    pub fn is_valid(&self) -> bool {
        (TEXT_SCALES[0]..=TEXT_SCALES[TEXT_SCALES.len() - 1]).contains(&self.text_scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The save is read through RON's generic value first (for migrations), which keeps no
    /// enum variant names: the reading speed must come back all the same.
    #[test]
    fn the_reading_speed_survives_the_saves_round_trip() {
        for speed in [ReadingSpeed::Slower, ReadingSpeed::Normal] {
            let settings = Settings {
                reading_speed: speed,
                ..Settings::default()
            };
            let text = ron::to_string(&settings).unwrap();
            let value: ron::Value = ron::from_str(&text).unwrap();
            let back: Settings = value.into_rust().unwrap();
            assert_eq!(back, settings, "{text}");
        }
        let old: Settings = ron::from_str("(text_scale: 1.5)").unwrap();
        assert_eq!(
            old.reading_speed,
            ReadingSpeed::Normal,
            "older saves read normally"
        );
        assert!(ron::from_str::<Settings>("(reading_speed: \"fast\")").is_err());
    }
}
