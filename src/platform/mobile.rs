//! Phones: the app's own data folder and the safe area (notches, rounded corners and the home
//! indicator), which Bevy 0.19 does not report.

use std::path::PathBuf;

pub use crate::launch::SafeArea;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

/// The app's private data folder. On Android it is the folder the system gives the app (the
/// `directories` crate knows no home there); elsewhere `None`, and the save store asks
/// `directories` (on iOS that is the app sandbox's Application Support folder).
pub fn data_dir() -> Option<PathBuf> {
    #[cfg(target_os = "android")]
    {
        bevy::android::ANDROID_APP
            .get()
            .and_then(|app| app.internal_data_path())
    }
    #[cfg(not(target_os = "android"))]
    {
        None
    }
}

/// Reads the insets the system reports, where it does: on Android the content rectangle
/// GameActivity gives, which leaves out the status and navigation bars and cut-outs.
#[cfg(target_os = "android")]
pub(super) fn read_platform_insets(
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    mut safe: ResMut<SafeArea>,
) {
    let (Some(app), Ok(window)) = (bevy::android::ANDROID_APP.get(), windows.single()) else {
        return;
    };
    let content = app.content_rect();
    let scale = window.scale_factor().max(0.5);
    let (width, height) = (
        window.physical_width() as f32,
        window.physical_height() as f32,
    );
    if content.right <= content.left || content.bottom <= content.top {
        return;
    }
    let insets = SafeArea {
        top: content.top.max(0) as f32 / scale,
        left: content.left.max(0) as f32 / scale,
        right: (width - content.right as f32).max(0.0) / scale,
        bottom: (height - content.bottom as f32).max(0.0) / scale,
    };
    if *safe != insets {
        *safe = insets;
    }
}

/// Hands the insets to the page layout (egui keeps them in its memory, read by
/// `screens::widgets::page`).
pub(super) fn share_safe_area(mut contexts: EguiContexts, safe: Res<SafeArea>) -> Result {
    if safe.is_changed() {
        let ctx = contexts.ctx_mut()?;
        let insets = *safe;
        ctx.data_mut(|d| {
            d.insert_temp(egui::Id::new(crate::theme::widgets::SAFE_AREA_KEY), insets)
        });
        ctx.request_repaint();
    }
    Ok(())
}
