//! The screen flow: which screen is showing, the actions that move between screens, and
//! (in [`ui_plugin`]) the egui views that draw each screen and turn clicks into actions.

mod about;
mod error;
mod flow;
mod journey;
mod kiosk;
mod lesson;
mod prepare;
mod quiz;
mod results;
mod settings;
mod title;
pub mod widgets;

pub use flow::{ActiveLesson, LastResult, ReturnScreen};
pub use prepare::CustomDraft;
pub use quiz::AnswerDraft;
pub use results::CelebrationClock;
pub use settings::ResetStep;

use bevy::ecs::schedule::common_conditions::on_message;
use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::clinic::{ForgetWithVisit, VisitEnded, VisitSystems, kiosk_on};
use crate::quiz::Answer;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_message::<Action>()
        // Registered by the window plugin too; here so headless apps can count redraws.
        .add_message::<bevy::window::RequestRedraw>()
        .add_systems(Last, keep_drawing_while_changing.in_set(ScreenUpdates))
        .add_plugins(flow::plugin);
}

/// The egui views. Each draws only while its screen is showing.
pub fn ui_plugin(app: &mut App) {
    app.init_resource::<results::CelebrationClock>()
        .init_resource::<quiz::AnswerDraft>()
        .init_resource::<settings::ResetStep>()
        .init_resource::<prepare::CustomDraft>()
        .init_resource::<kiosk::ClinicLogo>()
        .forget_with_visit::<results::CelebrationClock>()
        .forget_with_visit::<quiz::AnswerDraft>()
        .forget_with_visit::<settings::ResetStep>()
        .forget_with_visit::<prepare::CustomDraft>()
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
                    widgets::notices_bar,
                    title::show.run_if(in_state(Screen::Title)),
                    journey::show.run_if(in_state(Screen::Journey)),
                    lesson::show.run_if(in_state(Screen::Lesson)),
                    quiz::show.run_if(in_state(Screen::Quiz)),
                    results::show.run_if(in_state(Screen::Results)),
                    settings::show.run_if(in_state(Screen::Settings)),
                    about::show.run_if(in_state(Screen::About)),
                    prepare::show.run_if(in_state(Screen::Prepare)),
                    prepare::show_summary.run_if(in_state(Screen::Summary)),
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
                kiosk::idle_warning.run_if(crate::clinic::kiosk_on),
                kiosk::admin_corner.run_if(crate::clinic::kiosk_on),
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
    mut actions: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if ctx.egui_wants_keyboard_input() {
        return Ok(());
    }
    if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        && let Some(action) = escape_action(*screen.get())
    {
        actions.write(action);
    }
    Ok(())
}

/// What Escape does on each screen: the same as that screen's back or map button.
pub fn escape_action(screen: Screen) -> Option<Action> {
    match screen {
        Screen::Lesson | Screen::Quiz | Screen::Results | Screen::Express => {
            Some(Action::OpenJourney)
        }
        Screen::Settings | Screen::About | Screen::Prepare | Screen::Summary => Some(Action::Back),
        Screen::Admin => Some(Action::CloseAdmin),
        Screen::Loading
        | Screen::ContentError
        | Screen::Title
        | Screen::Journey
        | Screen::Attract => None,
    }
}

/// Asks for more frames while an action or a screen change is on its way, so a click always
/// shows its result at once in reactive (redraw-on-input) mode: the action is applied on the
/// next frame and the state change on the one after.
fn keep_drawing_while_changing(
    mut actions: MessageReader<Action>,
    screen: Res<State<Screen>>,
    next: Res<NextState<Screen>>,
    phase: Option<Res<State<crate::quiz::QuizPhase>>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let acted = actions.read().count() > 0;
    let pending = matches!(*next, NextState::Pending(_));
    let changed = screen.is_changed() || phase.is_some_and(|p| p.is_changed());
    if acted || pending || changed {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Where the screens ask for frames while something changes (in `Last`).
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScreenUpdates;

/// The set of systems that draw screens; the illustration follows the rect they report.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScreenViews;

/// The whole patient journey, one state per screen.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Loading,
    /// Content files are broken: shows what and where.
    ContentError,
    Title,
    /// The map of the five modules.
    Journey,
    Lesson,
    Quiz,
    Results,
    Settings,
    About,
    /// Preparing for the consultation: questions, flags, skin type, scars.
    Prepare,
    /// The one-page summary to show the doctor.
    Summary,
    /// Kiosk: between visitors, highlights and "touch to start".
    Attract,
    /// Kiosk: the PIN pad and, behind it, the clinic's admin screen.
    Admin,
    /// The express path: one key point per module, then five questions.
    Express,
}

/// Everything a patient can do. Views write these; [`flow`] applies them, so tests and the
/// screenshot tour drive the app exactly as a click would.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Action {
    /// Title -> journey map.
    Start,
    /// Back to the journey map from anywhere in the journey.
    OpenJourney,
    OpenSettings,
    OpenAbout,
    /// Leave Settings or About for the screen that opened them.
    Back,
    /// Open an unlocked module's lesson at its first page.
    OpenModule(String),
    /// Journey map: back to the lesson page last read (the bookmark).
    ContinueLesson,
    NextPage,
    PreviousPage,
    StartQuiz,
    /// Journey map -> a quiz of the questions due for review.
    StartReview,
    /// Settings: erase all progress (the view asks for confirmation first).
    ResetProgress,
    Answer(Answer),
    NextQuestion,
    /// Results -> the next module's lesson.
    ContinueToModule(String),
    SetLocale(String),
    SetTextScale(f32),
    SetSound(bool),
    SetReducedMotion(bool),
    SetHighContrast(bool),
    DismissNotice(usize),
    /// Journey map or results -> preparing for the consultation.
    OpenPrepare,
    /// Prepare -> the summary.
    OpenSummary,
    Prep(crate::consult::PrepEdit),
    /// Summary: save it as a PDF file (desktop).
    ExportSummary,
    /// Kiosk: the corner was held; show the PIN pad.
    OpenAdmin,
    /// Kiosk: a digit on the PIN pad (10 clears).
    AdminDigit(u8),
    /// Kiosk: check the PIN typed.
    AdminEnter,
    /// Kiosk admin: leave the admin screen for the attract screen.
    CloseAdmin,
    /// Kiosk admin: quit the app.
    QuitApp,
    /// Kiosk: the visitor is done; wipe the visit now.
    EndVisit,
    /// Kiosk: "I'm still here" (like any input, it keeps the visit).
    StillHere,
    /// Attract or map -> the express path's key points.
    OpenExpress,
    /// Express key points -> its five questions.
    StartExpressQuiz,
}
