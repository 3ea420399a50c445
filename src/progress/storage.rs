//! The save file: a versioned RON document in the data folder, written atomically.
//!
//! A save that cannot be used is never overwritten in place: it is renamed aside with a
//! timestamp, and the app starts fresh and says so.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

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
    /// The save could not be used and was moved to `moved_to` (if renaming worked).
    SetAside {
        reason: String,
        moved_to: Option<PathBuf>,
    },
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

    pub fn load(&self) -> Loaded {
        let path = self.path();
        let text = match fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| "it is not text".to_owned()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::Fresh,
            Err(e) => Err(format!("it could not be read ({e})")),
        };
        match text.and_then(|t| parse_save(&t)) {
            Ok(data) => Loaded::Save(data),
            Err(reason) => {
                let stamp = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                let aside = self.dir.join(format!("save.unreadable-{stamp}.ron"));
                let moved_to = fs::rename(&path, &aside).ok().map(|()| aside);
                Loaded::SetAside { reason, moved_to }
            }
        }
    }

    /// Writes the save to a temporary file and renames it over the old one, so a crash
    /// mid-write never leaves a half-written save.
    pub fn save(&self, data: &SaveData) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        let temp = self.dir.join(format!("{SAVE_FILE}.tmp"));
        {
            let mut file = fs::File::create(&temp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
        }
        fs::rename(&temp, self.path())
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
        assert!(matches!(store.load(), Loaded::Fresh));
        store.save(&sample()).unwrap();
        match store.load() {
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
            match store.load() {
                Loaded::SetAside { reason, moved_to } => {
                    assert!(reason.contains(expected), "{name}: {reason}");
                    let moved_to = moved_to.expect("renamed aside");
                    assert_eq!(fs::read_to_string(moved_to).unwrap(), text, "{name}");
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
}
