//! Preparing for the consultation: a question list, "tell your doctor" flags, an illustrative
//! skin-type check, "which scars look like mine", and a one-page summary to show or save.
//!
//! Everything stays in memory on this device; the summary is written to a file only when the
//! patient asks, and nothing is ever sent anywhere.

pub mod catalogue;
pub mod cited;
pub mod export;
pub mod fit;
pub mod model;
pub mod qr;
pub mod share;
pub mod take_home;

use std::path::PathBuf;

use bevy::prelude::*;

use crate::clinic::KioskMode;
use crate::content::Content;
use crate::i18n::{Localizer, args};
use crate::launch::LaunchOptions;
use crate::notices::{Notice, Notices};
use crate::progress::PlayerProgress;
use crate::state::AppSystems;
use crate::visit::ForgetWithVisit;
use export::Style;
use model::{FLAGS, Preparation, Reply, Summary};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Prep>()
        .init_resource::<LastExport>()
        .forget_with_visit::<Prep>()
        .forget_with_visit::<LastExport>()
        .add_message::<PrepEdit>()
        .add_message::<ExportSummary>()
        // The summary exported includes the edits of its own frame.
        .add_systems(
            Update,
            (apply_edits, export).chain().in_set(AppSystems::Apply),
        )
        .add_plugins(take_home::plugin);
}

/// Summary: save it as a file (a PDF on the desktop, a download in the browser).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary;

/// How this platform hands the patient a file it cannot write to a folder (the browser's
/// download): set by the platform layer; without it the summary goes to the export folder.
#[derive(Resource, Clone, Copy)]
pub struct Deliver(pub fn(name: &str, bytes: &[u8], media_type: &str) -> Result<(), String>);

/// The patient's preparation, in memory only.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Prep(pub Preparation);

/// Where the last export went, or why it failed (for the summary screen and tests).
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct LastExport(pub Option<Result<PathBuf, String>>);

/// A change to the preparation.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum PrepEdit {
    ToggleQuestion(&'static str),
    AddCustom(String),
    RemoveCustom(usize),
    Reply(&'static str, Reply),
    SkinAnswer(usize, u8),
    ToggleScar(crate::content::model::ScarKind),
    /// A flat colour mark (not a scar) the patient has too.
    ToggleMark(crate::content::profile::MarkColour),
    /// Start again with nothing chosen.
    Clear,
}

fn apply_edits(
    mut edits: MessageReader<PrepEdit>,
    mut prep: ResMut<Prep>,
    mut notices: ResMut<Notices>,
) {
    for edit in edits.read() {
        match edit {
            PrepEdit::ToggleQuestion(id) => prep.0.toggle_question(id),
            PrepEdit::AddCustom(text) => {
                if prep.0.add_custom(text) == Some(true) {
                    notices.push(Notice::QuestionCut);
                }
            }
            PrepEdit::RemoveCustom(index) => {
                if *index < prep.0.custom.len() {
                    prep.0.custom.remove(*index);
                }
            }
            PrepEdit::Reply(flag, reply) => prep.0.set_reply(flag, *reply),
            PrepEdit::SkinAnswer(question, answer) => {
                if let Some(slot) = prep.0.skin.get_mut(*question) {
                    *slot = Some((*answer).min(model::SKIN_ANSWERS as u8 - 1));
                }
            }
            PrepEdit::ToggleScar(kind) => prep.0.toggle_scar(*kind),
            PrepEdit::ToggleMark(colour) => prep.0.toggle_mark(*colour),
            PrepEdit::Clear => prep.0 = Preparation::default(),
        }
    }
}

/// Saves the summary when asked (never on a kiosk: nothing of a visitor leaves it).
fn export(
    mut asked: MessageReader<ExportSummary>,
    prep: Res<Prep>,
    mut last: ResMut<LastExport>,
    mut notices: ResMut<Notices>,
    options: Res<LaunchOptions>,
    loc: Res<Localizer>,
    progress: Res<PlayerProgress>,
    content: Option<Res<Content>>,
    kiosk: Option<Res<KioskMode>>,
    deliver: Option<Res<Deliver>>,
) {
    for ExportSummary in asked.read() {
        if kiosk.as_ref().is_some_and(|k| k.0) {
            continue;
        }
        let Some(content) = content.as_deref() else {
            continue;
        };
        let summary = summary(&prep.0, &progress, content);
        let lines = summary_lines(&summary, &loc);
        let result = save_summary(&options, deliver.as_deref().copied(), &loc, &lines);
        tell_export(result, &mut notices, &mut last);
    }
}

/// Tells the patient where a summary was saved, or why it was not, and keeps the outcome.
fn tell_export(result: Result<PathBuf, String>, notices: &mut Notices, last: &mut LastExport) {
    notices.push(match &result {
        Ok(path) => Notice::ExportSaved(path.clone()),
        Err(reason) => {
            warn!("summary export failed: {reason}");
            Notice::ExportFailed(reason.clone())
        }
    });
    last.0 = Some(result);
}

/// The summary of `prep` for this patient's progress.
pub fn summary(prep: &Preparation, progress: &PlayerProgress, content: &Content) -> Summary {
    let modules: Vec<(String, String)> = content
        .modules
        .iter()
        .map(|m| (m.entry.id.clone(), m.entry.title.clone()))
        .collect();
    Summary::build(prep, &progress.0, &modules, |key| {
        content.item(key).map(|(_, q)| q.prompt.clone())
    })
}

/// The summary as styled lines of text in the current language (for the PDF and tests).
pub fn summary_lines(summary: &Summary, loc: &Localizer) -> Vec<(Style, String)> {
    summary_lines_fitted(summary, loc, &[])
}

/// The lines of a summary cut to fit a code: a part left out says nothing rather than "none"
/// (the code and the screen name what was left out).
pub fn summary_lines_fitted(
    summary: &Summary,
    loc: &Localizer,
    left_out: &[fit::Part],
) -> Vec<(Style, String)> {
    use fit::Part;
    let kept = |part: Part| !left_out.contains(&part);
    let mut lines = vec![
        (Style::Title, loc.t("prep-summary-title")),
        (Style::Note, loc.t("prep-summary-intro")),
        (Style::Heading, loc.t("prep-summary-questions")),
    ];
    if summary.no_questions() && kept(Part::Questions) {
        lines.push((Style::Body, loc.t("prep-summary-no-questions")));
    }
    for id in &summary.questions {
        lines.push((Style::Body, format!("• {}", loc.t(id))));
    }
    for text in &summary.custom {
        lines.push((Style::Body, format!("• {text}")));
    }
    lines.push((Style::Heading, loc.t("prep-summary-flags")));
    if summary.flags.is_empty() && kept(Part::Flags) {
        lines.push((Style::Body, loc.t("prep-summary-no-flags")));
    }
    for (flag, reply) in &summary.flags {
        let answer = match reply {
            Reply::Yes => loc.t("prep-reply-yes"),
            Reply::NotSure => loc.t("prep-reply-not-sure"),
            Reply::No => loc.t("prep-reply-no"),
        };
        lines.push((
            Style::Body,
            format!("• {} — {answer}", loc.t(&format!("prep-flag-{flag}"))),
        ));
    }
    lines.push((Style::Heading, loc.t("prep-summary-scars")));
    if summary.scars.is_empty() {
        if kept(Part::Scars) {
            lines.push((Style::Body, loc.t("prep-summary-none")));
        }
    } else {
        let names: Vec<String> = summary.scars.iter().map(|k| loc.t(k.label_id())).collect();
        lines.push((Style::Body, names.join(list_comma(loc))));
    }
    // Colour marks beside the scars, as not scars; only when the patient picked one.
    if !summary.marks.is_empty() {
        lines.push((Style::Heading, loc.t("prep-summary-marks")));
        let names: Vec<String> = summary
            .marks
            .iter()
            .map(|m| loc.t(model::mark_id(*m)))
            .collect();
        lines.push((Style::Body, names.join(list_comma(loc))));
    }
    lines.push((Style::Heading, loc.t("prep-summary-skin")));
    match summary.skin_type {
        Some(t) => {
            lines.push((
                Style::Body,
                loc.t_args("prep-skin-result", &args(&[("type", i64::from(t).into())])),
            ));
            lines.push((Style::Note, loc.t("prep-skin-not-diagnosis")));
        }
        None if kept(Part::SkinType) => lines.push((Style::Body, loc.t("prep-summary-none"))),
        None => {}
    }
    lines.push((Style::Heading, loc.t("prep-summary-learnt")));
    if summary.modules_completed.is_empty() && kept(Part::Learnt) {
        lines.push((Style::Body, loc.t("prep-summary-none")));
    }
    for title in &summary.modules_completed {
        lines.push((Style::Body, format!("✔ {}", loc.t(title))));
    }
    if !summary.unclear.is_empty() {
        lines.push((Style::Heading, loc.t("prep-summary-unclear")));
        for prompt in &summary.unclear {
            lines.push((Style::Body, format!("• {}", loc.t(prompt))));
        }
    }
    lines.push((Style::Note, loc.t("prep-summary-footer")));
    lines
}

/// What separates the items of a list in the current language: Chinese has its own
/// enumeration comma.
pub fn list_comma(loc: &Localizer) -> &'static str {
    if loc.current().language.as_str() == "zh" {
        "、"
    } else {
        ", "
    }
}

/// Where exported summaries go: the `--export-dir` given, else the Documents folder, else the
/// app's data folder.
fn export_dir(options: &LaunchOptions) -> Option<PathBuf> {
    options
        .export_dir
        .clone()
        .or_else(|| {
            directories::UserDirs::new()?
                .document_dir()
                .map(PathBuf::from)
        })
        .or_else(|| options.data_dir.clone())
        .or_else(crate::progress::default_data_dir)
}

/// The summary as a file: a PDF where its font shows every character, else a print-ready
/// web page (Chinese). Returns the file's name, its bytes and its media type.
pub fn summary_file(loc: &Localizer, lines: &[(Style, String)]) -> (String, Vec<u8>, &'static str) {
    let stamp = crate::progress::storage::unix_seconds();
    let title = loc.t("prep-summary-title");
    if export::fits_pdf(lines) {
        (
            format!("scarwise-summary-{stamp}.pdf"),
            export::pdf(&title, lines),
            "application/pdf",
        )
    } else {
        let lang = loc.current().to_string();
        (
            format!("scarwise-summary-{stamp}.html"),
            export::html(&title, &lang, lines).into_bytes(),
            "text/html",
        )
    }
}

/// Saves the summary into the export folder, or hands it to the platform.
fn save_summary(
    options: &LaunchOptions,
    deliver: Option<Deliver>,
    loc: &Localizer,
    lines: &[(Style, String)],
) -> Result<PathBuf, String> {
    let (name, bytes, media_type) = summary_file(loc, lines);
    hand_over(options, deliver, loc, &name, &bytes, media_type)
}

/// Gives the patient a file they asked for: handed to the platform where it has a way
/// (`Deliver`: the browser's download; the file's name is returned), else written into the
/// export folder (its path is returned).
pub fn hand_over(
    options: &LaunchOptions,
    deliver: Option<Deliver>,
    loc: &Localizer,
    name: &str,
    bytes: &[u8],
    media_type: &str,
) -> Result<PathBuf, String> {
    if let Some(deliver) = deliver {
        (deliver.0)(name, bytes, media_type)?;
        return Ok(PathBuf::from(name));
    }
    let dir = export_dir(options).ok_or_else(|| loc.t("prep-export-no-folder"))?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(name);
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Flags in the brief's order, for views.
pub fn flags() -> impl Iterator<Item = &'static str> {
    FLAGS.iter().map(|f| f.id)
}
