//! What the patient prepares for the consultation, and the one-page summary built from it.
//! Plain Rust: nothing here is saved or sent anywhere.

use std::collections::BTreeSet;

use crate::content::model::ScarKind;
use crate::content::profile::MarkColour;

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

/// A theme of suggested questions, and the message ids of its questions.
pub struct Theme {
    pub title: &'static str,
    pub questions: &'static [&'static str],
}

/// Suggested questions, grouped by theme (message ids in `locales/<lang>/prepare.ftl`).
pub const THEMES: [Theme; 6] = [
    Theme {
        title: "prep-theme-scars",
        questions: &["prep-q-scar-types", "prep-q-which-help", "prep-q-grade"],
    },
    Theme {
        title: "prep-theme-treatment",
        questions: &[
            "prep-q-why-pico",
            "prep-q-wavelength",
            "prep-q-combine",
            "prep-q-pain",
        ],
    },
    Theme {
        title: "prep-theme-results",
        questions: &["prep-q-realistic", "prep-q-when-see", "prep-q-photos"],
    },
    Theme {
        title: "prep-theme-risks",
        questions: &[
            "prep-q-my-skin-risk",
            "prep-q-side-effects",
            "prep-q-dark-marks",
        ],
    },
    Theme {
        title: "prep-theme-cost",
        questions: &["prep-q-sessions", "prep-q-total-cost", "prep-q-gap"],
    },
    Theme {
        title: "prep-theme-aftercare",
        questions: &["prep-q-downtime", "prep-q-products", "prep-q-call-when"],
    },
];

/// At most this many questions of the patient's own.
pub const MAX_CUSTOM: usize = 5;
/// Longest own question kept, in characters; longer ones are cut with a note.
pub const MAX_CUSTOM_CHARS: usize = 200;

/// A yes / no / not sure answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Yes,
    No,
    NotSure,
}

/// Something to tell the doctor (evidence brief, section 7).
pub struct Flag {
    /// Question and why it matters: `prep-flag-<id>` and `prep-flag-<id>-why`.
    pub id: &'static str,
    /// The words of the brief's section 7 it comes from.
    pub brief: &'static str,
    pub sources: &'static [&'static str],
}

const fn flag(id: &'static str, brief: &'static str, sources: &'static [&'static str]) -> Flag {
    Flag { id, brief, sources }
}

pub const FLAGS: [Flag; 10] = [
    flag(
        "isotretinoin",
        "isotretinoin (e.g. Roaccutane/Accutane) now or recently",
        &["WALDMAN2017"],
    ),
    flag(
        "light-sensitive",
        "medicines or conditions that make skin sensitive to light",
        &["CLINIC-GUIDE"],
    ),
    flag(
        "active-acne",
        "active acne or skin infection",
        &["BRAUER2015", "CLINIC-GUIDE"],
    ),
    flag("cold-sores", "a history of cold sores", &["CLINIC-GUIDE"]),
    flag(
        "pregnant",
        "pregnancy or breastfeeding",
        &["BRAUER2015", "CLINIC-GUIDE"],
    ),
    flag(
        "keloids",
        "a tendency to keloids or raised scars",
        &["JACOB2001", "CLINIC-GUIDE"],
    ),
    flag(
        "tan",
        "a recent tan (about the last 2 weeks) or planned sun holiday",
        &["CLINIC-GUIDE"],
    ),
    flag(
        "recent-procedure",
        "another laser or peel in the past few months",
        &["CLINIC-GUIDE"],
    ),
    flag("skin-cancer", "skin cancer", &["CLINIC-GUIDE"]),
    flag("immune", "a weakened immune system", &["CLINIC-GUIDE"]),
];

/// The skin-type check's questions, each with six answers from "most sun-sensitive" (0) to
/// "least" (5). Message ids `prep-skin-q<n>` and `prep-skin-q<n>-a<k>`.
pub const SKIN_QUESTIONS: usize = 3;
pub const SKIN_ANSWERS: usize = 6;

/// An illustrative Fitzpatrick-style type (1 to 6) from the answers given; `None` until every
/// question is answered.
pub fn skin_type(answers: &[Option<u8>; SKIN_QUESTIONS]) -> Option<u8> {
    let given: Vec<u8> = answers.iter().copied().collect::<Option<_>>()?;
    let sum: u32 = given.iter().map(|&a| u32::from(a.min(5))).sum();
    // The average answer (0 to 5), rounded, is the type minus one.
    let average = (sum as f32 / SKIN_QUESTIONS as f32).round() as u8;
    Some(average + 1)
}

/// Message id explaining a skin type's pigment risk in plain words.
pub fn skin_type_message(skin_type: u8) -> &'static str {
    if skin_type >= 4 {
        "prep-skin-result-darker"
    } else {
        "prep-skin-result-lighter"
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
    fn skin_type_needs_every_answer_and_averages_them() {
        assert_eq!(skin_type(&[Some(0), None, Some(0)]), None);
        assert_eq!(skin_type(&[Some(0), Some(0), Some(0)]), Some(1));
        assert_eq!(skin_type(&[Some(5), Some(5), Some(5)]), Some(6));
        assert_eq!(skin_type(&[Some(2), Some(3), Some(4)]), Some(4));
        assert_eq!(skin_type_message(4), "prep-skin-result-darker");
        assert_eq!(skin_type_message(2), "prep-skin-result-lighter");
    }

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

    /// Section 7 of the brief, copied into the repository (a fresh clone has no `../shared`).
    const SECTION_SEVEN: &str = include_str!("../../tests/fixtures/evidence-brief-section-7.md");

    #[test]
    fn every_flag_quotes_section_seven_of_the_brief() {
        let section = SECTION_SEVEN.replace('\n', " ");
        assert!(
            section.contains("## 7. Tell your doctor"),
            "the copy is section 7"
        );
        for flag in &FLAGS {
            assert!(
                section.contains(flag.brief),
                "{}: {:?} not in section 7",
                flag.id,
                flag.brief
            );
        }
    }
}
