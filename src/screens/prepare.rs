//! Preparing for the consultation, and the summary to show the doctor.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::parts::top_bar;
use crate::consult::ExportSummary;
use crate::state::Nav;

use crate::consult::model::{
    Reply, SCARS, SKIN_ANSWERS, SKIN_QUESTIONS, THEMES, mark_id, skin_type, skin_type_message,
};
use crate::consult::{self, Prep, PrepEdit};
use crate::content::Content;
use crate::content::model::{Illustration, ScarKind};
use crate::content::profile::{Drawing, MarkColour};
use crate::i18n::{Localizer, args};
use crate::illustration::{self, Labels, spot_letter};
use crate::progress::PlayerProgress;
use crate::theme::widgets::{
    card, choice, heading, page, paragraph, primary_button, secondary_button,
};
use crate::theme::{Palette, TARGET_SIZE, bold, c};

/// The own question being typed.
#[derive(Resource, Default, PartialEq)]
pub struct CustomDraft(pub String);

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    prep: Res<Prep>,
    mut draft: ResMut<CustomDraft>,
    kiosk: Res<crate::clinic::KioskMode>,
    mut nav: MessageWriter<Nav>,
    mut prep_edits: MessageWriter<PrepEdit>,
) -> Result {
    let prep = &prep.0;
    // Typing is for desktops and the web; a kiosk or phone visitor picks from the list.
    let can_type = !kiosk.0 && !cfg!(any(target_os = "android", target_os = "ios"));
    page(contexts.ctx_mut()?, |ui| {
        top_bar(ui, &loc, &mut nav, true);
        heading(ui, loc.t("prep-heading"), 1);
        paragraph(ui, &loc.t("prep-intro"));
        if primary_button(ui, &loc.t("prep-see-summary")).clicked() {
            nav.write(Nav::OpenSummary);
        }

        section(ui, &loc.t("prep-questions-heading"));
        paragraph(ui, &loc.t("prep-questions-intro"));
        for theme in &THEMES {
            ui.label(bold(loc.t(theme.title)));
            for id in theme.questions {
                let mut chosen = prep.questions.contains(id);
                if ui.checkbox(&mut chosen, loc.t(id)).changed() {
                    prep_edits.write(PrepEdit::ToggleQuestion(id));
                }
            }
            ui.add_space(6.0);
        }
        if can_type {
            ui.label(bold(loc.t("prep-own-heading")));
            for (index, text) in prep.custom.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    paragraph(ui, &format!("• {text}"));
                    if secondary_button(ui, &loc.t("prep-own-remove")).clicked() {
                        prep_edits.write(PrepEdit::RemoveCustom(index));
                    }
                });
            }
            if prep.custom.len() < consult::model::MAX_CUSTOM {
                ui.horizontal_wrapped(|ui| {
                    let edit = egui::TextEdit::singleline(&mut draft.0)
                        .hint_text(loc.t("prep-own-hint"))
                        .desired_width(ui.available_width().min(420.0));
                    let response = ui.add(edit);
                    let submitted =
                        response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if secondary_button(ui, &loc.t("prep-own-add")).clicked() || submitted {
                        prep_edits.write(PrepEdit::AddCustom(std::mem::take(&mut draft.0)));
                    }
                });
            }
        }

        section(ui, &loc.t("prep-flags-heading"));
        paragraph(ui, &loc.t("prep-flags-intro"));
        for flag in consult::flags() {
            card(ui, Palette::of(ui).surface).show(ui, |ui| {
                ui.set_width(ui.available_width());
                paragraph(ui, &loc.t(&format!("prep-flag-{flag}")));
                let current = prep.reply(flag);
                ui.horizontal_wrapped(|ui| {
                    for (reply, id) in [
                        (Reply::Yes, "prep-reply-yes"),
                        (Reply::No, "prep-reply-no"),
                        (Reply::NotSure, "prep-reply-not-sure"),
                    ] {
                        let picked = current == Some(reply);
                        if choice(ui, picked, loc.t(id), TARGET_SIZE * 1.5).clicked() {
                            prep_edits.write(PrepEdit::Reply(flag, reply));
                        }
                    }
                });
                if current.is_some() {
                    ui.label(
                        egui::RichText::new(loc.t(&format!("prep-flag-{flag}-why")))
                            .color(c(Palette::of(ui).text_muted)),
                    );
                }
            });
        }

        section(ui, &loc.t("prep-skin-heading"));
        paragraph(ui, &loc.t("prep-skin-intro"));
        for question in 0..SKIN_QUESTIONS {
            ui.label(bold(loc.t(&format!("prep-skin-q{}", question + 1))));
            ui.horizontal_wrapped(|ui| {
                for answer in 0..SKIN_ANSWERS as u8 {
                    let selected = prep.skin[question] == Some(answer);
                    let text = loc.t(&format!("prep-skin-q{}-a{}", question + 1, answer + 1));
                    if choice(ui, selected, text, TARGET_SIZE).clicked() {
                        prep_edits.write(PrepEdit::SkinAnswer(question, answer));
                    }
                }
            });
        }
        if let Some(t) = skin_type(&prep.skin) {
            card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(bold(loc.t_args(
                    "prep-skin-result",
                    &args(&[("type", i64::from(t).into())]),
                )));
                paragraph(ui, &loc.t(skin_type_message(t)));
                paragraph(ui, &loc.t("prep-skin-not-diagnosis"));
            });
        }

        section(ui, &loc.t("prep-scars-heading"));
        paragraph(ui, &loc.t("prep-scars-intro"));
        let max_height = (ui.ctx().content_rect().height() * 0.3).min(260.0);
        let drawing = Drawing::of(Illustration::Explorer);
        // A tap picks the scar under it, or the colour mark (red or brown) under it.
        if let Some(x) = illustration::show_tapped(
            ui,
            &loc,
            Illustration::Explorer,
            max_height,
            Labels::Letters,
            None,
        ) {
            if let Some(colour) = drawing.mark_at(x) {
                prep_edits.write(PrepEdit::ToggleMark(colour));
            } else if let Some(kind) = drawing.feature_at(x).filter(|k| SCARS.contains(k)) {
                prep_edits.write(PrepEdit::ToggleScar(kind));
            }
        }
        let letter = |kind| {
            let index = drawing.features.iter().position(|f| f.kind == kind);
            index.map(spot_letter).unwrap_or('?')
        };
        ui.label(bold(loc.t("prep-scars-group-scars")));
        ui.horizontal_wrapped(|ui| {
            for kind in SCARS {
                let text = format!("{} · {}", letter(kind), loc.t(kind.label_id()));
                let picked = prep.scars.contains(&kind);
                if choice(ui, picked, text, TARGET_SIZE).clicked() {
                    prep_edits.write(PrepEdit::ToggleScar(kind));
                }
            }
        });
        // The flat colour marks, apart and plainly not scars.
        ui.add_space(6.0);
        ui.label(bold(loc.t("prep-scars-group-marks")));
        paragraph(ui, &loc.t("prep-scars-marks-note"));
        ui.horizontal_wrapped(|ui| {
            for colour in MarkColour::ALL {
                let text = format!(
                    "{} · {}",
                    letter(ScarKind::ColourMark),
                    loc.t(mark_id(colour))
                );
                let picked = prep.marks.contains(&colour);
                if choice(ui, picked, text, TARGET_SIZE).clicked() {
                    prep_edits.write(PrepEdit::ToggleMark(colour));
                }
            }
        });
        ui.add_space(12.0);
        if primary_button(ui, &loc.t("prep-see-summary")).clicked() {
            nav.write(Nav::OpenSummary);
        }
    });
    Ok(())
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(16.0);
    ui.separator();
    heading(ui, title, 2);
}

pub(super) fn show_summary(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    prep: Res<Prep>,
    progress: Res<PlayerProgress>,
    content: Option<Res<Content>>,
    kiosk: Res<crate::clinic::KioskMode>,
    code: Res<crate::consult::take_home::ShareCode>,
    mut export: MessageWriter<ExportSummary>,
    mut nav: MessageWriter<Nav>,
    mut voice: super::read_aloud::Voice,
) -> Result {
    let Some(content) = content else {
        return Ok(());
    };
    // A kiosk only shows the summary: no file, nothing kept.
    let can_save = !kiosk.0;
    let summary = consult::summary(&prep.0, &progress, &content);
    let lines = consult::summary_lines(&summary, &loc);
    let passage = super::take_home::summary_passage(&loc, "summary", &lines);
    page(contexts.ctx_mut()?, |ui| {
        ui.horizontal_wrapped(|ui| {
            if secondary_button(ui, &loc.t("prep-edit")).clicked() {
                nav.write(Nav::Back);
            }
            if can_save && primary_button(ui, &loc.t("prep-save-pdf")).clicked() {
                export.write(ExportSummary);
            }
        });
        if code.0.is_some() {
            super::take_home::code_card(ui, &loc, &code);
            ui.add_space(8.0);
        }
        voice.controls(ui, &loc, &passage);
        card(ui, Palette::of(ui).surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            super::take_home::summary_text(ui, &mut voice, &passage, &lines);
            if summary.no_questions() {
                ui.add_space(8.0);
                if secondary_button(ui, &loc.t("prep-pick-questions")).clicked() {
                    nav.write(Nav::Back);
                }
            }
        });
        // After the consultation: the days it booked.
        if can_save {
            ui.add_space(8.0);
            card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(bold(loc.t("today-invite-title")));
                paragraph(ui, &loc.t("today-invite-body"));
                if secondary_button(ui, &loc.t("today-invite-open")).clicked() {
                    nav.write(Nav::OpenTreatment);
                }
            });
        }
    });
    Ok(())
}
