//! Words only Scarwise's tools use, not the app: the clinical review sheet a clinic's doctor
//! signs (`locales/<lang>/review.ftl`) and the browser page's own words while the app loads
//! (`page.ftl`, written into `strings.js` by `page-strings`). They stay out of
//! [`super::LOCALES`], so the app (and its web download and cut-down fonts) does not carry
//! them; [`super::Localizer::for_tools`] adds them.

/// Each language's tool files, by language tag.
pub const TOOL_FILES: &[(&str, &[(&str, &str)])] = &[
    ("en", locale_files!("en": "review.ftl", "page.ftl")),
    ("es", locale_files!("es": "review.ftl", "page.ftl")),
    ("fr", locale_files!("fr": "review.ftl", "page.ftl")),
    (
        "zh-Hans",
        locale_files!("zh-Hans": "review.ftl", "page.ftl"),
    ),
];

/// The tool files of the language `tag` (none for a language without them).
pub fn files_of(tag: &str) -> &'static [(&'static str, &'static str)] {
    TOOL_FILES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(&[], |(_, files)| files)
}

#[cfg(test)]
mod tests {
    use super::super::{LOCALES, Localizer};
    use super::*;

    #[test]
    fn every_language_has_the_tools_words_and_they_parse() {
        for locale in LOCALES {
            assert!(!files_of(locale.tag).is_empty(), "{}", locale.tag);
        }
        let (loc, errors) = Localizer::for_tools(&Localizer::available());
        assert!(errors.is_empty(), "{errors:#?}");
        for (lang, ids) in loc
            .missing_messages()
            .into_iter()
            .chain(loc.extra_messages())
        {
            assert!(ids.is_empty(), "{lang}: {ids:?}");
        }
        assert!(loc.has_reference_message("review-title"));
    }

    #[test]
    fn the_app_itself_does_not_carry_them() {
        let (loc, _) = Localizer::new(&[]);
        assert!(!loc.has_reference_message("review-title"));
    }

    #[test]
    fn french_tool_words_keep_a_no_break_space_before_high_punctuation() {
        for (file, text) in files_of("fr") {
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let plain = [" :", " ;", " ?", " !", " %", " »", "« "];
                assert!(!plain.iter().any(|p| line.contains(p)), "{file}: {line}");
            }
        }
    }
}
