//! Short tones for right and wrong answers, synthesised so no sound files ship.
//!
//! Without an audio device Bevy logs a warning and plays nothing; the app carries on.

use std::time::Duration;

use bevy::audio::{AudioPlayer, Pitch, PlaybackSettings, Volume};
use bevy::prelude::*;

use crate::quiz::Answered;
use crate::settings::Settings;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        play_answer_tone.in_set(crate::state::AppSystems::Apply),
    );
}

fn play_answer_tone(
    mut commands: Commands,
    mut answers: MessageReader<Answered>,
    settings: Res<Settings>,
    mut pitches: ResMut<Assets<Pitch>>,
) {
    for answer in answers.read() {
        if !settings.sound {
            continue;
        }
        // A bright two-note chord for right, one soft low note for wrong: never a buzzer.
        let notes: &[f32] = if answer.correct {
            &[660.0, 880.0]
        } else {
            &[330.0]
        };
        for &frequency in notes {
            let pitch = pitches.add(Pitch::new(frequency, Duration::from_millis(180)));
            commands.spawn((
                AudioPlayer(pitch),
                PlaybackSettings::DESPAWN.with_volume(Volume::Linear(0.2)),
            ));
        }
    }
}
