//! How the app was started: the command line on the desktop, the page's address in the
//! browser, defaults on phones.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui;

/// How the app was started: the desktop command line, or defaults on mobile and web.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct LaunchOptions {
    /// A language asked for by name (`--locale`); overrides the saved setting.
    pub locale: Option<String>,
    /// The system's preferred languages, most preferred first.
    pub system_locales: Vec<String>,
    /// Where the save file lives; `None` uses the platform's data folder.
    pub data_dir: Option<PathBuf>,
    /// Keep progress in memory only, writing nothing to disk.
    pub memory_only: bool,
    /// Logical window size.
    pub window: Option<(u32, u32)>,
    /// Seed for shuffling quiz items; random when `None`.
    pub seed: Option<u64>,
    /// Render every screen, save screenshots into this folder and quit.
    pub tour: Option<PathBuf>,
    /// A shorter tour: English only, one state per scene (for extra window sizes).
    pub tour_brief: bool,
    /// Where the consultation summary is saved; `None` uses the Documents folder.
    pub export_dir: Option<PathBuf>,
    /// Run as a waiting-room kiosk (also set by the clinic config).
    pub kiosk: bool,
    /// The clinic's config file.
    pub config: Option<PathBuf>,
    /// The clinic's config as text, when the platform hands it over instead of a file (the
    /// browser page fetches `clinic.ron` beside itself), and its logo's bytes.
    pub config_text: Option<String>,
    pub logo_bytes: Option<Vec<u8>>,
    /// Running on a phone: redraw only on touch (even less often in the background), keep
    /// content inside the safe area, save when the app is sent to the background.
    pub mobile: bool,
    /// Room to leave at the screen edges for notches and system bars (`--safe-area`);
    /// `None` uses what the platform reports (Android) or a default (iOS: 47 top, 34 bottom).
    pub safe_area: Option<SafeArea>,
    /// Keep a snapshot of the screen-reader tree (names, roles, rectangles) for a test to
    /// read: the browser test (`?test=1`) finds widgets by name through it.
    pub test_hook: bool,
    /// Ask at the start whether to forget the saved progress (the browser's `?reset=1`):
    /// Settings opens with its reset confirmation; nothing is forgotten unless confirmed.
    pub ask_reset: bool,
    /// A consultation summary to open at the start (the browser address's `#summary=`
    /// payload, from a summary's QR code): shown on its own screen instead of the title.
    pub shared_summary: Option<String>,
    /// No window and no renderer, but the whole UI: for tests that drive the app through
    /// egui with keyboard or touch input and read its accessibility tree.
    pub headless: bool,
}

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
