//! The browser build as an app: the offer to add it to the home screen on the journey map
//! (the browser's dialog, or Safari's steps drawn), gone for good once turned down and never
//! on a kiosk; a new version's restart offered on calm screens only, never mid-quiz, and
//! taken by a kiosk between visitors by itself. The page's side is faked by hooks that count
//! their calls (the browser test runs the real page).

use std::sync::atomic::{AtomicUsize, Ordering};

use bevy::prelude::*;

use crate::common::app::{act, frames, headless_app_with, screen, t};
use crate::common::keyboard::{activate, open_module_one};
use crate::common::kiosk::{kiosk_app, run_seconds};
use crate::common::reader::visible_names;
use scarwise::LaunchOptions;
use scarwise::quiz::QuizInput;
use scarwise::state::{Nav, Screen};
use scarwise::webapp::{InstallWay, WebApp, WebAppHooks};

static INSTALLS: AtomicUsize = AtomicUsize::new(0);
static DISMISSALS: AtomicUsize = AtomicUsize::new(0);
static RESTARTS: AtomicUsize = AtomicUsize::new(0);
static KIOSK_RESTARTS: AtomicUsize = AtomicUsize::new(0);

fn phone_app() -> App {
    headless_app_with(LaunchOptions {
        memory_only: true,
        locale: Some("en".into()),
        window: Some((390, 844)),
        seed: Some(7),
        ..default()
    })
}

fn offer(app: &mut App, install: Option<InstallWay>, update_ready: bool) {
    let mut web_app = app.world_mut().resource_mut::<WebApp>();
    web_app.install = install;
    web_app.update_ready = update_ready;
    frames(app, 2);
}

fn shows(app: &App, id: &str) -> bool {
    let name = t(app, id);
    visible_names(app).contains(&name)
}

#[test]
fn the_install_offer_is_on_the_map_and_gone_once_answered() {
    let mut app = phone_app();
    app.insert_resource(WebAppHooks {
        install: Some(|| {
            INSTALLS.fetch_add(1, Ordering::SeqCst);
        }),
        dismiss_install: Some(|| {
            DISMISSALS.fetch_add(1, Ordering::SeqCst);
        }),
        restart: None,
    });
    act(&mut app, Nav::Start);
    frames(&mut app, 2);
    assert!(
        !shows(&app, "install-heading"),
        "nothing offered, nothing shown"
    );

    offer(&mut app, Some(InstallWay::Prompt), false);
    assert!(shows(&app, "install-heading"), "{:?}", visible_names(&app));
    let button = t(&app, "install-button");
    activate(&mut app, &button, false);
    frames(&mut app, 2);
    assert_eq!(
        INSTALLS.load(Ordering::SeqCst),
        1,
        "the browser's dialog was asked for"
    );
    assert!(!shows(&app, "install-heading"), "answered: the card goes");

    // On an iPhone: Safari's steps, drawn and named, and only "No, thanks" to press.
    offer(&mut app, Some(InstallWay::IosSteps), false);
    assert!(shows(&app, "install-ios-steps"));
    assert!(shows(&app, "install-ios-share") && shows(&app, "install-ios-add"));
    assert!(!shows(&app, "install-button"));
    let no = t(&app, "install-dismiss");
    activate(&mut app, &no, false);
    frames(&mut app, 2);
    assert_eq!(
        DISMISSALS.load(Ordering::SeqCst),
        1,
        "the page remembers the no"
    );
    assert!(!shows(&app, "install-heading"));
}

#[test]
fn a_new_version_waits_for_a_calm_moment() {
    let mut app = phone_app();
    app.insert_resource(WebAppHooks {
        restart: Some(|| {
            RESTARTS.fetch_add(1, Ordering::SeqCst);
        }),
        ..default()
    });
    open_module_one(&mut app);
    act(&mut app, QuizInput::Start);
    assert_eq!(screen(&app), Screen::Quiz);
    offer(&mut app, None, true);
    assert!(!shows(&app, "update-restart"), "never mid-quiz");
    act(&mut app, Nav::OpenJourney);
    frames(&mut app, 2);
    assert_eq!(screen(&app), Screen::Journey);
    assert!(shows(&app, "update-ready"), "{:?}", visible_names(&app));

    let later = t(&app, "update-later");
    activate(&mut app, &later, false);
    frames(&mut app, 2);
    assert!(
        !shows(&app, "update-ready"),
        "Later: not again in this visit"
    );
    assert_eq!(RESTARTS.load(Ordering::SeqCst), 0);

    app.world_mut().resource_mut::<WebApp>().update_put_off = false;
    frames(&mut app, 2);
    let restart = t(&app, "update-restart");
    activate(&mut app, &restart, false);
    frames(&mut app, 2);
    assert_eq!(RESTARTS.load(Ordering::SeqCst), 1, "Restart asks the page");
}

/// A kiosk offers no installing and asks no visitor about updates: it restarts into the new
/// version on its attract screen, once.
#[test]
fn a_kiosk_offers_nothing_and_restarts_between_visitors() {
    let (mut app, dir) = kiosk_app("webapp", "(kiosk: true)");
    app.insert_resource(WebAppHooks {
        restart: Some(|| {
            KIOSK_RESTARTS.fetch_add(1, Ordering::SeqCst);
        }),
        ..default()
    });
    act(&mut app, Nav::Start);
    offer(&mut app, Some(InstallWay::Prompt), false);
    assert_eq!(screen(&app), Screen::Journey);
    assert!(!shows(&app, "install-heading"), "{:?}", visible_names(&app));

    offer(&mut app, Some(InstallWay::Prompt), true);
    assert!(!shows(&app, "update-ready"), "no visitor is asked");
    assert_eq!(
        KIOSK_RESTARTS.load(Ordering::SeqCst),
        0,
        "not during a visit"
    );
    act(&mut app, scarwise::kiosk::KioskRequest::EndVisit);
    run_seconds(&mut app, 2);
    assert_eq!(screen(&app), Screen::Attract);
    run_seconds(&mut app, 3);
    assert_eq!(
        KIOSK_RESTARTS.load(Ordering::SeqCst),
        1,
        "once, between visitors"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
