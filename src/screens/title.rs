//! The title screen: what Scarwise is, and the way in.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::parts::top_bar;
use crate::state::Nav;

use crate::content::model::Illustration;
use crate::i18n::Localizer;
use crate::illustration;
use crate::theme::widgets::{heading, page, paragraph, primary_button};
use crate::theme::{Palette, bold, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    mut nav: MessageWriter<Nav>,
) -> Result {
    page(contexts.ctx_mut()?, |ui| {
        top_bar(ui, &loc, &mut nav, false);
        ui.vertical_centered(|ui| {
            heading(
                ui,
                bold("Scarwise").size(48.0).color(c(Palette::of(ui).accent)),
                1,
            );
            heading(ui, loc.t("title-tagline"), 2);
        });
        // The way in comes first, so it is on screen even on a small phone.
        ui.add_space(8.0);
        ui.vertical_centered(|ui| {
            if primary_button(ui, &loc.t("title-start")).clicked() {
                nav.write(Nav::Start);
            }
        });
        ui.add_space(8.0);
        paragraph(ui, &loc.t("title-intro"));
        illustration::show(ui, &loc, Illustration::Lineup, 260.0);
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(loc.t("title-disclaimer"))
                .text_style(egui::TextStyle::Small)
                .color(c(Palette::of(ui).text_muted)),
        );
    });
    Ok(())
}
