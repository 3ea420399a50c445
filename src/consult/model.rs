//! What the patient prepares for the consultation, and the one-page summary built from it.
//! Plain Rust: nothing here is saved or sent anywhere.

use std::collections::BTreeSet;

use crate::content::model::ScarKind;
use crate::content::profile::MarkColour;

pub use super::catalogue::{
    FLAGS, Flag, MAX_CUSTOM, MAX_CUSTOM_CHARS, Reply, SKIN_ANSWERS, SKIN_QUESTIONS, THEMES, Theme,
    skin_type, skin_type_message,
};

/// The scar types the patient can pick as looking like theirs: every type but the flat colour
/// marks, which are listed apart as not scars ([`MarkColour`]).
pub const SCARS: [ScarKind; 5] = [
    ScarKind::Icepick,
    ScarKind::Boxcar,
    ScarKind::Rolling,
    ScarKind::Hypertrophic,
    ScarKind::Keloid,
];

/// Message id of a colour mark's name in the list of marks (not scars).
pub fn mark_id(colour: MarkColour) -> &'static str {
    match colour {
        MarkColour::Red => "prep-mark-red",
        MarkColour::Brown => "prep-mark-brown",
    }
}

/// Everything the patient chose; kept in memory only.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Preparation {
    pub questions: BTreeSet<&'static str>,
    pub custom: Vec<String>,
    pub flags: Vec<(&'static str, Reply)>,
    pub skin: [Option<u8>; SKIN_QUESTIONS],
    pub scars: BTreeSet<ScarKind>,
    /// Flat colour marks the patient has too: listed beside the scars, as not scars.
    pub marks: BTreeSet<MarkColour>,
}

impl Preparation {
    pub fn toggle_question(&mut self, id: &'static str) {
        if !self.questions.remove(id) {
            self.questions.insert(id);
        }
    }

    /// Adds an own question, trimmed and cut to [`MAX_CUSTOM_CHARS`]. Returns whether it was
    /// cut; an empty question or one past [`MAX_CUSTOM`] is not added (`None`).
    pub fn add_custom(&mut self, text: &str) -> Option<bool> {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || self.custom.len() >= MAX_CUSTOM {
            return None;
        }
        let cut = text.chars().count() > MAX_CUSTOM_CHARS;
        let kept: String = text.chars().take(MAX_CUSTOM_CHARS).collect();
        self.custom
            .push(if cut { format!("{kept}…") } else { kept });
        Some(cut)
    }

    pub fn reply(&self, flag: &str) -> Option<Reply> {
        self.flags
            .iter()
            .find(|(id, _)| *id == flag)
            .map(|(_, r)| *r)
    }

    pub fn set_reply(&mut self, flag: &'static str, reply: Reply) {
        match self.flags.iter_mut().find(|(id, _)| *id == flag) {
            Some(entry) => entry.1 = reply,
            None => self.flags.push((flag, reply)),
        }
    }

    /// Picks or unpicks a scar type; a colour mark is not a scar, so it is not taken here
    /// (see [`Preparation::toggle_mark`]).
    pub fn toggle_scar(&mut self, kind: ScarKind) {
        if !SCARS.contains(&kind) {
            return;
        }
        if !self.scars.remove(&kind) {
            self.scars.insert(kind);
        }
    }

    pub fn toggle_mark(&mut self, colour: MarkColour) {
        if !self.marks.remove(&colour) {
            self.marks.insert(colour);
        }
    }
}

/// The one-page summary, as message ids and the patient's own words (so it can be shown in
/// any language and written to a file).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Suggested questions chosen, in the catalogue's order.
    pub questions: Vec<&'static str>,
    pub custom: Vec<String>,
    /// Flags answered "yes" or "not sure", in the brief's order.
    pub flags: Vec<(&'static str, Reply)>,
    /// Scar types picked, in the lesson's order (never a colour mark).
    pub scars: Vec<ScarKind>,
    /// Colour marks (not scars) picked, red then brown.
    pub marks: Vec<MarkColour>,
    pub skin_type: Option<u8>,
    /// Module title ids completed, in journey order.
    pub modules_completed: Vec<String>,
    /// Quiz prompt ids of questions still waiting for review (still unclear).
    pub unclear: Vec<String>,
}

impl Summary {
    /// Builds the summary. `modules` are `(id, title id)` in journey order; `prompt_of` finds
    /// a quiz item's prompt id from its `module/item` key.
    pub fn build(
        prep: &Preparation,
        progress: &crate::progress::model::Progress,
        modules: &[(String, String)],
        prompt_of: impl Fn(&str) -> Option<String>,
    ) -> Summary {
        let questions = THEMES
            .iter()
            .flat_map(|t| t.questions.iter())
            .filter(|q| prep.questions.contains(*q))
            .copied()
            .collect();
        let flags = FLAGS
            .iter()
            .filter_map(|f| prep.reply(f.id).map(|r| (f.id, r)))
            .filter(|(_, r)| *r != Reply::No)
            .collect();
        Summary {
            questions,
            custom: prep.custom.clone(),
            flags,
            scars: SCARS
                .into_iter()
                .filter(|k| prep.scars.contains(k))
                .collect(),
            marks: MarkColour::ALL
                .into_iter()
                .filter(|m| prep.marks.contains(m))
                .collect(),
            skin_type: skin_type(&prep.skin),
            modules_completed: modules
                .iter()
                .filter(|(id, _)| progress.completed.contains_key(id))
                .map(|(_, title)| title.clone())
                .collect(),
            unclear: progress
                .review
                .keys()
                .filter_map(|key| prompt_of(key))
                .collect(),
        }
    }

    /// Whether the patient chose no question at all (the summary then offers the suggested
    /// ones).
    pub fn no_questions(&self) -> bool {
        self.questions.is_empty() && self.custom.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::Progress;

    #[test]
    fn own_questions_are_trimmed_cut_and_limited() {
        let mut prep = Preparation::default();
        assert_eq!(prep.add_custom("   "), None);
        assert_eq!(prep.add_custom("  Will it   hurt? "), Some(false));
        assert_eq!(prep.custom[0], "Will it hurt?");
        let long = "why ".repeat(100);
        assert_eq!(prep.add_custom(&long), Some(true));
        assert_eq!(prep.custom[1].chars().count(), MAX_CUSTOM_CHARS + 1);
        assert!(prep.custom[1].ends_with('…'));
        for _ in 0..10 {
            prep.add_custom("more");
        }
        assert_eq!(prep.custom.len(), MAX_CUSTOM);
    }

    #[test]
    fn the_summary_holds_what_was_chosen_in_order() {
        let mut prep = Preparation::default();
        prep.toggle_question("prep-q-call-when");
        prep.toggle_question("prep-q-scar-types");
        prep.toggle_question("prep-q-pain");
        prep.toggle_question("prep-q-pain");
        prep.set_reply("keloids", Reply::Yes);
        prep.set_reply("isotretinoin", Reply::NotSure);
        prep.set_reply("tan", Reply::No);
        prep.set_reply("tan", Reply::No);
        prep.toggle_scar(ScarKind::Rolling);
        prep.toggle_scar(ScarKind::Icepick);
        prep.toggle_mark(MarkColour::Brown);
        prep.toggle_mark(MarkColour::Red);
        prep.toggle_mark(MarkColour::Red);
        prep.skin = [Some(3), Some(4), Some(4)];
        let mut progress = Progress::default();
        progress
            .completed
            .insert("scar-types".into(), Default::default());
        progress.review.insert(
            "scar-types/boxcar-size".into(),
            crate::progress::model::ReviewCard { level: 1, due: 0 },
        );
        let modules = vec![
            (
                "scar-types".to_owned(),
                "module-scar-types-title".to_owned(),
            ),
            ("downtime".to_owned(), "module-downtime-title".to_owned()),
        ];
        let summary = Summary::build(&prep, &progress, &modules, |key| {
            (key == "scar-types/boxcar-size").then(|| "scar-types-q-boxcar-size".to_owned())
        });
        assert_eq!(summary.questions, ["prep-q-scar-types", "prep-q-call-when"]);
        assert_eq!(
            summary.flags,
            [("isotretinoin", Reply::NotSure), ("keloids", Reply::Yes)],
            "in the brief's order, without the no's"
        );
        assert_eq!(summary.scars, [ScarKind::Icepick, ScarKind::Rolling]);
        assert_eq!(summary.marks, [MarkColour::Brown]);
        assert_eq!(summary.skin_type, Some(5));
        assert_eq!(summary.modules_completed, ["module-scar-types-title"]);
        assert_eq!(summary.unclear, ["scar-types-q-boxcar-size"]);
        assert!(!summary.no_questions());
        let empty = Summary::build(
            &Preparation::default(),
            &Progress::default(),
            &modules,
            |_| None,
        );
        assert!(empty.no_questions() && empty.flags.is_empty() && empty.skin_type.is_none());
    }

    #[test]
    fn colour_marks_are_listed_apart_never_as_a_scar() {
        let mut prep = Preparation::default();
        prep.toggle_scar(ScarKind::ColourMark);
        assert!(
            prep.scars.is_empty(),
            "a colour mark is not taken as a scar"
        );
        assert!(!SCARS.contains(&ScarKind::ColourMark));
        assert_eq!(
            SCARS.len() + 1,
            ScarKind::ALL.len(),
            "every other type is offered"
        );
        prep.toggle_mark(MarkColour::Red);
        prep.toggle_scar(ScarKind::Boxcar);
        let summary = Summary::build(&prep, &Progress::default(), &[], |_| None);
        assert_eq!(summary.scars, [ScarKind::Boxcar]);
        assert_eq!(summary.marks, [MarkColour::Red]);
        assert_ne!(mark_id(MarkColour::Red), mark_id(MarkColour::Brown));
    }
}
