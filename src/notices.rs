//! Things the patient should be told once, in plain words (a save that could not be used, a
//! language that is missing), shown in a bar until dismissed.

use bevy::prelude::*;

use crate::state::AppSystems;
use crate::visit::ForgetWithVisit;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notices>()
        .forget_with_visit::<Notices>()
        .add_message::<DismissNotice>()
        .add_systems(Update, dismiss.in_set(AppSystems::Apply));
}

/// Something the patient should be told once, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The save could not be used and was kept aside; the app started fresh.
    SaveSetAside,
    /// Progress cannot be written here and stays in memory for this visit.
    MemoryOnly,
    /// Another Scarwise is open on the same progress: this one shows it but saves nothing.
    OpenElsewhere,
    /// A newer Scarwise saved the progress: it is left as it is, and nothing is saved.
    SaveFromNewer,
    /// The save could not be read just now (not damaged): it is left as it is, and nothing
    /// is saved.
    SaveUnreadable,
    /// Writing the save failed.
    SaveFailed,
    /// The language asked for on the command line is not available.
    UnknownLocale(String),
    /// The consultation summary was saved to this file.
    ExportSaved(std::path::PathBuf),
    /// The consultation summary could not be saved, and why.
    ExportFailed(String),
    /// The text version of a module was saved to this file (offered where no voice reads).
    TextVersionSaved(std::path::PathBuf),
    /// The text version could not be saved, and why.
    TextVersionFailed(String),
    /// An own question was longer than the summary keeps, and was cut.
    QuestionCut,
    /// The treatment days were saved as a calendar file here.
    CalendarSaved(std::path::PathBuf),
    /// The calendar file could not be saved, and why.
    CalendarFailed(String),
    /// The summary in the page's address (from a code) could not be opened.
    SummaryLinkBroken,
    /// The browser could not fetch a language's words (or Chinese's letters), and why: the
    /// language went back.
    LanguageFailed { language: String, reason: String },
}

/// Notices not yet dismissed.
#[derive(Resource, Debug, Clone, Default, PartialEq, Deref, DerefMut)]
pub struct Notices(pub Vec<Notice>);

/// The patient closed the notice at this index.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct DismissNotice(pub usize);

fn dismiss(mut dismissed: MessageReader<DismissNotice>, mut notices: ResMut<Notices>) {
    for DismissNotice(index) in dismissed.read() {
        if *index < notices.len() {
            notices.remove(*index);
        }
    }
}
