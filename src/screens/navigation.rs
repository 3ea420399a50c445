//! Navigation: the one system that changes the screen. It applies [`Nav`] messages and follows
//! the capabilities' outcomes (content loaded, a lesson opened, a quiz started or finished, a
//! kiosk visit ended).
//!
//! The capabilities apply their messages first (`AppSystems::Apply`), each against the screen
//! the frame began on; navigation then follows their outcomes, then the frame's `Nav` moves in
//! order, each seeing the screen the one before left; a visit's end wins over all. Views and
//! the tour send one click's message per frame, so this is the order a patient's clicks have.

use bevy::prelude::*;

use crate::clinic::KioskMode;
use crate::consult::take_home::Received;
use crate::content::ContentStatus;
use crate::kiosk::KioskRequest;
use crate::lesson::LessonOpened;
use crate::quiz::{QuizFinished, QuizStarted};
use crate::state::{AppSystems, Nav, Screen};
use crate::visit::{ForgetWithVisit, VisitEnded};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ReturnScreen>()
        .forget_with_visit::<ReturnScreen>()
        .add_message::<Nav>()
        .add_systems(Update, navigate.in_set(AppSystems::Navigate))
        // Content read before the first frame opens the first screen in frame 0.
        .add_systems(PostStartup, navigate.in_set(AppSystems::Navigate));
}

/// Where Settings and About go back to.
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReturnScreen(pub Screen);

/// What the capabilities did this frame that moves the screen.
#[derive(bevy::ecs::system::SystemParam)]
struct Outcomes<'w, 's> {
    content: MessageReader<'w, 's, ContentStatus>,
    lesson: MessageReader<'w, 's, LessonOpened>,
    started: MessageReader<'w, 's, QuizStarted>,
    finished: MessageReader<'w, 's, QuizFinished>,
    kiosk: MessageReader<'w, 's, KioskRequest>,
    visit_ended: MessageReader<'w, 's, VisitEnded>,
}

fn navigate(
    mut moves: MessageReader<Nav>,
    mut outcomes: Outcomes,
    screen: Res<State<Screen>>,
    kiosk: Option<Res<KioskMode>>,
    received: Res<Received>,
    mut next: ResMut<NextState<Screen>>,
    mut return_to: ResMut<ReturnScreen>,
) {
    let kiosk = kiosk.is_some_and(|k| k.0);
    let mut current = *screen.get();
    let mut go = |current: &mut Screen, to: Screen| {
        *current = to;
        next.set(to);
    };
    for status in outcomes.content.read() {
        let to = match status {
            ContentStatus::Ready if kiosk => Screen::Attract,
            ContentStatus::Ready if received.0.is_some() => Screen::Received,
            ContentStatus::Ready => Screen::Title,
            ContentStatus::Broken => Screen::ContentError,
        };
        // Read before the first frame and again in it (navigation runs in both): the screen
        // is already there the second time, and setting it again would leave and re-enter it.
        if to != current {
            go(&mut current, to);
        }
    }
    if outcomes.lesson.read().count() > 0 {
        go(&mut current, Screen::Lesson);
    }
    if outcomes.started.read().count() > 0 {
        go(&mut current, Screen::Quiz);
    }
    if outcomes.finished.read().count() > 0 {
        go(&mut current, Screen::Results);
    }
    for nav in moves.read() {
        match (nav, current) {
            (Nav::Start, Screen::Title | Screen::Attract | Screen::Received) => {
                go(&mut current, Screen::Journey);
            }
            (
                Nav::OpenJourney,
                Screen::Title
                | Screen::Express
                | Screen::Lesson
                | Screen::Quiz
                | Screen::Results
                | Screen::Prepare
                | Screen::Summary
                | Screen::Treatment,
            ) => go(&mut current, Screen::Journey),
            (
                Nav::OpenSettings | Nav::OpenAbout,
                Screen::Loading | Screen::ContentError | Screen::Settings | Screen::About,
            ) => {}
            (Nav::OpenSettings, from) => {
                return_to.0 = from;
                go(&mut current, Screen::Settings);
            }
            (Nav::OpenAbout, from) => {
                return_to.0 = from;
                go(&mut current, Screen::About);
            }
            (Nav::Back, Screen::Settings | Screen::About) => go(&mut current, return_to.0),
            (Nav::Back, Screen::Summary) => go(&mut current, Screen::Prepare),
            (Nav::Back, Screen::Prepare | Screen::Treatment) => go(&mut current, Screen::Journey),
            (Nav::OpenTreatment, Screen::Journey | Screen::Summary) if !kiosk => {
                go(&mut current, Screen::Treatment);
            }
            (
                Nav::OpenPrepare,
                Screen::Journey | Screen::Results | Screen::Lesson | Screen::Summary,
            ) => go(&mut current, Screen::Prepare),
            (Nav::OpenSummary, Screen::Prepare) => go(&mut current, Screen::Summary),
            (Nav::OpenExpress, Screen::Attract | Screen::Journey) => {
                go(&mut current, Screen::Express);
            }
            (nav, on) => debug!("ignored {nav:?} on {on:?}"),
        }
    }
    if kiosk {
        for request in outcomes.kiosk.read() {
            if *request == KioskRequest::OpenAdmin && current != Screen::Admin {
                go(&mut current, Screen::Admin);
            }
        }
    }
    // A visit's end wins over anything else of its frame.
    if outcomes.visit_ended.read().count() > 0 {
        go(&mut current, Screen::Attract);
    }
}
