//! Older save formats, brought up to the current one a version at a time, on the save's
//! generic RON value (so a step can see fields the current structs no longer have).
//!
//! - 1 -> 2: version 1 gained mastery, the review queue, items right once, badges and the
//!   bookmark over time, each missing from saves written before it. Version 2 always has
//!   them all, so a save with one cut away is damage, not quietly emptied progress.
//! - 2 -> 3: the treatment companion's session days (`treatment`), none before it.

use ron::Value;
use ron::value::Map;

use super::storage::{SAVE_VERSION, SaveData};

/// The fields version 2 requires in `progress` that a version 1 save may lack, with the value
/// each had when absent (empty; no bookmark).
fn v1_optional_fields() -> [(&'static str, Value); 5] {
    [
        ("mastery", Value::Map(Map::new())),
        ("review", Value::Map(Map::new())),
        ("right_once", Value::Seq(Vec::new())),
        ("badges", Value::Seq(Vec::new())),
        ("bookmark", Value::Option(None)),
    ]
}

/// One step: a save of `version` as one of `version + 1`.
pub fn migrate(version: u32, save: Value) -> Result<Value, String> {
    let Value::Map(mut save) = save else {
        return Err("the save is not a record".to_owned());
    };
    match version {
        1 => {
            let progress = save
                .get_mut(&Value::from("progress"))
                .ok_or("the save has no progress")?;
            let Value::Map(progress) = progress else {
                return Err("the progress is not a record".to_owned());
            };
            for (field, empty) in v1_optional_fields() {
                if progress.get(&Value::from(field)).is_none() {
                    progress.insert(field, empty);
                }
            }
        }
        2 => {
            let progress = save
                .get_mut(&Value::from("progress"))
                .ok_or("the save has no progress")?;
            let Value::Map(progress) = progress else {
                return Err("the progress is not a record".to_owned());
            };
            if progress.get(&Value::from("treatment")).is_some() {
                return Err("a version 2 save has no treatment days".to_owned());
            }
            progress.insert("treatment", Value::Seq(Vec::new()));
        }
        other => return Err(format!("there is no save version {other}")),
    }
    save.insert("version", Value::from(version + 1));
    Ok(Value::Map(save))
}

/// A save of an older `version` as the current format.
pub fn to_current(version: u32, mut save: Value) -> Result<SaveData, String> {
    if version == 0 || version >= SAVE_VERSION {
        return Err(format!("there is no older save version {version}"));
    }
    for step in version..SAVE_VERSION {
        save = migrate(step, save)?;
    }
    save.into_rust().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::Bookmark;
    use crate::progress::storage::{Loaded, SAVE_FILE, load, parse_save, save_text};

    /// A version 1 save as Scarwise 0.1 wrote it: three modules done, review cards, badges, a
    /// bookmark and changed settings (see `tests/fixtures/README.md`).
    const V1_FIXTURE: &str = include_str!("../../tests/fixtures/save-v1.ron");

    fn expected_from_fixture() -> SaveData {
        // Version 3 added the treatment days, empty in any older save.
        let text = V1_FIXTURE
            .replacen("version: 1", &format!("version: {SAVE_VERSION}"), 1)
            .replacen(
                "        )),\n    ),",
                "        )),\n        treatment: [],\n    ),",
                1,
            );
        let mut data: SaveData =
            ron::from_str(&text).expect("the fixture has the shape of the current version");
        data.version = SAVE_VERSION;
        data
    }

    #[test]
    fn the_version_1_fixture_loads_as_it_was_and_is_written_back_as_the_current_version() {
        let parsed = parse_save(V1_FIXTURE).expect("migrated");
        assert_eq!(parsed.from_version, 1);
        let data = parsed.data;
        assert_eq!(data, expected_from_fixture());
        // What the fixture holds, spelled out, so a migration that loses a field fails here.
        let progress = &data.progress;
        assert_eq!(progress.completed.len(), 3);
        assert_eq!(progress.total_points, 470);
        assert_eq!(progress.mastery["scar-types"], 100);
        assert_eq!(progress.review.len(), 4);
        assert_eq!(progress.review["scar-types/keloid-spreads"].level, 2);
        assert_eq!(progress.badges.len(), 4);
        assert_eq!(progress.right_once.len(), 32);
        assert_eq!(
            progress.bookmark,
            Some(Bookmark {
                module: "aftercare".to_owned(),
                page: 2
            })
        );
        assert_eq!(data.settings.locale.as_deref(), Some("fr"));
        assert_eq!(data.settings.text_scale, 1.5);
        assert!(data.settings.high_contrast);

        // Through a store: loaded as migrated, written back as the current version.
        let dir = std::env::temp_dir().join(format!("scarwise-migrate-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let store = crate::progress::FileStore::open(&dir).unwrap();
        std::fs::write(dir.join(SAVE_FILE), V1_FIXTURE).unwrap();
        let Loaded::Migrated { data, from: 1 } = load(&store) else {
            panic!("not migrated");
        };
        crate::progress::save(&store, &data).unwrap();
        let written = std::fs::read_to_string(dir.join(SAVE_FILE)).unwrap();
        assert!(
            written.starts_with(&format!("(\n    version: {SAVE_VERSION},")),
            "{written}"
        );
        assert_eq!(written, save_text(&expected_from_fixture()).unwrap());
        assert!(matches!(load(&store), Loaded::Save(again) if again == data));
        drop(store);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_current_version_requires_every_field_an_older_one_could_lack() {
        let current = save_text(&expected_from_fixture()).unwrap();
        let version = format!("version: {SAVE_VERSION}");
        let without_review = cut_field(&current, "review");
        assert!(parse_save(&without_review).is_err());
        // The same cut in a version 1 save is an old save, and migrates (it has no
        // treatment days either: they came later).
        let old = cut_field(&without_review, "treatment").replacen(&version, "version: 1", 1);
        assert!(parse_save(&old).unwrap().data.progress.review.is_empty());
        // Treatment days came with version 3: required now, absent before.
        let without_days = cut_field(&current, "treatment");
        assert!(parse_save(&without_days).is_err());
        let v2 = without_days.replacen(&version, "version: 2", 1);
        let migrated = parse_save(&v2).unwrap();
        assert_eq!(migrated.from_version, 2);
        assert!(migrated.data.progress.treatment.is_empty());
        assert_eq!(migrated.data, expected_from_fixture());
        // A version 2 save cannot have them: one that does was edited.
        assert!(parse_save(&current.replacen(&version, "version: 2", 1)).is_err());
    }

    #[test]
    fn unknown_versions_and_shapes_are_errors_not_panics() {
        assert!(to_current(0, Value::Map(Map::new())).is_err());
        assert!(to_current(SAVE_VERSION, Value::Map(Map::new())).is_err());
        assert!(migrate(1, Value::Unit).is_err());
        assert!(migrate(1, Value::Map(Map::new())).is_err());
        let mut progress_not_a_record = Map::new();
        progress_not_a_record.insert("progress", Value::Unit);
        assert!(migrate(1, Value::Map(progress_not_a_record.clone())).is_err());
        assert!(migrate(2, Value::Map(progress_not_a_record)).is_err());
        assert!(migrate(2, Value::Map(Map::new())).is_err());
    }

    /// `text` without the `field: ...` entry of the progress record (pretty-printed RON: the
    /// record's fields are the lines indented by 8 spaces, their values indented further).
    fn cut_field(text: &str, field: &str) -> String {
        let mut cutting = false;
        let kept: Vec<&str> = text
            .lines()
            .filter(|line| {
                let body = line.trim_start();
                let indent = line.len() - body.len();
                // A field's closing bracket is at its own indent and still belongs to it.
                let closes = body.starts_with(['}', ']', ')']);
                if indent < 8 || (indent == 8 && !closes) {
                    cutting = indent == 8 && body.starts_with(&format!("{field}: "));
                }
                !cutting
            })
            .collect();
        kept.join("\n")
    }
}
