//! The layout follows the window's real size, whatever the window system does.
//!
//! Bevy 0.19 keeps the size it asked for until winit reports a resize. A kiosk asks for
//! borderless fullscreen; with no window manager to grant it (a bare X server) winit's window
//! stays at its default 800x600 and no resize ever comes, so Bevy drew a 1280x800 layout into
//! it and the right side was cut off. Here the real size wins once it has held for a moment,
//! and a kiosk whose window is smaller than its screen asks for the whole screen itself.

use bevy::prelude::*;

/// How long a size must hold before the layout follows it (a resize may be on its way).
const SETTLE_SECONDS: f64 = 0.5;

pub(super) fn plugin(app: &mut App) {
    #[cfg(not(target_arch = "wasm32"))]
    app.add_systems(PreUpdate, follow_real_size);
    #[cfg(target_arch = "wasm32")]
    let _ = app;
}

/// A size seen for a window and since when (app seconds).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Seen {
    pub size: (u32, u32),
    pub since: f64,
}

/// What to do about a window whose real size is `real` while the layout uses `layout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// The layout takes the real size.
    Follow(u32, u32),
    /// Ask the window system for the whole screen (a kiosk in a small window).
    FillScreen(u32, u32),
}

/// Decides, from the real size (and since when it holds), the layout's size, and for a kiosk
/// the screen's size. `asked` says whether the screen was asked for already.
pub fn decide(
    seen: Seen,
    now: f64,
    layout: (u32, u32),
    kiosk_screen: Option<(u32, u32)>,
    asked: bool,
) -> Option<Fix> {
    let (real, settled) = (seen.size, now - seen.since >= SETTLE_SECONDS);
    if real.0 == 0 || real.1 == 0 || !settled {
        return None;
    }
    if let Some(screen) = kiosk_screen
        && !asked
        && (real.0 < screen.0 || real.1 < screen.1)
    {
        return Some(Fix::FillScreen(screen.0, screen.1));
    }
    (real != layout).then_some(Fix::Follow(real.0, real.1))
}

#[cfg(not(target_arch = "wasm32"))]
fn follow_real_size(
    mut windows: Query<(Entity, &mut Window)>,
    monitors: Query<&bevy::window::Monitor, With<bevy::window::PrimaryMonitor>>,
    kiosk: Option<Res<crate::clinic::KioskMode>>,
    time: Res<Time<Real>>,
    mut seen: Local<Seen>,
    mut asked: Local<bool>,
    _main_thread: bevy::ecs::system::NonSendMarker,
) {
    let now = time.elapsed_secs_f64();
    for (entity, mut window) in &mut windows {
        let real = bevy::winit::WINIT_WINDOWS.with_borrow(|windows| {
            windows
                .get_window(entity)
                .map(|w| (w.inner_size().width, w.inner_size().height))
        });
        let Some(real) = real else { continue };
        if seen.size != real {
            *seen = Seen {
                size: real,
                since: now,
            };
        }
        let layout = (
            window.resolution.physical_width(),
            window.resolution.physical_height(),
        );
        let fullscreen = matches!(
            window.mode,
            bevy::window::WindowMode::BorderlessFullscreen(_)
        );
        let screen = monitors
            .single()
            .ok()
            .filter(|_| fullscreen && kiosk.as_ref().is_some_and(|k| k.0))
            .map(|m| (m.physical_width, m.physical_height));
        match decide(*seen, now, layout, screen, *asked) {
            Some(Fix::FillScreen(width, height)) => {
                *asked = true;
                info!(
                    "kiosk: the window is {real:?}, smaller than the screen; asking for {width}x{height}"
                );
                bevy::winit::WINIT_WINDOWS.with_borrow(|windows| {
                    if let Some(w) = windows.get_window(entity) {
                        w.set_outer_position(winit::dpi::PhysicalPosition::new(0, 0));
                        let _ = w.request_inner_size(winit::dpi::PhysicalSize::new(width, height));
                    }
                });
            }
            Some(Fix::Follow(width, height)) => {
                info!(
                    "the window is really {width}x{height} (layout had {layout:?}); following it"
                );
                window.resolution.set_physical_resolution(width, height);
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(size: (u32, u32)) -> Seen {
        Seen { size, since: 0.0 }
    }

    #[test]
    fn the_layout_follows_a_real_size_once_it_holds() {
        let real = seen((800, 600));
        assert_eq!(
            decide(real, 0.1, (1280, 800), None, false),
            None,
            "not settled yet"
        );
        assert_eq!(
            decide(real, 1.0, (1280, 800), None, false),
            Some(Fix::Follow(800, 600))
        );
        assert_eq!(
            decide(real, 1.0, (800, 600), None, false),
            None,
            "already right"
        );
        assert_eq!(
            decide(seen((0, 0)), 9.0, (800, 600), None, false),
            None,
            "minimised"
        );
    }

    #[test]
    fn a_kiosk_in_a_small_window_asks_for_the_screen_once() {
        let real = seen((800, 600));
        assert_eq!(
            decide(real, 1.0, (1280, 800), Some((1280, 800)), false),
            Some(Fix::FillScreen(1280, 800))
        );
        // Asked already (refused, or on its way): the layout follows what the window is.
        assert_eq!(
            decide(real, 2.0, (1280, 800), Some((1280, 800)), true),
            Some(Fix::Follow(800, 600))
        );
        assert_eq!(
            decide(
                seen((1280, 800)),
                1.0,
                (1280, 800),
                Some((1280, 800)),
                false
            ),
            None
        );
    }
}
