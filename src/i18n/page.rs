//! The browser page's own words (`locales/<lang>/page.ftl`) as a JavaScript module for
//! `web/loader.js`: what the page says while the app downloads and starts, in every shipped
//! language, before the app's own words are there.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;

use super::{LOCALES, Localizer, args};

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

#[cfg(test)]
mod tests {
    use super::*;

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
