//! Languages: an unknown one falls back and says so, the language changes at run time, and
//! every message the content uses exists in every language.

use bevy::prelude::*;

use crate::common::app::{act, loaded_core_app, loaded_memory_app, locale, screen};
use scarwise::LaunchOptions;
use scarwise::content::Content;
use scarwise::i18n::Localizer;
use scarwise::notices::{Notice, Notices};
use scarwise::settings::SettingsEdit;
use scarwise::state::Screen;

#[test]
fn unknown_locale_falls_back_and_tells_the_patient() {
    let options = LaunchOptions {
        locale: Some("xx-klingon".into()),
        system_locales: vec!["es-MX".into()],
        memory_only: true,
        ..default()
    };
    let mut app = loaded_core_app(options);
    assert_eq!(locale(&app), "es");
    assert!(
        app.world()
            .resource::<Notices>()
            .contains(&Notice::UnknownLocale("xx-klingon".into()))
    );

    // Switching language at run time.
    act(&mut app, SettingsEdit::Locale("en".into()));
    let localizer = app.world().resource::<Localizer>();
    assert_eq!(localizer.current().to_string(), "en");
    assert_eq!(localizer.t("title-start"), "Start learning");
}

#[test]
fn every_content_message_exists_in_every_locale() {
    let app = loaded_memory_app();
    assert_eq!(screen(&app), Screen::Title, "shipped content must validate");
    let content = app.world().resource::<Content>();
    let localizer = app.world().resource::<Localizer>();
    let ids = content.message_ids();
    let mut missing = Vec::new();
    for (lang, lacking) in localizer.missing_messages() {
        for id in lacking.iter().filter(|id| ids.contains(id.as_str())) {
            missing.push(format!("{lang}: {id}"));
        }
    }
    assert!(
        missing.is_empty(),
        "content ids missing from locales: {missing:#?}"
    );
    // And every cited tag has a citation.
    assert!(!content.cited_sources().is_empty());
}
