//! The summary carried to the patient's own phone, with no server and nothing stored: packed
//! into a link's fragment (`#summary=...`, which a browser never sends to the server) or, with
//! no web address to open, as plain text. When it does not fit the largest code we draw, the
//! least important parts are left out first, and the receiver is told which.
//!
//! The link's payload is the summary's ids in RON, deflated (`miniz_oxide`) and written in
//! base64url (`data-encoding`). Plain Rust: no Bevy types.

use serde::{Deserialize, Serialize};

use super::model::{FLAGS, MAX_CUSTOM, MAX_CUSTOM_CHARS, Reply, SCARS, Summary, THEMES};
use super::qr::{self, Code};
use crate::content::profile::MarkColour;

/// What a link's fragment starts with (after `#`).
pub const FRAGMENT_KEY: &str = "summary=";

/// The payload's format; a newer one is refused with a message rather than misread.
const WIRE_VERSION: u8 = 1;

/// The most a payload may inflate to: far above any real summary (a few kilobytes), so a
/// crafted link cannot make the page allocate without bound.
const MAX_INFLATED: usize = 32 * 1024;

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

    fn index(self) -> u8 {
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

/// The summary as it travels in a link.
#[derive(Debug, Serialize, Deserialize)]
struct Wire {
    /// Format version.
    v: u8,
    /// Language tag.
    l: String,
    /// Chosen question ids without their `prep-q-` prefix.
    q: Vec<String>,
    /// The patient's own questions.
    c: Vec<String>,
    /// Flags: id, 0 for "yes" or 1 for "not sure".
    f: Vec<(String, u8)>,
    /// Scar types, by position in [`SCARS`].
    s: Vec<u8>,
    /// Colour marks, by position in [`MarkColour::ALL`].
    m: Vec<u8>,
    /// Skin type (1 to 6).
    k: Option<u8>,
    /// Module title ids completed.
    d: Vec<String>,
    /// Prompt ids still unclear.
    u: Vec<String>,
    /// Parts left out to fit, by position in [`Part::ALL`].
    o: Vec<u8>,
}

const QUESTION_PREFIX: &str = "prep-q-";

/// A summary opened from a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub summary: Summary,
    /// The language it was made in.
    pub language: String,
    /// Parts the sender had to leave out to fit the code.
    pub left_out: Vec<Part>,
}

/// Why a link could not be opened (for the log; the patient sees one plain message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    NotASummary,
    Damaged(String),
    Newer(u8),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NotASummary => write!(f, "the address holds no summary"),
            ShareError::Damaged(why) => write!(f, "the summary in the address is damaged: {why}"),
            ShareError::Newer(v) => write!(
                f,
                "the summary was made by a newer Scarwise (format {v}); this one reads {WIRE_VERSION}"
            ),
        }
    }
}

/// The fragment payload (what follows `#summary=`) for `summary` in `language`.
pub fn payload(summary: &Summary, language: &str, left_out: &[Part]) -> String {
    let wire = Wire {
        v: WIRE_VERSION,
        l: language.to_owned(),
        q: summary
            .questions
            .iter()
            .map(|id| id.strip_prefix(QUESTION_PREFIX).unwrap_or(id).to_owned())
            .collect(),
        c: summary.custom.clone(),
        f: summary
            .flags
            .iter()
            .map(|(id, reply)| ((*id).to_owned(), u8::from(*reply != Reply::Yes)))
            .collect(),
        s: summary
            .scars
            .iter()
            .filter_map(|k| SCARS.iter().position(|s| s == k))
            .map(|i| i as u8)
            .collect(),
        m: summary
            .marks
            .iter()
            .filter_map(|m| MarkColour::ALL.iter().position(|c| c == m))
            .map(|i| i as u8)
            .collect(),
        k: summary.skin_type,
        d: summary.modules_completed.clone(),
        u: summary.unclear.clone(),
        o: left_out.iter().map(|p| p.index()).collect(),
    };
    // Serialising these plain fields cannot fail; an empty payload would be refused on
    // opening, never misread.
    let text = ron::to_string(&wire).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
    data_encoding::BASE64URL_NOPAD.encode(&packed)
}

/// The link that opens `summary` in the web build at `address`.
pub fn link(address: &str, summary: &Summary, language: &str, left_out: &[Part]) -> String {
    let address = address.split('#').next().unwrap_or(address);
    format!(
        "{address}#{FRAGMENT_KEY}{}",
        payload(summary, language, left_out)
    )
}

/// The payload of a page address's fragment (`#summary=...`, with or without the `#`), if it
/// holds one.
pub fn from_fragment(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(FRAGMENT_KEY)
        .filter(|p| !p.is_empty())
}

fn unpack(payload: &str) -> Result<Wire, ShareError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(ShareError::NotASummary);
    }
    let packed = data_encoding::BASE64URL_NOPAD
        .decode(payload.as_bytes())
        .map_err(|e| ShareError::Damaged(format!("not base64url ({e})")))?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED)
        .map_err(|e| ShareError::Damaged(format!("does not inflate ({e})")))?;
    let text =
        String::from_utf8(text).map_err(|_| ShareError::Damaged("not UTF-8 text".to_owned()))?;
    // The version first, so a newer format is named as such rather than as damage.
    #[derive(Deserialize)]
    struct Version {
        v: u8,
    }
    if let Ok(Version { v }) = ron::from_str::<Version>(&text)
        && v != WIRE_VERSION
    {
        return Err(ShareError::Newer(v));
    }
    ron::from_str(&text).map_err(|e| ShareError::Damaged(e.to_string()))
}

/// The language a payload was made in, if it opens.
pub fn language_of(payload: &str) -> Option<String> {
    unpack(payload).ok().map(|wire| wire.l)
}

/// Opens a payload. `known` says whether a module title or prompt id exists here; anything
/// unknown (a link from another version, or a crafted one) is dropped, never shown raw.
pub fn open(payload: &str, known: impl Fn(&str) -> bool) -> Result<Shared, ShareError> {
    let wire = unpack(payload)?;
    let questions = wire
        .q
        .iter()
        .filter_map(|short| {
            THEMES
                .iter()
                .flat_map(|t| t.questions.iter())
                .find(|id| id.strip_prefix(QUESTION_PREFIX) == Some(short.as_str()))
                .copied()
        })
        .collect();
    let custom = wire
        .c
        .iter()
        .map(|text| clean_text(text))
        .filter(|text| !text.is_empty())
        .take(MAX_CUSTOM)
        .collect();
    let flags = wire
        .f
        .iter()
        .filter_map(|(id, reply)| {
            let flag = FLAGS.iter().find(|f| f.id == id)?;
            let reply = match reply {
                0 => Reply::Yes,
                1 => Reply::NotSure,
                _ => return None,
            };
            Some((flag.id, reply))
        })
        .collect();
    Ok(Shared {
        summary: Summary {
            questions,
            custom,
            flags,
            scars: wire
                .s
                .iter()
                .filter_map(|i| SCARS.get(usize::from(*i)).copied())
                .collect(),
            marks: wire
                .m
                .iter()
                .filter_map(|i| MarkColour::ALL.get(usize::from(*i)).copied())
                .collect(),
            skin_type: wire.k.filter(|t| (1..=6).contains(t)),
            modules_completed: wire.d.into_iter().filter(|id| known(id)).collect(),
            unclear: wire.u.into_iter().filter(|id| known(id)).collect(),
        },
        language: wire.l,
        left_out: wire
            .o
            .iter()
            .filter_map(|i| Part::ALL.get(usize::from(*i)).copied())
            .collect(),
    })
}

/// A patient's own question as received: one line of printable text, cut to the length the
/// app itself allows (plus its ellipsis).
fn clean_text(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    text.chars().take(MAX_CUSTOM_CHARS + 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::ScarKind;

    fn full() -> Summary {
        Summary {
            questions: THEMES
                .iter()
                .flat_map(|t| t.questions.iter())
                .copied()
                .collect(),
            custom: vec!["Will it hurt? Ça fait mal ? 会痛吗？".to_owned()],
            flags: FLAGS
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    (
                        f.id,
                        if i % 2 == 0 {
                            Reply::Yes
                        } else {
                            Reply::NotSure
                        },
                    )
                })
                .collect(),
            scars: vec![ScarKind::Icepick, ScarKind::Keloid],
            marks: vec![MarkColour::Brown],
            skin_type: Some(4),
            modules_completed: vec!["module-scar-types-title".to_owned()],
            unclear: vec!["scar-types-q-boxcar-size".to_owned()],
        }
    }

    #[test]
    fn a_link_opens_to_the_same_summary_in_its_language() {
        let summary = full();
        let link = link(
            "https://clinic.example/learn/#old",
            &summary,
            "zh-Hans",
            &[Part::Unclear],
        );
        let fragment = link
            .strip_prefix("https://clinic.example/learn/#")
            .expect("the address, then the fragment");
        let payload = from_fragment(fragment).expect("a summary fragment");
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(language_of(payload).as_deref(), Some("zh-Hans"));
        let shared = open(payload, |_| true).expect("opens");
        assert_eq!(shared.summary, summary);
        assert_eq!(shared.language, "zh-Hans");
        assert_eq!(shared.left_out, [Part::Unclear]);
    }

    #[test]
    fn unknown_or_crafted_parts_are_dropped_not_shown() {
        let wire = Wire {
            v: WIRE_VERSION,
            l: "en".to_owned(),
            q: vec!["pain".to_owned(), "nope".to_owned()],
            c: ["a\u{7}b \n  c", "", "1", "2", "3", "4", "5"]
                .map(str::to_owned)
                .to_vec(),
            f: vec![
                ("keloids".to_owned(), 0),
                ("keloids".to_owned(), 7),
                ("nope".to_owned(), 0),
            ],
            s: vec![0, 99],
            m: vec![1, 9],
            k: Some(9),
            d: vec!["module-scar-types-title".to_owned(), "x".to_owned()],
            u: vec!["y".to_owned()],
            o: vec![0, 42],
        };
        let text = ron::to_string(&wire).unwrap();
        let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6);
        let payload = data_encoding::BASE64URL_NOPAD.encode(&packed);
        let shared = open(&payload, |id| id.starts_with("module-")).expect("opens");
        let s = &shared.summary;
        assert_eq!(s.questions, ["prep-q-pain"]);
        assert_eq!(
            s.custom,
            ["a b c", "1", "2", "3", "4"],
            "control characters gone, at most five"
        );
        assert_eq!(s.flags, [("keloids", Reply::Yes)]);
        assert_eq!(s.scars, [ScarKind::Icepick]);
        assert_eq!(s.marks, [MarkColour::Brown]);
        assert_eq!(s.skin_type, None);
        assert_eq!(s.modules_completed, ["module-scar-types-title"]);
        assert!(s.unclear.is_empty());
        assert_eq!(shared.left_out, [Part::Unclear]);
    }

    #[test]
    fn a_damaged_link_says_so_and_a_bomb_is_refused() {
        assert_eq!(from_fragment("#summary="), None);
        assert_eq!(from_fragment("#lang=en"), None);
        assert_eq!(open("", |_| true), Err(ShareError::NotASummary));
        assert!(matches!(open("%%%", |_| true), Err(ShareError::Damaged(_))));
        assert!(matches!(
            open("AAAA", |_| true),
            Err(ShareError::Damaged(_))
        ));
        let good = payload(&full(), "en", &[]);
        let cut = &good[..good.len() / 2];
        assert!(matches!(open(cut, |_| true), Err(ShareError::Damaged(_))));
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 1 << 20], 10);
        let bomb = data_encoding::BASE64URL_NOPAD.encode(&bomb);
        assert!(bomb.len() < 3000, "a small link");
        assert!(matches!(open(&bomb, |_| true), Err(ShareError::Damaged(_))));
        let newer = miniz_oxide::deflate::compress_to_vec(b"(v:2,l:\"en\",later:[1])", 6);
        let newer = data_encoding::BASE64URL_NOPAD.encode(&newer);
        assert_eq!(open(&newer, |_| true), Err(ShareError::Newer(2)));
        for error in [
            ShareError::NotASummary,
            ShareError::Damaged("x".into()),
            ShareError::Newer(2),
        ] {
            assert!(!error.to_string().is_empty());
        }
    }

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
