//! Progress that lasts: completed modules and points, kept in a save file with the settings.

#[cfg(not(target_arch = "wasm32"))]
pub mod file_store;
mod migrate;
pub mod model;
pub mod storage;
pub mod treatment;

#[cfg(not(target_arch = "wasm32"))]
pub use file_store::{FileStore, OpenError};
pub use model::{
    Bookmark, ModuleResult, ModuleStatus, Progress, REVIEW_INTERVALS_DAYS, ReviewCard,
    XP_MODULE_BONUS, XP_PER_RIGHT_ANSWER, item_key, stars,
};
pub use storage::{Loaded, SAVE_VERSION, SaveData, SaveStore, load, parse_save, save};
pub use treatment::{DateRefusal, TreatmentDays};

use bevy::app::AppExit;
use bevy::prelude::*;
use bevy::window::AppLifecycle;

use crate::launch::LaunchOptions;
use crate::notices::{Notice, Notices};
use crate::settings::{Settings, SettingsEdit};
use crate::state::{AppSystems, Screen};
use crate::visit::ForgetWithVisit;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayerProgress>()
        .init_resource::<Notices>()
        .forget_with_visit::<PlayerProgress>()
        .add_message::<SaveRequested>()
        .add_message::<ResetProgress>()
        .add_message::<SettingsEdit>()
        .add_systems(
            Update,
            (reset_progress, save_settings_edits).in_set(AppSystems::Apply),
        )
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

/// Settings: erase all progress (the view asks for confirmation first).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResetProgress;

fn reset_progress(
    mut resets: MessageReader<ResetProgress>,
    screen: Option<Res<State<Screen>>>,
    mut progress: ResMut<PlayerProgress>,
    mut save: MessageWriter<SaveRequested>,
) {
    // Only where it is offered, behind its confirmation.
    let in_settings = screen.is_some_and(|s| *s.get() == Screen::Settings);
    if resets.read().count() > 0 && in_settings {
        progress.0 = Progress::default();
        info!("progress reset by the patient");
        save.write(SaveRequested);
    }
}

/// Settings are saved with the progress: each change is written at once.
fn save_settings_edits(
    mut edits: MessageReader<SettingsEdit>,
    mut save: MessageWriter<SaveRequested>,
) {
    if edits.read().count() > 0 {
        save.write(SaveRequested);
    }
}

/// The platform's data folder for Scarwise.
pub fn default_data_dir() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("org", "Scarwise", "Scarwise").map(|d| d.data_dir().to_owned())
}

/// Where progress goes for this run.
enum Opened {
    Store(Box<dyn SaveStore>),
    /// Nothing is saved, as asked (`--memory-only`).
    NotAsked,
    /// Nothing can be saved: the patient is told why. `shown` is progress to show anyway,
    /// read from a save this run must not touch.
    Refused {
        notice: Notice,
        shown: Option<Box<SaveData>>,
    },
}

impl Opened {
    fn refused(notice: Notice) -> Self {
        Opened::Refused {
            notice,
            shown: None,
        }
    }
}

/// How this platform opens its save store when it keeps no files (the browser's local
/// storage): set by the platform layer before start-up.
#[derive(Resource, Clone, Copy)]
pub struct OpenStore(pub fn() -> Result<Box<dyn SaveStore>, String>);

fn open_store(options: &LaunchOptions, opener: Option<&OpenStore>) -> Opened {
    if options.memory_only {
        return Opened::NotAsked;
    }
    match opener {
        Some(opener) => match (opener.0)() {
            Ok(store) => Opened::Store(store),
            Err(reason) => {
                warn!("{reason}: progress is kept in memory only");
                Opened::refused(Notice::MemoryOnly)
            }
        },
        None => folder_store(options),
    }
}

#[cfg(target_arch = "wasm32")]
fn folder_store(_options: &LaunchOptions) -> Opened {
    warn!("no save store on this platform: progress is kept in memory only");
    Opened::refused(Notice::MemoryOnly)
}

/// The save file in the data folder.
#[cfg(not(target_arch = "wasm32"))]
fn folder_store(options: &LaunchOptions) -> Opened {
    let Some(dir) = options.data_dir.clone().or_else(default_data_dir) else {
        warn!("no data folder on this platform: progress is kept in memory only");
        return Opened::refused(Notice::MemoryOnly);
    };
    let store = match FileStore::open(&dir) {
        Ok(store) => store,
        Err(OpenError::InUse) => {
            warn!(
                "another Scarwise is saving in {}: this one shows the progress saved there but \
                 keeps what is done here in memory only",
                dir.display()
            );
            let shown = file_store::peek(&dir)
                .inspect_err(|e| warn!("the save in {} cannot be shown: {e}", dir.display()))
                .ok()
                .flatten()
                .map(Box::new);
            return Opened::Refused {
                notice: Notice::OpenElsewhere,
                shown,
            };
        }
        Err(err) => {
            warn!(
                "cannot save in {}: {err}; progress is kept in memory only",
                dir.display()
            );
            return Opened::refused(Notice::MemoryOnly);
        }
    };
    match store.tidy() {
        Ok(tidied) => {
            if let Some(name) = tidied.recovered {
                warn!("recovered the save from {name}, left by an earlier crash");
            }
            for name in tidied.removed {
                info!("removed {name}, an unfinished save left by an earlier crash");
            }
        }
        Err(e) => warn!("could not tidy up {}: {e}", dir.display()),
    }
    Opened::Store(Box::new(store))
}

fn load_save(
    mut commands: Commands,
    options: Res<LaunchOptions>,
    kiosk: Option<Res<crate::clinic::KioskMode>>,
    opener: Option<Res<OpenStore>>,
    mut notices: ResMut<Notices>,
) {
    // A kiosk neither reads nor writes anything of its visitors.
    if kiosk.is_some_and(|k| k.0) {
        commands.insert_resource(Store(None));
        return;
    }
    fn show(commands: &mut Commands, data: SaveData) {
        commands.insert_resource(PlayerProgress(data.progress));
        commands.insert_resource(data.settings);
    }
    let store = match open_store(&options, opener.as_deref()) {
        Opened::Store(store) => store,
        Opened::NotAsked => {
            commands.insert_resource(Store(None));
            return;
        }
        Opened::Refused { notice, shown } => {
            if let Some(data) = shown {
                show(&mut commands, *data);
            }
            notices.push(notice);
            commands.insert_resource(Store(None));
            return;
        }
    };
    let place = store.describe();
    // Whether this run may write the save: not over one it must leave as it is.
    let keep = match load(store.as_ref()) {
        Loaded::Fresh => {
            info!("no save yet at {place}");
            true
        }
        Loaded::Save(data) => {
            info!("progress loaded from {place}");
            show(&mut commands, data);
            true
        }
        Loaded::Migrated { data, from } => {
            info!("progress loaded from {place}, save version {from}, now {SAVE_VERSION}");
            match save(store.as_ref(), &data) {
                Ok(()) => info!("{place} written as save version {SAVE_VERSION}"),
                Err(err) => {
                    error!("could not write {place} as save version {SAVE_VERSION}: {err}");
                    notices.push(Notice::SaveFailed);
                }
            }
            show(&mut commands, data);
            true
        }
        Loaded::SetAside {
            reason,
            kept_as: Some(name),
        } => {
            warn!("the save {place} could not be used because {reason}; it was kept as {name}");
            notices.push(Notice::SaveSetAside);
            true
        }
        Loaded::SetAside {
            reason,
            kept_as: None,
        } => {
            warn!(
                "the save {place} could not be used because {reason}, and could not be kept \
                 aside: it is left in place, and progress is kept in memory only"
            );
            notices.extend([Notice::SaveSetAside, Notice::MemoryOnly]);
            false
        }
        Loaded::Newer { version } => {
            warn!(
                "the save {place} is from a newer Scarwise (save version {version}, this one \
                 knows {SAVE_VERSION}): it is left as it is, and progress is kept in memory only"
            );
            notices.push(Notice::SaveFromNewer);
            false
        }
        Loaded::Unreadable { reason } => {
            warn!(
                "the save {place} could not be read ({reason}): it is left as it is, and \
                 progress is kept in memory only"
            );
            notices.push(Notice::SaveUnreadable);
            false
        }
    };
    commands.insert_resource(Store(keep.then_some(store)));
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
    match save(store.as_ref(), &data) {
        // Said for the last saves before the app ends or sleeps, where nothing else shows it.
        Ok(()) if exiting || suspending => info!("progress saved to {}", store.describe()),
        Ok(()) => {}
        Err(err) => {
            error!("could not save progress to {}: {err}", store.describe());
            if !notices.contains(&Notice::SaveFailed) {
                notices.push(Notice::SaveFailed);
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("scarwise-start-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// An app of the progress plugin alone on `dir`, past start-up.
    fn start(dir: &Path) -> App {
        let mut app = App::new();
        app.insert_resource(LaunchOptions {
            data_dir: Some(dir.to_owned()),
            ..default()
        })
        .init_resource::<Settings>()
        .add_plugins(plugin);
        app.update();
        app
    }

    fn notices(app: &App) -> Vec<Notice> {
        app.world().resource::<Notices>().0.clone()
    }

    fn saves(app: &App) -> bool {
        app.world().resource::<Store>().0.is_some()
    }

    #[test]
    fn a_version_1_save_is_shown_and_written_back_as_the_current_version() {
        let dir = temp_dir("v1");
        let v1 = include_str!("../../tests/fixtures/save-v1.ron");
        std::fs::write(dir.join("save.ron"), v1).unwrap();
        let app = start(&dir);
        assert!(notices(&app).is_empty());
        assert!(saves(&app));
        assert_eq!(app.world().resource::<PlayerProgress>().total_points, 470);
        assert_eq!(
            app.world().resource::<Settings>().locale.as_deref(),
            Some("fr")
        );
        let written = std::fs::read_to_string(dir.join("save.ron")).unwrap();
        assert!(
            written.contains(&format!("version: {SAVE_VERSION},")),
            "{written}"
        );
        drop(app);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_second_app_on_the_folder_shows_the_progress_saves_nothing_and_says_so() {
        let dir = temp_dir("second");
        let mut first = start(&dir);
        first
            .world_mut()
            .resource_mut::<PlayerProgress>()
            .total_points = 60;
        first.world_mut().write_message(SaveRequested);
        first.update();
        let second = start(&dir);
        assert_eq!(notices(&second), [Notice::OpenElsewhere]);
        assert!(!saves(&second));
        assert_eq!(second.world().resource::<PlayerProgress>().total_points, 60);
        drop((first, second));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn saves_from_a_newer_scarwise_or_that_cannot_be_read_are_left_alone() {
        let dir = temp_dir("newer");
        let newer = "(version: 99, progress: Anything(new), settings: ())";
        std::fs::write(dir.join("save.ron"), newer).unwrap();
        let mut app = start(&dir);
        assert_eq!(notices(&app), [Notice::SaveFromNewer]);
        assert!(!saves(&app));
        app.world_mut().write_message(AppExit::Success);
        app.update();
        assert_eq!(
            std::fs::read_to_string(dir.join("save.ron")).unwrap(),
            newer
        );
        drop(app);
        std::fs::remove_dir_all(&dir).unwrap();

        // A folder where the save should be: reading fails, even for root.
        std::fs::create_dir_all(dir.join("save.ron")).unwrap();
        let app = start(&dir);
        assert_eq!(notices(&app), [Notice::SaveUnreadable]);
        assert!(!saves(&app));
        assert!(dir.join("save.ron").is_dir());
        drop(app);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
