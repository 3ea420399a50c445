//! The page's own address: its query parameters, its fragment (a summary's code carries the
//! summary there) and whether a phone elsewhere could open it.

use wasm_bindgen::JsValue;

use super::browser;
use crate::js::page::{call, global as global_property, property};

/// A parameter of the page's address (`?lang=es&test=1`), percent-decoded.
pub fn url_parameter(name: &str) -> Option<String> {
    let location = global_property("location")?;
    let search = property(&location, "search")?.as_string()?;
    browser::query_parameter(&search, name)
}

/// The page address's fragment (`#...`), if any.
pub fn fragment() -> Option<String> {
    let location = global_property("location")?;
    property(&location, "hash")?
        .as_string()
        .filter(|h| h.len() > 1)
}

/// Takes the fragment off the page's address (without a reload or a new history entry), so
/// that a summary carried in it is not left in the phone's history, its bookmarks or a link
/// shared from the page. A browser that refuses keeps the address as it was.
pub fn forget_fragment() {
    let (Some(location), Some(history)) = (global_property("location"), global_property("history"))
    else {
        return;
    };
    let text = |name: &str| {
        property(&location, name)
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let address = format!("{}{}", text("pathname"), text("search"));
    // Nothing to tell if it fails: the page goes on with the address it was opened with.
    let _ = call(
        &history,
        "replaceState",
        &[JsValue::NULL, "".into(), address.as_str().into()],
    );
}

/// The page's own address (no query, no fragment) when a phone elsewhere could open it: a
/// public `https` site, not this machine.
pub(super) fn public_address() -> Option<String> {
    let location = global_property("location")?;
    let text = |name: &str| property(&location, name).and_then(|v| v.as_string());
    let host = text("hostname")?;
    let local = host == "localhost" || host.ends_with(".localhost") || host.starts_with("127.");
    if text("protocol")? != "https:" || local || host == "[::1]" {
        return None;
    }
    Some(format!("{}{}", text("origin")?, text("pathname")?))
}
