//! The device's own voices through the `tts` crate: speech-dispatcher on Linux, the system
//! voices on Windows, macOS, Android and iOS.

use std::mem::ManuallyDrop;
use std::sync::{Arc, Mutex, PoisonError};

use web_time::{Duration, Instant};

use super::speaker::{Progress, Speaker, SpeechError, VoiceInfo, Waker, pick_voice, rate_for};
use crate::settings::ReadingSpeed;

/// How long a sentence may wait for the voice to begin before read-aloud gives up (a speech
/// service without a working sound output never begins, and never says so).
const START_TIMEOUT: Duration = Duration::from_secs(8);

pub struct DeviceSpeaker {
    tts: tts::Tts,
    /// A second handle that is never dropped: `tts` forgets its callbacks when the last handle
    /// goes, and a speech service's late "stopped" event would then find none and panic on
    /// the service's thread. At exit the process ends anyway.
    _kept: ManuallyDrop<tts::Tts>,
    features: tts::Features,
    events: Arc<Mutex<Events>>,
    /// The utterance being spoken and when it was asked for.
    spoken: Option<(tts::UtteranceId, Instant)>,
    /// The voice chosen, by language.
    voice: Option<(String, tts::Voice)>,
    /// The device's voices, listed once (speech-dispatcher with espeak-ng lists thousands).
    voices: Option<Vec<tts::Voice>>,
}

/// What the speech service said about its utterances.
#[derive(Default)]
struct Events {
    begun: Vec<tts::UtteranceId>,
    ended: Vec<tts::UtteranceId>,
}

impl DeviceSpeaker {
    /// Connects to the device's speech service. `waker` is called when an utterance ends.
    pub fn open(waker: Option<Waker>) -> Result<DeviceSpeaker, SpeechError> {
        let tts = tts::Tts::default().map_err(|e| SpeechError::NoSpeech(e.to_string()))?;
        let features = tts.supported_features();
        let events = Arc::new(Mutex::new(Events::default()));
        if features.utterance_callbacks {
            let begun = events.clone();
            let callbacks = tts
                .on_utterance_begin(Some(Box::new(move |id| {
                    lock(&begun).begun.push(id);
                })))
                .and_then(|()| tts.on_utterance_end(Some(on_end(&events, &waker))))
                .and_then(|()| tts.on_utterance_stop(Some(on_end(&events, &waker))));
            if let Err(e) = callbacks {
                return Err(SpeechError::NoSpeech(format!(
                    "the speech service cannot report when it is done ({e})"
                )));
            }
        }
        Ok(DeviceSpeaker {
            _kept: ManuallyDrop::new(tts.clone()),
            tts,
            features,
            events,
            spoken: None,
            voice: None,
            voices: None,
        })
    }
}

/// An utterance ended (spoken to its end, or stopped): noted, and the app woken for it.
fn on_end(events: &Arc<Mutex<Events>>, waker: &Option<Waker>) -> Box<dyn FnMut(tts::UtteranceId)> {
    let (events, waker) = (events.clone(), waker.clone());
    Box::new(move |id| {
        lock(&events).ended.push(id);
        if let Some(wake) = &waker {
            wake();
        }
    })
}

fn lock(events: &Mutex<Events>) -> std::sync::MutexGuard<'_, Events> {
    events.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Speaker for DeviceSpeaker {
    fn choose_voice(&mut self, language: &str) -> Result<(), SpeechError> {
        if !self.features.voice {
            // The service speaks with its own voice; nothing to choose.
            return Ok(());
        }
        if self.voice.as_ref().is_some_and(|(l, _)| l == language) {
            return Ok(());
        }
        if self.voices.is_none() {
            let voices = self
                .tts
                .voices()
                .map_err(|e| SpeechError::NoSpeech(format!("cannot list the voices ({e})")))?;
            self.voices = Some(voices);
        }
        let voices = self.voices.as_deref().unwrap_or_default();
        let infos: Vec<VoiceInfo> = voices
            .iter()
            .map(|v| VoiceInfo {
                name: v.name(),
                language: v.language().to_string(),
            })
            .collect();
        let voice = pick_voice(&infos, language)
            .and_then(|i| voices.get(i))
            .cloned()
            .ok_or(SpeechError::NoVoice)?;
        self.tts
            .set_voice(&voice)
            .map_err(|e| SpeechError::NoSpeech(format!("cannot choose a voice ({e})")))?;
        self.voice = Some((language.to_owned(), voice));
        Ok(())
    }

    fn speak(&mut self, text: &str, speed: ReadingSpeed) -> Result<(), SpeechError> {
        if self.features.rate {
            let rate = rate_for(speed, self.tts.min_rate(), self.tts.normal_rate());
            if let Err(e) = self.tts.set_rate(rate) {
                bevy::log::warn!("read-aloud: cannot set the speed ({e})");
            }
        }
        {
            let mut events = lock(&self.events);
            events.begun.clear();
            events.ended.clear();
        }
        let id = self
            .tts
            .speak(text, true)
            .map_err(|e| SpeechError::NoSpeech(format!("cannot speak ({e})")))?;
        self.spoken = id.map(|id| (id, Instant::now()));
        Ok(())
    }

    fn stop(&mut self) {
        self.spoken = None;
        if let Err(e) = self.tts.stop() {
            bevy::log::warn!("read-aloud: cannot stop the voice ({e})");
        }
    }

    fn progress(&mut self) -> Progress {
        let Some((id, asked)) = self.spoken else {
            // No utterance to follow: the service's own "speaking" flag says when it is done.
            return match self.tts.is_speaking() {
                Ok(true) => Progress::Speaking,
                _ => Progress::Done,
            };
        };
        if !self.features.utterance_callbacks {
            return match self.tts.is_speaking() {
                Ok(true) => Progress::Speaking,
                _ if asked.elapsed() < Duration::from_millis(300) => Progress::Speaking,
                _ => Progress::Done,
            };
        }
        let events = lock(&self.events);
        if events.ended.contains(&id) {
            self.spoken = None;
            Progress::Done
        } else if !events.begun.contains(&id) && asked.elapsed() > START_TIMEOUT {
            Progress::Failed(SpeechError::NoSpeech(
                "the voice did not start: is there a sound output?".into(),
            ))
        } else {
            Progress::Speaking
        }
    }
}

impl DeviceSpeaker {
    /// Whether the speech service has begun the last text spoken.
    pub fn started(&self) -> bool {
        self.spoken
            .as_ref()
            .is_some_and(|(id, _)| lock(&self.events).begun.contains(id))
    }

    /// Whether the speech service says it is speaking.
    pub fn is_speaking(&self) -> bool {
        self.tts.is_speaking().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(mut done: impl FnMut() -> bool) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if done() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Against the machine's real speech service (speech-dispatcher with espeak-ng on Linux):
    /// `scripts/speech-check.sh` runs it in a private session whose sound goes nowhere.
    #[test]
    #[ignore = "needs a speech service: scripts/speech-check.sh"]
    fn the_real_speech_service_starts_finishes_and_stops() {
        let woken = Arc::new(Mutex::new(0));
        let count = woken.clone();
        let waker: Waker = Arc::new(move || *count.lock().unwrap() += 1);
        let mut speaker = DeviceSpeaker::open(Some(waker)).expect("a speech service");
        for language in ["en", "es", "fr", "zh-Hans"] {
            speaker
                .choose_voice(language)
                .unwrap_or_else(|e| panic!("no voice for {language}: {e:?}"));
        }
        speaker.choose_voice("en").unwrap();

        // A short sentence is begun, spoken to its end, and the app is woken for the next.
        speaker.speak("Hello.", ReadingSpeed::Normal).unwrap();
        assert!(wait(|| speaker.started()), "the voice never began");
        assert!(
            wait(|| speaker.progress() == Progress::Done),
            "the voice never finished"
        );
        assert!(*woken.lock().unwrap() >= 1, "the app was not woken");

        // A long one is stopped while it is spoken.
        let long = "Pico lasers send very short pulses of light into the skin. ".repeat(20);
        speaker.speak(&long, ReadingSpeed::Slower).unwrap();
        assert!(wait(|| speaker.started()), "the long text never began");
        assert!(wait(|| speaker.is_speaking()), "not speaking");
        speaker.stop();
        assert!(wait(|| !speaker.is_speaking()), "the voice did not stop");
        assert_eq!(speaker.progress(), Progress::Done);
    }
}
