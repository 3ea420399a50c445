//! The summary carried to the patient's own phone in a link's fragment (`#summary=...`, which
//! a browser never sends to the server): the summary's ids in RON, deflated (`miniz_oxide`)
//! and written in base64url (`data-encoding`), and opened again, whatever a crafted link holds.
//! Plain Rust: no Bevy types.

use serde::{Deserialize, Serialize};

use super::fit::Part;
use super::model::{FLAGS, MAX_CUSTOM, MAX_CUSTOM_CHARS, Reply, SCARS, Summary, THEMES};
use crate::content::profile::MarkColour;

/// What a link's fragment starts with (after `#`).
pub const FRAGMENT_KEY: &str = "summary=";

/// The payload's format; a newer one is refused with a message rather than misread.
const WIRE_VERSION: u8 = 1;

/// The most a payload may inflate to: far above any real summary (a few kilobytes), so a
/// crafted link cannot make the page allocate without bound.
const MAX_INFLATED: usize = 32 * 1024;

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
    /// Flags: id, then 0 for "yes", 1 for "not sure", 2 for "no".
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
            .map(|(id, reply)| {
                let code = match reply {
                    Reply::Yes => 0,
                    Reply::NotSure => 1,
                    Reply::No => 2,
                };
                ((*id).to_owned(), code)
            })
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
    match ron::from_str::<Version>(&text) {
        Ok(Version { v }) if v > WIRE_VERSION => return Err(ShareError::Newer(v)),
        Ok(Version { v }) if v < WIRE_VERSION => {
            return Err(ShareError::Damaged(format!("an unknown older format {v}")));
        }
        _ => {}
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
    let questions = distinct(wire.q.iter().filter_map(|short| {
        THEMES
            .iter()
            .flat_map(|t| t.questions.iter())
            .find(|id| id.strip_prefix(QUESTION_PREFIX) == Some(short.as_str()))
            .copied()
    }));
    let custom = wire
        .c
        .iter()
        .map(|text| clean_text(text))
        .filter(|text| !text.is_empty())
        .take(MAX_CUSTOM)
        .collect();
    let mut flags: Vec<(&'static str, Reply)> = Vec::new();
    for (id, reply) in &wire.f {
        let Some(flag) = FLAGS.iter().find(|f| f.id == id) else {
            continue;
        };
        // The summary lists "yes" and "not sure" only; a flag counts once.
        let reply = match reply {
            0 => Reply::Yes,
            1 => Reply::NotSure,
            _ => continue,
        };
        if !flags.iter().any(|(seen, _)| *seen == flag.id) {
            flags.push((flag.id, reply));
        }
    }
    let known_ids = |ids: Vec<String>| -> Vec<String> {
        distinct(ids.into_iter().filter(|id| known(id)))
            .into_iter()
            .take(MAX_IDS)
            .collect()
    };
    Ok(Shared {
        summary: Summary {
            questions,
            custom,
            flags,
            scars: distinct(
                wire.s
                    .iter()
                    .filter_map(|i| SCARS.get(usize::from(*i)).copied()),
            ),
            marks: distinct(
                wire.m
                    .iter()
                    .filter_map(|i| MarkColour::ALL.get(usize::from(*i)).copied()),
            ),
            skin_type: wire.k.filter(|t| (1..=6).contains(t)),
            modules_completed: known_ids(wire.d),
            unclear: known_ids(wire.u),
        },
        language: wire.l,
        left_out: distinct(
            wire.o
                .iter()
                .filter_map(|i| Part::ALL.get(usize::from(*i)).copied()),
        ),
    })
}

/// The most module titles or unclear topics a received summary keeps (far more than the
/// content has): a crafted link cannot make a list without end.
const MAX_IDS: usize = 200;

/// `items` without repeats, in their first order.
fn distinct<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut kept = Vec::new();
    for item in items {
        if !kept.contains(&item) {
            kept.push(item);
        }
    }
    kept
}

/// A patient's own question as received: one line of printable text, cut to the length the
/// app itself allows (plus its ellipsis).
fn clean_text(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !invisible(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    text.chars().take(MAX_CUSTOM_CHARS + 1).collect()
}

/// Characters that change how text around them shows without showing themselves: direction
/// overrides and isolates, zero-width spaces and joiners, the byte-order mark.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::content::model::ScarKind;

    pub(in crate::consult) fn full() -> Summary {
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
            q: vec!["pain".to_owned(), "nope".to_owned(), "pain".to_owned()],
            c: ["a\u{7}b \n  c", "", "\u{202E}1\u{200B}", "2", "3", "4", "5"]
                .map(str::to_owned)
                .to_vec(),
            f: vec![
                ("keloids".to_owned(), 0),
                ("keloids".to_owned(), 7),
                ("keloids".to_owned(), 1),
                ("tan".to_owned(), 2),
                ("nope".to_owned(), 0),
            ],
            s: vec![0, 99, 0],
            m: vec![1, 9],
            k: Some(9),
            d: vec!["module-scar-types-title".to_owned(), "x".to_owned()],
            u: vec!["y".to_owned()],
            o: vec![0, 42, 0],
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
            "control and invisible characters gone, at most five"
        );
        assert_eq!(
            s.flags,
            [("keloids", Reply::Yes)],
            "once, and never a \"no\""
        );
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
        let older = miniz_oxide::deflate::compress_to_vec(b"(v:0,l:\"en\")", 6);
        let older = data_encoding::BASE64URL_NOPAD.encode(&older);
        assert!(matches!(
            open(&older, |_| true),
            Err(ShareError::Damaged(_))
        ));
        for error in [
            ShareError::NotASummary,
            ShareError::Damaged("x".into()),
            ShareError::Newer(2),
        ] {
            assert!(!error.to_string().is_empty());
        }
    }
}
