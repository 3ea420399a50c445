//! Measurement hooks for `scripts/bench.py`. They do nothing unless its environment
//! variables are set, so the same build is measured as ships.
//!
//! - `SCARWISE_BENCH_EXIT_AFTER_FRAMES=N`: quit once N frames have run (startup time).
//! - `SCARWISE_BENCH_EXIT_AFTER_SECS=S`: quit after S seconds (the baseline's run).
//! - `SCARWISE_BENCH_REPORT=1`: print `bench frames <count>` on exit.

use std::time::Duration;

use bevy::app::AppExit;
use bevy::diagnostic::FrameCount;
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    let number = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let limits = Limits {
        frames: number("SCARWISE_BENCH_EXIT_AFTER_FRAMES"),
        time: number("SCARWISE_BENCH_EXIT_AFTER_SECS").map(Duration::from_secs),
        report: std::env::var_os("SCARWISE_BENCH_REPORT").is_some(),
    };
    if limits.frames.is_some() || limits.time.is_some() || limits.report {
        app.insert_resource(limits).add_systems(Last, measure);
    }
}

#[derive(Resource, Clone, Copy)]
struct Limits {
    frames: Option<u64>,
    time: Option<Duration>,
    report: bool,
}

/// Quits at the configured frame or time, and reports the frame count on any exit (the app's
/// own or ours), in one system so the report always sees the exit.
fn measure(
    limits: Res<Limits>,
    count: Res<FrameCount>,
    time: Res<Time<Real>>,
    mut exits: ParamSet<(MessageReader<AppExit>, MessageWriter<AppExit>)>,
    mut reported: Local<bool>,
) {
    let frames_done = limits.frames.is_some_and(|n| u64::from(count.0) + 1 >= n);
    let time_done = limits.time.is_some_and(|t| time.elapsed() >= t);
    let exiting = exits.p0().read().count() > 0;
    if frames_done || time_done {
        exits.p1().write(AppExit::Success);
    }
    if limits.report && !*reported && (exiting || frames_done || time_done) {
        println!("bench frames {}", count.0 + 1);
        *reported = true;
    }
}
