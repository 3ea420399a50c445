//! What a sentence claims, read mechanically so that tests and the clinical review sheet can
//! hold every claim to a source: sentences, the numbers in them, whether one is a medical
//! claim, and the hedges ("about", "can", "often") a translation must keep. The brief's own
//! facts are read in [`super::brief`].
//!
//! Plain Rust, no Bevy: the content tests and the review-sheet tool use it without an app.

/// The sentences of a paragraph, in order, each with its closing mark. Splits after `.`, `?`
/// and `!` followed by a space (so "2.8" and "e.g." mid-word stay whole) and after the
/// Chinese full stops `。？！`.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let end = i + ch.len_utf8();
        let split = match ch {
            '。' | '？' | '！' => true,
            '.' | '?' | '!' => chars.peek().is_none_or(|&(_, next)| next.is_whitespace()),
            _ => false,
        };
        if split {
            push_trimmed(&mut out, &text[start..end]);
            start = end;
        }
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
    let piece = piece.trim();
    if !piece.is_empty() {
        out.push(piece);
    }
}

/// The numbers written in digits in `text`, in order, normalised so that every language
/// compares alike: a decimal comma becomes a point ("2,8" is "2.8"), a thousands space or
/// comma between groups of three digits is dropped ("1 972" and "1,972" are "1972").
pub fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut number = String::new();
        while i < chars.len() {
            let ch = chars[i];
            if ch.is_ascii_digit() {
                number.push(ch);
                i += 1;
                continue;
            }
            let next_digits = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            // A space or comma followed by exactly three digits groups thousands ("1 972",
            // "1,972"); "2,8" (one digit after the comma) is a decimal comma.
            let thousands = matches!(ch, ',' | ' ' | '\u{a0}' | '\u{202f}')
                && next_digits == 3
                && number.len() <= 3
                && !number.contains('.');
            if thousands {
                i += 1;
            } else if matches!(ch, '.' | ',') && next_digits > 0 && !number.contains('.') {
                number.push('.');
                i += 1;
            } else {
                break;
            }
        }
        out.push(number);
    }
    out
}

/// Words that make an English sentence a medical claim (besides carrying a number): what
/// skin, scars, lasers and treatment do. Matched at the start of words, case-insensitively.
const CLAIM_WORDS: &[&str] = &[
    "acne",
    "bleed",
    "blister",
    "collagen",
    "crust",
    "dermis",
    "epidermis",
    "heal",
    "infection",
    "isotretinoin",
    "keloid",
    "laser",
    "pigment",
    "pulse",
    "redness",
    "repair",
    "result",
    "risk",
    "scar",
    "session",
    "side effect",
    "skin",
    "sunscreen",
    "swell",
    "treat",
    "wavelength",
];

/// Whether an English sentence states something about skin, scars or treatment, or carries a
/// number: such a sentence needs a source.
pub fn is_claim(sentence: &str) -> bool {
    if !numbers(sentence).is_empty() {
        return true;
    }
    let lower = sentence.to_lowercase();
    CLAIM_WORDS.iter().any(|word| {
        lower.match_indices(word).any(|(at, _)| {
            at == 0
                || !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
        })
    })
}

/// The kinds of hedge a translation must keep where the English has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// "about 24 %", "around 4 weeks": a figure given as approximate.
    About,
    /// "can", "may", "might": possible, not certain.
    Can,
    /// "often", "usually", "most": frequent, not always.
    Often,
}

impl Hedge {
    pub const ALL: [Hedge; 3] = [Hedge::About, Hedge::Can, Hedge::Often];

    /// Whether English `text` carries this hedge. Words that look like hedges but are not
    /// do not count: "talk about this", "around a big day", "how many", "how often", "most of
    /// all", "burns most", and "you can" / "can you" (what the patient may do, not a maybe).
    pub fn in_english(self, text: &str) -> bool {
        let words = words(text);
        let at = |i: usize| words.get(i).map_or("", String::as_str);
        (0..words.len()).any(|i| match self {
            Hedge::About => {
                matches!(at(i), "about" | "around" | "roughly" | "nearly")
                    && (at(i + 1).starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            at(i + 1),
                            "one" | "two" | "three" | "four" | "five" | "six" | "half"
                        )
                        || (at(i + 1) == "a"
                            && matches!(
                                at(i + 2),
                                "thousand" | "thousandth" | "quarter" | "third"
                            )))
            }
            Hedge::Can => {
                matches!(at(i), "can" | "may" | "might" | "could")
                    && at(i + 1) != "you"
                    && (i == 0 || at(i - 1) != "you")
            }
            Hedge::Often => match at(i) {
                "often" | "usually" | "commonly" => at(i.wrapping_sub(1)) != "how",
                "many" => i == 0 || at(i - 1) != "how",
                "most" => matches!(at(i + 1), "people" | "days" | "adults" | "patients"),
                _ => false,
            },
        })
    }

    /// Whether `text`, in the language `tag`, carries this hedge. `None` for a language the
    /// check does not know.
    pub fn in_language(self, tag: &str, text: &str) -> Option<bool> {
        let lower = text.to_lowercase();
        let stems: &[&str] = match (tag, self) {
            ("en", _) => return Some(self.in_english(text)),
            ("es", Hedge::About) => &[
                "unos",
                "unas",
                "alrededor",
                "aproximad",
                "cerca de",
                "casi",
                "más o menos",
            ],
            ("es", Hedge::Can) => &["pued", "pod", "quizá", "tal vez", "posible"],
            ("es", Hedge::Often) => &[
                "a menudo",
                "suele",
                "suelen",
                "mayoría",
                "mucha",
                "muchas",
                "muchos",
                "frecuente",
                "por lo general",
                "normalmente",
                "casi siempre",
                "casi todos",
            ],
            ("fr", Hedge::About) => &[
                "environ",
                "près de",
                "à peu près",
                "presque",
                "une vingtaine",
                "autour de",
            ],
            ("fr", Hedge::Can) => &["peu", "pouv", "pourr", "possible", "parfois"],
            ("fr", Hedge::Often) => &[
                "souvent",
                "plupart",
                "beaucoup",
                "nombreu",
                "en général",
                "généralement",
                "habitude",
                "habituellement",
                "fréquent",
                "presque tous",
            ],
            ("zh-Hans", Hedge::About) => &["约", "大约", "左右", "大概", "将近", "接近", "近"],
            ("zh-Hans", Hedge::Can) => &["可能", "可以", "能", "或许", "也许"],
            ("zh-Hans", Hedge::Often) => {
                &["常", "通常", "大多", "多数", "多种", "许多", "很多", "一般"]
            }
            _ => return None,
        };
        Some(stems.iter().any(|stem| contains_stem(&lower, stem)))
    }
}

/// Whether `stem` starts a word in `text` (or appears anywhere, for scripts without spaces).
fn contains_stem(text: &str, stem: &str) -> bool {
    let spaced = stem
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c.is_alphabetic() && !is_cjk(c));
    if !spaced {
        return text.contains(stem);
    }
    text.match_indices(stem).any(|(at, _)| {
        at == 0
            || !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Lower-case words of English text, with their digits ("24%" stays "24%").
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '.' || c == '\''))
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_stops_but_not_inside_numbers() {
        assert_eq!(
            sentences("Pain was 2.8 out of 10. Is it safe? Ask! Then go"),
            vec!["Pain was 2.8 out of 10.", "Is it safe?", "Ask!", "Then go"]
        );
        assert_eq!(sentences("约24%。会好吗？"), vec!["约24%。", "会好吗？"]);
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn numbers_read_alike_in_every_language() {
        assert_eq!(numbers("about 24% at 1 month"), vec!["24", "1"]);
        assert_eq!(numbers("2,8 sur 10"), vec!["2.8", "10"]);
        assert_eq!(numbers("2.8 out of 10"), vec!["2.8", "10"]);
        assert_eq!(numbers("1,972 patients"), vec!["1972"]);
        assert_eq!(numbers("1 972 patients"), vec!["1972"]);
        assert_eq!(numbers("532, 755 or 1064 nm"), vec!["532", "755", "1064"]);
        assert_eq!(numbers("约24%，3个月"), vec!["24", "3"]);
        assert_eq!(numbers("no figures"), Vec::<String>::new());
    }

    #[test]
    fn claims_are_sentences_about_skin_or_with_a_number() {
        assert!(is_claim("Scars can get better."));
        assert!(is_claim("It was 24% lower."));
        assert!(is_claim("Sunscreen protects healing skin."));
        assert!(!is_claim("Tap each one."));
        assert!(!is_claim("Ask your doctor what fits you."));
        // A word that only contains a claim word is not one ("muskin").
        assert!(!is_claim("Take a muskin."));
    }

    #[test]
    fn hedges_are_found_in_each_language() {
        assert!(Hedge::About.in_english("It was about 24% lower."));
        assert!(!Hedge::About.in_english("Talk about this with your doctor."));
        assert!(Hedge::Can.in_english("Sun can leave dark marks."));
        assert!(!Hedge::Can.in_english("Sun leaves dark marks."));
        assert!(Hedge::Often.in_english("Doctors often combine them."));
        assert!(Hedge::Often.in_english("Many people go back the next day."));
        assert!(!Hedge::Often.in_english("How many people took part?"));
        assert!(!Hedge::Often.in_english("It shows most of all in side light."));
        assert!(!Hedge::Can.in_english("You can choose numbing cream."));
        assert!(!Hedge::About.in_english("Planning around a big day"));
        assert!(Hedge::About.in_english("About a thousandth of a second"));
        assert_eq!(
            Hedge::About.in_language("es", "unos 24 % menos"),
            Some(true)
        );
        assert_eq!(Hedge::About.in_language("es", "un 24 % menos"), Some(false));
        assert_eq!(
            Hedge::Can.in_language("fr", "Le soleil peut laisser"),
            Some(true)
        );
        assert_eq!(
            Hedge::Can.in_language("zh-Hans", "阳光会留下深色印记"),
            Some(false)
        );
        assert_eq!(
            Hedge::Can.in_language("zh-Hans", "阳光可能留下深色印记"),
            Some(true)
        );
        assert_eq!(Hedge::Often.in_language("zh-Hans", "通常很快"), Some(true));
        assert_eq!(Hedge::Often.in_language("xx", "?"), None);
    }
}
