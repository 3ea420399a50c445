//! The save file: a versioned RON document in the data folder, written atomically.
//!
//! A save that cannot be used is never overwritten in place: it is renamed aside with a
//! timestamp, and the app starts fresh and says so.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::Progress;
use crate::settings::Settings;

/// The save format this build writes and reads.
pub const SAVE_VERSION: u32 = 1;
const SAVE_FILE: &str = "save.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SaveData {
    pub version: u32,
    pub progress: Progress,
    pub settings: Settings,
}

/// Reads a save, rejecting other versions and impossible values.
pub fn parse_save(text: &str) -> Result<SaveData, String> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    // Look at the version first, so a newer save is reported as newer, not as malformed.
    let version = ron::from_str::<VersionOnly>(text).ok().map(|v| v.version);
    if let Some(version) = version
        && version != SAVE_VERSION
    {
        return Err(if version > SAVE_VERSION {
            format!("it was written by a newer Scarwise (save version {version})")
        } else {
            format!("it has an old save version ({version})")
        });
    }
    let data: SaveData = ron::from_str(text).map_err(|e| format!("it is damaged ({e})"))?;
    if !data.progress.is_plausible() || !data.settings.is_valid() {
        return Err("it holds values no game could have produced".to_owned());
    }
    Ok(data)
}

/// What loading found.
#[derive(Debug)]
pub enum Loaded {
    /// No save yet.
    Fresh,
    Save(SaveData),
    /// The save could not be used and was kept aside under the name `kept_as` (if that worked).
    SetAside {
        reason: String,
        kept_as: Option<String>,
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

/// Loads the save from `store`, setting an unusable one aside rather than losing it.
pub fn load(store: &dyn SaveStore) -> Loaded {
    let text = match store.read() {
        Ok(None) => return Loaded::Fresh,
        Ok(Some(bytes)) => String::from_utf8(bytes).map_err(|_| "it is not text".to_owned()),
        Err(e) => Err(format!("it could not be read ({e})")),
    };
    match text.and_then(|t| parse_save(&t)) {
        Ok(data) => Loaded::Save(data),
        Err(reason) => {
            let kept_as = store.set_aside(unix_seconds()).ok();
            Loaded::SetAside { reason, kept_as }
        }
    }
}

/// Seconds since 1970-01-01 UTC by the system clock (0 if the clock is before it).
pub fn unix_seconds() -> u64 {
    web_time::SystemTime::now()
        .duration_since(web_time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Writes `data` to `store`.
pub fn save(store: &dyn SaveStore, data: &SaveData) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    store.write(&text)
}

/// The save file in a data folder.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    /// Uses `dir`, creating it if needed; fails if it cannot be written.
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        fs::create_dir_all(dir)?;
        let probe = dir.join(".scarwise-write-test");
        fs::write(&probe, b"ok")?;
        fs::remove_file(&probe)?;
        Ok(FileStore {
            dir: dir.to_owned(),
        })
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(SAVE_FILE)
    }
}

impl SaveStore for FileStore {
    fn read(&self) -> Result<Option<Vec<u8>>, String> {
        match fs::read(self.path()) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Writes to a temporary file and renames it over the old one, so a crash mid-write
    /// never leaves a half-written save.
    fn write(&self, text: &str) -> Result<(), String> {
        let temp = self.dir.join(format!("{SAVE_FILE}.tmp"));
        let written = (|| {
            let mut file = fs::File::create(&temp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&temp, self.path())
        })();
        written.map_err(|e| e.to_string())
    }

    fn set_aside(&self, stamp: u64) -> Result<String, String> {
        let aside = self.dir.join(format!("save.unreadable-{stamp}.ron"));
        fs::rename(self.path(), &aside).map_err(|e| e.to_string())?;
        Ok(aside.display().to_string())
    }

    fn describe(&self) -> String {
        self.path().display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::ModuleResult;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("scarwise-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    fn sample() -> SaveData {
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

    #[test]
    fn round_trip() {
        let dir = temp_dir("round-trip");
        let store = FileStore::open(&dir).unwrap();
        assert!(matches!(load(&store), Loaded::Fresh));
        save(&store, &sample()).unwrap();
        match load(&store) {
            Loaded::Save(data) => assert_eq!(data, sample()),
            other => panic!("{other:?}"),
        }
        assert!(!dir.join("save.ron.tmp").exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn bad_saves_are_set_aside_not_overwritten() {
        let good = ron::to_string(&sample()).unwrap();
        let cases = [
            ("truncated", good[..good.len() / 2].to_owned(), "damaged"),
            ("newer", good.replace("version:1", "version:9"), "newer"),
            (
                "impossible",
                good.replace("correct:7", "correct:70"),
                "no game",
            ),
            ("garbage", "\u{0}\u{1}not ron at all".to_owned(), "damaged"),
        ];
        for (name, text, expected) in cases {
            let dir = temp_dir(name);
            let store = FileStore::open(&dir).unwrap();
            fs::write(store.path(), &text).unwrap();
            match load(&store) {
                Loaded::SetAside { reason, kept_as } => {
                    assert!(reason.contains(expected), "{name}: {reason}");
                    let kept_as = kept_as.expect("renamed aside");
                    assert_eq!(fs::read_to_string(kept_as).unwrap(), text, "{name}");
                    assert!(!store.path().exists());
                }
                other => panic!("{name}: {other:?}"),
            }
            fs::remove_dir_all(dir).unwrap();
        }
    }

    #[test]
    fn unwritable_folder_is_refused() {
        let dir = temp_dir("unwritable");
        fs::write(&dir, b"a file, not a folder").unwrap();
        assert!(FileStore::open(&dir.join("inside")).is_err());
        fs::remove_file(dir).unwrap();
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
            edits in proptest::collection::vec((0u8..3, 0usize..4000, "[a-z0-9:(),\\[\\]\" ]{0,6}"), 1..4)
        ) {
            let mut data = sample();
            data.progress.review.insert(
                "scar-types/q1".into(),
                crate::progress::ReviewCard { level: 2, due: 20_000 },
            );
            let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default()).unwrap();
            if let Ok(parsed) = parse_save(&mutate(&text, &edits)) {
                proptest::prop_assert!(parsed.progress.is_plausible());
                proptest::prop_assert!(parsed.settings.is_valid());
                proptest::prop_assert_eq!(parsed.version, SAVE_VERSION);
            }
        }
    }
}
