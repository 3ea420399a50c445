//! The save: a versioned RON document, and how it is read, checked, brought up to date and
//! written wherever it lives (a [`SaveStore`]).
//!
//! Only a save that cannot be parsed is renamed aside (with a timestamp), and the app starts
//! fresh and says so. A save that cannot be *read* just now (permissions, a lock, an I/O
//! error) or that a newer Scarwise wrote is left exactly as it is, and the app runs in memory.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::migrate;
use super::model::Progress;
use crate::settings::Settings;

/// The save format this build writes; older ones are migrated when read (see `migrate`).
pub const SAVE_VERSION: u32 = 3;
/// The save's file name (desktop and phone).
pub const SAVE_FILE: &str = "save.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SaveData {
    pub version: u32,
    pub progress: Progress,
    pub settings: Settings,
}

/// Why a save's text was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Written by a newer Scarwise (this save version): not damaged, only not understood.
    Newer(u32),
    /// No Scarwise could have written it: cut short, edited or garbled.
    Damaged(String),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Newer(version) => {
                write!(
                    f,
                    "it was written by a newer Scarwise (save version {version})"
                )
            }
            Refusal::Damaged(reason) => f.write_str(reason),
        }
    }
}

/// A save that was taken, and the version it was written in (older ones are migrated).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub data: SaveData,
    pub from_version: u32,
}

/// Reads a save of this or an older version, rejecting newer versions and impossible values.
pub fn parse_save(text: &str) -> Result<Parsed, Refusal> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let damaged = |e: ron::error::SpannedError| Refusal::Damaged(format!("it is damaged ({e})"));
    // The version first, so a newer save is reported as newer, not as malformed.
    let version = match ron::from_str::<VersionOnly>(text) {
        Ok(v) => v.version,
        // A newer Scarwise may write what this one cannot parse; its version still shows.
        Err(e) => match leading_version(text) {
            Some(version) if version > SAVE_VERSION => return Err(Refusal::Newer(version)),
            _ => return Err(damaged(e)),
        },
    };
    let data: SaveData = match version {
        SAVE_VERSION => ron::from_str(text).map_err(damaged)?,
        newer if newer > SAVE_VERSION => return Err(Refusal::Newer(newer)),
        older => {
            let value: ron::Value = ron::from_str(text).map_err(damaged)?;
            migrate::to_current(older, value)
                .map_err(|e| Refusal::Damaged(format!("it is damaged ({e})")))?
        }
    };
    if !data.progress.is_plausible() || !data.settings.is_valid() {
        return Err(Refusal::Damaged(
            "it holds values no game could have produced".to_owned(),
        ));
    }
    Ok(Parsed {
        data,
        from_version: version,
    })
}

/// The number in a save's opening `(version: N,`, read without parsing the rest.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest
        .strip_prefix("version")?
        .trim_start()
        .strip_prefix(':')?;
    let rest = rest.trim_start();
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    rest[..digits].parse().ok()
}

/// What loading found.
#[derive(Debug)]
pub enum Loaded {
    /// No save yet.
    Fresh,
    Save(SaveData),
    /// A save of an older version, brought up to this one; it should be written back.
    Migrated {
        data: SaveData,
        from: u32,
    },
    /// The save could not be parsed and was kept aside under the name `kept_as` (if that
    /// worked).
    SetAside {
        reason: String,
        kept_as: Option<String>,
    },
    /// A newer Scarwise wrote the save: it is left untouched.
    Newer {
        version: u32,
    },
    /// The save could not be read just now: it is left untouched.
    Unreadable {
        reason: String,
    },
}

/// Where the save text lives: a file on desktop and mobile, the browser's localStorage on the
/// web. Loading, checking and setting aside are the same for every place.
pub trait SaveStore: Send + Sync + 'static {
    /// The saved text, `None` if nothing was saved yet.
    fn read(&self) -> Result<Option<Vec<u8>>, String>;
    /// Replaces the saved text in one step: never half-written.
    fn write(&self, text: &str) -> Result<(), String>;
    /// Keeps the current save under another name that has `stamp` in it; returns that name.
    fn set_aside(&self, stamp: u64) -> Result<String, String>;
    /// Where the save is, for messages.
    fn describe(&self) -> String;
}

/// Loads the save from `store`. Only a save that cannot be parsed is set aside (never lost);
/// one that cannot be read or comes from a newer Scarwise is not touched.
pub fn load(store: &dyn SaveStore) -> Loaded {
    let bytes = match store.read() {
        Ok(None) => return Loaded::Fresh,
        Ok(Some(bytes)) => bytes,
        Err(reason) => return Loaded::Unreadable { reason },
    };
    let parsed = String::from_utf8(bytes)
        .map_err(|_| Refusal::Damaged("it is not text".to_owned()))
        .and_then(|text| parse_save(&text));
    match parsed {
        Ok(Parsed { data, from_version }) if from_version == SAVE_VERSION => Loaded::Save(data),
        Ok(Parsed { data, from_version }) => Loaded::Migrated {
            data,
            from: from_version,
        },
        Err(Refusal::Newer(version)) => Loaded::Newer { version },
        Err(damaged @ Refusal::Damaged(_)) => Loaded::SetAside {
            reason: damaged.to_string(),
            kept_as: store.set_aside(unix_seconds()).ok(),
        },
    }
}

/// Seconds since 1970-01-01 UTC by the system clock (0 if the clock is before it).
pub fn unix_seconds() -> u64 {
    web_time::SystemTime::now()
        .duration_since(web_time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The text of `data` as saved.
pub fn save_text(data: &SaveData) -> Result<String, String> {
    ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default()).map_err(|e| e.to_string())
}

/// Writes `data` to `store`.
pub fn save(store: &dyn SaveStore, data: &SaveData) -> Result<(), String> {
    store.write(&save_text(data)?)
}

#[cfg(test)]
pub(super) mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::progress::model::{Bookmark, ModuleResult, ReviewCard};

    pub fn sample() -> SaveData {
        let mut data = SaveData {
            version: SAVE_VERSION,
            ..SaveData::default()
        };
        data.progress.completed.insert(
            "scar-types".to_owned(),
            ModuleResult {
                correct: 7,
                total: 10,
                points: 70,
            },
        );
        data.progress.total_points = 70;
        data.settings.locale = Some("es".to_owned());
        data
    }

    /// A store in memory that can be told to fail reading.
    #[derive(Default)]
    struct MemoryStore {
        text: Mutex<Option<String>>,
        read_error: Option<String>,
        set_aside: Mutex<Vec<String>>,
    }

    impl SaveStore for MemoryStore {
        fn read(&self) -> Result<Option<Vec<u8>>, String> {
            match &self.read_error {
                Some(e) => Err(e.clone()),
                None => Ok(self.text.lock().unwrap().clone().map(String::into_bytes)),
            }
        }
        fn write(&self, text: &str) -> Result<(), String> {
            *self.text.lock().unwrap() = Some(text.to_owned());
            Ok(())
        }
        fn set_aside(&self, stamp: u64) -> Result<String, String> {
            let old = self.text.lock().unwrap().take().unwrap_or_default();
            self.set_aside.lock().unwrap().push(old);
            Ok(format!("aside-{stamp}"))
        }
        fn describe(&self) -> String {
            "memory".to_owned()
        }
    }

    fn holding(text: &str) -> MemoryStore {
        MemoryStore {
            text: Mutex::new(Some(text.to_owned())),
            ..MemoryStore::default()
        }
    }

    #[test]
    fn a_read_error_is_not_damage_and_touches_nothing() {
        let good = save_text(&sample()).unwrap();
        let store = MemoryStore {
            read_error: Some("Permission denied (os error 13)".to_owned()),
            ..holding(&good)
        };
        match load(&store) {
            Loaded::Unreadable { reason } => assert!(reason.contains("Permission"), "{reason}"),
            other => panic!("{other:?}"),
        }
        assert!(store.set_aside.lock().unwrap().is_empty());
        assert_eq!(store.text.lock().unwrap().as_deref(), Some(good.as_str()));
    }

    #[test]
    fn a_newer_save_is_left_untouched_even_when_this_version_cannot_parse_it() {
        for text in [
            save_text(&sample()).unwrap().replace(
                &format!("version: {SAVE_VERSION}"),
                &format!("version: {}", SAVE_VERSION + 1),
            ),
            "(version: 7, progress: NewThing { a: 1 }, settings: ())".to_owned(),
            "(\n    version :12,\n  everything: [\"changed\"],\n)".to_owned(),
        ] {
            let store = holding(&text);
            match load(&store) {
                Loaded::Newer { version } => assert!(version > SAVE_VERSION, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
            assert!(store.set_aside.lock().unwrap().is_empty(), "{text}");
            assert_eq!(store.text.lock().unwrap().as_deref(), Some(text.as_str()));
        }
    }

    #[test]
    fn unparsable_saves_are_set_aside_with_a_reason() {
        let good = ron::to_string(&sample()).unwrap();
        let cases = [
            ("truncated", good[..good.len() / 2].to_owned(), "damaged"),
            (
                "impossible",
                good.replace("correct:7", "correct:70"),
                "no game",
            ),
            ("garbage", "\u{0}\u{1}not ron at all".to_owned(), "damaged"),
            (
                "version 0",
                good.replace(&format!("version:{SAVE_VERSION}"), "version:0"),
                "no older save version 0",
            ),
        ];
        for (name, text, expected) in cases {
            let store = holding(&text);
            match load(&store) {
                Loaded::SetAside { reason, kept_as } => {
                    assert!(reason.contains(expected), "{name}: {reason}");
                    assert!(kept_as.is_some(), "{name}");
                }
                other => panic!("{name}: {other:?}"),
            }
            assert_eq!(*store.set_aside.lock().unwrap(), [text], "{name}");
        }
    }

    #[test]
    fn a_bookmark_or_index_out_of_range_is_damage_not_a_panic() {
        let mut data = sample();
        data.progress.bookmark = Some(Bookmark {
            module: "scar-types".to_owned(),
            page: 3,
        });
        let text = save_text(&data).unwrap();
        assert!(parse_save(&text).is_ok());
        for (name, bad) in [
            ("page", text.replace("page: 3", "page: 4294967295")),
            (
                "page usize",
                text.replace("page: 3", "page: 18446744073709551615"),
            ),
            ("level", {
                data.progress
                    .review
                    .insert("a/b".into(), ReviewCard { level: 2, due: 9 });
                save_text(&data).unwrap().replace("level: 2", "level: 255")
            }),
            ("mastery", {
                data.progress.mastery.insert("a".into(), 40);
                save_text(&data).unwrap().replace(": 40", ": 250")
            }),
        ] {
            match parse_save(&bad) {
                Err(Refusal::Damaged(reason)) => assert!(reason.contains("no game"), "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_version_one_save_without_the_later_fields_is_migrated() {
        // The first saves had only completed modules and points.
        let text = "(version: 1, progress: (completed: {\"scar-types\": (correct: 7, total: 10, \
                    points: 70)}, total_points: 70), settings: (locale: Some(\"es\")))";
        let store = holding(text);
        match load(&store) {
            Loaded::Migrated { data, from } => {
                assert_eq!((data, from), (sample(), 1));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn leading_version_reads_only_the_opening_field() {
        assert_eq!(leading_version(" (\n version : 12 , x"), Some(12));
        assert_eq!(leading_version("(version:3)"), Some(3));
        assert_eq!(leading_version("(progress: (), version: 3)"), None);
        assert_eq!(leading_version("(version: -3)"), None);
        assert_eq!(leading_version("(version: 99999999999)"), None);
    }

    /// A random edit of a text: cut a span, insert some characters, or swap one.
    fn mutate(text: &str, edits: &[(u8, usize, String)]) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for (kind, at, insert) in edits {
            let at = at % (chars.len() + 1);
            match kind % 3 {
                0 => {
                    let end = (at + insert.len()).min(chars.len());
                    chars.drain(at..end);
                }
                1 => {
                    for (offset, c) in insert.chars().enumerate() {
                        chars.insert(at + offset, c);
                    }
                }
                _ => {
                    if let (Some(slot), Some(c)) = (chars.get_mut(at), insert.chars().next()) {
                        *slot = c;
                    }
                }
            }
        }
        chars.into_iter().collect()
    }

    /// Fuzz cases for the save parser; the closing note of the quiz issue reports them.
    const SAVE_FUZZ_CASES: u32 = 3000;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(SAVE_FUZZ_CASES))]

        #[test]
        fn any_text_is_parsed_or_refused_never_a_panic(text in ".*") {
            let _ = parse_save(&text);
        }

        #[test]
        fn edited_saves_are_parsed_or_refused_and_what_parses_is_sound(
            edits in proptest::collection::vec((0u8..3, 0usize..4000, "[a-z0-9:(),\\[\\]\" ]{0,6}"), 1..4),
            old in proptest::bool::ANY,
        ) {
            let mut data = sample();
            data.progress.review.insert(
                "scar-types/q1".into(),
                ReviewCard { level: 2, due: 20_000 },
            );
            data.progress.bookmark = Some(Bookmark { module: "aftercare".into(), page: 4 });
            // Edits of a version 1 save go through the migration.
            if old {
                data.version = 1;
            }
            let text = save_text(&data).unwrap();
            if let Ok(parsed) = parse_save(&mutate(&text, &edits)) {
                proptest::prop_assert!(parsed.data.progress.is_plausible());
                proptest::prop_assert!(parsed.data.settings.is_valid());
                proptest::prop_assert_eq!(parsed.data.version, SAVE_VERSION);
            }
        }
    }
}
