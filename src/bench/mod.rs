//! Measurement hooks for `scripts/bench.py`. They do nothing unless its environment
//! variables are set, so the same build is measured as ships. The same hooks run in the bare
//! baseline (`examples/baseline.rs`), so both are measured alike.
//!
//! - `SCARWISE_BENCH_MODE=reactive|continuous`: how the app redraws (Scarwise ships reactive;
//!   a default Bevy app, the baseline's default, redraws continuously).
//! - `SCARWISE_BENCH_USABLE=1`: print `bench usable frame=N` and quit once the first usable
//!   frame has been drawn (Scarwise: the title screen with its text; the baseline: its first
//!   egui frame). The script times the line from the process's start.
//! - `SCARWISE_BENCH_WINDOW=W,L`: print `bench mark ...` after W seconds (warm-up) and again
//!   L seconds later, then quit: the script reads the process's CPU time at each mark, so CPU
//!   per frame is measured over a steady window only.
//! - `SCARWISE_BENCH_REPORT=1`: print `bench end ...` (frames and memory) on exit; with
//!   `SCARWISE_BENCH_EXIT_AT_END=1` the process then ends at once, dropping nothing, so that a
//!   heap profiler sees everything that was live (`scripts/heap-profile.py`).
//! - `SCARWISE_BENCH_ANIMATE=1`: open the pulse lab and fire a pulse every second (CPU per
//!   frame while a scene animates).
//! - `SCARWISE_BENCH_NO_SHOTS=1`: with `--tour`, walk every screen without taking screenshots
//!   (memory as a patient walking through would use it).
//!
//! Every printed line is `bench <what> key=value ...`; memory is the process's resident set
//! (`rss_kib`) and its high-water mark (`peak_kib`) from `/proc/self/status` (Linux only).
//!
//! In the browser only the first usable frame is measured: `?bench=usable` in the page's
//! address, and the frame's time goes to the page's `scarwiseUsable` (milliseconds since the
//! page started loading) instead of the output; the app goes on. The start-up's timeline goes
//! to the page's `scarwiseStages` (`[label, milliseconds]`: the start-up systems, then each
//! frame until the usable one has been drawn), beside the page's own stages (`loader.js`).

mod memory;

use std::time::Duration;

use bevy::app::AppExit;
use bevy::diagnostic::FrameCount;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPrimaryContextPass;

pub use memory::Memory;

pub fn plugin(app: &mut App) {
    match asked("SCARWISE_BENCH_MODE").as_deref() {
        Some("continuous") => {
            app.insert_resource(WinitSettings::continuous());
        }
        Some("reactive") => {
            app.insert_resource(WinitSettings::desktop_app());
        }
        _ => {}
    }
    if asked("SCARWISE_BENCH_REPORT").is_some() {
        app.add_systems(Last, report_end.after(mark_window));
    }
    if let Some(window) = asked("SCARWISE_BENCH_WINDOW").and_then(|v| parse_window(&v)) {
        app.insert_resource(window).add_systems(Last, mark_window);
    }
    if asked("SCARWISE_BENCH_USABLE").is_some() {
        app.init_resource::<FirstUsableFrame>()
            .add_systems(Startup, || note_stage("startup systems"))
            .add_systems(First, (note_frame, report_usable).chain())
            .add_systems(
                EguiPrimaryContextPass,
                mark_usable
                    .run_if(in_state(crate::state::Screen::Title))
                    .after(crate::state::ScreenViews),
            );
    }
    if asked("SCARWISE_BENCH_ANIMATE").is_some() {
        app.add_systems(Update, animate_pulse_lab);
    }
}

/// A hook's setting: natively its environment variable; in the browser only
/// `SCARWISE_BENCH_USABLE`, from the page's `?bench=usable`.
fn asked(variable: &str) -> Option<String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::env::var(variable).ok()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let usable = crate::platform::web::url_parameter("bench").is_some_and(|hooks| {
            hooks
                .split(',')
                .any(|hook| hook.trim().eq_ignore_ascii_case("usable"))
        });
        (usable && variable == "SCARWISE_BENCH_USABLE").then(|| "1".to_owned())
    }
}

/// `W,L` in seconds: warm-up, then the measured window.
fn parse_window(text: &str) -> Option<Window> {
    let (warm, length) = text.split_once(',')?;
    Some(Window {
        warm: Duration::try_from_secs_f64(warm.trim().parse().ok()?).ok()?,
        length: Duration::try_from_secs_f64(length.trim().parse().ok()?).ok()?,
        marks: 0,
    })
}

/// The frame in which the first usable screen was laid out, once it has been.
#[derive(Resource, Default)]
pub struct FirstUsableFrame {
    laid_out_in: Option<u32>,
}

/// Notes the frame whose egui pass built the first usable screen. Scarwise's bench plugin
/// runs it on the title screen; the baseline runs it after its first egui window.
pub fn mark_usable(
    usable: Option<ResMut<FirstUsableFrame>>,
    count: Res<FrameCount>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(mut usable) = usable else { return };
    if usable.laid_out_in.is_none() {
        usable.laid_out_in = Some(count.0);
        // Keep frames coming until the report below, in reactive mode too.
        redraw.write(RequestRedraw);
    }
}

/// The start-up's timeline in the browser: a stage for each frame until the usable one has
/// been drawn (`web/test/first-frame.mjs` reports them).
fn note_frame(
    usable: Res<FirstUsableFrame>,
    count: Res<FrameCount>,
    screen: Option<Res<State<crate::state::Screen>>>,
) {
    if usable.laid_out_in.is_none_or(|frame| count.0 <= frame + 2) {
        let on = screen
            .map(|s| format!(" ({:?})", s.get()))
            .unwrap_or_default();
        note_stage(&format!("frame {}{on}", count.0));
    }
}

/// Notes a stage of the start-up (browser only: natively the bench measures whole runs).
fn note_stage(label: &str) {
    #[cfg(target_arch = "wasm32")]
    crate::platform::web::note_stage(label);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = label;
}

/// Reports once the frame that laid out the usable screen has surely been drawn: two frames
/// later, whether or not rendering is pipelined one frame behind the app.
fn report_usable(
    usable: Res<FirstUsableFrame>,
    count: Res<FrameCount>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut exit: MessageWriter<AppExit>,
    mut reported: Local<bool>,
) {
    let Some(frame) = usable.laid_out_in else {
        return;
    };
    if *reported {
        return;
    }
    if count.0 >= frame + 2 {
        *reported = true;
        #[cfg(not(target_arch = "wasm32"))]
        {
            println!("bench usable frame={frame}");
            exit.write(AppExit::Success);
        }
        #[cfg(target_arch = "wasm32")]
        {
            let _ = &mut exit;
            crate::platform::web::stamp_page_clock("scarwiseUsable");
        }
    } else {
        redraw.write(RequestRedraw);
    }
}

#[derive(Resource, Clone, Copy)]
struct Window {
    warm: Duration,
    length: Duration,
    marks: u8,
}

/// Prints a mark at the end of the warm-up and one at the end of the window, then quits.
fn mark_window(
    mut window: ResMut<Window>,
    count: Res<FrameCount>,
    time: Res<Time<Real>>,
    mut exit: MessageWriter<AppExit>,
) {
    let due = match window.marks {
        0 => window.warm,
        1 => window.warm + window.length,
        _ => return,
    };
    if time.elapsed() >= due {
        println!("bench mark frame={} {}", count.0, Memory::read());
        window.marks += 1;
        if window.marks == 2 {
            exit.write(AppExit::Success);
        }
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

/// Reports the frame count and memory when the app exits (on its own, as the tour does, or
/// through another hook).
fn report_end(
    count: Res<FrameCount>,
    mut exits: MessageReader<AppExit>,
    mut reported: Local<bool>,
) {
    if exits.read().count() > 0 && !*reported {
        println!("bench end frames={} {}", count.0 + 1, Memory::read());
        *reported = true;
        // The heap profile (scripts/heap-profile.py) wants what is live at the end of the
        // walk: leaving without dropping anything makes all of it show as not freed.
        if asked("SCARWISE_BENCH_EXIT_AT_END").is_some() {
            std::process::exit(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_warm_up_and_length_in_seconds() {
        let window = parse_window("5, 15.5").expect("two numbers");
        assert_eq!(window.warm, Duration::from_secs(5));
        assert_eq!(window.length, Duration::from_secs_f64(15.5));
        assert!(parse_window("5").is_none(), "the length is missing");
        assert!(parse_window("five,15").is_none(), "not a number");
        assert!(parse_window("-1,15").is_none(), "no negative time");
    }
}
