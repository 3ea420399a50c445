//! The voice read-aloud speaks through: the device's own (`device.rs`, `web.rs`), or a
//! recording one in tests. Choosing a voice and a speed is pure logic, tested here.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::settings::ReadingSpeed;

/// Something that speaks one sentence at a time.
pub trait Speaker: Send + Sync + 'static {
    /// Gets ready to speak `language` (a shipped tag such as "es" or "zh-Hans") with one of
    /// the device's voices for it.
    fn choose_voice(&mut self, language: &str) -> Result<(), SpeechError>;
    /// Starts speaking `text`, ending whatever was being spoken.
    fn speak(&mut self, text: &str, speed: ReadingSpeed) -> Result<(), SpeechError>;
    /// Stops speaking at once.
    fn stop(&mut self);
    /// What became of the last text spoken.
    fn progress(&mut self) -> Progress;
}

/// Where the last text spoken is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    Speaking,
    Done,
    Failed(SpeechError),
}

/// Why read-aloud cannot speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechError {
    /// The device has no speech service at all (the reason, for the log).
    NoSpeech(String),
    /// The device speaks, but has no voice for the passage's language.
    NoVoice,
}

/// Calls the app back when a sentence has been spoken, so an idle app draws the next one.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// One of the device's voices, as its speech service names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceInfo {
    pub name: String,
    /// Its language tag, as the service gives it (`en-US`, `cmn`, `es_ES`).
    pub language: String,
}

/// The voice to use for `wanted` (a shipped tag), if any: one of the same language (Mandarin
/// voices, tagged "cmn", count as Chinese; romanised ones do not), the service's plain voice
/// before its variants ("+Name"), and a full-tag match before a language-only one (for
/// simplified Chinese: a voice not of Taiwan, Hong Kong or Macao, nor traditional script).
pub fn pick_voice(voices: &[VoiceInfo], wanted: &str) -> Option<usize> {
    let wanted = normalise(wanted);
    let wanted_language = wanted.split('-').next().unwrap_or_default().to_owned();
    voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| {
            let tag = normalise(&voice.language);
            let mut parts = tag.split('-');
            let language = parts.next().unwrap_or_default();
            let romanised = parts.any(|part| part == "latn");
            match wanted_language.as_str() {
                "zh" => (language == "zh" || language == "cmn") && !romanised,
                _ => language == wanted_language,
            }
        })
        .min_by_key(|(index, voice)| {
            (
                voice.name.contains('+'),
                !same_variety(&normalise(&voice.language), &wanted),
                *index,
            )
        })
        .map(|(index, _)| index)
}

fn same_variety(tag: &str, wanted: &str) -> bool {
    if wanted.starts_with("zh") {
        !tag.split('-')
            .any(|part| matches!(part, "tw" | "hk" | "mo" | "hant"))
    } else {
        tag == wanted
    }
}

fn normalise(tag: &str) -> String {
    tag.trim().replace('_', "-").to_ascii_lowercase()
}

/// The speech service's rate for `speed`, on its own scale: "slower" is about two thirds of
/// the way from its slowest to its normal rate... from the normal rate, a third of the way
/// down to its slowest.
pub fn rate_for(speed: ReadingSpeed, slowest: f32, normal: f32) -> f32 {
    match speed {
        ReadingSpeed::Normal => normal,
        ReadingSpeed::Slower => normal - (normal - slowest) * SLOWER_SHARE,
    }
}

/// How far "slower" goes from the normal rate towards the slowest one.
const SLOWER_SHARE: f32 = 0.3;

/// A speaker for tests: it records what it was asked to say and in which language, and a
/// sentence ends when the test says so ([`SpeechLog::finish`]).
pub struct RecordingSpeaker {
    log: Arc<Mutex<SpeechLog>>,
    language: Option<String>,
}

/// What a [`RecordingSpeaker`] was asked, shared with the test.
#[derive(Debug, Default)]
pub struct SpeechLog {
    /// Languages the pretend device has voices for; `None`: no speech service at all.
    pub voices: Option<Vec<String>>,
    pub spoken: Vec<Spoken>,
    pub stops: usize,
    pub speaking: bool,
}

/// One sentence spoken.
#[derive(Debug, Clone, PartialEq)]
pub struct Spoken {
    pub text: String,
    pub language: String,
    pub speed: ReadingSpeed,
}

impl SpeechLog {
    /// Ends the sentence being spoken, as a voice does when it reaches its end.
    pub fn finish(&mut self) {
        self.speaking = false;
    }

    /// The texts spoken so far, in order.
    pub fn texts(&self) -> Vec<&str> {
        self.spoken.iter().map(|s| s.text.as_str()).collect()
    }
}

impl RecordingSpeaker {
    /// A speaker with voices for `languages`, and the log a test reads.
    pub fn new(languages: &[&str]) -> (RecordingSpeaker, Arc<Mutex<SpeechLog>>) {
        let log = Arc::new(Mutex::new(SpeechLog {
            voices: Some(languages.iter().map(|l| l.to_string()).collect()),
            ..SpeechLog::default()
        }));
        (
            RecordingSpeaker {
                log: log.clone(),
                language: None,
            },
            log,
        )
    }

    fn log(&self) -> MutexGuard<'_, SpeechLog> {
        self.log
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Speaker for RecordingSpeaker {
    fn choose_voice(&mut self, language: &str) -> Result<(), SpeechError> {
        let voices = self.log().voices.clone();
        let Some(voices) = voices else {
            return Err(SpeechError::NoSpeech("no speech service".into()));
        };
        let infos: Vec<VoiceInfo> = voices
            .iter()
            .map(|language| VoiceInfo {
                name: language.clone(),
                language: language.clone(),
            })
            .collect();
        pick_voice(&infos, language).ok_or(SpeechError::NoVoice)?;
        self.language = Some(language.to_owned());
        Ok(())
    }

    fn speak(&mut self, text: &str, speed: ReadingSpeed) -> Result<(), SpeechError> {
        let language = self.language.clone().ok_or(SpeechError::NoVoice)?;
        let mut log = self.log();
        log.spoken.push(Spoken {
            text: text.to_owned(),
            language,
            speed,
        });
        log.speaking = true;
        Ok(())
    }

    fn stop(&mut self) {
        let mut log = self.log();
        log.stops += 1;
        log.speaking = false;
    }

    fn progress(&mut self) -> Progress {
        if self.log().speaking {
            Progress::Speaking
        } else {
            Progress::Done
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, &str)]) -> Vec<VoiceInfo> {
        list.iter()
            .map(|(name, language)| VoiceInfo {
                name: name.to_string(),
                language: language.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_voice_of_the_passage_language_is_chosen_plain_before_variants() {
        // As espeak-ng lists them through speech-dispatcher.
        let list = voices(&[
            ("English (America)+Alex", "en-US"),
            ("Chinese (Mandarin, latin as Pinyin)", "cmn-LATN-PINYIN"),
            ("Chinese (Cantonese)", "yue"),
            ("Spanish (Spain)+Annie", "es"),
            ("English (Great Britain)", "en-GB"),
            ("Spanish (Latin America)", "es-419"),
            ("Chinese (Mandarin, latin as English)", "cmn"),
            ("French (France)", "fr_FR"),
        ]);
        assert_eq!(pick_voice(&list, "en"), Some(4));
        assert_eq!(pick_voice(&list, "es"), Some(5));
        assert_eq!(pick_voice(&list, "fr"), Some(7));
        assert_eq!(pick_voice(&list, "zh-Hans"), Some(6));
        assert_eq!(pick_voice(&list, "de"), None);
        // Browsers tag Mandarin voices zh-CN and zh-TW; simplified Chinese goes to zh-CN. An
        // exact tag wins over a language match.
        let list = voices(&[
            ("Ting-Ting", "zh-TW"),
            ("Li-mu", "zh-CN"),
            ("Eddy", "es-ES"),
        ]);
        assert_eq!(pick_voice(&list, "zh-Hans"), Some(1));
        assert_eq!(pick_voice(&list, "es-ES"), Some(2));
        assert_eq!(pick_voice(&[], "en"), None);
    }

    #[test]
    fn slower_is_a_third_of_the_way_down_on_any_scale() {
        // speech-dispatcher: -100..100, normal 0. The Web Speech API: 0.1..10, normal 1.
        assert_eq!(rate_for(ReadingSpeed::Normal, -100.0, 0.0), 0.0);
        assert!((rate_for(ReadingSpeed::Slower, -100.0, 0.0) + 30.0).abs() < 1e-4);
        assert!((rate_for(ReadingSpeed::Slower, 0.1, 1.0) - 0.73).abs() < 1e-6);
    }

    #[test]
    fn the_recording_speaker_says_when_it_has_no_voice() {
        let (mut speaker, log) = RecordingSpeaker::new(&["en"]);
        assert_eq!(speaker.choose_voice("es"), Err(SpeechError::NoVoice));
        assert_eq!(
            speaker.speak("Hola.", ReadingSpeed::Normal),
            Err(SpeechError::NoVoice)
        );
        speaker.choose_voice("en").unwrap();
        speaker.speak("Hello.", ReadingSpeed::Slower).unwrap();
        assert_eq!(speaker.progress(), Progress::Speaking);
        log.lock().unwrap().finish();
        assert_eq!(speaker.progress(), Progress::Done);
        log.lock().unwrap().voices = None;
        assert!(matches!(
            speaker.choose_voice("en"),
            Err(SpeechError::NoSpeech(_))
        ));
    }
}
