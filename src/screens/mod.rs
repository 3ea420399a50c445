//! The app flow: the egui views that draw each screen and turn clicks into the capabilities'
//! messages (in [`ui_plugin`]), and navigation, the one system that changes the screen.

mod about;
mod error;
mod journey;
mod kiosk;
mod lesson;
mod navigation;
mod parts;
mod prepare;
mod quiz;
mod read_aloud;
mod results;
mod settings;
mod take_home;
mod title;
mod today;
mod treatment;
mod webapp;

pub use navigation::ReturnScreen;
pub use prepare::CustomDraft;
pub use quiz::AnswerDraft;
pub use results::CelebrationClock;
pub use settings::ResetStep;
pub use treatment::DatePick;

use bevy::ecs::schedule::common_conditions::on_message;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::clinic::kiosk_on;
use crate::companion::{ExportCalendar, TreatmentEdit};
use crate::consult::take_home::ExportReceived;
use crate::consult::{ExportSummary, PrepEdit};
use crate::kiosk::KioskRequest;
use crate::lesson::LessonInput;
use crate::notices::DismissNotice;
use crate::progress::ResetProgress;
use crate::quiz::{QuizInput, QuizPhase};
use crate::settings::SettingsEdit;
use crate::state::{Nav, Screen, ScreenUpdates, ScreenViews};
use crate::visit::{ForgetWithVisit, VisitEnded, VisitSystems};

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        // Registered by the window plugin too; here so headless apps can count redraws.
        .add_message::<bevy::window::RequestRedraw>()
        .add_systems(
            Last,
            (
                redraw_on::<Nav>,
                redraw_on::<LessonInput>,
                redraw_on::<QuizInput>,
                redraw_on::<SettingsEdit>,
                redraw_on::<PrepEdit>,
                redraw_on::<ExportSummary>,
                redraw_on::<ExportReceived>,
                redraw_on::<KioskRequest>,
                redraw_on::<DismissNotice>,
                redraw_on::<ResetProgress>,
                redraw_on::<TreatmentEdit>,
                redraw_on::<ExportCalendar>,
                keep_drawing_while_changing,
            )
                .in_set(ScreenUpdates),
        )
        .add_plugins(navigation::plugin);
}

/// The egui views. Each draws only while its screen is showing.
pub fn ui_plugin(app: &mut App) {
    app.init_resource::<results::CelebrationClock>()
        .init_resource::<quiz::AnswerDraft>()
        .init_resource::<settings::ResetStep>()
        .init_resource::<prepare::CustomDraft>()
        .init_resource::<treatment::DatePick>()
        .init_resource::<kiosk::ClinicLogo>()
        .forget_with_visit::<results::CelebrationClock>()
        .forget_with_visit::<quiz::AnswerDraft>()
        .forget_with_visit::<settings::ResetStep>()
        .forget_with_visit::<prepare::CustomDraft>()
        .forget_with_visit::<treatment::DatePick>()
        .add_systems(
            PostUpdate,
            kiosk::forget_egui_memory
                .run_if(on_message::<VisitEnded>)
                .in_set(VisitSystems::Forget),
        )
        .add_systems(PreUpdate, kiosk::no_keyboard_zoom.run_if(kiosk_on))
        .add_plugins(settings::plugin)
        .add_systems(OnEnter(Screen::Settings), settings::offer_reset)
        .add_systems(OnEnter(Screen::Results), results::restart_celebration)
        .add_systems(
            EguiPrimaryContextPass,
            (
                (
                    escape_goes_back,
                    parts::notices_bar,
                    title::show.run_if(in_state(Screen::Title)),
                    journey::show.run_if(in_state(Screen::Journey)),
                    lesson::show.run_if(in_state(Screen::Lesson)),
                    quiz::show.run_if(in_state(Screen::Quiz)),
                    results::show.run_if(in_state(Screen::Results)),
                    settings::show.run_if(in_state(Screen::Settings)),
                    about::show.run_if(in_state(Screen::About)),
                    prepare::show.run_if(in_state(Screen::Prepare)),
                    prepare::show_summary.run_if(in_state(Screen::Summary)),
                    take_home::show_received.run_if(in_state(Screen::Received)),
                    treatment::show.run_if(in_state(Screen::Treatment)),
                    kiosk::attract.run_if(in_state(Screen::Attract)),
                    kiosk::admin.run_if(in_state(Screen::Admin)),
                    kiosk::express.run_if(in_state(Screen::Express)),
                    error::show_loading.run_if(in_state(Screen::Loading)),
                    error::show_errors.run_if(in_state(Screen::ContentError)),
                )
                    .chain()
                    // Behind "Are you still there?" the screen is not drawn at all: whoever
                    // walks up cannot read the visitor's answers through it.
                    .run_if(kiosk::no_idle_warning),
                kiosk::idle_warning.run_if(kiosk_on),
                kiosk::admin_corner.run_if(kiosk_on),
            )
                .chain()
                .in_set(ScreenViews),
        );
}

/// Escape leaves the screen the way its back button does (unless a text field has the
/// keyboard: there Escape only leaves the field).
fn escape_goes_back(
    mut contexts: bevy_egui::EguiContexts,
    screen: Res<State<Screen>>,
    mut nav: MessageWriter<Nav>,
    mut requests: MessageWriter<KioskRequest>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if ctx.egui_wants_keyboard_input() {
        return Ok(());
    }
    if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        match escape(*screen.get()) {
            Some(Escape::Nav(to)) => {
                nav.write(to);
            }
            Some(Escape::Kiosk(request)) => {
                requests.write(request);
            }
            None => {}
        }
    }
    Ok(())
}

/// What Escape asks for on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    Nav(Nav),
    Kiosk(KioskRequest),
}

/// What Escape does on each screen: the same as that screen's back or map button.
pub fn escape(screen: Screen) -> Option<Escape> {
    match screen {
        Screen::Lesson | Screen::Quiz | Screen::Results | Screen::Express => {
            Some(Escape::Nav(Nav::OpenJourney))
        }
        Screen::Settings
        | Screen::About
        | Screen::Prepare
        | Screen::Summary
        | Screen::Treatment => Some(Escape::Nav(Nav::Back)),
        Screen::Admin => Some(Escape::Kiosk(KioskRequest::CloseAdmin)),
        Screen::Loading
        | Screen::ContentError
        | Screen::Title
        | Screen::Journey
        | Screen::Attract
        | Screen::Received => None,
    }
}

/// Asks for a frame when a view has asked for something: the message is applied on the next
/// frame, so a click always shows its result at once in reactive (redraw-on-input) mode.
fn redraw_on<M: Message>(
    mut asked: MessageReader<M>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if asked.read().count() > 0 {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Asks for more frames while a screen change is on its way (the state changes the frame
/// after navigation asks for it).
fn keep_drawing_while_changing(
    screen: Res<State<Screen>>,
    next: Res<NextState<Screen>>,
    phase: Option<Res<State<QuizPhase>>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let pending = matches!(*next, NextState::Pending(_));
    let changed = screen.is_changed() || phase.is_some_and(|p| p.is_changed());
    if pending || changed {
        redraw.write(bevy::window::RequestRedraw);
    }
}
