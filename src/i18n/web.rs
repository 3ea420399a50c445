//! The browser build's other languages. Only English is compiled in (`files.rs`); the page
//! has the files of every other language beside it (`locales/<tag>/*.ftl`, and Chinese's
//! font), listed in `files.json` with their language. `loader.js` downloads them with the app
//! when the page starts in that language, and `scarwiseFetchLanguage(tag)` fetches them when
//! the patient picks it later. Either way they arrive in `scarwiseLanguages[tag]`: its
//! `files` (`{ path, bytes }`) or the `error` that stopped them.
//!
//! Until they arrive the app shows English and keeps asking for frames. A font among them is
//! passed on as [`LanguageFont`] (the theme puts it in), and the words go in a frame later, so
//! they are never drawn without their letters. If they cannot be fetched, the patient is told
//! why and the language goes back to the one before.

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use wasm_bindgen::JsCast;

use super::{FILE_NAMES, Localizer, REFERENCE_LOCALE};
use crate::js::page;
use crate::notices::{Notice, Notices};
use crate::settings::SettingsEdit;
use crate::state::AppSystems;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RequestRedraw>()
        .add_message::<LanguageFont>()
        .add_systems(Update, fetch_the_language.after(AppSystems::Apply));
}

/// A font that came with a language's files (Chinese), for the theme to put in.
#[derive(Message, Debug, Clone)]
pub struct LanguageFont(pub Vec<u8>);

/// What the page handed over for a language.
enum Arrival {
    /// `(file name, text)` of each Fluent file, and a font if one came.
    Files(Vec<(String, String)>, Option<Vec<u8>>),
    Failed(String),
}

/// Where the fetching stands.
#[derive(Default)]
struct Fetching {
    /// The language asked of the page, not arrived yet.
    asked: Option<String>,
    /// Words that arrived with a font: put in a frame after the font.
    after_the_font: Option<(String, Vec<(String, String)>)>,
    /// The last language shown with its words: where a failed fetch goes back to.
    before: Option<String>,
}

fn fetch_the_language(
    mut localizer: ResMut<Localizer>,
    mut fetching: Local<Fetching>,
    mut notices: ResMut<Notices>,
    mut edits: MessageWriter<SettingsEdit>,
    mut fonts: MessageWriter<LanguageFont>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if let Some((tag, files)) = fetching.after_the_font.take() {
        install(&mut localizer, &tag, &files);
        redraw.write(RequestRedraw);
    }
    let Some(awaited) = localizer.awaited().map(ToString::to_string) else {
        // Nothing to fetch: no calls into the page.
        fetching.asked = None;
        fetching.before = Some(localizer.current().to_string());
        return;
    };
    redraw.write(RequestRedraw);
    let mut arrived = arrival(&awaited);
    // A failure is this request's only if the app asked since the patient picked the
    // language; an older one (picked, left, picked again) is dropped and asked again. A page
    // that cannot be asked (the app outside its own page) fails at once.
    if !matches!(arrived, Some(Arrival::Files(..)))
        && fetching.asked.as_deref() != Some(awaited.as_str())
    {
        fetching.asked = Some(awaited.clone());
        arrived = page::call_global("scarwiseFetchLanguage", &[awaited.as_str().into()])
            .err()
            .map(Arrival::Failed);
    }
    match arrived {
        Some(Arrival::Files(files, font)) => {
            fetching.asked = None;
            if let Some(font) = font {
                fonts.write(LanguageFont(font));
                fetching.after_the_font = Some((awaited, files));
            } else {
                install(&mut localizer, &awaited, &files);
            }
        }
        Some(Arrival::Failed(reason)) => {
            fetching.asked = None;
            warn!("the words of {awaited} could not be fetched: {reason}");
            let language = localizer
                .languages()
                .find(|(tag, _)| *tag == awaited)
                .map_or(awaited.clone(), |(_, name)| name.to_owned());
            notices.push(Notice::LanguageFailed { language, reason });
            match fetching.before.clone() {
                Some(before) => {
                    edits.write(SettingsEdit::Locale(before));
                }
                // At the start: English for now, and the patient's choice stays saved, to be
                // tried again next time.
                None => localizer.select_tag(REFERENCE_LOCALE),
            }
        }
        None => {}
    }
}

fn install(localizer: &mut Localizer, tag: &str, files: &[(String, String)]) {
    for error in localizer.install(tag, files) {
        error!("{}: {}", error.file, error.message);
    }
    info!("showing text in {tag}");
}

const LANGUAGES: &str = "scarwiseLanguages";

/// Takes what the page put out for `tag`, once.
fn arrival(tag: &str) -> Option<Arrival> {
    let answer = page::take(&page::global(LANGUAGES)?, tag)?;
    if let Some(error) = page::property(&answer, "error") {
        return Some(Arrival::Failed(
            error
                .as_string()
                .unwrap_or_else(|| page::thrown(&error, "failed")),
        ));
    }
    let Some(listed) =
        page::property(&answer, "files").and_then(|f| f.dyn_into::<js_sys::Array>().ok())
    else {
        return Some(Arrival::Failed("the page handed over no files".into()));
    };
    let mut files = Vec::new();
    let mut font = None;
    for file in listed.iter() {
        let path = page::property(&file, "path")
            .and_then(|p| p.as_string())
            .unwrap_or_default();
        let Some(bytes) = page::property(&file, "bytes")
            .filter(|b| b.is_instance_of::<js_sys::Uint8Array>())
            .map(|b| js_sys::Uint8Array::new(&b).to_vec())
        else {
            return Some(Arrival::Failed(format!("{path}: no bytes")));
        };
        let name = path.rsplit('/').next().unwrap_or_default().to_owned();
        if FILE_NAMES.contains(&name.as_str()) {
            match String::from_utf8(bytes) {
                Ok(text) => files.push((name, text)),
                Err(_) => return Some(Arrival::Failed(format!("{path}: not UTF-8 text"))),
            }
        } else if name.ends_with(".otf") || name.ends_with(".ttf") {
            font = Some(bytes);
        }
    }
    // Without one of the app's files the language would stay awaited, and be asked for again.
    if files.is_empty() {
        return Some(Arrival::Failed(format!(
            "no words for {tag} in what the page handed over"
        )));
    }
    Some(Arrival::Files(files, font))
}
