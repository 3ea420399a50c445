//! The answer tones in the browser: the page's Web Audio plays them (`scarwisePlayTones` in
//! `loader.js`).

use std::time::Duration;

use js_sys::Array;
use wasm_bindgen::JsValue;

use crate::js::page;

/// Plays `notes` (hertz) together for `length` at `volume` (0 to 1).
pub fn play(notes: &[f32], length: Duration, volume: f32) -> Result<(), String> {
    let frequencies: Array = notes.iter().map(|&n| JsValue::from(n)).collect();
    page::call_global(
        "scarwisePlayTones",
        &[
            frequencies.into(),
            length.as_secs_f64().into(),
            volume.into(),
        ],
    )
    .map(|_| ())
}
