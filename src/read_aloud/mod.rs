//! Read-aloud: a lesson page, a question, an answer or the summary spoken sentence by sentence
//! with the device's own voices, the sentence being read highlighted by the view.
//!
//! Views send [`ReadAloudInput`] and report the passages they show ([`ShownPassages`]); this
//! capability applies the input, moves to the next sentence when the voice finishes one, and
//! stops when the screen or its passage changes, when a kiosk visit ends, or when asked. It
//! speaks only while [`ReadAloud::reading`] says so: whatever clears the reading stops the
//! voice in the same frame.

pub mod passage;
pub mod speaker;
mod text_version;

#[cfg(not(any(target_arch = "wasm32", target_os = "android")))]
pub mod device;
#[cfg(target_arch = "wasm32")]
mod web;

use bevy::prelude::*;

use crate::clinic::{Clinic, KioskMode};
use crate::settings::Settings;
use crate::state::{AppSystems, Screen, ScreenUpdates};
use crate::visit::ForgetWithVisit;
use bevy::window::RequestRedraw;
pub use passage::{Passage, Playback, Reading};
pub use speaker::{Progress, RecordingSpeaker, Speaker, SpeechError, SpeechLog, Spoken, Waker};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ReadAloud>()
        .init_resource::<ReadAloudOffered>()
        .init_resource::<SpeechOutput>()
        .init_resource::<ShownPassages>()
        .add_message::<ReadAloudInput>()
        .forget_with_visit::<ReadAloud>()
        .add_systems(Startup, decide_offered)
        .add_systems(First, ShownPassages::turn_frame)
        .add_systems(
            Update,
            (
                stop_on_screen_change.run_if(state_changed::<Screen>),
                apply_input,
                text_version::save_text_version,
            )
                .chain()
                .in_set(AppSystems::Apply),
        )
        .add_message::<RequestRedraw>()
        .add_systems(
            Last,
            (stop_when_not_shown, follow_voice)
                .chain()
                .before(ScreenUpdates),
        );
}

/// What a view asks of read-aloud.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum ReadAloudInput {
    /// Read `passage` from the sentence at byte `offset` of block `block` ("Read aloud" is
    /// block 0, offset 0; "read from here" is the sentence touched).
    Read {
        passage: Passage,
        block: usize,
        offset: usize,
    },
    Pause,
    Resume,
    Stop,
    /// Save the text version of `module` in `language` (offered where no voice can read).
    SaveTextVersion {
        module: String,
        language: String,
    },
}

/// The reading under way, and why the last one could not start.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct ReadAloud {
    pub reading: Option<Reading>,
    /// The passage read-aloud could not speak, and why (shown beside its control).
    pub problem: Option<(String, SpeechError)>,
}

/// Whether this app offers read-aloud: always, but on a kiosk only if the clinic's config
/// turns it on.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadAloudOffered(pub bool);

impl Default for ReadAloudOffered {
    fn default() -> Self {
        ReadAloudOffered(true)
    }
}

impl ReadAloud {
    /// The reading of the passage named `key`, if that passage is being read (or paused).
    pub fn reading_of(&self, key: &str) -> Option<&Reading> {
        self.reading.as_ref().filter(|r| r.passage.key == key)
    }

    /// Why the passage named `key` cannot be read aloud, if it was tried and could not.
    pub fn problem_with(&self, key: &str) -> Option<&SpeechError> {
        self.problem
            .as_ref()
            .filter(|(k, _)| k == key)
            .map(|(_, e)| e)
    }
}

/// The passages the screen shows (views add theirs as they draw). A reading of any passage
/// the frame did not draw stops: the patient turned the page.
#[derive(Resource, Debug, Default)]
pub struct ShownPassages {
    /// This frame's, as the views draw them.
    drawing: Vec<Passage>,
    /// The last whole frame's.
    drawn: Vec<Passage>,
}

impl ShownPassages {
    pub fn show(&mut self, passage: &Passage) {
        if !self.drawing.iter().any(|p| p.key == passage.key) {
            self.drawing.push(passage.clone());
        }
    }

    /// The passages the last whole frame showed, in the order they were drawn.
    pub fn passages(&self) -> &[Passage] {
        &self.drawn
    }

    fn contains(&self, key: &str) -> bool {
        self.drawing.iter().any(|p| p.key == key)
    }

    fn turn_frame(mut shown: ResMut<ShownPassages>) {
        let shown = &mut *shown;
        shown.drawn = std::mem::take(&mut shown.drawing);
    }
}

/// The voice: opened on the first "Read aloud" (a speech service is not started for
/// patients who never ask), or put in place by a test.
#[derive(Resource, Default)]
pub struct SpeechOutput {
    speaker: Option<Box<dyn Speaker>>,
    /// Why the device's voice could not be opened (not tried again).
    unavailable: Option<SpeechError>,
    /// Whether the voice may be speaking (it is stopped once the reading is gone).
    busy: bool,
}

impl SpeechOutput {
    /// Speech through `speaker` (a test's recording one).
    pub fn with(speaker: impl Speaker) -> SpeechOutput {
        SpeechOutput {
            speaker: Some(Box::new(speaker)),
            ..SpeechOutput::default()
        }
    }

    /// The speaker, opening the device's own on first use.
    fn speaker(&mut self, waker: Option<Waker>) -> Result<&mut Box<dyn Speaker>, SpeechError> {
        if self.speaker.is_none() {
            if let Some(error) = &self.unavailable {
                return Err(error.clone());
            }
            match open_device(waker) {
                Ok(speaker) => self.speaker = Some(speaker),
                Err(error) => {
                    warn!("read-aloud: no speech on this device ({error:?})");
                    self.unavailable = Some(error.clone());
                    return Err(error);
                }
            }
        }
        self.speaker
            .as_mut()
            .ok_or_else(|| SpeechError::NoSpeech("no speaker".into()))
    }

    fn stop(&mut self) {
        if self.busy {
            if let Some(speaker) = self.speaker.as_mut() {
                speaker.stop();
            }
            self.busy = false;
        }
    }
}

#[cfg(not(any(target_arch = "wasm32", target_os = "android")))]
fn open_device(waker: Option<Waker>) -> Result<Box<dyn Speaker>, SpeechError> {
    Ok(Box::new(device::DeviceSpeaker::open(waker)?))
}

/// Android's voices are not reached yet (see Cargo.toml: `tts` cannot live beside
/// GameActivity); the patient is told plainly that this device cannot read aloud.
#[cfg(target_os = "android")]
fn open_device(_waker: Option<Waker>) -> Result<Box<dyn Speaker>, SpeechError> {
    Err(SpeechError::NoSpeech(
        "read-aloud is not built for Android yet".into(),
    ))
}

#[cfg(target_arch = "wasm32")]
fn open_device(waker: Option<Waker>) -> Result<Box<dyn Speaker>, SpeechError> {
    Ok(Box::new(web::WebSpeaker::open(waker)?))
}

/// A call that wakes an idle app when a sentence ends (none in headless apps).
fn waker(proxy: Option<&bevy::winit::EventLoopProxyWrapper>) -> Option<Waker> {
    let proxy = (**proxy?).clone();
    Some(std::sync::Arc::new(move || {
        let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
    }))
}

fn decide_offered(
    kiosk: Option<Res<KioskMode>>,
    clinic: Option<Res<Clinic>>,
    mut offer: ResMut<ReadAloudOffered>,
) {
    offer.0 = offered(
        kiosk.is_some_and(|k| k.0),
        clinic.is_some_and(|c| c.config.read_aloud),
    );
}

/// Read-aloud is offered everywhere but on a kiosk whose clinic has not turned it on.
pub fn offered(kiosk: bool, clinic_allows: bool) -> bool {
    !kiosk || clinic_allows
}

fn apply_input(
    mut inputs: MessageReader<ReadAloudInput>,
    mut read_aloud: ResMut<ReadAloud>,
    mut output: ResMut<SpeechOutput>,
    offer: Res<ReadAloudOffered>,
    settings: Res<Settings>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
) {
    for input in inputs.read() {
        match input {
            ReadAloudInput::Read {
                passage,
                block,
                offset,
            } => {
                if !offer.0 {
                    continue;
                }
                output.stop();
                read_aloud.reading = None;
                read_aloud.problem = None;
                let Some(reading) = Reading::from_offset(passage.clone(), *block, *offset) else {
                    continue;
                };
                let started = output.speaker(waker(proxy.as_deref())).and_then(|speaker| {
                    speaker.choose_voice(&passage.language)?;
                    speaker.speak(reading.current_text(), settings.reading_speed)
                });
                match started {
                    Ok(()) => {
                        output.busy = true;
                        read_aloud.reading = Some(reading);
                    }
                    Err(error) => {
                        info!(
                            "read-aloud: cannot read {} in {} ({error:?})",
                            passage.key, passage.language
                        );
                        read_aloud.problem = Some((passage.key.clone(), error));
                    }
                }
            }
            ReadAloudInput::Pause => {
                if let Some(reading) = read_aloud.reading.as_mut() {
                    reading.playback = Playback::Paused;
                    output.stop();
                }
            }
            ReadAloudInput::Resume => {
                let Some(reading) = read_aloud.reading.as_mut() else {
                    continue;
                };
                if reading.playback == Playback::Paused {
                    reading.playback = Playback::Speaking;
                    let text = reading.current_text().to_owned();
                    speak(&mut read_aloud, &mut output, &text, &settings);
                }
            }
            ReadAloudInput::Stop => {
                read_aloud.reading = None;
                output.stop();
            }
            ReadAloudInput::SaveTextVersion { .. } => {}
        }
    }
}

/// Speaks the reading's sentence; a voice that fails ends the reading with its reason.
fn speak(read_aloud: &mut ReadAloud, output: &mut SpeechOutput, text: &str, settings: &Settings) {
    let result = match output.speaker.as_mut() {
        Some(speaker) => speaker.speak(text, settings.reading_speed),
        None => Err(SpeechError::NoSpeech("no speaker".into())),
    };
    match result {
        Ok(()) => output.busy = true,
        Err(error) => fail(read_aloud, output, error),
    }
}

fn fail(read_aloud: &mut ReadAloud, output: &mut SpeechOutput, error: SpeechError) {
    if let Some(reading) = read_aloud.reading.take() {
        info!(
            "read-aloud: stopped reading {} ({error:?})",
            reading.passage.key
        );
        read_aloud.problem = Some((reading.passage.key, error));
    }
    output.stop();
}

fn stop_on_screen_change(mut read_aloud: ResMut<ReadAloud>) {
    if read_aloud.reading.is_some() {
        read_aloud.reading = None;
    }
    read_aloud.problem = None;
}

/// A reading of a passage the screen no longer shows (the page was turned, the question
/// answered and the next one shown) stops.
fn stop_when_not_shown(
    shown: Res<ShownPassages>,
    mut read_aloud: ResMut<ReadAloud>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let gone = read_aloud
        .reading
        .as_ref()
        .is_some_and(|r| !shown.contains(&r.passage.key));
    if gone {
        read_aloud.reading = None;
        redraw.write(RequestRedraw);
    }
}

/// Moves to the next sentence when the voice has finished one, and silences the voice when
/// nothing is to be read (stopped, paused, the screen changed, the visit ended). Whenever the
/// reading changed, a frame is asked for so that the view highlights the new sentence (the
/// voice's "done" wakes an idle app, but the frame it wakes drew the sentence before).
fn follow_voice(
    mut read_aloud: ResMut<ReadAloud>,
    mut output: ResMut<SpeechOutput>,
    settings: Res<Settings>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let before = where_reading(&read_aloud);
    advance(read_aloud.bypass_change_detection(), &mut output, &settings);
    if where_reading(&read_aloud) != before {
        read_aloud.set_changed();
        redraw.write(RequestRedraw);
    }
}

/// Which sentence is read and how, and whether a problem is shown: what the view draws.
fn where_reading(read_aloud: &ReadAloud) -> (Option<(usize, Playback)>, bool) {
    (
        read_aloud.reading.as_ref().map(|r| (r.at, r.playback)),
        read_aloud.problem.is_some(),
    )
}

fn advance(read_aloud: &mut ReadAloud, output: &mut SpeechOutput, settings: &Settings) {
    let speaking = read_aloud
        .reading
        .as_ref()
        .is_some_and(|r| r.playback == Playback::Speaking);
    if !speaking {
        output.stop();
        return;
    }
    let progress = match output.speaker.as_mut() {
        Some(speaker) => speaker.progress(),
        None => Progress::Failed(SpeechError::NoSpeech("no speaker".into())),
    };
    match progress {
        Progress::Speaking => {}
        Progress::Done => {
            output.busy = false;
            let next = read_aloud
                .reading
                .as_mut()
                .and_then(|reading| reading.advance().then(|| reading.current_text().to_owned()));
            match next {
                Some(text) => speak(read_aloud, output, &text, settings),
                None => read_aloud.reading = None,
            }
        }
        Progress::Failed(error) => fail(read_aloud, output, error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kiosk_reads_aloud_only_when_its_clinic_says_so() {
        assert!(offered(false, false));
        assert!(offered(false, true));
        assert!(!offered(true, false));
        assert!(offered(true, true));
    }
}
