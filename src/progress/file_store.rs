//! The save file in a data folder (desktop and phone).
//!
//! - One Scarwise at a time: the store holds the folder's lock file for its whole life; a
//!   second Scarwise on the same folder is refused (`OpenError::InUse`) and runs in memory.
//! - Never half-written: each write goes to a temporary file of its own
//!   (`save.ron.tmp-<process>-<n>`), is synced, renamed over the save, and the folder is
//!   synced so that the rename survives a power cut.
//! - After a crash: left-over temporary files are recovered (when there is no save and the
//!   temporary file is a whole save) or removed ([`FileStore::tidy`]).
//! - A save set aside gets a name no other file has.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::storage::{Refusal, SAVE_FILE, SaveData, SaveStore, parse_save};

/// Held by the Scarwise that saves in the folder.
const LOCK_FILE: &str = "save.lock";
/// How every temporary save's name begins (0.1 used exactly this name).
const TEMP_PREFIX: &str = "save.ron.tmp";

/// Why a data folder cannot be saved in.
#[derive(Debug)]
pub enum OpenError {
    /// The folder cannot be created, written or locked.
    Unwritable(io::Error),
    /// Another Scarwise is saving in this folder.
    InUse,
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Unwritable(e) => write!(f, "it cannot be written ({e})"),
            OpenError::InUse => f.write_str("another Scarwise is using it"),
        }
    }
}

/// The save file in a data folder.
#[derive(Debug)]
pub struct FileStore {
    dir: PathBuf,
    /// Locked while the store lives; closing it (when the app ends) frees the folder.
    _lock: File,
    /// Writes so far, making each temporary file name of this process unique.
    writes: AtomicU64,
}

impl FileStore {
    /// Uses `dir`, creating it if needed. Fails if it cannot be written, or if another
    /// Scarwise holds it.
    pub fn open(dir: &Path) -> Result<Self, OpenError> {
        let existed = dir.is_dir();
        fs::create_dir_all(dir).map_err(OpenError::Unwritable)?;
        if !existed {
            // The new folder's own entry, so that it outlasts a power cut.
            let parent = dir.parent().filter(|p| !p.as_os_str().is_empty());
            sync_dir(parent.unwrap_or(Path::new("."))).map_err(OpenError::Unwritable)?;
        }
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE))
            .map_err(OpenError::Unwritable)?;
        match fs4::FileExt::try_lock(&lock) {
            Ok(()) => {}
            Err(fs4::TryLockError::WouldBlock) => return Err(OpenError::InUse),
            Err(fs4::TryLockError::Error(e)) => return Err(OpenError::Unwritable(e)),
        }
        // Only the lock holder probes, so two instances never race on the probe file.
        let probe = dir.join(".scarwise-write-test");
        fs::write(&probe, b"ok")
            .and_then(|()| fs::remove_file(&probe))
            .and_then(|()| sync_dir(dir))
            .map_err(OpenError::Unwritable)?;
        Ok(FileStore {
            dir: dir.to_owned(),
            _lock: lock,
            writes: AtomicU64::new(0),
        })
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(SAVE_FILE)
    }

    /// Deals with temporary files a crash left behind: with no save, the newest one that is a
    /// whole save becomes the save; every other one is removed.
    pub fn tidy(&self) -> io::Result<Tidied> {
        let mut temps = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                let modified = entry.metadata().and_then(|m| m.modified()).ok();
                temps.push((modified, entry.path()));
            }
        }
        // Newest first: the last write before the crash is the one to keep.
        temps.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
        let mut tidied = Tidied::default();
        for (_, temp) in temps {
            let name = temp.display().to_string();
            if tidied.recovered.is_none() && !exists(&self.path())? && is_whole_save(&temp) {
                fs::rename(&temp, self.path())?;
                sync_dir(&self.dir)?;
                tidied.recovered = Some(name);
            } else {
                fs::remove_file(&temp)?;
                tidied.removed.push(name);
            }
        }
        if !tidied.removed.is_empty() {
            sync_dir(&self.dir)?;
        }
        Ok(tidied)
    }

    /// A temporary file name no write of any process has used yet.
    fn temp_path(&self) -> PathBuf {
        let n = self.writes.fetch_add(1, Ordering::Relaxed);
        self.dir
            .join(format!("{TEMP_PREFIX}-{}-{n}", std::process::id()))
    }
}

/// What [`FileStore::tidy`] did, for the log.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tidied {
    /// The temporary file that became the save.
    pub recovered: Option<String>,
    pub removed: Vec<String>,
}

/// The save in `dir` as it is, for a second Scarwise that may not save there: nothing is
/// written, renamed or removed. `None` when there is none yet.
pub fn peek(dir: &Path) -> Result<Option<SaveData>, String> {
    match fs::read_to_string(dir.join(SAVE_FILE)) {
        Ok(text) => parse_save(&text)
            .map(|parsed| Some(parsed.data))
            .map_err(|refusal| refusal.to_string()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// Whether `path` exists; an error other than "not found" counts as existing, so that
/// nothing is written over a file that could not be looked at.
fn exists(path: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// A save this or a newer Scarwise wrote whole (a newer one's is kept for it, untouched).
fn is_whole_save(path: &Path) -> bool {
    fs::read_to_string(path)
        .is_ok_and(|text| matches!(parse_save(&text), Ok(_) | Err(Refusal::Newer(_))))
}

/// Makes a folder's entries (a rename, a new file) durable.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir).and_then(|d| d.sync_all()) {
        // Some file systems cannot sync a folder; there is nothing more to do on them.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Windows: NTFS journals renames, and a folder cannot be opened as a plain file.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

impl SaveStore for FileStore {
    fn read(&self) -> Result<Option<Vec<u8>>, String> {
        match fs::read(self.path()) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Writes a temporary file and renames it over the old save, so a crash mid-write never
    /// leaves a half-written save.
    fn write(&self, text: &str) -> Result<(), String> {
        let temp = self.temp_path();
        let written = (|| {
            let mut file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            drop(file);
            fs::rename(&temp, self.path())?;
            sync_dir(&self.dir)
        })();
        if written.is_err() && exists(&temp).unwrap_or(false) {
            let _ = fs::remove_file(&temp);
        }
        written.map_err(|e| e.to_string())
    }

    /// Renames the save to `save.unreadable-<stamp>.ron`, or `-<stamp>-<n>` when that name is
    /// taken: an earlier save set aside is never overwritten.
    fn set_aside(&self, stamp: u64) -> Result<String, String> {
        let aside = (0..1000)
            .map(|n| match n {
                0 => format!("save.unreadable-{stamp}.ron"),
                n => format!("save.unreadable-{stamp}-{n}.ron"),
            })
            .map(|name| self.dir.join(name))
            .find(|path| matches!(exists(path), Ok(false)))
            .ok_or_else(|| "no free name to keep it under".to_owned())?;
        fs::rename(self.path(), &aside)
            .and_then(|()| sync_dir(&self.dir))
            .map_err(|e| e.to_string())?;
        Ok(aside.display().to_string())
    }

    fn describe(&self) -> String {
        self.path().display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::storage::tests::sample;
    use crate::progress::storage::{Loaded, SAVE_VERSION, load, save, save_text};

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("scarwise-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn round_trip_leaves_only_the_save_and_the_lock() {
        let dir = temp_dir("round-trip");
        let store = FileStore::open(&dir).unwrap();
        assert!(matches!(load(&store), Loaded::Fresh));
        save(&store, &sample()).unwrap();
        save(&store, &sample()).unwrap();
        match load(&store) {
            Loaded::Save(data) => assert_eq!(data, sample()),
            other => panic!("{other:?}"),
        }
        assert_eq!(names(&dir), [LOCK_FILE, SAVE_FILE]);
        drop(store);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_second_store_on_the_folder_is_refused_until_the_first_is_gone() {
        let dir = temp_dir("second");
        let first = FileStore::open(&dir).unwrap();
        save(&first, &sample()).unwrap();
        assert!(matches!(FileStore::open(&dir), Err(OpenError::InUse)));
        // The second may still show what is saved, without touching it.
        assert_eq!(peek(&dir), Ok(Some(sample())));
        drop(first);
        let again = FileStore::open(&dir).expect("free once the first store is gone");
        drop(again);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_write_never_uses_the_old_fixed_temporary_name() {
        let dir = temp_dir("temp-name");
        let store = FileStore::open(&dir).unwrap();
        // What a Scarwise 0.1 would be writing at this moment.
        fs::write(dir.join(TEMP_PREFIX), "another writer's half").unwrap();
        save(&store, &sample()).unwrap();
        assert_eq!(
            fs::read_to_string(dir.join(TEMP_PREFIX)).unwrap(),
            "another writer's half"
        );
        assert_ne!(store.temp_path(), store.temp_path());
        drop(store);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn temporary_files_left_by_a_crash_are_recovered_or_removed() {
        let whole = save_text(&sample()).unwrap();
        let half = &whole[..whole.len() / 2];
        // (name, save there before, temporary files, save expected after, recovered?)
        let cases: [(&str, Option<&str>, &[&str], Option<&str>, bool); 4] = [
            ("no save, whole temp", None, &[&whole], Some(&whole), true),
            ("no save, half temp", None, &[half], None, false),
            (
                "save and a temp",
                Some("the save"),
                &[&whole],
                Some("the save"),
                false,
            ),
            (
                "no save, two temps",
                None,
                &[half, &whole],
                Some(&whole),
                true,
            ),
        ];
        for (name, before, temps, after, recovered) in cases {
            let dir = temp_dir(&name.replace([' ', ','], "-"));
            let store = FileStore::open(&dir).unwrap();
            if let Some(before) = before {
                fs::write(store.path(), before).unwrap();
            }
            for (n, temp) in temps.iter().enumerate() {
                fs::write(dir.join(format!("{TEMP_PREFIX}-1-{n}")), temp).unwrap();
            }
            let tidied = store.tidy().unwrap();
            assert_eq!(tidied.recovered.is_some(), recovered, "{name}");
            assert_eq!(
                tidied.removed.len(),
                temps.len() - usize::from(recovered),
                "{name}"
            );
            assert_eq!(
                fs::read_to_string(store.path()).ok().as_deref(),
                after,
                "{name}"
            );
            assert!(
                names(&dir).iter().all(|n| !n.starts_with(TEMP_PREFIX)),
                "{name}"
            );
            drop(store);
            fs::remove_dir_all(dir).unwrap();
        }
    }

    #[test]
    fn saves_set_aside_never_overwrite_each_other() {
        let dir = temp_dir("aside");
        let store = FileStore::open(&dir).unwrap();
        let mut kept = Vec::new();
        for text in ["first damage", "second damage", "third damage"] {
            fs::write(store.path(), text).unwrap();
            let name = store.set_aside(1234).unwrap();
            kept.push((name, text));
        }
        for (name, text) in &kept {
            assert_eq!(fs::read_to_string(name).unwrap(), *text);
        }
        assert!(kept[0].0.ends_with("save.unreadable-1234.ron"));
        assert!(kept[2].0.ends_with("save.unreadable-1234-2.ron"));
        drop(store);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn bad_saves_are_set_aside_and_newer_or_unreadable_ones_left_alone() {
        let good = ron::to_string(&sample()).unwrap();
        let set_aside = [
            ("truncated", good[..good.len() / 2].to_owned()),
            ("impossible", good.replace("correct:7", "correct:70")),
        ];
        for (name, text) in set_aside {
            let dir = temp_dir(name);
            let store = FileStore::open(&dir).unwrap();
            fs::write(store.path(), &text).unwrap();
            let Loaded::SetAside {
                kept_as: Some(kept_as),
                ..
            } = load(&store)
            else {
                panic!("{name}: not set aside");
            };
            assert_eq!(fs::read_to_string(kept_as).unwrap(), text, "{name}");
            assert!(!store.path().exists(), "{name}");
            drop(store);
            fs::remove_dir_all(dir).unwrap();
        }

        let dir = temp_dir("newer");
        let store = FileStore::open(&dir).unwrap();
        let newer = good.replace(&format!("version:{SAVE_VERSION}"), "version:9");
        fs::write(store.path(), &newer).unwrap();
        assert!(matches!(load(&store), Loaded::Newer { version: 9 }));
        assert_eq!(names(&dir), [LOCK_FILE, SAVE_FILE]);
        assert_eq!(fs::read_to_string(store.path()).unwrap(), newer);
        drop(store);
        fs::remove_dir_all(dir).unwrap();

        // A save that cannot be read (here a folder where the file should be: reading fails
        // even for root, unlike a file without permissions) is not damage.
        let dir = temp_dir("unreadable");
        let store = FileStore::open(&dir).unwrap();
        fs::create_dir(store.path()).unwrap();
        assert!(matches!(load(&store), Loaded::Unreadable { .. }));
        assert_eq!(names(&dir), [LOCK_FILE, SAVE_FILE]);
        assert!(store.path().is_dir());
        drop(store);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn unwritable_folder_is_refused() {
        let dir = temp_dir("unwritable");
        fs::write(&dir, b"a file, not a folder").unwrap();
        assert!(matches!(
            FileStore::open(&dir.join("inside")),
            Err(OpenError::Unwritable(_))
        ));
        fs::remove_file(dir).unwrap();
    }

    #[test]
    fn folders_are_synced_and_a_missing_one_is_an_error() {
        let dir = temp_dir("sync");
        assert!(sync_dir(&dir).is_err());
        fs::create_dir_all(&dir).unwrap();
        assert!(sync_dir(&dir).is_ok());
        fs::remove_dir_all(dir).unwrap();
    }
}
