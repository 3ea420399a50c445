//! The journey map: the five modules in order, locked, open or done.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::Action;
use super::widgets::{card, page, paragraph, primary_button, secondary_button, top_bar};
use crate::content::Content;
use crate::i18n::{Localizer, args};
use crate::progress::{ModuleStatus, PlayerProgress};
use crate::theme::{Palette, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Res<Content>,
    progress: Res<PlayerProgress>,
    mut actions: MessageWriter<Action>,
) -> Result {
    let palette = Palette::LIGHT;
    let order: Vec<&str> = content
        .modules
        .iter()
        .map(|m| m.entry.id.as_str())
        .collect();
    page(contexts.ctx_mut()?, |ui| {
        top_bar(ui, &loc, &mut actions, false);
        ui.heading(loc.t("journey-heading"));
        paragraph(
            ui,
            &loc.t_args(
                "journey-total-points",
                &args(&[("points", progress.total_points.into())]),
            ),
        );
        for (index, module) in content.modules.iter().enumerate() {
            let status = progress.status(&order, index);
            let fill = match status {
                ModuleStatus::Locked => palette.background,
                _ => palette.surface,
            };
            card(fill).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let (mark, status_text) = match status {
                    ModuleStatus::Locked => ("🔒", loc.t("journey-status-locked")),
                    ModuleStatus::Unlocked => ("▶", loc.t("journey-status-open")),
                    ModuleStatus::Completed => ("✔", loc.t("journey-status-done")),
                };
                ui.label(
                    egui::RichText::new(format!(
                        "{}  ·  {mark} {status_text}",
                        loc.t_args(
                            "journey-module-number",
                            &args(&[("number", (index + 1).into())])
                        ),
                    ))
                    .color(c(palette.text_muted)),
                );
                ui.label(egui::RichText::new(loc.t(&module.entry.title)).heading());
                paragraph(ui, &loc.t(&module.entry.summary));
                match (status, module.content.is_some()) {
                    (ModuleStatus::Locked, _) => {
                        let before = &content.modules[index - 1].entry.title;
                        paragraph(
                            ui,
                            &loc.t_args(
                                "journey-unlock-hint",
                                &args(&[("module", loc.t(before).into())]),
                            ),
                        );
                    }
                    (_, false) => paragraph(ui, &loc.t("journey-coming-soon")),
                    (ModuleStatus::Unlocked, true) => {
                        if primary_button(ui, &loc.t("journey-begin")).clicked() {
                            actions.write(Action::OpenModule(module.entry.id.clone()));
                        }
                    }
                    (ModuleStatus::Completed, true) => {
                        if let Some(result) = progress.completed.get(&module.entry.id) {
                            paragraph(
                                ui,
                                &loc.t_args(
                                    "journey-best-result",
                                    &args(&[
                                        ("correct", result.correct.into()),
                                        ("total", result.total.into()),
                                    ]),
                                ),
                            );
                        }
                        if secondary_button(ui, &loc.t("journey-revisit")).clicked() {
                            actions.write(Action::OpenModule(module.entry.id.clone()));
                        }
                    }
                }
            });
            ui.add_space(4.0);
        }
    });
    Ok(())
}
