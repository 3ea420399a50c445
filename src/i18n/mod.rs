//! Localisation with Fluent: the shipped locales, language negotiation and runtime switching.
//!
//! Locale files are compiled in, so the web build needs no folder listing over HTTP. The
//! browser build compiles in English only and installs another language's files when the page
//! hands them over (`files.rs`, `web.rs`).

pub mod dates;
mod negotiate;

pub use negotiate::{Negotiated, REFERENCE_LOCALE, negotiate, parse_locale};

use std::collections::BTreeSet;
use std::sync::Mutex;

use bevy::prelude::*;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::launch::LaunchOptions;
use crate::notices::{Notice, Notices};
use crate::settings::{Settings, SettingsEdit};
use crate::state::AppSystems;

pub(super) fn plugin(app: &mut App) {
    let (localizer, errors) = Localizer::new(&[]);
    for error in errors {
        error!("{}: {}", error.file, error.message);
    }
    app.insert_resource(localizer)
        .add_message::<SettingsEdit>()
        .add_systems(Startup, choose_language)
        .add_systems(Update, switch_language.in_set(AppSystems::Apply));
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(web::plugin);
}

/// The patient picked a language in Settings: show it now, and keep it in the settings.
fn switch_language(
    mut edits: MessageReader<SettingsEdit>,
    mut localizer: ResMut<Localizer>,
    mut settings: ResMut<Settings>,
) {
    for edit in edits.read() {
        if let SettingsEdit::Locale(tag) = edit {
            localizer.select_tag(tag);
            settings.locale = Some(localizer.current().to_string());
        }
    }
}

/// Picks the language from `--locale`, then the saved setting, then the system.
pub(crate) fn choose_language(
    options: Res<LaunchOptions>,
    settings: Res<Settings>,
    mut localizer: ResMut<Localizer>,
    mut notices: ResMut<Notices>,
) {
    let explicit = options.locale.as_deref().or(settings.locale.as_deref());
    let negotiated = negotiate(explicit, &options.system_locales, &Localizer::available());
    if let Some(warning) = &negotiated.warning {
        warn!("{warning}");
        if let Some(name) = &options.locale {
            notices.push(Notice::UnknownLocale(name.clone()));
        }
    }
    localizer.select(&negotiated.chain);
    info!("showing text in {}", localizer.current());
}

#[macro_use]
mod files;
pub mod page;
pub mod tools;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::LanguageFont;

pub use files::{FILE_NAMES, LOCALES, LocaleFiles};

struct Locale {
    id: LanguageIdentifier,
    native_name: &'static str,
    /// `None` until the language's files are there (the browser build fetches them).
    bundle: Option<FluentBundle<FluentResource>>,
    ids: BTreeSet<String>,
}

/// Translates message ids in the current language, falling back along the negotiated chain
/// and finally to English.
#[derive(Resource)]
pub struct Localizer {
    locales: Vec<Locale>,
    /// Indices into `locales`, most preferred first; always ends with the reference.
    chain: Vec<usize>,
    /// Ids already reported as missing, so the log says it once.
    reported: Mutex<BTreeSet<String>>,
}

/// A problem in a shipped `.ftl` file (syntax error or duplicate id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFileError {
    pub file: String,
    pub message: String,
}

impl Localizer {
    /// Builds every shipped locale and selects `chain`. Problems in the files are returned
    /// next to the (still usable) localizer.
    pub fn new(chain: &[LanguageIdentifier]) -> (Self, Vec<LocaleFileError>) {
        Self::build(chain, |_| &[])
    }

    /// Like [`Localizer::new`], with the words only the tools use (the clinical review sheet,
    /// [`tools::TOOL_FILES`]) added to each language.
    pub fn for_tools(chain: &[LanguageIdentifier]) -> (Self, Vec<LocaleFileError>) {
        Self::build(chain, tools::files_of)
    }

    fn build(
        chain: &[LanguageIdentifier],
        extra: impl Fn(&str) -> &'static [(&'static str, &'static str)],
    ) -> (Self, Vec<LocaleFileError>) {
        let mut errors = Vec::new();
        let locales = LOCALES
            .iter()
            .map(|files| {
                let texts = files.files.iter().chain(extra(files.tag));
                build_locale(files, texts.map(|(n, t)| (*n, *t)), &mut errors)
            })
            .collect();
        let mut localizer = Localizer {
            locales,
            chain: Vec::new(),
            reported: Mutex::new(BTreeSet::new()),
        };
        localizer.select(chain);
        (localizer, errors)
    }

    /// Puts in the Fluent files of `tag` that were not compiled in (the page fetched them):
    /// `(file name, text)`. Problems are returned; a file the app does not know is one.
    pub fn install(&mut self, tag: &str, files: &[(String, String)]) -> Vec<LocaleFileError> {
        let mut errors = Vec::new();
        let Some(index) = LOCALES.iter().position(|l| l.tag == tag) else {
            errors.push(LocaleFileError {
                file: format!("locales/{tag}"),
                message: "not a shipped language".to_owned(),
            });
            return errors;
        };
        for (name, _) in files {
            if !FILE_NAMES.contains(&name.as_str()) {
                errors.push(LocaleFileError {
                    file: format!("locales/{tag}/{name}"),
                    message: "not one of the app's files".to_owned(),
                });
            }
        }
        let known = FILE_NAMES.iter().filter_map(|wanted| {
            files
                .iter()
                .find(|(name, _)| name == wanted)
                .map(|(name, text)| (name.as_str(), text.as_str()))
        });
        self.locales[index] = build_locale(&LOCALES[index], known, &mut errors);
        errors
    }

    /// The language chosen to be shown whose words are not there yet (the browser build
    /// shows the reference until the page hands them over).
    pub fn awaited(&self) -> Option<&LanguageIdentifier> {
        let first = &self.locales[self.chain[0]];
        first.bundle.is_none().then_some(&first.id)
    }

    /// The shipped languages as identifiers, reference first.
    pub fn available() -> Vec<LanguageIdentifier> {
        LOCALES
            .iter()
            .map(|l| l.tag.parse().expect("shipped locale tags are valid"))
            .collect()
    }

    /// Switches to `chain` (as negotiated); languages not shipped are ignored.
    pub fn select(&mut self, chain: &[LanguageIdentifier]) {
        self.chain = chain
            .iter()
            .filter_map(|id| self.locales.iter().position(|l| &l.id == id))
            .collect();
        if !self.chain.contains(&0) {
            self.chain.push(0);
        }
    }

    /// Makes `tag` the first language, with English behind it.
    pub fn select_tag(&mut self, tag: &str) {
        if let Some(id) = parse_locale(tag) {
            self.select(&[id]);
        }
    }

    /// The language text is shown in now.
    pub fn current(&self) -> &LanguageIdentifier {
        &self.locales[self.chain[0]].id
    }

    /// `(tag, native name)` of every shipped language, for the language picker.
    pub fn languages(&self) -> impl Iterator<Item = (String, &'static str)> + '_ {
        self.locales
            .iter()
            .map(|l| (l.id.to_string(), l.native_name))
    }

    /// Whether the reference language defines `id` (content validation uses this).
    pub fn has_reference_message(&self, id: &str) -> bool {
        self.locales[0].ids.contains(id)
    }

    /// Every message id of the reference language, in order.
    pub fn reference_ids(&self) -> impl Iterator<Item = &str> {
        self.locales[0].ids.iter().map(String::as_str)
    }

    /// For each shipped language, the reference ids it lacks.
    pub fn missing_messages(&self) -> Vec<(String, Vec<String>)> {
        let reference = &self.locales[0].ids;
        self.locales[1..]
            .iter()
            .map(|l| {
                let missing = reference.difference(&l.ids).cloned().collect();
                (l.id.to_string(), missing)
            })
            .collect()
    }

    /// For each shipped language, its ids that the reference does not have (stale leftovers).
    pub fn extra_messages(&self) -> Vec<(String, Vec<String>)> {
        let reference = &self.locales[0].ids;
        self.locales[1..]
            .iter()
            .map(|l| {
                (
                    l.id.to_string(),
                    l.ids.difference(reference).cloned().collect(),
                )
            })
            .collect()
    }

    /// The text of `id` in the current language.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of `id` with arguments (numbers select plural forms).
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for (position, &index) in self.chain.iter().enumerate() {
            let locale = &self.locales[index];
            // A language whose words are still on their way says nothing of its own.
            let Some(bundle) = &locale.bundle else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let waiting = self.chain[..position]
                .iter()
                .all(|&i| self.locales[i].bundle.is_none());
            if position > 0 && !waiting {
                self.report_once(id, || {
                    format!(
                        "message \"{id}\" is missing in {}; showing {}",
                        self.current(),
                        locale.id
                    )
                });
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                self.report_once(id, || {
                    format!("message \"{id}\" in {}: {errors:?}", locale.id)
                });
            }
            return text.into_owned();
        }
        self.report_once(id, || {
            format!("message \"{id}\" is missing in every language")
        });
        format!("[{id}]")
    }

    fn report_once(&self, id: &str, message: impl FnOnce() -> String) {
        let mut reported = self.reported.lock().unwrap_or_else(|e| e.into_inner());
        if reported.insert(id.to_owned()) {
            warn!("{}", message());
        }
    }
}

/// The language of `files` with the Fluent `texts` (`(file name, text)`); without any, a
/// language whose words are not there yet.
fn build_locale<'a>(
    files: &LocaleFiles,
    texts: impl Iterator<Item = (&'a str, &'a str)>,
    errors: &mut Vec<LocaleFileError>,
) -> Locale {
    let id: LanguageIdentifier = files.tag.parse().expect("shipped locale tags are valid");
    let mut texts = texts.peekable();
    if texts.peek().is_none() {
        return Locale {
            id,
            native_name: files.native_name,
            bundle: None,
            ids: BTreeSet::new(),
        };
    }
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    // No right-to-left language ships yet, and the isolation marks render as boxes.
    bundle.set_use_isolating(false);
    let mut ids = BTreeSet::new();
    for (name, text) in texts {
        let file = format!("locales/{}/{name}", files.tag);
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, errs)| {
                for err in errs {
                    errors.push(LocaleFileError {
                        file: file.clone(),
                        message: format!("syntax error: {err:?}"),
                    });
                }
                partial
            });
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                ids.insert(message.id.name.to_owned());
            }
        }
        if let Err(errs) = bundle.add_resource(resource) {
            for err in errs {
                errors.push(LocaleFileError {
                    file: file.clone(),
                    message: err.to_string(),
                });
            }
        }
    }
    Locale {
        id,
        native_name: files.native_name,
        bundle: Some(bundle),
        ids,
    }
}

/// Shorthand for building Fluent arguments: `args(&[("points", 3.into())])`.
pub fn args<'a>(pairs: &[(&'a str, fluent_bundle::FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

#[cfg(test)]
mod tests;
