//! The browser's voices through the Web Speech API (`speechSynthesis`), reached with js-sys
//! alone so that no web-sys bindings are added to the download.

use std::cell::RefCell;
use std::sync::{Arc, Mutex, PoisonError};

use js_sys::{Array, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::speaker::{Progress, Speaker, SpeechError, VoiceInfo, Waker, pick_voice, rate_for};
use crate::js::page;
use crate::settings::ReadingSpeed;

pub struct WebSpeaker {
    state: Arc<Mutex<Heard>>,
    waker: Option<Waker>,
    /// The number of the last utterance asked for.
    serial: u64,
    language: String,
    /// The chosen voice's `voiceURI`; `None` lets the browser choose by language.
    voice: Option<String>,
}

/// What the browser said about the utterances.
#[derive(Default)]
struct Heard {
    /// The last utterance that ended.
    ended: u64,
    /// An utterance that failed, and the browser's reason.
    failed: Option<(u64, String)>,
}

thread_local! {
    /// The utterance being spoken: Chrome stops firing its events if nothing holds it.
    static CURRENT: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn synthesis() -> Result<JsValue, SpeechError> {
    page::global("speechSynthesis")
        .ok_or_else(|| SpeechError::NoSpeech("this browser has no speechSynthesis".into()))
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, SpeechError> {
    page::call(target, method, args).map_err(SpeechError::NoSpeech)
}

fn text_of(value: &JsValue, property: &str) -> String {
    page::property(value, property)
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The browser's voices with their `voiceURI`s (none yet: browsers load them late).
fn voices() -> Result<Vec<(String, VoiceInfo)>, SpeechError> {
    let list: Array = call(&synthesis()?, "getVoices", &[])?
        .dyn_into()
        .map_err(|_| SpeechError::NoSpeech("getVoices gave no list".into()))?;
    Ok(list
        .iter()
        .map(|voice| {
            (
                text_of(&voice, "voiceURI"),
                VoiceInfo {
                    name: text_of(&voice, "name"),
                    language: text_of(&voice, "lang"),
                },
            )
        })
        .collect())
}

impl WebSpeaker {
    pub fn open(waker: Option<Waker>) -> Result<WebSpeaker, SpeechError> {
        synthesis()?;
        Ok(WebSpeaker {
            state: Arc::new(Mutex::new(Heard::default())),
            waker,
            serial: 0,
            language: String::new(),
            voice: None,
        })
    }
}

impl Speaker for WebSpeaker {
    fn choose_voice(&mut self, language: &str) -> Result<(), SpeechError> {
        let voices = voices()?;
        self.language = language.to_owned();
        if voices.is_empty() {
            // Still loading (or none at all): the browser picks by the utterance's language
            // and says "language-unavailable" if it has none.
            self.voice = None;
            return Ok(());
        }
        let infos: Vec<VoiceInfo> = voices.iter().map(|(_, info)| info.clone()).collect();
        let index = pick_voice(&infos, language).ok_or(SpeechError::NoVoice)?;
        self.voice = voices.get(index).map(|(uri, _)| uri.clone());
        Ok(())
    }

    fn speak(&mut self, text: &str, speed: ReadingSpeed) -> Result<(), SpeechError> {
        let synth = synthesis()?;
        let utterance = page::construct("SpeechSynthesisUtterance", &[text.into()])
            .map_err(SpeechError::NoSpeech)?;
        let set = |property: &str, value: &JsValue| {
            let _ = Reflect::set(&utterance, &property.into(), value);
        };
        set("lang", &self.language.as_str().into());
        set("rate", &rate_for(speed, 0.1, 1.0).into());
        if let Some(uri) = &self.voice {
            let voice = call(&synth, "getVoices", &[])?
                .dyn_into::<Array>()
                .ok()
                .and_then(|list| list.iter().find(|v| text_of(v, "voiceURI") == *uri));
            if let Some(voice) = voice {
                set("voice", &voice);
            }
        }
        self.serial += 1;
        let serial = self.serial;
        let (state, waker) = (self.state.clone(), self.waker.clone());
        let on_end = Closure::<dyn FnMut(JsValue)>::new(move |_event: JsValue| {
            let mut heard = state.lock().unwrap_or_else(PoisonError::into_inner);
            heard.ended = heard.ended.max(serial);
            if let Some(wake) = &waker {
                wake();
            }
        });
        let (state, waker) = (self.state.clone(), self.waker.clone());
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let reason = text_of(&event, "error");
            // Cancelling (stop, pause, the next sentence) is not a failure.
            if reason != "interrupted" && reason != "canceled" {
                let mut heard = state.lock().unwrap_or_else(PoisonError::into_inner);
                heard.failed = Some((serial, reason));
            }
            if let Some(wake) = &waker {
                wake();
            }
        });
        set("onend", &on_end.into_js_value());
        set("onerror", &on_error.into_js_value());
        call(&synth, "cancel", &[])?;
        call(&synth, "speak", std::slice::from_ref(&utterance))?;
        CURRENT.with(|current| *current.borrow_mut() = Some(utterance));
        Ok(())
    }

    fn stop(&mut self) {
        // A later "end" of the cancelled utterance must not count for the next one.
        self.serial += 1;
        if let Ok(synth) = synthesis() {
            let _ = call(&synth, "cancel", &[]);
        }
        CURRENT.with(|current| *current.borrow_mut() = None);
    }

    fn progress(&mut self) -> Progress {
        let heard = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        match &heard.failed {
            Some((serial, reason)) if *serial == self.serial => {
                return Progress::Failed(match reason.as_str() {
                    "language-unavailable" | "voice-unavailable" => SpeechError::NoVoice,
                    other => SpeechError::NoSpeech(format!("the browser said {other}")),
                });
            }
            _ => {}
        }
        if heard.ended >= self.serial {
            Progress::Done
        } else {
            Progress::Speaking
        }
    }
}
