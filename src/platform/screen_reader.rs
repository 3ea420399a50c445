//! What a desktop screen reader does to the app, not only what it reads: the actions it
//! asks for (Orca's or NVDA's "press", the Mac reader's "VO Space", moving the focus) reach
//! the widgets.
//!
//! `bevy_egui` sends egui's tree to Bevy's AccessKit adapter (AT-SPI on Linux, UI Automation
//! on Windows, the macOS accessibility API), so a reader hears every screen. The way back was
//! missing: the adapter queues the reader's requests as `bevy::a11y::ActionRequest` messages
//! and nothing handed them to egui, so a button could be heard but not pressed from the
//! reader. Here they become egui's own `AccessKitActionRequest` events.
//!
//! The adapter receives requests, and the reader's first connection, on its own thread, while
//! an idle app sleeps until input (up to a minute when unfocused). A small watcher thread
//! wakes the event loop when a reader connects and whenever a request is waiting; it runs
//! only once the window has an adapter and checks two flags a few times a second.

use bevy::a11y::ActionRequest;
use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiInputSet, EguiPreUpdateSet, PrimaryEguiContext, egui};

pub(super) fn plugin(app: &mut App) {
    // Registered by Bevy's window plugin; a headless app (the tests) has none.
    app.add_message::<ActionRequest>().add_systems(
        PreUpdate,
        hand_actions_to_egui
            .after(EguiInputSet::WriteEguiEvents)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(
        bevy_egui::EguiPrimaryContextPass,
        name_the_window.after(crate::state::ScreenViews),
    )
    .add_systems(
        Last,
        run_on_for_requests
            .after(bevy::a11y::AccessibilitySystems::Update)
            .before(super::run_on_while_asked),
    );
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    app.add_systems(Last, watcher::start_once_the_window_has_an_adapter);
}

/// The reader's requests, as egui events for the app's egui context (egui finds the widget by
/// its node id and clicks it, focuses it, or sets a slider's value).
fn hand_actions_to_egui(
    mut requests: MessageReader<ActionRequest>,
    mut inputs: Query<&mut EguiInput, With<PrimaryEguiContext>>,
) {
    let events = as_egui_events(requests.read().map(|request| &request.0));
    if events.is_empty() {
        return;
    }
    for mut input in &mut inputs {
        input.events.extend(events.iter().cloned());
    }
}

/// egui's events for the requests a reader made.
pub fn as_egui_events<'a>(
    requests: impl IntoIterator<Item = &'a egui::accesskit::ActionRequest>,
) -> Vec<egui::Event> {
    requests
        .into_iter()
        .map(|request| egui::Event::AccessKitActionRequest(request.clone()))
        .collect()
}

/// Asks for another frame when a reader's request came in this frame: the adapter's queue is
/// read late in the frame (`PostUpdate`), after egui took its input, so the request reaches
/// egui on the next frame, which an idle app would not run.
fn run_on_for_requests(
    mut requests: MessageReader<ActionRequest>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if requests.read().count() > 0 {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// The window's title on the window's root node: a reader says which window it is in (egui's
/// tree replaces the adapter's first root, which had the title, with a nameless one).
fn name_the_window(
    mut contexts: bevy_egui::EguiContexts,
    window: Query<&Window, With<bevy::window::PrimaryWindow>>,
) -> Result {
    let Ok(window) = window.single() else {
        return Ok(());
    };
    contexts
        .ctx_mut()?
        .accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(window.title.as_str());
        });
    Ok(())
}

/// The thread that wakes the idle event loop for a reader.
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
mod watcher {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use bevy::a11y::AccessibilityRequested;
    use bevy::prelude::*;
    use bevy::winit::accessibility::{WinitActionRequestHandler, WinitActionRequestHandlers};

    use super::should_wake;

    /// How often the watcher looks for a reader's requests while one is connected, and for a
    /// reader's arrival before that.
    const WATCH_CONNECTED: Duration = Duration::from_millis(40);
    const WATCH_WAITING: Duration = Duration::from_millis(250);

    /// The adapter's request queues the watcher looks into (a window's adapter is made when
    /// the window is, so the list is filled once, a frame or two after start).
    type Queues = Arc<Mutex<Vec<Arc<Mutex<WinitActionRequestHandler>>>>>;

    pub(super) fn start_once_the_window_has_an_adapter(
        handlers: Option<Res<WinitActionRequestHandlers>>,
        requested: Option<Res<AccessibilityRequested>>,
        proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
        mut queues: Local<Option<Queues>>,
    ) {
        let (Some(handlers), Some(requested), Some(proxy)) = (handlers, requested, proxy) else {
            return;
        };
        if handlers.is_empty() || !(queues.is_none() || handlers.is_changed()) {
            return;
        }
        let current: Vec<_> = handlers.values().cloned().collect();
        if let Some(queues) = queues.as_ref() {
            if let Ok(mut shared) = queues.lock() {
                *shared = current;
            }
            return;
        }
        let shared: Queues = Arc::new(Mutex::new(current));
        let proxy = (**proxy).clone();
        let requested = requested.clone();
        let watched = shared.clone();
        let spawned = std::thread::Builder::new()
            .name("screen reader watcher".into())
            .spawn(move || {
                let mut connected = false;
                loop {
                    let now_connected = requested.get();
                    let waiting = watched.lock().is_ok_and(|queues| {
                        queues
                            .iter()
                            .any(|queue| queue.lock().is_ok_and(|q| !q.is_empty()))
                    });
                    if should_wake(connected, now_connected, waiting)
                        && proxy
                            .send_event(bevy::winit::WinitUserEvent::WakeUp)
                            .is_err()
                    {
                        return; // The event loop has ended.
                    }
                    connected = now_connected;
                    std::thread::sleep(if connected {
                        WATCH_CONNECTED
                    } else {
                        WATCH_WAITING
                    });
                }
            });
        match spawned {
            Ok(_) => *queues = Some(shared),
            Err(e) => {
                warn!(
                    "cannot watch for a screen reader ({e}): its requests wait for the next input"
                );
                // Not again every frame.
                *queues = Some(Arc::default());
            }
        }
    }
}

/// Whether the watcher wakes the event loop: a reader has just connected (the app sends it
/// the whole tree on its next frame), or a request is waiting in the adapter's queue.
pub fn should_wake(was_connected: bool, connected: bool, request_waiting: bool) -> bool {
    (connected && !was_connected) || request_waiting
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::accesskit::{Action, ActionRequest, NodeId, TreeId};

    #[test]
    fn the_loop_wakes_for_a_new_reader_and_for_each_waiting_request_only() {
        assert!(should_wake(false, true, false), "a reader connected");
        assert!(!should_wake(true, true, false), "nothing new");
        assert!(!should_wake(false, false, false), "no reader");
        assert!(should_wake(true, true, true), "a request waits");
        assert!(!should_wake(true, false, false), "the reader left");
    }

    #[test]
    fn every_request_becomes_an_egui_event_in_order() {
        let request = |action, node| ActionRequest {
            action,
            target_tree: TreeId::ROOT,
            target_node: NodeId(node),
            data: None,
        };
        let requests = [request(Action::Focus, 7), request(Action::Click, 7)];
        let events = as_egui_events(&requests);
        assert_eq!(
            events,
            requests
                .iter()
                .cloned()
                .map(egui::Event::AccessKitActionRequest)
                .collect::<Vec<_>>()
        );
    }
}
