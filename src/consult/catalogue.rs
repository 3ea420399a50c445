//! What the consultation prep offers: suggested questions by theme, the "tell your doctor"
//! questions from the evidence brief's section 7, and the illustrative skin-type check.
//! Plain Rust, no Bevy.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skin_type_needs_every_answer_and_averages_them() {
        assert_eq!(skin_type(&[Some(0), None, Some(0)]), None);
        assert_eq!(skin_type(&[Some(0), Some(0), Some(0)]), Some(1));
        assert_eq!(skin_type(&[Some(5), Some(5), Some(5)]), Some(6));
        assert_eq!(skin_type(&[Some(2), Some(3), Some(4)]), Some(4));
        assert_eq!(skin_type_message(4), "prep-skin-result-darker");
        assert_eq!(skin_type_message(2), "prep-skin-result-lighter");
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
