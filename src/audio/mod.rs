//! Short tones for right and wrong answers, synthesised so no sound files ship.
//!
//! On the desktop and on phones Bevy's audio plays them; without an audio device Bevy logs a
//! warning and plays nothing, and the app carries on. In the browser the page plays them with
//! Web Audio (`scarwisePlayTones` in `loader.js`), so Bevy's audio stack (rodio and cpal) stays
//! out of the download.

use std::time::Duration;

use bevy::prelude::*;

use crate::quiz::Answered;
use crate::settings::Settings;

#[cfg(target_arch = "wasm32")]
mod web;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        play_answer_tone.in_set(crate::state::AppSystems::Apply),
    );
}

/// How long each note sounds.
pub const NOTE_LENGTH: Duration = Duration::from_millis(180);

/// How loud, from 0 to 1: a quiet cue, never a buzzer.
pub const VOLUME: f32 = 0.2;

/// The notes played together for an answer, in hertz: a bright two-note chord for right, one
/// soft low note for wrong. None when the patient turned sound off.
pub fn notes(correct: bool, sound_on: bool) -> &'static [f32] {
    match (sound_on, correct) {
        (false, _) => &[],
        (true, true) => &[660.0, 880.0],
        (true, false) => &[330.0],
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn play_answer_tone(
    mut commands: Commands,
    mut answers: MessageReader<Answered>,
    settings: Res<Settings>,
    mut pitches: ResMut<Assets<bevy::audio::Pitch>>,
) {
    use bevy::audio::{AudioPlayer, Pitch, PlaybackSettings, Volume};
    for answer in answers.read() {
        for &frequency in notes(answer.correct, settings.sound) {
            let pitch = pitches.add(Pitch::new(frequency, NOTE_LENGTH));
            commands.spawn((
                AudioPlayer(pitch),
                PlaybackSettings::DESPAWN.with_volume(Volume::Linear(VOLUME)),
            ));
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn play_answer_tone(mut answers: MessageReader<Answered>, settings: Res<Settings>) {
    for answer in answers.read() {
        let notes = notes(answer.correct, settings.sound);
        if notes.is_empty() {
            continue;
        }
        if let Err(problem) = web::play(notes, NOTE_LENGTH, VOLUME) {
            // Sound is a cue only: the feedback on screen says the same.
            warn!("no answer tone: {problem}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_is_a_brighter_chord_than_wrong_and_sound_off_is_silent() {
        let right = notes(true, true);
        let wrong = notes(false, true);
        assert_eq!(right.len(), 2);
        assert_eq!(wrong.len(), 1);
        assert!(right.iter().all(|&r| wrong.iter().all(|&w| r > w)));
        assert!(notes(true, false).is_empty());
        assert!(notes(false, false).is_empty());
    }
}
