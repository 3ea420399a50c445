//! The app's state and the order of work in a frame: which screen shows, how a patient moves
//! between screens ([`Nav`]), and the system sets every layer runs in. Pure enums: this file
//! imports nothing of the crate.

use bevy::prelude::*;

/// Order of work inside a frame (in `Update`), configured once in `lib.rs`. Views turn input
/// into messages while egui runs (after `Update`); the next frame's capabilities apply them,
/// and navigation then changes the screen.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Each capability applies its own messages (and content finishes loading).
    Apply,
    /// The one navigation system moves between screens.
    Navigate,
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
    /// A summary opened from its QR code's link, on the patient's own phone.
    Received,
    /// The treatment companion: the patient's own session days and the calendar file.
    Treatment,
    /// Kiosk: between visitors, highlights and "touch to start".
    Attract,
    /// Kiosk: the PIN pad and, behind it, the clinic's admin screen.
    Admin,
    /// The express path: one key point per module, then five questions.
    Express,
}

/// A move between screens that changes nothing else. Views and tests write these; the
/// navigation system (in `screens`) applies them, and capabilities' own messages move the
/// screen too where their work succeeds (a lesson opened, a quiz started or finished).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Title, attract or a received summary -> journey map.
    Start,
    /// Back to the journey map from anywhere in the journey.
    OpenJourney,
    OpenSettings,
    OpenAbout,
    /// Leave Settings, About, Prepare or the summary for the screen before.
    Back,
    /// Journey map, results or a lesson -> preparing for the consultation.
    OpenPrepare,
    /// Prepare -> the summary.
    OpenSummary,
    /// Attract or map -> the express path's key points.
    OpenExpress,
    /// Journey map or the summary -> my treatment days (never on a kiosk).
    OpenTreatment,
}
