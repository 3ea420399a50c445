//! Phones: the app's own data folder and the safe area (notches, rounded corners and the home
//! indicator), which Bevy 0.19 does not report.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

/// Room to leave at each edge of the screen, in logical pixels, so that nothing is drawn under
/// a notch, a status bar or the home indicator.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Default)]
pub struct SafeArea {
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

impl SafeArea {
    /// iPhones with a notch or island in portrait: the status bar area and the home indicator
    /// (Apple's safe-area insets of 47 and 34 points). Used on iOS, where the insets cannot be
    /// read through Bevy; harmless on phones without a notch.
    pub const IOS_PORTRAIT: SafeArea = SafeArea {
        top: 47.0,
        right: 0.0,
        bottom: 34.0,
        left: 0.0,
    };

    /// Parses `top,right,bottom,left` (the `--safe-area` option), in logical pixels.
    pub fn parse(text: &str) -> Result<SafeArea, String> {
        let values: Vec<f32> = text
            .split(',')
            .map(|v| v.trim().parse::<f32>())
            .collect::<Result<_, _>>()
            .map_err(|_| {
                format!("--safe-area needs four numbers like 47,0,34,0, not \"{text}\"")
            })?;
        match values[..] {
            [top, right, bottom, left] if values.iter().all(|v| (0.0..=400.0).contains(v)) => {
                Ok(SafeArea {
                    top,
                    right,
                    bottom,
                    left,
                })
            }
            _ => Err(format!(
                "--safe-area needs four numbers from 0 to 400 (top,right,bottom,left), not \"{text}\""
            )),
        }
    }

    /// The part of `screen` outside the insets (never less than a sliver).
    pub fn inside(&self, screen: egui::Rect) -> egui::Rect {
        let rect = egui::Rect::from_min_max(
            screen.min + egui::vec2(self.left, self.top),
            screen.max - egui::vec2(self.right, self.bottom),
        );
        if rect.width() < 100.0 || rect.height() < 100.0 {
            screen
        } else {
            rect
        }
    }
}

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
        ctx.data_mut(|d| d.insert_temp(egui::Id::new(SAFE_AREA_KEY), insets));
        ctx.request_repaint();
    }
    Ok(())
}

const SAFE_AREA_KEY: &str = "scarwise-safe-area";

/// The screen area content may use: the whole screen minus the safe-area insets.
pub fn content_rect(ctx: &egui::Context) -> egui::Rect {
    let insets: SafeArea = ctx
        .data(|d| d.get_temp(egui::Id::new(SAFE_AREA_KEY)))
        .unwrap_or_default();
    insets.inside(ctx.content_rect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_checks_the_safe_area_option() {
        assert_eq!(
            SafeArea::parse("47, 0, 34,0"),
            Ok(SafeArea {
                top: 47.0,
                right: 0.0,
                bottom: 34.0,
                left: 0.0
            })
        );
        for bad in ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "-1,0,0,0", "0,0,0,900"] {
            assert!(SafeArea::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn content_keeps_clear_of_the_insets() {
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(390.0, 844.0));
        let inside = SafeArea::IOS_PORTRAIT.inside(screen);
        assert_eq!(inside.top(), 47.0);
        assert_eq!(inside.bottom(), 844.0 - 34.0);
        assert_eq!(inside.width(), 390.0);
        // Insets bigger than the screen are ignored rather than leaving nothing.
        let silly = SafeArea {
            top: 400.0,
            right: 0.0,
            bottom: 400.0,
            left: 0.0,
        };
        assert_eq!(silly.inside(screen), screen);
    }
}
