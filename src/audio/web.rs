//! The answer tones in the browser: the page's Web Audio plays them (`scarwisePlayTones` in
//! `loader.js`), reached with js-sys alone.

use std::time::Duration;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Plays `notes` (hertz) together for `length` at `volume` (0 to 1).
pub fn play(notes: &[f32], length: Duration, volume: f32) -> Result<(), String> {
    let function: Function = Reflect::get(&js_sys::global(), &"scarwisePlayTones".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "this page cannot play tones".to_owned())?;
    let frequencies: Array = notes.iter().map(|&n| JsValue::from(n)).collect();
    function
        .call3(
            &JsValue::NULL,
            &frequencies,
            &JsValue::from(length.as_secs_f64()),
            &JsValue::from(volume),
        )
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}
