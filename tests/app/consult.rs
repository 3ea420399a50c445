//! Preparing for the consultation: questions, flags, skin check and scars gathered into a
//! summary, and the summary saved as a PDF.

use bevy::prelude::*;

use crate::common::app::{act, loaded_core_app, screen, send, temp_path};
use scarwise::LaunchOptions;
use scarwise::consult::ExportSummary;
use scarwise::consult::model::{Reply, Summary};
use scarwise::consult::{LastExport, Prep, PrepEdit};
use scarwise::content::Content;
use scarwise::content::model::ScarKind;
use scarwise::content::profile::MarkColour;
use scarwise::i18n::Localizer;
use scarwise::notices::{Notice, Notices};
use scarwise::progress::PlayerProgress;
use scarwise::state::Nav;
use scarwise::state::Screen;

/// The summary of what the patient prepared, as the summary screen shows it.
pub(crate) fn summary_of(app: &App) -> Summary {
    let world = app.world();
    scarwise::consult::summary(
        &world.resource::<Prep>().0,
        world.resource::<PlayerProgress>(),
        world.resource::<Content>(),
    )
}

/// From the map to the consultation summary: questions, flags, skin check and scars chosen
/// by actions; the summary holds them; the PDF export writes a file with the questions' text;
/// an unwritable folder gives a clear notice and loses nothing.
#[test]
fn prepares_a_consultation_summary_and_saves_it_as_pdf() {
    let export = temp_path("export");
    let mut app = loaded_core_app(LaunchOptions {
        memory_only: true,
        export_dir: Some(export.clone()),
        locale: Some("en".into()),
        ..default()
    });
    act(&mut app, Nav::Start);
    act(&mut app, Nav::OpenPrepare);
    assert_eq!(screen(&app), Screen::Prepare);
    // Nothing chosen yet: the summary says so.
    act(&mut app, Nav::OpenSummary);
    assert_eq!(screen(&app), Screen::Summary);
    assert!(summary_of(&app).no_questions());
    act(&mut app, Nav::Back);
    assert_eq!(screen(&app), Screen::Prepare);
    for edit in [
        PrepEdit::ToggleQuestion("prep-q-realistic"),
        PrepEdit::ToggleQuestion("prep-q-sessions"),
        PrepEdit::AddCustom("Can I go to a wedding 3 days later?".into()),
        PrepEdit::Reply("keloids", Reply::Yes),
        PrepEdit::Reply("tan", Reply::No),
        PrepEdit::SkinAnswer(0, 2),
        PrepEdit::SkinAnswer(1, 3),
        PrepEdit::SkinAnswer(2, 3),
        PrepEdit::ToggleScar(ScarKind::Rolling),
        // A colour mark is not a scar: asked as one, nothing changes; it has its own list.
        PrepEdit::ToggleScar(ScarKind::ColourMark),
        PrepEdit::ToggleMark(MarkColour::Red),
    ] {
        act(&mut app, edit);
    }
    act(&mut app, Nav::OpenSummary);
    let summary = summary_of(&app);
    let lines = scarwise::consult::summary_lines(&summary, app.world().resource::<Localizer>());
    assert_eq!(summary.questions, ["prep-q-realistic", "prep-q-sessions"]);
    assert_eq!(summary.flags, [("keloids", Reply::Yes)]);
    assert_eq!(summary.scars, [ScarKind::Rolling]);
    assert_eq!(summary.marks, [MarkColour::Red]);
    assert_eq!(summary.skin_type, Some(4));
    let text: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("How many sessions will I need")),
        "{text:#?}"
    );
    assert!(text.iter().any(|t| t.contains("wedding 3 days later")));
    // The marks stand apart from the scars, named as not scars.
    let scars_at = text.iter().position(|t| *t == "Scars that look like mine");
    let marks_at = text
        .iter()
        .position(|t| *t == "Colour marks (not scars) I also have");
    assert!(
        matches!((scars_at, marks_at), (Some(s), Some(m)) if m > s + 1),
        "{text:#?}"
    );
    assert_eq!(text[scars_at.unwrap() + 1], "Rolling");
    assert_eq!(text[marks_at.unwrap() + 1], "Red marks");

    // An edit and the export in one frame (a fast double tap): the file has the edit.
    send(&mut app, PrepEdit::ToggleQuestion("prep-q-call-when"));
    act(&mut app, ExportSummary);
    let saved = app.world().resource::<LastExport>().0.clone();
    let path = saved
        .expect("an export ran")
        .expect("the export was written");
    assert!(path.starts_with(&export));
    let bytes = std::fs::read(&path).expect("the PDF can be read back");
    assert!(bytes.starts_with(b"%PDF-"));
    let pdf = scarwise::consult::export::text_lines(&bytes);
    assert!(
        pdf.contains(&"• How many sessions will I need, and how far apart?".to_owned()),
        "{pdf:#?}"
    );
    assert!(pdf.contains(&"• Can I go to a wedding 3 days later?".to_owned()));
    assert!(
        pdf.iter()
            .any(|l| l.starts_with("• When should I call you after a session?")),
        "the edit of the export's own frame is in the file: {pdf:#?}"
    );
    assert!(pdf.contains(&"Things to tell my doctor".to_owned()));

    // A folder that cannot be written: a clear notice, and the preparation is kept.
    let blocked = temp_path("export-blocked");
    std::fs::write(&blocked, b"a file where the folder should be").unwrap();
    app.insert_resource(LaunchOptions {
        memory_only: true,
        export_dir: Some(blocked.join("inside")),
        ..default()
    });
    act(&mut app, ExportSummary);
    let failed = app.world().resource::<LastExport>().0.clone();
    assert!(matches!(failed, Some(Err(_))), "{failed:?}");
    assert!(
        app.world()
            .resource::<Notices>()
            .iter()
            .any(|n| matches!(n, Notice::ExportFailed(_)))
    );
    assert_eq!(app.world().resource::<Prep>().0.questions.len(), 3);
    let _ = std::fs::remove_dir_all(&export);
    let _ = std::fs::remove_file(&blocked);
}
