//! The consultation prep's "tell your doctor" questions as cited blocks, for the clinical
//! review sheet and the content tests (the lessons' own blocks come from the content).

use crate::content::cited::{Cited, CitedKind, CitedText, Role};

use super::model::FLAGS;

/// Group name of the prep's blocks in [`Cited::group`].
pub const GROUP: &str = "prepare";

/// Each flag's question and why it matters, with the sources it rests on.
pub fn cited_flags() -> Vec<Cited> {
    FLAGS
        .iter()
        .map(|flag| Cited {
            group: GROUP.to_owned(),
            id: flag.id.to_owned(),
            kind: CitedKind::Other,
            texts: vec![
                CitedText::new(format!("prep-flag-{}", flag.id), Role::Prompt),
                CitedText::new(format!("prep-flag-{}-why", flag.id), Role::Explanation),
            ],
            sources: flag.sources.iter().map(|s| (*s).to_owned()).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_is_a_block_with_its_question_reason_and_sources() {
        let cited = cited_flags();
        assert_eq!(cited.len(), FLAGS.len());
        let isotretinoin = cited.iter().find(|c| c.id == "isotretinoin").unwrap();
        assert_eq!(isotretinoin.sources, vec!["WALDMAN2017"]);
        assert_eq!(isotretinoin.texts[1].id, "prep-flag-isotretinoin-why");
    }
}
