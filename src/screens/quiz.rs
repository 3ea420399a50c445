//! A quiz question, then feedback on the answer: right or wrong in words and a mark (never
//! colour alone), why, and the sources.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::Action;
use super::widgets::{card, page, paragraph, primary_button, sources_line, top_bar};
use crate::content::Content;
use crate::content::model::QuestionKind;
use crate::i18n::{Localizer, args};
use crate::illustration::{self, IllustrationSlot};
use crate::quiz::{ActiveQuiz, Answer};
use crate::theme::{Palette, TARGET_SIZE, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Res<Content>,
    quiz: Res<ActiveQuiz>,
    mut slot: ResMut<IllustrationSlot>,
    mut actions: MessageWriter<Action>,
) -> Result {
    let palette = Palette::LIGHT;
    let Some(session) = quiz.session.as_ref() else {
        return Ok(());
    };
    let Some(items) = content
        .module(&quiz.module)
        .and_then(|m| m.content.as_ref())
        .map(|c| &c.quiz)
    else {
        return Ok(());
    };
    let Some(item) = session.current_item().and_then(|i| items.get(i)) else {
        return Ok(());
    };
    let given = session.current_answer();
    let (number, total) = session.progress();

    page(contexts.ctx_mut()?, |ui| {
        top_bar(ui, &loc, &mut actions, true);
        ui.label(
            egui::RichText::new(loc.t_args(
                "quiz-question-of",
                &args(&[("number", number.into()), ("total", total.into())]),
            ))
            .color(c(palette.text_muted)),
        );
        ui.add(
            egui::ProgressBar::new(number as f32 / total as f32)
                .desired_height(8.0)
                .fill(c(palette.accent)),
        );
        ui.label(egui::RichText::new(loc.t(&item.prompt)).heading());
        if let Some(illustration) = item.illustration {
            let max_height = (ui.ctx().content_rect().height() * 0.32).min(280.0);
            illustration::show(ui, &mut slot, &loc, illustration, max_height);
        }
        ui.add_space(4.0);

        // Each option as (label, the answer it gives).
        let options: Vec<(String, Answer)> = match &item.kind {
            QuestionKind::SingleChoice { choices } => session
                .choice_order()
                .iter()
                .map(|&i| (loc.t(&choices[i].text), Answer::Choice(i)))
                .collect(),
            QuestionKind::TrueFalse { .. } => vec![
                (loc.t("quiz-true"), Answer::TrueFalse(true)),
                (loc.t("quiz-false"), Answer::TrueFalse(false)),
            ],
        };
        let right = crate::quiz::right_answer(item);
        for (label, answer) in options {
            let (fill, mark) = match given {
                Some(_) if answer == right => (palette.right_soft, "✔ "),
                Some((chosen, false)) if chosen == answer => (palette.wrong_soft, "✘ "),
                _ => (palette.surface, ""),
            };
            let button = egui::Button::new(egui::RichText::new(format!("{mark}{label}")))
                .fill(c(fill))
                .wrap()
                .min_size(egui::vec2(ui.available_width(), TARGET_SIZE));
            // Answered options stay readable (not greyed out); further clicks are ignored.
            if ui.add(button).clicked() && given.is_none() {
                actions.write(Action::Answer(answer));
            }
        }

        if let Some((_, correct)) = given {
            ui.add_space(8.0);
            let (fill, color, verdict) = if correct {
                (palette.right_soft, palette.right, loc.t("quiz-right"))
            } else {
                (palette.wrong_soft, palette.wrong, loc.t("quiz-wrong"))
            };
            card(fill).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let mark = if correct { "✔" } else { "✘" };
                ui.label(
                    egui::RichText::new(format!("{mark} {verdict}"))
                        .heading()
                        .color(c(color)),
                );
                paragraph(ui, &loc.t(&item.explanation));
                sources_line(ui, &loc, &item.sources);
            });
            ui.add_space(8.0);
            let label = if number == total {
                loc.t("quiz-see-results")
            } else {
                loc.t("quiz-next")
            };
            if primary_button(ui, &label).clicked() {
                actions.write(Action::NextQuestion);
            }
        }
    });
    Ok(())
}
