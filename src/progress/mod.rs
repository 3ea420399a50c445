//! Progress that lasts: completed modules and points, kept in a save file with the settings.

pub mod model;
pub mod storage;

pub use model::{
    ModuleResult, ModuleStatus, Progress, REVIEW_INTERVALS_DAYS, ReviewCard, XP_MODULE_BONUS,
    XP_PER_RIGHT_ANSWER, item_key, stars,
};
pub use storage::{FileStore, Loaded, SAVE_VERSION, SaveData, parse_save};

use bevy::app::AppExit;
use bevy::prelude::*;

use crate::LaunchOptions;
use crate::settings::Settings;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayerProgress>()
        .init_resource::<Notices>()
        .add_message::<SaveRequested>()
        .insert_resource(Today::now())
        .add_systems(PreStartup, load_save)
        .add_systems(Last, (save_when_asked, save_on_exit));
}

/// The patient's progress as a resource.
#[derive(Resource, Debug, Clone, Default, PartialEq, Deref, DerefMut)]
pub struct PlayerProgress(pub Progress);

/// Today's date as a day number (days since 1970-01-01, UTC), for the review schedule.
/// Tests set it by hand to simulate days passing.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub u32);

impl Today {
    pub fn now() -> Self {
        let seconds = web_time::SystemTime::now()
            .duration_since(web_time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Today((seconds / 86_400) as u32)
    }
}

/// Where progress is saved; `None` keeps it in memory only.
#[derive(Resource, Debug, Clone)]
pub struct Store(pub Option<FileStore>);

/// Ask for progress and settings to be written now (module end, settings change).
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct SaveRequested;

/// Something the patient should be told once, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The save could not be used and was kept aside; the app started fresh.
    SaveSetAside,
    /// Progress cannot be written here and stays in memory for this visit.
    MemoryOnly,
    /// Writing the save failed.
    SaveFailed,
    /// The language asked for on the command line is not available.
    UnknownLocale(String),
}

/// Notices not yet dismissed.
#[derive(Resource, Debug, Clone, Default, Deref, DerefMut)]
pub struct Notices(pub Vec<Notice>);

/// The platform's data folder for Scarwise.
pub fn default_data_dir() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("org", "Scarwise", "Scarwise").map(|d| d.data_dir().to_owned())
}

fn load_save(mut commands: Commands, options: Res<LaunchOptions>, mut notices: ResMut<Notices>) {
    if options.memory_only {
        commands.insert_resource(Store(None));
        return;
    }
    let Some(dir) = options.data_dir.clone().or_else(default_data_dir) else {
        warn!("no data folder on this platform: progress is kept in memory only");
        notices.push(Notice::MemoryOnly);
        commands.insert_resource(Store(None));
        return;
    };
    let store = match FileStore::open(&dir) {
        Ok(store) => store,
        Err(err) => {
            warn!(
                "cannot write to {}: {err}; progress is kept in memory only",
                dir.display()
            );
            notices.push(Notice::MemoryOnly);
            commands.insert_resource(Store(None));
            return;
        }
    };
    match store.load() {
        Loaded::Fresh => info!("no save yet in {}", dir.display()),
        Loaded::Save(data) => {
            info!("progress loaded from {}", store.path().display());
            commands.insert_resource(PlayerProgress(data.progress));
            commands.insert_resource(data.settings);
        }
        Loaded::SetAside { reason, moved_to } => {
            match moved_to {
                Some(path) => warn!(
                    "the save {} could not be used because {reason}; it was kept as {}",
                    store.path().display(),
                    path.display()
                ),
                None => warn!(
                    "the save {} could not be used because {reason}, and could not be renamed",
                    store.path().display()
                ),
            }
            notices.push(Notice::SaveSetAside);
        }
    }
    commands.insert_resource(Store(Some(store)));
}

fn write_save(
    store: &Store,
    progress: &PlayerProgress,
    settings: &Settings,
    notices: &mut Notices,
) {
    let Some(store) = &store.0 else { return };
    let data = SaveData {
        version: SAVE_VERSION,
        progress: progress.0.clone(),
        settings: settings.clone(),
    };
    if let Err(err) = store.save(&data) {
        error!(
            "could not save progress to {}: {err}",
            store.path().display()
        );
        if !notices.contains(&Notice::SaveFailed) {
            notices.push(Notice::SaveFailed);
        }
    }
}

fn save_when_asked(
    mut requests: MessageReader<SaveRequested>,
    store: Res<Store>,
    progress: Res<PlayerProgress>,
    settings: Res<Settings>,
    mut notices: ResMut<Notices>,
) {
    if requests.read().count() > 0 {
        write_save(&store, &progress, &settings, &mut notices);
    }
}

fn save_on_exit(
    mut exits: MessageReader<AppExit>,
    store: Res<Store>,
    progress: Res<PlayerProgress>,
    settings: Res<Settings>,
    mut notices: ResMut<Notices>,
) {
    if exits.read().count() > 0 {
        write_save(&store, &progress, &settings, &mut notices);
    }
}
