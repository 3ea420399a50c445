//! The browser: progress in `localStorage`, and the page's address and languages for the
//! launch options. Reached through `js-sys` reflection only.
//!
//! The save is guarded against other tabs of the same site ([`SaveGuard`]): a write happens
//! only while the stored text is still the one this tab last read or wrote, and another tab's
//! change (the page's `storage` event) is announced with an offer to reload. Progress is also
//! written when the page is hidden (`visibilitychange`, `pagehide`): phones discard
//! background tabs without a word.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use js_sys::{Array, Function};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::{self, SAVE_KEY as KEY, SaveGuard};
pub use super::web_address::{forget_fragment, fragment, url_parameter};
use crate::consult::Deliver;
use crate::i18n::Localizer;
use crate::js::page::{call, global as global_property, property, set_global, thrown};
use crate::notices::{Notice, Notices};
use crate::progress::{OpenStore, PlayerProgress, SAVE_VERSION, SaveData, SaveStore, Store};
use crate::settings::Settings;
use crate::theme::widgets::{card, paragraph, primary_button, secondary_button};

/// What this tab knows of the save (see [`SaveGuard`]). The browser runs the app on one
/// thread; the lock only satisfies `static`.
static GUARD: Mutex<SaveGuard> = Mutex::new(SaveGuard::new());

fn guard<T>(f: impl FnOnce(&mut SaveGuard) -> T) -> T {
    let mut guard = GUARD
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut guard)
}

/// The browser's local storage, if the page may use it (private modes and disabled storage
/// throw or return nothing).
fn storage() -> Result<JsValue, String> {
    // Reading `localStorage` itself throws (SecurityError) where storage is disabled.
    let storage = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("localStorage"))
        .map_err(|e| thrown(&e, "local storage is not available"))?;
    if storage.is_undefined() || storage.is_null() {
        return Err("this browser does not let the page keep data".to_owned());
    }
    // A probe write: some browsers expose storage but refuse to write to it.
    call(&storage, "setItem", &["scarwise.probe".into(), "1".into()])?;
    call(&storage, "removeItem", &["scarwise.probe".into()])?;
    Ok(storage)
}

fn stored(storage: &JsValue) -> Result<Option<String>, String> {
    Ok(call(storage, "getItem", &[KEY.into()])?.as_string())
}

/// Opens the browser's save store (for `progress`).
fn open_local_storage() -> Result<Box<dyn SaveStore>, String> {
    Ok(Box::new(LocalStorageStore::open()?))
}

/// Progress in `localStorage`.
pub struct LocalStorageStore;

impl LocalStorageStore {
    /// Opens the store, and from then on saves when the page is hidden and listens for other
    /// tabs' changes.
    pub fn open() -> Result<Self, String> {
        storage()?;
        listen_to_the_page();
        Ok(LocalStorageStore)
    }
}

impl SaveStore for LocalStorageStore {
    fn read(&self) -> Result<Option<Vec<u8>>, String> {
        let value = stored(&storage()?)?;
        guard(|g| g.read(value.as_deref()));
        Ok(value.map(String::into_bytes))
    }

    /// Writes only while the stored save is the one this tab last read or wrote.
    fn write(&self, text: &str) -> Result<(), String> {
        let storage = storage()?;
        let now = stored(&storage)?;
        guard(|g| g.check_write(now.as_deref(), text)).map_err(|e| e.to_string())?;
        call(&storage, "setItem", &[KEY.into(), text.into()])?;
        guard(|g| g.written(text));
        Ok(())
    }

    /// Copies the save to `scarwise.save.unreadable-<stamp>` (removing any older copy, so
    /// one at most is kept) and removes it from its key.
    fn set_aside(&self, stamp: u64) -> Result<String, String> {
        let storage = storage()?;
        let old = stored(&storage)?.unwrap_or_default();
        let keys: Vec<String> = js_sys::Object::keys::<JsValue>(storage.unchecked_ref())
            .iter()
            .filter_map(|k| k.as_string())
            .collect();
        let (name, stale) = browser::aside_plan(keys.iter().map(String::as_str), stamp);
        for key in &stale {
            call(&storage, "removeItem", &[key.as_str().into()])?;
        }
        call(
            &storage,
            "setItem",
            &[name.as_str().into(), old.as_str().into()],
        )?;
        call(&storage, "removeItem", &[KEY.into()])?;
        guard(SaveGuard::removed);
        Ok(name)
    }

    fn describe(&self) -> String {
        "this browser's local storage".to_owned()
    }
}

/// Writes the app's state when it changed since the last save (the page is being hidden).
fn save_unsaved() {
    let Some(text) = guard(|g| g.unsaved().map(str::to_owned)) else {
        return;
    };
    if let Err(err) = LocalStorageStore.write(&text) {
        warn!("could not save progress as the page was hidden: {err}");
    }
}

/// Listens once for the page being hidden and for other tabs' changes to the save.
fn listen_to_the_page() {
    static LISTENING: AtomicBool = AtomicBool::new(false);
    if LISTENING.swap(true, Ordering::Relaxed) {
        return;
    }
    let (Some(window), Some(document)) = (global_property("window"), global_property("document"))
    else {
        return;
    };
    let add = |target: &JsValue, event: &str, handler: Closure<dyn FnMut(JsValue)>| {
        let function: &Function = handler.as_ref().unchecked_ref();
        if let Err(err) = call(
            target,
            "addEventListener",
            &[event.into(), function.clone().into()],
        ) {
            warn!("cannot follow the page's {event} events: {err}");
        }
        // Lives as long as the page.
        handler.forget();
    };
    let document_for_check = document.clone();
    add(
        &document,
        "visibilitychange",
        Closure::new(move |_event: JsValue| {
            let hidden = property(&document_for_check, "visibilityState")
                .and_then(|v| v.as_string())
                .is_some_and(|state| state == "hidden");
            if hidden {
                save_unsaved();
            }
        }),
    );
    add(
        &window,
        "pagehide",
        Closure::new(|_event: JsValue| save_unsaved()),
    );
    add(
        &window,
        "storage",
        Closure::new(|event: JsValue| {
            // `key` is null when another tab cleared the whole storage.
            let key = property(&event, "key").and_then(|k| k.as_string());
            if key.as_deref().is_some_and(|k| k != KEY) {
                return;
            }
            let new_value = property(&event, "newValue").and_then(|v| v.as_string());
            if guard(|g| g.storage_event(new_value.as_deref())) {
                warn!("another tab or window changed the saved progress: this tab saves no more");
            }
        }),
    );
}

/// The browser's part of the app: keeps the save text of the current state ready for the
/// page's `visibilitychange`, and tells the patient when another tab changed the save.
pub fn plugin(app: &mut App) {
    app.add_plugins(super::web_app::plugin);
    // A summary's code opens this very page on the patient's phone when it is on the web.
    if let Some(address) = super::web_address::public_address() {
        app.insert_resource(crate::consult::take_home::PageAddress(address));
    }
    app.insert_resource(OpenStore(open_local_storage))
        .insert_resource(Deliver(download))
        .insert_resource(content_at_hand())
        .add_systems(Last, keep_save_ready)
        .add_systems(
            EguiPrimaryContextPass,
            changed_elsewhere_notice.after(crate::state::ScreenViews),
        );
}

/// Serialises progress and settings whenever they change (the page cannot run a frame when
/// it is hidden, so the text must be ready). The state loaded at the start is not new.
fn keep_save_ready(
    store: Option<Res<Store>>,
    progress: Res<PlayerProgress>,
    settings: Res<Settings>,
    mut started: Local<bool>,
) {
    if !store.is_some_and(|s| s.0.is_some()) {
        return;
    }
    if !*started {
        *started = true;
        return;
    }
    if !(progress.is_changed() || settings.is_changed()) {
        return;
    }
    let data = SaveData {
        version: SAVE_VERSION,
        progress: progress.0.clone(),
        settings: settings.clone(),
    };
    // The same text `storage::save` writes.
    if let Ok(text) = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default()) {
        guard(|g| g.set_pending(text));
    }
}

/// "Your progress was changed in another tab", with Reload; replaces the general "could not
/// save" notice, which the refused write also raised.
fn changed_elsewhere_notice(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    mut notices: ResMut<Notices>,
    mut dismissed: Local<u32>,
) -> Result {
    let Some(count) = guard(|g| g.conflict()) else {
        return Ok(());
    };
    if notices.contains(&Notice::SaveFailed) {
        notices.retain(|n| *n != Notice::SaveFailed);
    }
    if count <= *dismissed {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    // Inside the safe area: below a notch when the app runs on its own (installed).
    let safe = crate::theme::widgets::content_rect(ctx);
    let width = (safe.width() - 24.0 - 34.0).min(560.0);
    let above = safe.top() - ctx.content_rect().top();
    egui::Area::new("changed-elsewhere".into())
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 12.0 + above))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            card(ui, crate::theme::Palette::of(ui).accent_soft).show(ui, |ui| {
                ui.set_width(width);
                paragraph(ui, &loc.t("notice-changed-elsewhere"));
                ui.horizontal_wrapped(|ui| {
                    if primary_button(ui, &loc.t("notice-reload")).clicked() {
                        reload();
                    }
                    if secondary_button(ui, &loc.t("notice-dismiss")).clicked() {
                        *dismissed = count;
                    }
                });
            });
        });
    Ok(())
}

fn reload() {
    if let Some(location) = global_property("location") {
        let _ = call(&location, "reload", &[]);
    }
}

/// Records the page's clock (`performance.now()`: milliseconds since the page started
/// loading) in the page's global `name`, for the benchmark's browser run.
pub fn stamp_page_clock(name: &str) {
    if let Some(now) = page_clock() {
        set_global(name, &now);
    }
}

/// The page's clock now: `performance.now()`.
fn page_clock() -> Option<JsValue> {
    call(&global_property("performance")?, "now", &[]).ok()
}

/// Adds `[label, performance.now()]` to the page's `scarwiseStages` (made if missing), the
/// benchmark's timeline of the start-up.
pub fn note_stage(label: &str) {
    let Some(now) = page_clock() else {
        return;
    };
    let stages = global_property("scarwiseStages").unwrap_or_else(|| {
        let made: JsValue = Array::new().into();
        set_global("scarwiseStages", &made);
        made
    });
    let _ = call(&stages, "push", &[Array::of2(&label.into(), &now).into()]);
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = global_property("navigator") else {
        return Vec::new();
    };
    property(&navigator, "languages")
        .and_then(|v| v.dyn_into::<Array>().ok())
        .map(|languages| languages.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// The lesson files the page downloaded with the app (`scarwiseContent` in `loader.js`:
/// paths relative to `assets/` and their bytes), taken from the page.
fn content_at_hand() -> crate::content::ContentAtHand {
    let Some(files) = crate::js::page::take(&js_sys::global(), "scarwiseContent") else {
        return crate::content::ContentAtHand::default();
    };
    let object: &js_sys::Object = files.unchecked_ref();
    let at_hand = js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let entry: Array = entry.dyn_into().ok()?;
            let path = entry.get(0).as_string()?;
            let bytes = entry.get(1);
            bytes
                .is_instance_of::<js_sys::Uint8Array>()
                .then(|| (path, js_sys::Uint8Array::new(&bytes).to_vec()))
        })
        .collect();
    crate::content::ContentAtHand(at_hand)
}

/// The clinic's `clinic.ron` text and logo bytes, when the page found them beside itself
/// (`loader.js` fetches them before the app starts, same origin only).
pub fn clinic_files() -> (Option<String>, Option<Vec<u8>>) {
    let text = global_property("scarwiseClinicConfig").and_then(|v| v.as_string());
    let logo = global_property("scarwiseClinicLogo")
        .filter(|v| v.is_instance_of::<js_sys::Uint8Array>())
        .map(|v| js_sys::Uint8Array::new(&v).to_vec());
    (text, logo)
}

/// Hands a file to the browser as a download (`scarwiseDownload` in `loader.js`).
pub fn download(name: &str, bytes: &[u8], media_type: &str) -> Result<(), String> {
    if global_property("scarwiseDownload").is_none() {
        return Err("this page cannot offer downloads".to_owned());
    }
    let data = js_sys::Uint8Array::from(bytes);
    crate::js::page::call_global(
        "scarwiseDownload",
        &[name.into(), data.into(), media_type.into()],
    )
    .map(|_| ())
    .map_err(|e| format!("the download failed ({e})"))
}
