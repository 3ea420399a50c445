//! The shipped languages and their Fluent files, compiled into the app (so the web build
//! needs no folder listing). A new `.ftl` file is added here for every language.

/// A shipped language: its tag, its own name for itself, and its Fluent files.
pub struct LocaleFiles {
    pub tag: &'static str,
    pub native_name: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

macro_rules! locale_files {
    ($lang:literal: $($file:literal),+) => {
        &[$(($file, include_str!(concat!("../../locales/", $lang, "/", $file)))),+]
    };
}

/// Every shipped language. English comes first: it is the reference every other falls back to.
pub const LOCALES: &[LocaleFiles] = &[
    LocaleFiles {
        tag: "en",
        native_name: "English",
        files: locale_files!("en": "ui.ftl", "a11y.ftl", "journey.ftl", "scenes.ftl", "prepare.ftl", "kiosk.ftl", "scar-types.ftl", "how-pico-works.ftl", "downtime.ftl", "aftercare.ftl", "consultation.ftl", "companion.ftl", "webapp.ftl"),
    },
    LocaleFiles {
        tag: "es",
        native_name: "Español",
        files: locale_files!("es": "ui.ftl", "a11y.ftl", "journey.ftl", "scenes.ftl", "prepare.ftl", "kiosk.ftl", "scar-types.ftl", "how-pico-works.ftl", "downtime.ftl", "aftercare.ftl", "consultation.ftl", "companion.ftl", "webapp.ftl"),
    },
    LocaleFiles {
        tag: "fr",
        native_name: "Français",
        files: locale_files!("fr": "ui.ftl", "a11y.ftl", "journey.ftl", "scenes.ftl", "prepare.ftl", "kiosk.ftl", "scar-types.ftl", "how-pico-works.ftl", "downtime.ftl", "aftercare.ftl", "consultation.ftl", "companion.ftl", "webapp.ftl"),
    },
    LocaleFiles {
        tag: "zh-Hans",
        native_name: "简体中文",
        files: locale_files!("zh-Hans": "ui.ftl", "a11y.ftl", "journey.ftl", "scenes.ftl", "prepare.ftl", "kiosk.ftl", "scar-types.ftl", "how-pico-works.ftl", "downtime.ftl", "aftercare.ftl", "consultation.ftl", "companion.ftl", "webapp.ftl"),
    },
];
