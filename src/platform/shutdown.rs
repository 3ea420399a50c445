//! Saving when the system ends the desktop app (log-out, `kill`, Ctrl+C in a terminal):
//! SIGTERM, SIGINT and SIGHUP become an [`AppExit`], and progress is saved on exit as when
//! the window is closed (`progress::save_when_due`, in `Last`).
//!
//! The signals are received on a thread of their own, which also wakes the event loop: the
//! idle desktop app (reactive updates) would otherwise sleep for up to a minute before it ran
//! the frame that saves. A second signal ends the app at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use bevy::prelude::*;

/// Set once the system has asked the app to end.
#[derive(Resource, Debug, Clone, Default)]
pub struct EndRequested(pub Arc<AtomicBool>);

#[cfg(unix)]
pub(super) fn plugin(app: &mut App) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

    let options = app.world().resource::<crate::launch::LaunchOptions>();
    // Phones save when sent to the background (their systems end apps without asking);
    // headless apps are tests, which a terminal's Ctrl+C must still stop at once.
    if options.mobile || options.headless {
        return;
    }
    let requested = EndRequested::default();
    let proxy = app
        .world()
        .get_resource::<bevy::winit::EventLoopProxyWrapper>()
        .map(|proxy| (**proxy).clone());
    let wake = move || {
        if let Some(proxy) = &proxy {
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        }
    };
    match listen(&[SIGTERM, SIGINT, SIGHUP], &requested, wake) {
        Ok(()) => {
            app.insert_resource(requested)
                .add_systems(First, exit_when_requested);
        }
        Err(e) => warn!(
            "cannot listen for the system's request to end ({e}): progress is still saved at \
             each module end and when the window is closed"
        ),
    }
}

/// Elsewhere Bevy's own Ctrl+C handler asks for the exit (Windows), or the system does not
/// ask at all (the browser).
#[cfg(not(unix))]
pub(super) fn plugin(_app: &mut App) {}

/// Receives `signals` on a thread: the first sets `requested` and calls `wake`, a second one
/// ends the process at once (as a second Ctrl+C does everywhere).
#[cfg(unix)]
pub fn listen(
    signals: &[std::ffi::c_int],
    requested: &EndRequested,
    wake: impl Fn() + Send + 'static,
) -> std::io::Result<()> {
    let mut incoming = signal_hook::iterator::Signals::new(signals)?;
    let requested = requested.0.clone();
    std::thread::Builder::new()
        .name("scarwise-signals".to_owned())
        .spawn(move || {
            for signal in incoming.forever() {
                if requested.swap(true, Ordering::SeqCst) {
                    warn!("asked to end again (signal {signal}): ending now");
                    std::process::exit(128 + signal);
                }
                info!("the system asked Scarwise to end (signal {signal})");
                wake();
            }
        })?;
    Ok(())
}

/// Turns the system's request into an exit; `Last` saves in the same frame.
pub fn exit_when_requested(
    requested: Res<EndRequested>,
    mut exits: MessageWriter<AppExit>,
    mut sent: Local<bool>,
) {
    if !*sent && requested.0.load(Ordering::SeqCst) {
        exits.write(AppExit::Success);
        *sent = true;
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::sync::atomic::AtomicUsize;
    use std::time::{Duration, Instant};

    use super::*;
    use crate::progress::{PlayerProgress, SaveData};

    fn wait_for(what: &str, done: impl Fn() -> bool) {
        let start = Instant::now();
        while !done() {
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "{what} never came"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// SIGUSR2 stands in for SIGTERM: the test process must not listen to the signals that
    /// stop it.
    #[test]
    fn a_signal_sets_the_request_and_wakes_the_loop() {
        let requested = EndRequested::default();
        let wakes = Arc::new(AtomicUsize::new(0));
        let counted = wakes.clone();
        listen(&[signal_hook::consts::SIGUSR2], &requested, move || {
            counted.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        assert!(!requested.0.load(Ordering::SeqCst));
        signal_hook::low_level::raise(signal_hook::consts::SIGUSR2).unwrap();
        wait_for("the wake-up", || wakes.load(Ordering::SeqCst) == 1);
        assert!(requested.0.load(Ordering::SeqCst));
    }

    /// The request becomes an exit, and the same frame writes the save.
    #[test]
    fn a_request_to_end_saves_progress_in_the_same_frame() {
        let dir = std::env::temp_dir().join(format!("scarwise-shutdown-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut app = App::new();
        app.insert_resource(crate::launch::LaunchOptions {
            data_dir: Some(dir.clone()),
            ..default()
        })
        .init_resource::<crate::settings::Settings>()
        .add_plugins(crate::progress::plugin);
        let requested = EndRequested::default();
        app.insert_resource(requested.clone())
            .add_systems(First, exit_when_requested);
        app.update();
        app.world_mut()
            .resource_mut::<PlayerProgress>()
            .total_points = 120;
        app.update();
        assert!(app.should_exit().is_none());
        assert!(
            !dir.join("save.ron").exists(),
            "nothing asked for a save yet"
        );

        requested.0.store(true, Ordering::SeqCst);
        app.update();
        assert_eq!(app.should_exit(), Some(AppExit::Success));
        let saved = std::fs::read_to_string(dir.join("save.ron")).expect("saved on exit");
        let data: SaveData = ron::from_str(&saved).unwrap();
        assert_eq!(data.progress.total_points, 120);
        drop(app);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
