//! Choosing the display language from the command line, the saved setting and the system.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The language every other one falls back to: it is always complete.
pub const REFERENCE_LOCALE: &str = "en";

/// The outcome of negotiation: languages to try in order, reference last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    pub chain: Vec<LanguageIdentifier>,
    /// A message for the user when an explicitly asked-for language could not be used.
    pub warning: Option<String>,
}

/// Picks the language chain. `explicit` is a language the user asked for by name (`--locale`,
/// a saved setting, `?lang=`); `system` lists the OS or browser languages, most preferred first.
/// Unknown or malformed names are skipped, and English always ends the chain.
pub fn negotiate(
    explicit: Option<&str>,
    system: &[String],
    available: &[LanguageIdentifier],
) -> Negotiated {
    let reference: LanguageIdentifier = REFERENCE_LOCALE.parse().expect("valid reference locale");
    let system_ids: Vec<LanguageIdentifier> =
        system.iter().filter_map(|s| parse_locale(s)).collect();
    let from_system = || {
        negotiate_languages(
            &system_ids,
            available,
            Some(&reference),
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .cloned()
        .collect::<Vec<_>>()
    };

    let mut warning = None;
    let mut chain = match explicit {
        Some(name) => {
            let matched = parse_locale(name).map(|id| {
                negotiate_languages(&[id], available, None, NegotiationStrategy::Filtering)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            });
            match matched {
                Some(found) if !found.is_empty() => found,
                _ => {
                    let fallback = from_system();
                    let names: Vec<String> = available.iter().map(ToString::to_string).collect();
                    warning = Some(format!(
                        "Scarwise has no translation for the language \"{name}\". Available: {}. Using {} instead.",
                        names.join(", "),
                        fallback.first().unwrap_or(&reference)
                    ));
                    fallback
                }
            }
        }
        None => from_system(),
    };
    if !chain.contains(&reference) {
        chain.push(reference);
    }
    Negotiated { chain, warning }
}

/// Parses a BCP 47 tag, accepting POSIX forms such as `es_ES.UTF-8`.
pub fn parse_locale(name: &str) -> Option<LanguageIdentifier> {
    let tag = name.split(['.', '@']).next()?.replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    tag.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn available() -> Vec<LanguageIdentifier> {
        ["en", "es", "fr", "zh-Hans"]
            .iter()
            .map(|t| t.parse().unwrap())
            .collect()
    }

    fn chain(explicit: Option<&str>, system: &[&str]) -> Negotiated {
        let system: Vec<String> = system.iter().map(|s| (*s).to_owned()).collect();
        negotiate(explicit, &system, &available())
    }

    fn tags(n: &Negotiated) -> Vec<String> {
        n.chain.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn system_region_variant_matches_language() {
        assert_eq!(tags(&chain(None, &["es-MX", "en-US"])), ["es", "en"]);
        assert_eq!(tags(&chain(None, &["es_ES.UTF-8"])), ["es", "en"]);
    }

    #[test]
    fn chinese_and_french_browsers_find_their_language() {
        for system in ["zh-CN", "zh", "zh-Hans-CN", "zh-SG", "zh_CN.UTF-8"] {
            assert_eq!(tags(&chain(None, &[system])), ["zh-Hans", "en"], "{system}");
        }
        assert_eq!(tags(&chain(None, &["fr-CA", "en"])), ["fr", "en"]);
        assert_eq!(tags(&chain(Some("zh-CN"), &[])), ["zh-Hans", "en"]);
        assert_eq!(tags(&chain(Some("fr-BE"), &[])), ["fr", "en"]);
    }

    #[test]
    fn unknown_system_language_falls_back_to_english() {
        assert_eq!(tags(&chain(None, &["de-DE", "ja"])), ["en"]);
        assert_eq!(tags(&chain(None, &[])), ["en"]);
        assert_eq!(tags(&chain(None, &["C", "POSIX", "???"])), ["en"]);
    }

    #[test]
    fn explicit_language_wins_over_system() {
        let n = chain(Some("es"), &["en-GB"]);
        assert_eq!(tags(&n), ["es", "en"]);
        assert_eq!(n.warning, None);
    }

    #[test]
    fn unknown_explicit_language_warns_and_uses_system() {
        let n = chain(Some("klingon-xx"), &["es-AR"]);
        assert_eq!(tags(&n), ["es", "en"]);
        let warning = n.warning.unwrap();
        assert!(warning.contains("\"klingon-xx\""), "{warning}");
        assert!(warning.contains("en, es, fr, zh-Hans"), "{warning}");
        assert!(warning.ends_with("Using es instead."), "{warning}");

        let n = chain(Some("de"), &[]);
        assert_eq!(tags(&n), ["en"]);
        assert!(n.warning.unwrap().ends_with("Using en instead."));
    }
}
