//! The shipped languages and their Fluent files. The desktop and phone apps have every
//! language compiled in. The browser build has only the reference (English) compiled in: the
//! page fetches another language's files when it is shown (`web.rs`), so a patient downloads
//! the words of their own language only. A new `.ftl` file is added to the list below.

/// A shipped language: its tag, its own name for itself, and its Fluent files.
pub struct LocaleFiles {
    pub tag: &'static str,
    pub native_name: &'static str,
    /// `(file name, text)`, in [`FILE_NAMES`] order. Empty in the browser build for every
    /// language but the reference: the page hands those over ([`super::Localizer::install`]).
    pub files: &'static [(&'static str, &'static str)],
}

/// `(file name, text)` of the named files of one language, compiled in.
macro_rules! locale_files {
    ($lang:literal: $($file:literal),+) => {
        &[$(($file, include_str!(concat!("../../locales/", $lang, "/", $file)))),+]
    };
}

/// A language other than the reference: compiled in, except in the browser build.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! built_in_files {
    ($lang:literal: $($file:literal),+) => {
        locale_files!($lang: $($file),+)
    };
}

#[cfg(target_arch = "wasm32")]
macro_rules! built_in_files {
    ($lang:literal: $($file:literal),+) => {
        &[]
    };
}

macro_rules! shipped_languages {
    ($($file:literal),+ $(,)?) => {
        /// The app's Fluent files: the same names in every language.
        pub const FILE_NAMES: &[&str] = &[$($file),+];

        /// Every shipped language. English comes first: it is the reference every other falls
        /// back to.
        pub const LOCALES: &[LocaleFiles] = &[
            LocaleFiles {
                tag: "en",
                native_name: "English",
                files: locale_files!("en": $($file),+),
            },
            LocaleFiles {
                tag: "es",
                native_name: "Español",
                files: built_in_files!("es": $($file),+),
            },
            LocaleFiles {
                tag: "fr",
                native_name: "Français",
                files: built_in_files!("fr": $($file),+),
            },
            LocaleFiles {
                tag: "zh-Hans",
                native_name: "简体中文",
                files: built_in_files!("zh-Hans": $($file),+),
            },
        ];
    };
}

shipped_languages!(
    "ui.ftl",
    "a11y.ftl",
    "journey.ftl",
    "scenes.ftl",
    "prepare.ftl",
    "kiosk.ftl",
    "scar-types.ftl",
    "how-pico-works.ftl",
    "downtime.ftl",
    "aftercare.ftl",
    "consultation.ftl",
    "companion.ftl",
    "webapp.ftl",
);
