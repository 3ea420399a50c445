//! In the browser the whole Chinese font is fetched only when Chinese is shown (`fonts.rs`
//! says why). The page hands it over as `scarwiseChineseFont` (its bytes): `loader.js`
//! downloads it with the app when the page starts in Chinese, and
//! `scarwiseFetchChineseFont()` fetches it when the patient picks Chinese later. Until it
//! arrives the app keeps drawing, asking for frames so it is put in as soon as it lands. If
//! it cannot be fetched, the patient is told why and the language goes back to the one before.

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::EguiContexts;
use js_sys::{Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Localizer, REFERENCE_LOCALE};
use crate::notices::{Notice, Notices};
use crate::settings::SettingsEdit;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RequestRedraw>().add_systems(
        bevy_egui::EguiPrimaryContextPass,
        keep_the_chinese_font
            .after(super::style::apply_style)
            .before(crate::state::ScreenViews),
    );
}

/// Where the font stands.
#[derive(Default)]
struct ChineseFont {
    installed: bool,
    /// Asked of the page, not arrived yet.
    fetching: bool,
    /// The last language shown that was not Chinese: where a failed fetch goes back to.
    before: Option<String>,
}

/// What the page has for the app.
enum Arrival {
    Nothing,
    Font(Vec<u8>),
    Failed(String),
}

fn keep_the_chinese_font(
    mut contexts: EguiContexts,
    localizer: Res<Localizer>,
    mut font: Local<ChineseFont>,
    mut notices: ResMut<Notices>,
    mut edits: MessageWriter<SettingsEdit>,
    mut redraw: MessageWriter<RequestRedraw>,
) -> Result {
    if font.installed {
        return Ok(());
    }
    let chinese = localizer.current().to_string().starts_with("zh");
    match arrival() {
        Arrival::Font(bytes) => {
            contexts
                .ctx_mut()?
                .set_fonts(super::fonts_with_chinese(bytes));
            font.installed = true;
            font.fetching = false;
            redraw.write(RequestRedraw);
            return Ok(());
        }
        Arrival::Failed(reason) => {
            font.fetching = false;
            if chinese {
                warn!("the Chinese font could not be fetched: {reason}");
                notices.push(Notice::ChineseFontFailed(reason));
                let back = font.before.clone();
                edits.write(SettingsEdit::Locale(
                    back.unwrap_or_else(|| REFERENCE_LOCALE.to_owned()),
                ));
                return Ok(());
            }
        }
        Arrival::Nothing => {}
    }
    if !chinese {
        font.before = Some(localizer.current().to_string());
        return Ok(());
    }
    if !font.fetching {
        font.fetching = true;
        if let Err(reason) = ask_the_page() {
            // No page to ask (the app outside its own page): said like a failed download.
            let _ = Reflect::set(&js_sys::global(), &ERROR.into(), &reason.into());
        }
    }
    redraw.write(RequestRedraw);
    Ok(())
}

const BYTES: &str = "scarwiseChineseFont";
const ERROR: &str = "scarwiseChineseFontError";

/// Takes what the page put out for the app, once.
fn arrival() -> Arrival {
    let global = js_sys::global();
    let take = |name: &str| {
        let value = Reflect::get(&global, &name.into()).ok()?;
        if value.is_undefined() || value.is_null() {
            return None;
        }
        let _ = Reflect::delete_property(&global, &name.into());
        Some(value)
    };
    if let Some(bytes) = take(BYTES) {
        if bytes.is_instance_of::<Uint8Array>() {
            return Arrival::Font(Uint8Array::new(&bytes).to_vec());
        }
        return Arrival::Failed("the page handed over something that is not a font".into());
    }
    match take(ERROR) {
        Some(reason) => {
            Arrival::Failed(reason.as_string().unwrap_or_else(|| format!("{reason:?}")))
        }
        None => Arrival::Nothing,
    }
}

fn ask_the_page() -> Result<(), String> {
    let fetch: Function = Reflect::get(&js_sys::global(), &"scarwiseFetchChineseFont".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "this page cannot fetch the font".to_owned())?;
    fetch
        .call0(&JsValue::NULL)
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}
