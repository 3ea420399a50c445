//! Progress that lasts: completed modules and points, kept in a save file with the settings.

pub mod model;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use model::{
    Bookmark, ModuleResult, ModuleStatus, Progress, REVIEW_INTERVALS_DAYS, ReviewCard,
    XP_MODULE_BONUS, XP_PER_RIGHT_ANSWER, item_key, stars,
};
pub use storage::{FileStore, Loaded, SAVE_VERSION, SaveData, SaveStore, load, parse_save, save};

use bevy::app::AppExit;
use bevy::prelude::*;
use bevy::window::AppLifecycle;

use crate::LaunchOptions;
use crate::settings::Settings;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayerProgress>()
        .init_resource::<Notices>()
        .add_message::<SaveRequested>()
        .insert_resource(Today::now())
        .add_systems(PreStartup, load_save)
        // Present in a windowed app already; added here so headless apps have it too.
        .add_message::<AppLifecycle>()
        .add_systems(Last, save_when_due);
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
        Today((storage::unix_seconds() / 86_400) as u32)
    }
}

/// Where progress is saved; `None` keeps it in memory only.
#[derive(Resource)]
pub struct Store(pub Option<Box<dyn SaveStore>>);

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
    /// The consultation summary was saved to this file.
    ExportSaved(std::path::PathBuf),
    /// The consultation summary could not be saved, and why.
    ExportFailed(String),
    /// An own question was longer than the summary keeps, and was cut.
    QuestionCut,
}

/// Notices not yet dismissed.
#[derive(Resource, Debug, Clone, Default, Deref, DerefMut)]
pub struct Notices(pub Vec<Notice>);

/// The platform's data folder for Scarwise.
pub fn default_data_dir() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("org", "Scarwise", "Scarwise").map(|d| d.data_dir().to_owned())
}

/// The place to save in, or the notice to give when there is none.
#[cfg(target_arch = "wasm32")]
fn open_store(options: &LaunchOptions) -> Result<Option<Box<dyn SaveStore>>, Notice> {
    if options.memory_only {
        return Ok(None);
    }
    match web::LocalStorageStore::open() {
        Ok(store) => Ok(Some(Box::new(store))),
        Err(reason) => {
            warn!("{reason}: progress is kept in memory only");
            Err(Notice::MemoryOnly)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn open_store(options: &LaunchOptions) -> Result<Option<Box<dyn SaveStore>>, Notice> {
    if options.memory_only {
        return Ok(None);
    }
    let Some(dir) = options.data_dir.clone().or_else(default_data_dir) else {
        warn!("no data folder on this platform: progress is kept in memory only");
        return Err(Notice::MemoryOnly);
    };
    match FileStore::open(&dir) {
        Ok(store) => Ok(Some(Box::new(store))),
        Err(err) => {
            warn!(
                "cannot write to {}: {err}; progress is kept in memory only",
                dir.display()
            );
            Err(Notice::MemoryOnly)
        }
    }
}

fn load_save(
    mut commands: Commands,
    options: Res<LaunchOptions>,
    kiosk: Option<Res<crate::clinic::Kiosk>>,
    mut notices: ResMut<Notices>,
) {
    // A kiosk neither reads nor writes anything of its visitors.
    if kiosk.is_some_and(|k| k.on) {
        commands.insert_resource(Store(None));
        return;
    }
    let store = match open_store(&options) {
        Ok(Some(store)) => store,
        Ok(None) => {
            commands.insert_resource(Store(None));
            return;
        }
        Err(notice) => {
            notices.push(notice);
            commands.insert_resource(Store(None));
            return;
        }
    };
    let place = store.describe();
    match load(store.as_ref()) {
        Loaded::Fresh => info!("no save yet at {place}"),
        Loaded::Save(data) => {
            info!("progress loaded from {place}");
            commands.insert_resource(PlayerProgress(data.progress));
            commands.insert_resource(data.settings);
        }
        Loaded::SetAside { reason, kept_as } => {
            match kept_as {
                Some(name) => warn!(
                    "the save {place} could not be used because {reason}; it was kept as {name}"
                ),
                None => warn!(
                    "the save {place} could not be used because {reason}, and could not be kept aside"
                ),
            }
            notices.push(Notice::SaveSetAside);
        }
    }
    commands.insert_resource(Store(Some(store)));
}

/// Writes the save at module end and settings changes (`SaveRequested`), when the app is
/// about to be suspended (mobile), and on exit.
fn save_when_due(
    mut requests: MessageReader<SaveRequested>,
    mut lifecycle: MessageReader<AppLifecycle>,
    mut exits: MessageReader<AppExit>,
    store: Res<Store>,
    progress: Res<PlayerProgress>,
    settings: Res<Settings>,
    mut notices: ResMut<Notices>,
) {
    let asked = requests.read().count() > 0;
    let suspending = lifecycle
        .read()
        .any(|event| matches!(event, AppLifecycle::WillSuspend | AppLifecycle::Suspended));
    let exiting = exits.read().count() > 0;
    if !(asked || suspending || exiting) {
        return;
    }
    let Some(store) = &store.0 else { return };
    let data = SaveData {
        version: SAVE_VERSION,
        progress: progress.0.clone(),
        settings: settings.clone(),
    };
    if let Err(err) = save(store.as_ref(), &data) {
        error!("could not save progress to {}: {err}", store.describe());
        if !notices.contains(&Notice::SaveFailed) {
            notices.push(Notice::SaveFailed);
        }
    }
}
