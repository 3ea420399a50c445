//! The browser: progress in `localStorage`, and the page's address and languages for the
//! launch options. Reached through `js-sys` reflection only.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::storage::SaveStore;

/// The key the save lives under.
const KEY: &str = "scarwise.save";

fn global_property(name: &str) -> Option<JsValue> {
    let value = Reflect::get(&js_sys::global(), &JsValue::from_str(name)).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

fn call(target: &JsValue, method: &str, args: &[&str]) -> Result<JsValue, String> {
    let function: Function = Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("{method} is missing"))?;
    let args: Vec<JsValue> = args.iter().map(|a| JsValue::from_str(a)).collect();
    let result = match args.as_slice() {
        [] => function.call0(target),
        [a] => function.call1(target, a),
        [a, b] => function.call2(target, a, b),
        _ => return Err("too many arguments".to_owned()),
    };
    result.map_err(|e| e.as_string().unwrap_or_else(|| format!("{method} failed")))
}

/// The browser's local storage, if the page may use it (private modes and disabled storage
/// throw or return nothing).
fn storage() -> Result<JsValue, String> {
    let storage = global_property("localStorage")
        .ok_or_else(|| "this browser does not let the page keep data".to_owned())?;
    // A probe write: some browsers expose storage but refuse to write to it.
    call(&storage, "setItem", &["scarwise.probe", "1"])?;
    call(&storage, "removeItem", &["scarwise.probe"])?;
    Ok(storage)
}

/// Progress in `localStorage`.
pub struct LocalStorageStore;

impl LocalStorageStore {
    pub fn open() -> Result<Self, String> {
        storage().map(|_| LocalStorageStore)
    }

    /// Forgets the save (`?reset=1`).
    pub fn clear() {
        if let Ok(storage) = storage() {
            let _ = call(&storage, "removeItem", &[KEY]);
        }
    }
}

impl SaveStore for LocalStorageStore {
    fn read(&self) -> Result<Option<Vec<u8>>, String> {
        let value = call(&storage()?, "getItem", &[KEY])?;
        Ok(value.as_string().map(String::into_bytes))
    }

    fn write(&self, text: &str) -> Result<(), String> {
        call(&storage()?, "setItem", &[KEY, text]).map(|_| ())
    }

    fn set_aside(&self, stamp: u64) -> Result<String, String> {
        let storage = storage()?;
        let old = call(&storage, "getItem", &[KEY])?
            .as_string()
            .unwrap_or_default();
        let name = format!("{KEY}.unreadable-{stamp}");
        call(&storage, "setItem", &[&name, &old])?;
        Ok(name)
    }

    fn describe(&self) -> String {
        "this browser's local storage".to_owned()
    }
}

/// A parameter of the page's address (`?lang=es&kiosk=1`).
pub fn url_parameter(name: &str) -> Option<String> {
    let location = global_property("location")?;
    let search = Reflect::get(&location, &JsValue::from_str("search"))
        .ok()?
        .as_string()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = global_property("navigator") else {
        return Vec::new();
    };
    Reflect::get(&navigator, &JsValue::from_str("languages"))
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok())
        .map(|languages| languages.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// The clinic's `clinic.ron` text and logo bytes, when the page found them beside itself
/// (`loader.js` fetches them before the app starts, same origin only).
pub fn clinic_files() -> (Option<String>, Option<Vec<u8>>) {
    let text = global_property("scarwiseClinicConfig").and_then(|v| v.as_string());
    let logo = global_property("scarwiseClinicLogo")
        .filter(|v| v.is_instance_of::<js_sys::Uint8Array>())
        .map(|v| js_sys::Uint8Array::new(&v).to_vec());
    (text, logo)
}

/// Hands a file to the browser as a download (`scarwiseDownload` in `loader.js`).
pub fn download(name: &str, bytes: &[u8], media_type: &str) -> Result<(), String> {
    let function: Function = global_property("scarwiseDownload")
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "this page cannot offer downloads".to_owned())?;
    let data = js_sys::Uint8Array::from(bytes);
    function
        .call3(
            &JsValue::NULL,
            &JsValue::from_str(name),
            &data,
            &JsValue::from_str(media_type),
        )
        .map(|_| ())
        .map_err(|e| {
            e.as_string()
                .unwrap_or_else(|| "the download failed".to_owned())
        })
}
