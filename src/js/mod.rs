//! The browser build's calls into its page's JavaScript: the functions and hand-overs that
//! `web/loader.js` puts on the page's global object, and the browser's own objects, reached
//! through js-sys reflection alone (`page`, browser build only). What a failed call says is
//! plain logic, tested on every target ([`error_text`]).

#[cfg(target_arch = "wasm32")]
pub mod page;

/// What a failed browser call says: a `DOMException`'s or `Error`'s name and message
/// (`QuotaExceededError: ...`), or the thrown text, or `fallback`.
pub fn error_text(name: Option<&str>, message: Option<&str>, fallback: &str) -> String {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    let message = message.map(str::trim).filter(|m| !m.is_empty());
    match (name, message) {
        (Some(name), Some(message)) if message.starts_with(name) => message.to_owned(),
        (Some(name), Some(message)) => format!("{name}: {message}"),
        (Some(only), None) | (None, Some(only)) => only.to_owned(),
        (None, None) => fallback.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_errors_keep_their_name() {
        assert_eq!(
            error_text(
                Some("QuotaExceededError"),
                Some("The quota has been exceeded."),
                "x"
            ),
            "QuotaExceededError: The quota has been exceeded."
        );
        assert_eq!(
            error_text(Some("SecurityError"), None, "x"),
            "SecurityError"
        );
        assert_eq!(error_text(None, Some("denied"), "x"), "denied");
        assert_eq!(
            error_text(Some("Error"), Some("Error: boom"), "x"),
            "Error: boom"
        );
        assert_eq!(
            error_text(Some(" "), None, "setItem failed"),
            "setItem failed"
        );
    }
}
