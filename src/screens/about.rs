//! About: what Scarwise is and is not, privacy, and every source the content cites.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::state::Nav;

use crate::content::Content;
use crate::i18n::Localizer;
use crate::theme::widgets::{card, page, paragraph, primary_button};
use crate::theme::{Palette, bold, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Option<Res<Content>>,
    mut nav: MessageWriter<Nav>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    page(ctx, |ui| {
        if primary_button(ui, &loc.t("nav-back")).clicked() {
            nav.write(Nav::Back);
        }
        ui.heading(loc.t("about-heading"));
        paragraph(ui, &loc.t("about-what"));
        card(ui, palette.wrong_soft).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(loc.t("about-disclaimer-heading")));
            paragraph(ui, &loc.t("about-disclaimer"));
        });
        paragraph(ui, &loc.t("about-privacy"));
        ui.heading(loc.t("about-references"));
        paragraph(ui, &loc.t("about-references-intro"));
        if let Some(content) = content {
            for source in content.cited_sources() {
                // Tag and citation in one wrapping paragraph: the tag in bold, as on the pages.
                let mut job = egui::text::LayoutJob::default();
                let font = |family: egui::FontFamily| egui::TextFormat {
                    font_id: egui::FontId::new(crate::theme::BODY_SIZE, family),
                    color: c(palette.text),
                    ..default()
                };
                job.append(
                    &source.tag,
                    0.0,
                    font(egui::FontFamily::Name(crate::theme::BOLD.into())),
                );
                job.append(&source.citation, 12.0, font(egui::FontFamily::Proportional));
                ui.add(egui::Label::new(job).wrap());
            }
        }
    });
    Ok(())
}
