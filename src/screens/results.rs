//! Results after a module's quiz: score, points, what opened next, and a short celebration
//! that stays still when reduced motion is on.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::parts::{stars_line, top_bar};
use crate::lesson::LessonInput;
use crate::quiz::LastResult;
use crate::quiz::QuizInput;
use crate::state::Nav;

use crate::content::Content;
use crate::i18n::{Localizer, args};
use crate::progress::PlayerProgress;
use crate::settings::Settings;
use crate::theme::widgets::{card, heading, page, paragraph, primary_button, secondary_button};
use crate::theme::{Palette, bold, c};

/// How long the celebration moves, in seconds.
const CELEBRATION_SECONDS: f64 = 2.5;

/// When the results screen was first drawn (egui time), so the celebration starts there.
#[derive(Resource, Default, PartialEq)]
pub struct CelebrationClock(Option<f64>);

pub(super) fn restart_celebration(mut clock: ResMut<CelebrationClock>) {
    clock.0 = None;
}

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Res<Content>,
    last: Res<LastResult>,
    progress: Res<PlayerProgress>,
    settings: Res<Settings>,
    mut pages: MessageWriter<LessonInput>,
    mut nav: MessageWriter<Nav>,
    mut play: MessageWriter<QuizInput>,
    mut clock: ResMut<CelebrationClock>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    let now = ctx.input(|i| i.time);
    let since = now - *clock.0.get_or_insert(now);
    let next_module = last
        .unlocked
        .as_deref()
        .and_then(|id| content.module(id))
        .filter(|m| m.content.is_some());
    let title = content
        .module(&last.module)
        .map(|m| loc.t(&m.entry.title))
        .unwrap_or_default();

    page(ctx, |ui| {
        top_bar(ui, &loc, &mut nav, true);
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(ui.available_width(), 90.0), egui::Sense::hover());
        celebrate(ui.painter_at(rect), rect, since, settings.reduced_motion);
        let review = last.module.is_empty();
        ui.vertical_centered(|ui| {
            if review {
                heading(ui, loc.t("review-results-heading"), 1);
            } else {
                heading(
                    ui,
                    loc.t_args("results-heading", &args(&[("module", title.into())])),
                    1,
                );
            }
        });
        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let r = last.result;
            paragraph(
                ui,
                &loc.t_args(
                    "results-score",
                    &args(&[("correct", r.correct.into()), ("total", r.total.into())]),
                ),
            );
            ui.label(
                egui::RichText::new(
                    loc.t_args("points-earned", &args(&[("points", r.points.into())])),
                )
                .heading()
                .color(c(palette.accent)),
            );
            if last.bonus > 0 {
                paragraph(
                    ui,
                    &loc.t_args("results-bonus", &args(&[("points", last.bonus.into())])),
                );
            }
            if !review && progress.mastery.contains_key(&last.module) {
                stars_line(ui, &loc, &progress, &last.module, 28.0);
            }
            for id in &last.new_badges {
                if let Some(badge) = content.badges.iter().find(|b| &b.id == id) {
                    let name = loc.t(&badge.title);
                    ui.label(
                        bold(format!(
                            "★ {}",
                            loc.t_args("results-new-badge", &args(&[("badge", name.into())]))
                        ))
                        .color(c(palette.right)),
                    );
                    paragraph(ui, &loc.t(&badge.description));
                }
            }
            if let Some(id) = &last.unlocked
                && let Some(module) = content.module(id)
            {
                paragraph(
                    ui,
                    &loc.t_args(
                        "results-unlocked",
                        &args(&[("module", loc.t(&module.entry.title).into())]),
                    ),
                );
            }
            paragraph(ui, &loc.t("results-encouragement"));
            if r.correct < r.total {
                paragraph(ui, &loc.t("results-review-hint"));
            }
        });
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            match next_module {
                Some(module) => {
                    if primary_button(ui, &loc.t("results-continue")).clicked() {
                        pages.write(LessonInput::Open(module.entry.id.clone()));
                    }
                }
                None => {
                    if primary_button(ui, &loc.t("nav-map")).clicked() {
                        nav.write(Nav::OpenJourney);
                    }
                }
            }
            if !review && secondary_button(ui, &loc.t("results-retry")).clicked() {
                play.write(QuizInput::Start);
            }
        });
    });

    if !settings.reduced_motion && since < CELEBRATION_SECONDS {
        ctx.request_repaint();
    }
    Ok(())
}

/// Stars that rise and settle into a row; with reduced motion they are simply there.
fn celebrate(painter: egui::Painter, rect: egui::Rect, seconds: f64, reduced_motion: bool) {
    let palette = Palette::of_ctx(painter.ctx());
    let colors = [palette.accent, palette.right, [0xC7, 0x8A, 0x12]];
    let count = 7;
    for i in 0..count {
        let x = rect.left() + rect.width() * (i as f32 + 0.5) / count as f32;
        let rest_y = rect.center().y + if i % 2 == 0 { 10.0 } else { -10.0 };
        let t = if reduced_motion {
            1.0
        } else {
            let delay = i as f64 * 0.12;
            ((seconds - delay) / 0.9).clamp(0.0, 1.0) as f32
        };
        // Ease out: fast rise, soft landing.
        let eased = 1.0 - (1.0 - t).powi(3);
        let y = rect.bottom() + (rest_y - rect.bottom()) * eased;
        let radius = 6.0 + 6.0 * eased;
        star(
            &painter,
            egui::pos2(x, y),
            radius,
            c(colors[i % colors.len()]),
        );
    }
}

fn star(painter: &egui::Painter, center: egui::Pos2, radius: f32, color: egui::Color32) {
    let points: Vec<egui::Pos2> = (0..10)
        .map(|k| {
            let angle = std::f32::consts::PI * k as f32 / 5.0 - std::f32::consts::FRAC_PI_2;
            let r = if k % 2 == 0 { radius } else { radius * 0.45 };
            center + egui::vec2(angle.cos() * r, angle.sin() * r)
        })
        .collect();
    // Star outlines are concave: draw as triangles from the centre.
    for k in 0..10 {
        let mesh_points = vec![center, points[k], points[(k + 1) % 10]];
        painter.add(egui::Shape::convex_polygon(
            mesh_points,
            color,
            egui::Stroke::NONE,
        ));
    }
}
