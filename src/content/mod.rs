//! Lessons, quiz items and references as data: loaded from `assets/content/` and validated
//! at start-up, with every problem shown on an error screen instead of a panic.

pub mod brief;
pub mod cited;
pub mod claims;
#[cfg(test)]
mod fixture;
pub mod html;
mod library;
mod load;
pub mod model;
pub mod picture;
pub mod profile;
pub mod reading;
pub mod review;
mod validate;

pub use library::{ContentLibrary, Module};
pub use load::{
    BADGES_PATH, CONTENT_DIR, ContentError, MODULE_INDEX_PATH, SOURCES_PATH, module_content_path,
    read_content_files,
};

use std::collections::BTreeMap;

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, LoadState};
use bevy::prelude::*;
use bevy::reflect::TypePath;

use crate::i18n::Localizer;
use crate::state::{AppSystems, Screen};

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<ContentText>()
        .add_message::<ContentStatus>()
        .register_asset_loader(ContentTextLoader)
        .init_resource::<ContentLoad>()
        .add_systems(OnEnter(Screen::Loading), start_loading)
        .add_systems(
            Update,
            poll_loading
                .in_set(AppSystems::Apply)
                .run_if(in_state(Screen::Loading)),
        )
        // Files at hand are read before the first frame, so it can show the first screen
        // (the browser's first frames cost a quarter of a second each under software WebGL).
        .add_systems(
            PostStartup,
            poll_loading
                .in_set(AppSystems::Apply)
                .run_if(in_state(Screen::Loading)),
        );
}

/// The validated content, once loading has finished.
#[derive(Resource, Debug, Clone, PartialEq, Deref)]
pub struct Content(pub ContentLibrary);

/// How loading ended: navigation shows the first screen, or the error screen.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentStatus {
    /// [`Content`] is in place.
    Ready,
    /// [`ContentErrors`] says what is wrong.
    Broken,
}

/// Every problem found while loading content; the error screen shows them.
#[derive(Resource, Debug, Clone, PartialEq, Deref)]
pub struct ContentErrors(pub Vec<ContentError>);

/// A content file's raw text: parsing is ours, so errors can name the line and column.
#[derive(Asset, TypePath, Debug)]
pub struct ContentText(pub String);

#[derive(TypePath)]
struct ContentTextLoader;

#[derive(Debug)]
struct NotUtf8;

impl std::fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the file is not valid UTF-8 text")
    }
}

impl std::error::Error for NotUtf8 {}

impl AssetLoader for ContentTextLoader {
    type Asset = ContentText;
    type Settings = ();
    type Error = BevyError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        _load_context: &mut LoadContext<'_>,
    ) -> Result<ContentText, BevyError> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        let text = String::from_utf8(bytes).map_err(|_| NotUtf8)?;
        Ok(ContentText(text))
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// Files being loaded, by path relative to `assets/`.
#[derive(Resource, Default)]
struct ContentLoad {
    handles: BTreeMap<String, Handle<ContentText>>,
    index_read: bool,
    /// The files taken from [`ContentAtHand`].
    at_hand: Option<Vec<(String, Vec<u8>)>>,
}

/// Every content file, already at hand, by path relative to `assets/`: the browser's page
/// downloads them with the app (`platform::web` puts them here). Loading then reads them at
/// once, without the asset server's round trips (two of them, a few frames each: the index,
/// then the files it names). Taken once; a later load asks the asset server.
#[derive(Resource, Debug, Default)]
pub struct ContentAtHand(pub Vec<(String, Vec<u8>)>);

fn start_loading(
    mut load: ResMut<ContentLoad>,
    assets: Res<AssetServer>,
    at_hand: Option<ResMut<ContentAtHand>>,
) {
    *load = ContentLoad::default();
    if let Some(mut at_hand) = at_hand
        && !at_hand.0.is_empty()
    {
        load.at_hand = Some(std::mem::take(&mut at_hand.0));
        return;
    }
    for path in [MODULE_INDEX_PATH, SOURCES_PATH, BADGES_PATH] {
        load.handles.insert(path.to_owned(), assets.load(path));
    }
}

/// The files at hand as texts, and a problem for each that is not UTF-8 text.
fn read_at_hand(at_hand: Vec<(String, Vec<u8>)>) -> (BTreeMap<String, String>, Vec<ContentError>) {
    let mut files = BTreeMap::new();
    let mut failures = Vec::new();
    for (path, bytes) in at_hand {
        match String::from_utf8(bytes) {
            Ok(text) => {
                files.insert(path, text);
            }
            Err(_) => failures.push(ContentError {
                file: path,
                position: None,
                message: NotUtf8.to_string(),
            }),
        }
    }
    (files, failures)
}

fn poll_loading(
    mut commands: Commands,
    mut load: ResMut<ContentLoad>,
    assets: Res<AssetServer>,
    texts: Res<Assets<ContentText>>,
    localizer: Res<Localizer>,
    mut status: MessageWriter<ContentStatus>,
) {
    let (mut files, mut failures) = read_at_hand(load.at_hand.take().unwrap_or_default());
    for (path, handle) in &load.handles {
        match assets.get_load_state(handle.id()) {
            Some(LoadState::Loaded) => {
                if let Some(text) = texts.get(handle) {
                    files.insert(path.clone(), text.0.clone());
                }
            }
            Some(LoadState::Failed(err)) => failures.push(ContentError {
                file: path.clone(),
                position: None,
                message: format!("could not be loaded: {err}"),
            }),
            _ => return,
        }
    }

    // The index names the module files: load those once it has arrived (files at hand are
    // all there already).
    if !load.index_read && load.handles.contains_key(MODULE_INDEX_PATH) {
        load.index_read = true;
        if let Some(text) = files.get(MODULE_INDEX_PATH)
            && let Ok(index) = ron::from_str::<model::ModuleIndex>(text)
        {
            let module_files: Vec<String> = index
                .modules
                .iter()
                .filter_map(|m| m.content.as_deref().map(module_content_path))
                .collect();
            if !module_files.is_empty() {
                for path in module_files {
                    let handle = assets.load(path.clone());
                    load.handles.insert(path, handle);
                }
                return;
            }
        }
    }

    let result = ContentLibrary::from_files(&files, |id| localizer.has_reference_message(id));
    let errors = match result {
        Ok(library) if failures.is_empty() => {
            info!(
                "content loaded: {} modules, {} sources",
                library.modules.len(),
                library.sources.len()
            );
            commands.insert_resource(Content(library));
            status.write(ContentStatus::Ready);
            return;
        }
        Ok(_) => failures,
        Err(mut errors) => {
            // A file that failed to load is also reported as missing by validation: keep the
            // loader's reason, which says why.
            errors.retain(|e| !failures.iter().any(|f| f.file == e.file));
            failures.extend(errors);
            failures
        }
    };
    for error in &errors {
        error!("content error: {error}");
    }
    commands.insert_resource(ContentErrors(errors));
    status.write(ContentStatus::Broken);
}
