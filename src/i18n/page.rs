//! What the browser page serves for the languages: its own words (`locales/<lang>/page.ftl`)
//! as a JavaScript module for `web/loader.js` (what the page says while the app downloads and
//! starts, in every shipped language, before the app's own words are there), and the app's
//! words in every language but English, which the browser build fetches (`files.rs`).

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;

use super::{LOCALES, Localizer, REFERENCE_LOCALE, args};

/// The places a page message may have; the page fills them in (`{received}` in the module).
const PLACES: [&str; 3] = ["received", "total", "reason"];

/// `strings.js`: `export const WORDS = { "en": { "page-loading": "Loading…", ... }, ... };`
/// with `{ $received }` written as `{received}` for the page to fill.
pub fn page_words_module() -> String {
    let (mut loc, _) = Localizer::for_tools(&[]);
    let ids: Vec<String> = loc
        .reference_ids()
        .filter(|id| id.starts_with("page-"))
        .map(str::to_owned)
        .collect();
    let placeholders: Vec<String> = PLACES.iter().map(|p| format!("{{{p}}}")).collect();
    let values = args(
        &PLACES
            .iter()
            .zip(&placeholders)
            .map(|(name, value)| (*name, FluentValue::from(value.as_str())))
            .collect::<Vec<_>>(),
    );
    let mut words: BTreeMap<&str, BTreeMap<&str, String>> = BTreeMap::new();
    for locale in LOCALES {
        loc.select_tag(locale.tag);
        let language = words.entry(locale.tag).or_default();
        for id in &ids {
            language.insert(id, loc.t_args(id, &values));
        }
    }
    // A RON map of strings is a JavaScript object literal (its escapes, `\u{2028}` included,
    // are JavaScript's too).
    let table = ron::ser::to_string_pretty(&words, ron::ser::PrettyConfig::default())
        .expect("a map of strings always serialises");
    format!(
        "// Written by `page-strings` (scripts/build-web.sh) from locales/*/page.ftl: the page's\n\
         // words while the app loads, in every shipped language.\nexport const WORDS = {table};\n"
    )
}

/// `(path beside the page, text)` of every Fluent file the browser build fetches rather than
/// compiles in: `locales/<tag>/<file>` of each language but the reference.
pub fn fetched_language_files() -> Vec<(String, &'static str)> {
    LOCALES
        .iter()
        .filter(|locale| locale.tag != REFERENCE_LOCALE)
        .flat_map(|locale| {
            locale
                .files
                .iter()
                .map(|(name, text)| (format!("locales/{}/{name}", locale.tag), *text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::FILE_NAMES;

    #[test]
    fn the_page_serves_every_other_language_whole() {
        let files = fetched_language_files();
        for locale in LOCALES.iter().filter(|l| l.tag != REFERENCE_LOCALE) {
            for name in FILE_NAMES {
                let path = format!("locales/{}/{name}", locale.tag);
                let (_, text) = files
                    .iter()
                    .find(|(p, _)| *p == path)
                    .unwrap_or_else(|| panic!("{path} is not served"));
                assert!(!text.trim().is_empty(), "{path} is empty");
            }
        }
        assert!(
            files.iter().all(|(p, _)| !p.starts_with("locales/en/")),
            "English is compiled in, not fetched"
        );
        assert_eq!(files.len(), (LOCALES.len() - 1) * FILE_NAMES.len());
    }

    #[test]
    fn every_language_has_the_page_words_with_their_places() {
        let module = page_words_module();
        for locale in LOCALES {
            assert!(
                module.contains(&format!("\"{}\": {{", locale.tag)),
                "{}",
                locale.tag
            );
        }
        // One loading line per language, each with both numbers to fill in.
        assert_eq!(
            module.matches("\"page-loading-size\"").count(),
            LOCALES.len()
        );
        for line in module
            .lines()
            .filter(|l| l.contains("\"page-loading-size\""))
        {
            assert!(
                line.contains("{received}") && line.contains("{total}"),
                "{line}"
            );
        }
        for line in module.lines().filter(|l| l.contains("failed\"")) {
            assert!(line.contains("{reason}"), "{line}");
        }
        assert!(module.contains("\"page-loading\": \"Loading…\""));
        assert!(
            !module.contains("{ $"),
            "every place is filled with its page form"
        );
    }
}
