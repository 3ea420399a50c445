//! Fitting a summary into the largest code: items are removed one at a time from the least
//! important part first, and the parts cut are named. Plain Rust: no Bevy types.

use super::model::Summary;
use super::qr::{self, Code};

/// A part of the summary that can be left out to fit the code, least important first: the
/// "tell your doctor" answers go last, after the patient's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Unclear,
    Learnt,
    SkinType,
    Marks,
    Scars,
    Questions,
    Flags,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Unclear,
        Part::Learnt,
        Part::SkinType,
        Part::Marks,
        Part::Scars,
        Part::Questions,
        Part::Flags,
    ];

    /// The message id of the summary heading this part sits under.
    pub fn heading_id(self) -> &'static str {
        match self {
            Part::Unclear => "prep-summary-unclear",
            Part::Learnt => "prep-summary-learnt",
            Part::SkinType => "prep-summary-skin",
            Part::Marks => "prep-summary-marks",
            Part::Scars => "prep-summary-scars",
            Part::Questions => "prep-summary-questions",
            Part::Flags => "prep-summary-flags",
        }
    }

    pub(super) fn index(self) -> u8 {
        Part::ALL
            .iter()
            .position(|p| *p == self)
            .unwrap_or_default() as u8
    }
}

/// Removes the last item of the least important part that still has one. Returns that part,
/// or `None` when nothing is left to remove.
pub fn drop_one(summary: &mut Summary) -> Option<Part> {
    fn pop<T>(items: &mut Vec<T>) -> bool {
        items.pop().is_some()
    }
    for part in Part::ALL {
        let dropped = match part {
            Part::Unclear => pop(&mut summary.unclear),
            Part::Learnt => pop(&mut summary.modules_completed),
            Part::SkinType => summary.skin_type.take().is_some(),
            Part::Marks => pop(&mut summary.marks),
            Part::Scars => pop(&mut summary.scars),
            // The patient's own words are kept longer than the suggested questions.
            Part::Questions => pop(&mut summary.questions) || pop(&mut summary.custom),
            Part::Flags => pop(&mut summary.flags),
        };
        if dropped {
            return Some(part);
        }
    }
    None
}

/// A summary made to fit a code: the code, what it holds, and the parts cut (each once, in
/// [`Part`] order).
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub code: Code,
    pub data: Vec<u8>,
    pub left_out: Vec<Part>,
}

/// Fits `summary` into the largest code: `pack` turns a (trimmed) summary and the parts left
/// out so far into the code's bytes, and whether they are text to mark as UTF-8. Items are
/// removed one at a time, least important first, until the bytes fit. `None` only if not
/// even an empty summary fits (a web address far too long).
pub fn fit(
    summary: &Summary,
    pack: impl Fn(&Summary, &[Part]) -> (Vec<u8>, bool),
) -> Option<Fitted> {
    let mut summary = summary.clone();
    let mut left_out: Vec<Part> = Vec::new();
    loop {
        let (data, text) = pack(&summary, &left_out);
        if let Some(code) = qr::encode(&data, text) {
            return Some(Fitted {
                code,
                data,
                left_out,
            });
        }
        let part = drop_one(&mut summary)?;
        if !left_out.contains(&part) {
            left_out.push(part);
            left_out.sort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consult::model::MAX_CUSTOM;
    use crate::consult::share::payload;
    use crate::consult::share::tests::full;

    #[test]
    fn trimming_leaves_the_doctor_flags_and_questions_for_last() {
        let mut summary = full();
        let mut order = Vec::new();
        while let Some(part) = drop_one(&mut summary) {
            if order.last() != Some(&part) {
                order.push(part);
            }
        }
        assert_eq!(order, Part::ALL, "each part emptied in turn, flags last");
        let mut summary = full();
        summary.questions.truncate(1);
        for _ in 0..4 {
            drop_one(&mut summary);
        }
        assert!(summary.unclear.is_empty() && summary.modules_completed.is_empty());
        assert_eq!(summary.skin_type, None);
        assert_eq!(summary.marks, []);
        drop_one(&mut summary);
        drop_one(&mut summary);
        drop_one(&mut summary);
        assert!(summary.questions.is_empty());
        assert_eq!(
            summary.custom.len(),
            1,
            "the patient's own words outlast the suggestions"
        );
    }

    #[test]
    fn a_summary_too_long_is_cut_from_the_least_important_part() {
        let mut summary = full();
        summary.custom = (0..MAX_CUSTOM)
            .map(|i| format!("{i} {}", "why does my skin do this ".repeat(4)))
            .collect();
        summary.unclear = (0..60)
            .map(|i| format!("module-q-{i}-unclear-prompt"))
            .collect();
        // Plain text: every character counts, so this one cannot fit whole.
        let pack = |s: &Summary, _: &[Part]| {
            let mut text = s.custom.join("\n");
            text.push_str(&s.unclear.join("\n"));
            for (flag, _) in &s.flags {
                text.push_str(flag);
            }
            (text.into_bytes(), true)
        };
        let fitted = fit(&summary, pack).expect("fits once trimmed");
        assert_eq!(fitted.left_out, [Part::Unclear], "{:?}", fitted.left_out);
        assert!(fitted.code.version <= qr::MAX_VERSION);
        let text = String::from_utf8(fitted.data).unwrap();
        assert!(
            text.contains(&summary.custom[4]),
            "all the own questions kept"
        );
        assert!(text.contains("keloids"), "the flags kept");
        // Small enough already: nothing left out.
        let small = fit(&full(), |s, o| (payload(s, "en", o).into_bytes(), false)).unwrap();
        assert!(small.left_out.is_empty());
        // Nothing fits an address far too long.
        assert_eq!(fit(&full(), |_, _| (vec![b'a'; 5000], false)), None);
    }
}
