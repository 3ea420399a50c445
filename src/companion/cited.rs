//! The Today card's and the calendar's medical words as cited blocks, for the clinical review
//! sheet and the content tests (so they are held to the brief like every lesson).

use crate::content::cited::{Cited, CitedKind, CitedText, Role};

/// Group name of the companion's blocks in [`Cited::group`].
pub const GROUP: &str = "companion";

/// Each stage's words with the sources they rest on.
pub fn cited_today() -> Vec<Cited> {
    let block = |id: &str, texts: &[&str], sources: &[&str]| Cited {
        group: GROUP.to_owned(),
        id: id.to_owned(),
        kind: CitedKind::Other,
        texts: texts
            .iter()
            .map(|t| CitedText::new(*t, Role::Paragraph))
            .collect(),
        sources: sources.iter().map(|s| (*s).to_owned()).collect(),
    };
    vec![
        block(
            "before",
            &[
                "today-before-tell",
                "today-before-avoid",
                "companion-ics-session-about",
            ],
            &["BRAUER2015", "CLINIC-GUIDE", "WALDMAN2017"],
        ),
        block(
            "aftercare",
            &[
                "today-step-sunscreen",
                "today-step-hands-off",
                "today-step-no-actives",
                "today-step-no-actives-until",
                "today-step-actives-back",
                "today-step-make-up",
                "today-step-no-heat",
                "companion-typical-advice",
            ],
            &["TEXTBOOK-NAF", "CLINIC-GUIDE"],
        ),
        block(
            "rebuilding",
            &[
                "today-rebuilding",
                "today-keep-caring",
                "today-after-last-body",
            ],
            &["BRAUER2015", "CLINIC-GUIDE", "COCHRANE", "CONNOLLY2017"],
        ),
    ]
}
