//! The page as an app (`web/shell.js`, `window.scarwiseShell`): what it offers (installing,
//! a new version) into [`WebApp`], its safe-area insets into [`SafeArea`], and its actions as
//! [`WebAppHooks`]. Read on every frame the app draws (a few property reads); an idle app
//! wakes at least every few seconds, so an offer shows soon after the page finds it.

use bevy::prelude::*;
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

use crate::js::page;
use crate::launch::SafeArea;
use crate::webapp::{InstallWay, WebApp, WebAppHooks};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WebAppHooks {
        install: Some(|| call_shell("install")),
        dismiss_install: Some(|| call_shell("dismissInstall")),
        restart: Some(|| call_shell("restart")),
    })
    .add_systems(PreUpdate, follow_the_page);
}

fn shell() -> Option<JsValue> {
    page::global("scarwiseShell").filter(JsValue::is_object)
}

fn get(target: &JsValue, name: &str) -> JsValue {
    page::property(target, name).unwrap_or(JsValue::UNDEFINED)
}

fn call_shell(method: &str) {
    let Some(shell) = shell() else {
        warn!("the page has no scarwiseShell: cannot {method}");
        return;
    };
    if let Err(err) = page::call(&shell, method, &[]) {
        warn!("scarwiseShell.{err}");
    }
}

/// The page's offers and insets, written only when they change (so nothing redraws for them
/// otherwise).
fn follow_the_page(
    mut web_app: ResMut<WebApp>,
    mut safe: ResMut<SafeArea>,
    options: Res<crate::launch::LaunchOptions>,
) {
    let Some(shell) = shell() else {
        return;
    };
    let install = match get(&shell, "offer").as_string().as_deref() {
        Some("prompt") => Some(InstallWay::Prompt),
        Some("ios") => Some(InstallWay::IosSteps),
        _ => None,
    };
    let update_ready = get(&shell, "updateReady").as_bool().unwrap_or(false);
    if web_app.install != install || web_app.update_ready != update_ready {
        web_app.install = install;
        web_app.update_ready = update_ready;
    }
    // The command line's --safe-area (the tour) wins over the page.
    if options.safe_area.is_some() {
        return;
    }
    let Ok(sides) = get(&shell, "safeArea").dyn_into::<Array>() else {
        return;
    };
    let side = |i: u32| {
        sides
            .get(i)
            .as_f64()
            .filter(|v| v.is_finite())
            .map_or(0.0, |v| v.clamp(0.0, 400.0) as f32)
    };
    let insets = SafeArea {
        top: side(0),
        right: side(1),
        bottom: side(2),
        left: side(3),
    };
    if *safe != insets {
        *safe = insets;
    }
}
