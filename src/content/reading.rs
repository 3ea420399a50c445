//! Reading level of English text: the Flesch-Kincaid grade, so tests can hold patient-facing
//! text to about a 6th-grade level.
//!
//! Syllables are counted by the usual heuristic (groups of vowels, a silent final "e"), which
//! is what readability tools do; it is close, not exact, and the same for every text.

/// Words, sentences and syllables of a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Counts {
    pub fn of(text: &str) -> Counts {
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        if words.is_empty() {
            return Counts::default();
        }
        // Sentence ends: ., ! or ? followed by a space or the end. A text without one (a title,
        // a button) is one sentence.
        let chars: Vec<char> = text.trim().chars().collect();
        let mut sentences = 0;
        for (i, ch) in chars.iter().enumerate() {
            let end = matches!(ch, '.' | '!' | '?');
            let next = chars.get(i + 1);
            if end && next.is_none_or(|n| n.is_whitespace()) {
                sentences += 1;
            }
        }
        if !matches!(chars.last(), Some('.' | '!' | '?')) {
            sentences += 1;
        }
        Counts {
            words: words.len(),
            sentences,
            syllables: words.iter().map(|w| syllables(w)).sum(),
        }
    }

    /// The Flesch-Kincaid grade level; `None` for a text without words.
    pub fn grade(&self) -> Option<f64> {
        if self.words == 0 {
            return None;
        }
        let words = self.words as f64;
        Some(
            0.39 * words / self.sentences.max(1) as f64 + 11.8 * self.syllables as f64 / words
                - 15.59,
        )
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            syllables: self.syllables + other.syllables,
        }
    }
}

/// Syllables in a word, by vowel groups. A number counts as two (most are read as two or
/// more syllables: "twenty", "1.5").
pub fn syllables(word: &str) -> usize {
    let letters: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.is_empty() {
        return if word.chars().any(|c| c.is_ascii_digit()) {
            2
        } else {
            0
        };
    }
    let mut groups = 0;
    let mut in_vowel = false;
    for ch in letters.chars() {
        let vowel = matches!(ch, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    if letters.ends_with('e') && !letters.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_common_words() {
        for (word, n) in [
            ("skin", 1),
            ("laser", 2),
            ("scar", 1),
            ("make", 1),
            ("little", 2),
            ("treatment", 2),
            ("dermis", 2),
            ("redness", 2),
            ("picosecond", 4),
            ("24%", 2),
            ("—", 0),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn simple_text_scores_low_and_dense_text_high() {
        let simple = Counts::of("The cat sat on the mat. It was warm.");
        assert_eq!(simple.words, 9);
        assert_eq!(simple.sentences, 2);
        assert!(simple.grade().is_some_and(|g| g < 2.0), "{simple:?}");
        let dense = Counts::of(
            "Photomechanical fragmentation of intradermal pigment necessitates \
             ultrashort pulse durations relative to thermal relaxation characteristics.",
        );
        assert!(dense.grade().is_some_and(|g| g > 16.0), "{dense:?}");
        assert_eq!(Counts::of("  ").grade(), None);
        // A label without a full stop is one sentence; "1.5" does not end one.
        assert_eq!(Counts::of("About 1.5 to 4 mm across").sentences, 1);
    }
}
