//! The page's global object and the browser's objects, through js-sys reflection.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The page's global `name`, unless it is missing, `undefined` or `null`.
pub fn global(name: &str) -> Option<JsValue> {
    property(&js_sys::global(), name)
}

/// `target.name`, unless it is missing, `undefined` or `null`.
pub fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    let value = Reflect::get(target, &JsValue::from_str(name)).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// Takes `target.name` away, for something handed over once.
pub fn take(target: &JsValue, name: &str) -> Option<JsValue> {
    let value = property(target, name)?;
    let object: &js_sys::Object = target.unchecked_ref();
    let _ = Reflect::delete_property(object, &JsValue::from_str(name));
    Some(value)
}

/// Sets the page's global `name`.
pub fn set_global(name: &str, value: &JsValue) {
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str(name), value);
}

/// What a thrown JavaScript value says, keeping a `DOMException`'s name
/// (`QuotaExceededError: ...`).
pub fn thrown(error: &JsValue, fallback: &str) -> String {
    if let Some(text) = error.as_string() {
        return text;
    }
    let name = property(error, "name").and_then(|v| v.as_string());
    let message = property(error, "message").and_then(|v| v.as_string());
    super::error_text(name.as_deref(), message.as_deref(), fallback)
}

/// Calls `target.method(...args)`; the error names the method and says what went wrong.
pub fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let function: Function = property(target, method)
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("{method} is missing"))?;
    let args: Array = args.iter().collect();
    function
        .apply(target, &args)
        .map_err(|e| format!("{method}: {}", thrown(&e, "failed")))
}

/// Calls the page's global function `name(...args)`.
pub fn call_global(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    call(&js_sys::global(), name, args)
}

/// `new name(...args)` with the page's global constructor `name`.
pub fn construct(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let constructor: Function = global(name)
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("this browser has no {name}"))?;
    let args: Array = args.iter().collect();
    Reflect::construct(&constructor, &args)
        .map_err(|e| format!("new {name}: {}", thrown(&e, "failed")))
}
