//! The journey map: questions due for review, the five modules in order (locked, open or
//! done, with stars and mastery), and the badges.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::parts::{stars_line, top_bar};
use crate::kiosk::KioskRequest;
use crate::lesson::LessonInput;
use crate::quiz::QuizInput;
use crate::state::Nav;

use crate::content::Content;
use crate::i18n::{Localizer, args};
use crate::progress::{ModuleStatus, PlayerProgress, Progress, Today};
use crate::theme::widgets::{card, heading, page, paragraph, primary_button, secondary_button};
use crate::theme::{Palette, bold, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Res<Content>,
    progress: Res<PlayerProgress>,
    today: Res<Today>,
    local_today: Res<crate::companion::LocalToday>,
    clinic: Option<Res<crate::clinic::Clinic>>,
    kiosk: Res<crate::clinic::KioskMode>,
    mut requests: MessageWriter<KioskRequest>,
    mut pages: MessageWriter<LessonInput>,
    mut nav: MessageWriter<Nav>,
    mut play: MessageWriter<QuizInput>,
    web_app: Res<crate::webapp::WebApp>,
    mut web: MessageWriter<crate::webapp::WebAppInput>,
) -> Result {
    let due = progress
        .due_reviews(today.0)
        .into_iter()
        .filter(|key| content.item(key).is_some())
        .count();
    let order = content.module_order();
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    page(ctx, |ui| {
        top_bar(ui, &loc, &mut nav, false);
        heading(ui, loc.t("journey-heading"), 1);
        paragraph(
            ui,
            &loc.t_args(
                "journey-total-points",
                &args(&[("points", progress.total_points.into())]),
            ),
        );
        if kiosk.0 && secondary_button(ui, &loc.t("kiosk-end-visit")).clicked() {
            requests.write(KioskRequest::EndVisit);
        }
        // Back to the page last read (after a break, or when a phone reopens the app).
        if let Some(mark) = &progress.bookmark
            && let Some(module) = content.module(&mark.module)
        {
            card(ui, palette.accent_soft).show(ui, |ui| {
                ui.set_width(ui.available_width());
                paragraph(
                    ui,
                    &loc.t_args(
                        "journey-continue",
                        &args(&[
                            ("module", loc.t(&module.entry.title).into()),
                            ("page", mark.page.saturating_add(1).into()),
                        ]),
                    ),
                );
                if primary_button(ui, &loc.t("journey-continue-open")).clicked() {
                    pages.write(LessonInput::Continue);
                }
            });
            ui.add_space(4.0);
        }
        // The patient's own course (never on a kiosk, which keeps nothing of a visitor):
        // once it has a day, what today is in it comes first; until then, the invitation to
        // add one follows the card for preparing the visit, which helps even before any
        // lesson.
        let course_first = !progress.treatment.is_empty();
        for course_here in [course_first, !course_first] {
            if !course_here {
                card(ui, palette.surface).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    heading(ui, bold(loc.t("prep-card-title")), 2);
                    paragraph(ui, &loc.t("prep-card-about"));
                    if secondary_button(ui, &loc.t("prep-card-open")).clicked() {
                        nav.write(Nav::OpenPrepare);
                    }
                });
                ui.add_space(4.0);
            } else if !kiosk.0 {
                super::today::today(
                    ui,
                    &loc,
                    &progress,
                    &local_today,
                    clinic.as_deref(),
                    &mut nav,
                    &mut pages,
                );
            }
        }
        if due > 0 {
            card(ui, palette.accent_soft).show(ui, |ui| {
                ui.set_width(ui.available_width());
                heading(ui, bold(loc.t("review-heading")), 2);
                paragraph(
                    ui,
                    &loc.t_args("review-due", &args(&[("count", due.into())])),
                );
                if primary_button(ui, &loc.t("review-start")).clicked() {
                    play.write(QuizInput::StartReview);
                }
            });
            ui.add_space(4.0);
        }
        // Adding the browser build to the home screen (never on a kiosk).
        if let Some(way) = web_app.install.filter(|_| !kiosk.0) {
            let mut chosen = Vec::new();
            super::webapp::install_card(ui, &loc, way, &mut chosen);
            web.write_batch(chosen);
        }
        for (index, module) in content.modules.iter().enumerate() {
            let status = progress.status(&order, index);
            let fill = match status {
                ModuleStatus::Locked => palette.background,
                _ => palette.surface,
            };
            card(ui, fill).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let (mark, status_text) = match status {
                    ModuleStatus::Locked => ("○", loc.t("journey-status-locked")),
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
                heading(ui, egui::RichText::new(loc.t(&module.entry.title)), 2);
                if status != ModuleStatus::Locked && progress.mastery.contains_key(&module.entry.id)
                {
                    mastery_line(ui, &loc, &progress, &module.entry.id);
                }
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
                            pages.write(LessonInput::Open(module.entry.id.clone()));
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
                            pages.write(LessonInput::Open(module.entry.id.clone()));
                        }
                    }
                }
            });
            ui.add_space(4.0);
        }
        badges(ui, &loc, &content, &progress);
    });
    Ok(())
}

/// Stars and mastery in words, and mastery as a bar.
fn mastery_line(ui: &mut egui::Ui, loc: &Localizer, progress: &Progress, module: &str) {
    let mastery = stars_line(ui, loc, progress, module, 24.0);
    ui.add(
        egui::ProgressBar::new(f32::from(mastery) / 100.0)
            .desired_height(8.0)
            .fill(c(Palette::of(ui).accent)),
    );
}

fn badges(ui: &mut egui::Ui, loc: &Localizer, content: &Content, progress: &Progress) {
    let palette = Palette::of(ui);
    let earned = content
        .badges
        .iter()
        .filter(|b| progress.badges.contains(&b.id))
        .count();
    ui.add_space(8.0);
    heading(ui, loc.t("badges-heading"), 2);
    paragraph(
        ui,
        &loc.t_args(
            "badges-count",
            &args(&[
                ("earned", earned.into()),
                ("total", content.badges.len().into()),
            ]),
        ),
    );
    for badge in &content.badges {
        let has = progress.badges.contains(&badge.id);
        let fill = if has {
            palette.right_soft
        } else {
            palette.background
        };
        card(ui, fill).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let (mark, state) = if has {
                ("★", loc.t("badge-earned-mark"))
            } else {
                ("☆", loc.t("badge-not-yet"))
            };
            ui.label(bold(format!("{mark} {}", loc.t(&badge.title))));
            ui.label(
                egui::RichText::new(format!("{state} · {}", loc.t(&badge.description)))
                    .color(c(palette.text_muted)),
            );
        });
    }
}
