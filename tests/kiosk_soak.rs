//! The kiosk soak, in a process of its own so that its memory figures are its own: the whole
//! headless app (egui, its painted drawings, the attract loop) plays visit after visit with
//! simulated time. After every wipe the app is back where it started: the same number of
//! entities, mesh assets and egui textures; and its memory does not grow.
//!
//! `SCARWISE_SOAK_HOURS` sets the simulated length (default 2 hours: 61 visits; a day, about 730:
//! `SCARWISE_SOAK_HOURS=24 cargo test --release --test kiosk_soak -- --nocapture`).

mod common;

use std::time::Duration;

use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;

use common::app::{egui_context, screen};
use common::kiosk::{CONFIG, kiosk_app, not_fresh, run_seconds, short_visit};
use scarwise::kiosk::Kiosk;
use scarwise::state::Screen;

/// What a wipe must give back: entities, mesh assets and egui textures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Footprint {
    entities: u32,
    meshes: usize,
    textures: usize,
}

fn footprint(app: &mut App) -> Footprint {
    let textures = egui_context(app).tex_manager().read().num_allocated();
    let world = app.world();
    Footprint {
        entities: world.entities().count_spawned(),
        meshes: world.resource::<Assets<Mesh>>().len(),
        textures,
    }
}

/// Resident memory of this process, in kilobytes. On Linux it must be measurable: a soak
/// that cannot see memory proves nothing.
fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status")
        .unwrap_or_else(|e| panic!("cannot read /proc/self/status to measure memory: {e}"));
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or_else(|| panic!("no VmRSS line in /proc/self/status:\n{status}"))
}

/// Waits on the attract screen until it shows the same highlight as at `phase` (it cycles
/// the modules every few seconds, each with its own drawing), then until nothing changes
/// from frame to frame (what the last screen held may be freed a frame or two later); returns
/// the footprint there.
fn settle_on_attract(app: &mut App, phase: u64) -> Footprint {
    let mut found = false;
    for _ in 0..60 {
        app.update();
        let now = app.world().resource::<Time<Real>>().elapsed_secs_f64();
        if highlight(now) == phase {
            found = true;
            break;
        }
    }
    assert!(
        found,
        "the attract screen never came back to highlight {phase}"
    );
    // Tenths of a second now, to stay inside this highlight while it settles.
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
        100,
    )));
    let mut last = footprint(app);
    let mut same = 0;
    for _ in 0..30 {
        app.update();
        let now = footprint(app);
        same = if now == last { same + 1 } else { 0 };
        last = now;
        if same == 3 {
            break;
        }
    }
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)));
    assert_eq!(same, 3, "the attract screen never settled: {last:?}");
    last
}

fn highlight(now: f64) -> u64 {
    (now / 6.0) as u64 % 10
}

#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "memory is measured through /proc")]
fn soak_many_visits_back_to_the_start_after_every_wipe() {
    let hours: f64 = std::env::var("SCARWISE_SOAK_HOURS")
        .ok()
        .and_then(|h| h.parse().ok())
        .unwrap_or(2.0);
    let (mut app, dir) = kiosk_app("soak", CONFIG);
    // One visit first: fonts, glyphs and shaders that any visit brings are made once.
    short_visit(&mut app);
    run_seconds(&mut app, 60 + 16);
    assert_eq!(screen(&app), Screen::Attract);
    let now = app.world().resource::<Time<Real>>().elapsed_secs_f64();
    let phase = highlight(now);
    let start = settle_on_attract(&mut app, phase);
    let begin = app.world().resource::<Time<Real>>().elapsed_secs_f64();
    let mut after_first_hour = None;
    let mut visits = 0u64;
    loop {
        let elapsed = app.world().resource::<Time<Real>>().elapsed_secs_f64() - begin;
        if elapsed >= hours * 3600.0 {
            break;
        }
        if after_first_hour.is_none() && elapsed >= 3600.0 {
            after_first_hour = Some(rss_kb());
        }
        short_visit(&mut app);
        // Idle until the warning has run out: the visit is wiped.
        run_seconds(&mut app, 60 + 16);
        assert_eq!(screen(&app), Screen::Attract);
        visits += 1;
        assert!(
            not_fresh(&app).is_empty(),
            "visit {visits}: {:?}",
            not_fresh(&app)
        );
        let now = settle_on_attract(&mut app, phase);
        assert_eq!(now, start, "after visit {visits}");
    }
    let end = rss_kb();
    assert_eq!(app.world().resource::<Kiosk>().visits_ended, visits + 1);
    println!(
        "soak: {visits} visits over {hours} simulated hours; RSS after hour 1 {after_first_hour:?} kB, at the end {end} kB"
    );
    if let Some(first) = after_first_hour {
        assert!(
            end as f64 <= first as f64 * 1.05,
            "memory grew from {first} kB to {end} kB"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
