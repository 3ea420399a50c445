//! Measurement hooks for `scripts/bench.py`. They do nothing unless its environment
//! variables are set, so the same build is measured as ships.
//!
//! - `SCARWISE_BENCH_EXIT_AFTER_FRAMES=N`: quit once N frames have run (startup time).
//! - `SCARWISE_BENCH_EXIT_AFTER_SECS=S`: quit after S seconds (the baseline's run).
//! - `SCARWISE_BENCH_REPORT=1`: print `bench frames <count>` on exit.
//! - `SCARWISE_BENCH_ANIMATE=1`: open the pulse lab and fire a pulse every second (CPU per
//!   frame while a scene animates).
//! - `SCARWISE_BENCH_NO_SHOTS=1`: with `--tour`, walk every screen without taking screenshots
//!   (peak memory as a patient walking through would use it).

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
    if std::env::var_os("SCARWISE_BENCH_ANIMATE").is_some() {
        app.add_systems(Update, animate_pulse_lab);
    }
}

/// Opens the lesson page that holds the pulse lab and fires a pulse every second.
fn animate_pulse_lab(
    content: Option<Res<crate::content::Content>>,
    screen: Res<State<crate::state::Screen>>,
    mut next: ResMut<NextState<crate::state::Screen>>,
    mut commands: Commands,
    mut scenes: ResMut<crate::scenes::SceneState>,
    real: Res<Time<Real>>,
    mut opened: Local<bool>,
) {
    use crate::state::Screen;
    let Some(content) = content else { return };
    if !*opened {
        if matches!(screen.get(), Screen::Loading) {
            return;
        }
        let found = content.modules.iter().find_map(|m| {
            let pages = &m.content.as_ref()?.pages;
            let page = pages
                .iter()
                .position(|p| p.scene == Some(crate::content::model::Scene::PulseLength))?;
            Some((m.entry.id.clone(), page))
        });
        if let Some((module, page)) = found {
            commands.insert_resource(crate::lesson::ActiveLesson { module, page });
            next.set(Screen::Lesson);
        }
        *opened = true;
        return;
    }
    let now = real.elapsed_secs_f64();
    if scenes.pulse.fired_at.is_none_or(|at| now - at > 1.0) {
        scenes.pulse.fired_at = Some(now);
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
