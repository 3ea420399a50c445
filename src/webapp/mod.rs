//! The browser build as an app on the patient's phone: the offer to add Scarwise to the home
//! screen, and a new version that has downloaded and waits for a restart.
//!
//! The page finds both out (`web/shell.js`); the platform layer copies them into [`WebApp`]
//! and lends the page's actions as [`WebAppHooks`]. The journey map shows the install offer
//! and the update card shows the restart; both write [`WebAppInput`], applied here. Outside
//! the browser nothing sets [`WebApp`], so nothing shows.
//!
//! Never a nag: the install offer, once turned down, stays away (the page remembers), and is
//! never made on a kiosk; the update waits for a calm moment ([`calm`]), never mid-quiz, and
//! "Later" puts it off until the app next starts (the new version starts then anyway). A
//! kiosk has no one to ask: it restarts into the new version on its attract screen, between
//! visitors.

use bevy::prelude::*;

use crate::clinic::kiosk_on;
use crate::state::{AppSystems, Screen};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<WebApp>()
        .init_resource::<WebAppHooks>()
        .add_message::<WebAppInput>()
        .add_systems(
            Update,
            (
                apply,
                restart_between_visitors
                    .run_if(kiosk_on)
                    .run_if(in_state(Screen::Attract)),
            )
                .chain()
                .in_set(AppSystems::Apply),
        );
}

/// How this browser adds an app to the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallWay {
    /// The browser's own install dialog (Chrome, Edge, Samsung Internet on Android).
    Prompt,
    /// Safari on iPhone and iPad has no dialog: its Share menu has "Add to Home Screen".
    IosSteps,
}

/// What the page reports, kept up to date by the platform layer.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct WebApp {
    /// The offer to make, if any (none once installed, dismissed, or inside a frame).
    pub install: Option<InstallWay>,
    /// A new version is downloaded and waits.
    pub update_ready: bool,
    /// The patient said "Later" to the update during this visit.
    pub update_put_off: bool,
}

impl WebApp {
    /// Whether to show the update card on `screen` now.
    pub fn offers_update(&self, screen: Screen) -> bool {
        self.update_ready && !self.update_put_off && calm(screen)
    }
}

/// The screens where a restart takes nothing from the patient: between things, never in the
/// middle of a quiz, a lesson, a scene or typing questions for the doctor.
pub fn calm(screen: Screen) -> bool {
    matches!(screen, Screen::Title | Screen::Journey | Screen::Results)
}

/// What the patient chose.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebAppInput {
    /// "Add Scarwise to your home screen": the browser's dialog.
    Install,
    /// "No, thanks": never offered again.
    DismissInstall,
    /// "Restart" into the new version.
    Restart,
    /// "Later": not again during this visit.
    PutOffUpdate,
}

/// The page's actions (set by the platform layer in the browser; nothing elsewhere).
#[derive(Resource, Debug, Clone, Copy, Default)]
pub struct WebAppHooks {
    pub install: Option<fn()>,
    pub dismiss_install: Option<fn()>,
    pub restart: Option<fn()>,
}

fn apply(
    mut inputs: MessageReader<WebAppInput>,
    mut web_app: ResMut<WebApp>,
    hooks: Res<WebAppHooks>,
) {
    for input in inputs.read() {
        let hook = match input {
            WebAppInput::Install => {
                web_app.install = None;
                hooks.install
            }
            WebAppInput::DismissInstall => {
                web_app.install = None;
                hooks.dismiss_install
            }
            WebAppInput::Restart => hooks.restart,
            WebAppInput::PutOffUpdate => {
                web_app.update_put_off = true;
                None
            }
        };
        if let Some(hook) = hook {
            hook();
        }
    }
}

/// A kiosk between visitors takes a waiting version at once (a visit restarts nothing).
fn restart_between_visitors(web_app: Res<WebApp>, hooks: Res<WebAppHooks>, mut asked: Local<bool>) {
    if web_app.update_ready
        && !*asked
        && let Some(restart) = hooks.restart
    {
        *asked = true;
        restart();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_waits_for_a_calm_screen_and_for_no_later() {
        let mut web_app = WebApp {
            update_ready: true,
            ..default()
        };
        for screen in [
            Screen::Quiz,
            Screen::Lesson,
            Screen::Express,
            Screen::Prepare,
            Screen::Summary,
            Screen::Treatment,
            Screen::Settings,
            Screen::Attract,
            Screen::Admin,
            Screen::Loading,
        ] {
            assert!(!web_app.offers_update(screen), "{screen:?}");
        }
        for screen in [Screen::Title, Screen::Journey, Screen::Results] {
            assert!(web_app.offers_update(screen), "{screen:?}");
        }
        web_app.update_put_off = true;
        assert!(!web_app.offers_update(Screen::Journey), "Later");
        assert!(
            !WebApp::default().offers_update(Screen::Journey),
            "no update"
        );
    }
}
