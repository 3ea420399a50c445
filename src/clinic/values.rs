//! The clinic config's value checks: each turns a RON value into a setting, or says in plain
//! words what is wrong with it.

use ron::Value;

pub(super) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "true/false",
        Value::Char(_) => "a letter",
        Value::Map(_) => "a list of settings",
        Value::Number(_) => "a number",
        Value::Option(_) => "Some(...)/None",
        Value::String(_) => "text",
        Value::Bytes(_) => "bytes",
        Value::Seq(_) => "a list",
        Value::Unit => "()",
    }
}

pub(super) fn text_value(value: &Value, max: usize) -> Result<String, String> {
    match value {
        Value::String(s) if s.trim().is_empty() => Err("is empty".to_owned()),
        Value::String(s) if s.chars().count() > max => {
            Err(format!("is longer than {max} characters"))
        }
        Value::String(s) => Ok(s.trim().to_owned()),
        other => Err(format!(
            "expected text in quotes, found {}",
            describe(other)
        )),
    }
}

pub(super) fn number(value: &Value) -> Result<f64, String> {
    match value {
        Value::Number(n) => Ok(n.into_f64()),
        other => Err(format!("expected a number, found {}", describe(other))),
    }
}

pub(super) fn whole(value: &Value, min: u32, max: u32) -> Result<u32, String> {
    let n = number(value)?;
    if n.fract() != 0.0 || n < f64::from(min) || n > f64::from(max) {
        return Err(format!("{n} is not a whole number from {min} to {max}"));
    }
    Ok(n as u32)
}

pub(super) fn colour(value: &Value) -> Result<[u8; 3], String> {
    let text = text_value(value, 7)?;
    let hex = text.strip_prefix('#').unwrap_or(&text);
    // `from_str_radix` alone would take a sign ("+F"): hex digits only.
    let digits = hex.chars().all(|c| c.is_ascii_hexdigit());
    let bytes: Option<Vec<u8>> = (0..3)
        .map(|i| {
            hex.get(2 * i..2 * i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect();
    match bytes {
        Some(b) if hex.len() == 6 && digits => Ok([b[0], b[1], b[2]]),
        _ => Err(format!("\"{text}\" is not a colour like \"#0B636E\"")),
    }
}

/// An accent carries white button text and is drawn on the page background: both must stay
/// readable (WCAG AA: 4.5:1 for text on it, 3:1 against the page).
pub(super) fn readable_accent(accent: [u8; 3]) -> Result<(), String> {
    use crate::theme::{Palette, contrast_ratio};
    let on_it = contrast_ratio(Palette::LIGHT.on_accent, accent);
    let on_page = contrast_ratio(accent, Palette::LIGHT.background);
    if on_it < 4.5 || on_page < 3.0 {
        return Err(format!(
            "too light to read on: white text on it is {on_it:.1}:1 (needs 4.5:1); pick a darker colour"
        ));
    }
    Ok(())
}

pub(super) fn language_list(value: &Value, shipped: &[&str]) -> Result<Vec<String>, String> {
    let Value::Seq(items) = value else {
        return Err(format!(
            "expected a list like [\"en\", \"es\"], found {}",
            describe(value)
        ));
    };
    let mut out = Vec::new();
    for item in items {
        let tag = text_value(item, 20)?;
        if !shipped.contains(&tag.as_str()) {
            return Err(format!(
                "\"{tag}\" is not a shipped language ({})",
                shipped.join(", ")
            ));
        }
        out.push(tag);
    }
    if out.is_empty() {
        return Err("lists no language".to_owned());
    }
    Ok(out)
}

/// The public address of the clinic's Scarwise web build, which a summary's QR code opens:
/// a whole `https://` (or `http://`) address, without a fragment (the code adds its own).
pub(super) fn web_address(value: &Value) -> Result<String, String> {
    let text = text_value(value, 200)?;
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        None => Err(format!(
            "\"{text}\" is not a web address like \"https://clinic.example/scarwise/\""
        )),
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            Err(format!("\"{text}\" names no site"))
        }
        Some(_) if text.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Err("a web address has no spaces".to_owned())
        }
        Some(_) if text.contains('#') => Err(format!(
            "\"{text}\" has a # part: leave it out (the code adds its own)"
        )),
        Some(_) => Ok(text),
    }
}
