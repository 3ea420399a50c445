//! What read-aloud reads: a passage of text blocks cut into sentences, and where the reading
//! is. Pure logic, no Bevy types.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// The text a "Read aloud" control reads, as the screen shows it: a heading, paragraphs,
/// choices, each a block. `key` names what is shown (a lesson page, a question, an answer),
/// so the reading stops when the screen shows something else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub key: String,
    /// The language the text is written in (a shipped tag such as "es" or "zh-Hans").
    pub language: String,
    pub blocks: Vec<String>,
    /// The module whose text version holds this text (offered where no voice can read it).
    pub module: Option<String>,
}

/// One sentence: which block it is in and where in that block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub block: usize,
    pub range: Range<usize>,
}

/// The sentences of `text` as byte ranges, by Unicode's sentence boundaries (UAX #29),
/// without the spaces between them. A Chinese full stop ends a sentence as "." does.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    text.split_sentence_bound_indices()
        .filter_map(|(start, sentence)| {
            let trimmed_start = sentence.len() - sentence.trim_start().len();
            let trimmed = sentence.trim();
            (!trimmed.is_empty()).then(|| {
                let from = start + trimmed_start;
                from..from + trimmed.len()
            })
        })
        .collect()
}

impl Passage {
    /// Every sentence of every block, in reading order.
    pub fn sentences(&self) -> Vec<Sentence> {
        self.blocks
            .iter()
            .enumerate()
            .flat_map(|(block, text)| {
                sentences(text)
                    .into_iter()
                    .map(move |range| Sentence { block, range })
            })
            .collect()
    }

    /// The text of one sentence.
    pub fn text_of(&self, sentence: &Sentence) -> &str {
        self.blocks
            .get(sentence.block)
            .and_then(|text| text.get(sentence.range.clone()))
            .unwrap_or_default()
    }
}

/// Whether the voice is speaking or waits on a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Playback {
    Speaking,
    Paused,
}

/// A passage being read: its sentences and the one being read (or paused on).
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub passage: Passage,
    pub sentences: Vec<Sentence>,
    /// The sentence being read, or the one a pause stopped in (read again from its start).
    pub at: usize,
    pub playback: Playback,
}

impl Reading {
    /// A reading of `passage` from its first sentence in block `from_block` (0: the start).
    /// `None` when the passage has nothing to read there.
    pub fn new(passage: Passage, from_block: usize) -> Option<Reading> {
        let sentences = passage.sentences();
        let at = sentences.iter().position(|s| s.block >= from_block)?;
        Some(Reading {
            passage,
            sentences,
            at,
            playback: Playback::Speaking,
        })
    }

    /// A reading of `passage` from the sentence holding byte `offset` of block `block`.
    pub fn from_offset(passage: Passage, block: usize, offset: usize) -> Option<Reading> {
        let mut reading = Reading::new(passage, block)?;
        if let Some(at) = reading
            .sentences
            .iter()
            .rposition(|s| s.block == block && s.range.start <= offset)
        {
            reading.at = at;
        }
        Some(reading)
    }

    /// The sentence being read.
    pub fn current(&self) -> Option<&Sentence> {
        self.sentences.get(self.at)
    }

    /// The text of the sentence being read.
    pub fn current_text(&self) -> &str {
        self.current()
            .map(|s| self.passage.text_of(s))
            .unwrap_or_default()
    }

    /// Moves on after a sentence was read; false when the passage is done.
    pub fn advance(&mut self) -> bool {
        self.at += 1;
        self.at < self.sentences.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_full_stops_in_every_shipped_script() {
        assert_eq!(
            texts("Pico lasers use very short pulses. Most people feel heat!  Ask your doctor?"),
            [
                "Pico lasers use very short pulses.",
                "Most people feel heat!",
                "Ask your doctor?"
            ]
        );
        assert_eq!(
            texts("Los láseres pico usan pulsos muy cortos. ¿Duele? Un poco."),
            [
                "Los láseres pico usan pulsos muy cortos.",
                "¿Duele?",
                "Un poco."
            ]
        );
        assert_eq!(
            texts("Cela pique un peu\u{a0}! Demandez à votre médecin."),
            ["Cela pique un peu\u{a0}!", "Demandez à votre médecin."]
        );
        assert_eq!(
            texts("皮秒激光的脉冲很短。治疗后皮肤常会发红。请问医生！"),
            ["皮秒激光的脉冲很短。", "治疗后皮肤常会发红。", "请问医生！"]
        );
        assert!(sentences("   ").is_empty());
    }

    fn passage() -> Passage {
        Passage {
            key: "page".into(),
            language: "en".into(),
            blocks: vec![
                "Title".into(),
                "One. Two.".into(),
                String::new(),
                "Three.".into(),
            ],
            module: None,
        }
    }

    #[test]
    fn a_reading_goes_through_every_sentence_of_every_block_in_order() {
        let mut reading = Reading::new(passage(), 0).unwrap();
        let mut read = vec![reading.current_text().to_owned()];
        while reading.advance() {
            read.push(reading.current_text().to_owned());
        }
        assert_eq!(read, ["Title", "One.", "Two.", "Three."]);
        assert_eq!(reading.current_text(), "");
    }

    #[test]
    fn reading_from_here_starts_at_the_sentence_touched() {
        let reading = Reading::from_offset(passage(), 1, 6).unwrap();
        assert_eq!(reading.current_text(), "Two.");
        let reading = Reading::from_offset(passage(), 1, 0).unwrap();
        assert_eq!(reading.current_text(), "One.");
        // An empty block reads from the next one that has text.
        let reading = Reading::new(passage(), 2).unwrap();
        assert_eq!(reading.current_text(), "Three.");
        assert!(Reading::new(passage(), 4).is_none());
    }
}
