//! The loading screen, and the screen that lists broken content instead of crashing.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::content::ContentErrors;
use crate::i18n::Localizer;
use crate::theme::Palette;
use crate::theme::widgets::{card, heading, page, paragraph};

pub(super) fn show_loading(mut contexts: EguiContexts, loc: Res<Localizer>) -> Result {
    page(contexts.ctx_mut()?, |ui| {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.add(egui::Spinner::new().size(48.0));
            heading(ui, loc.t("loading"), 1);
        });
    });
    Ok(())
}

pub(super) fn show_errors(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    errors: Res<ContentErrors>,
) -> Result {
    page(contexts.ctx_mut()?, |ui| {
        heading(ui, loc.t("content-error-heading"), 1);
        paragraph(ui, &loc.t("content-error-explain"));
        card(ui, Palette::of(ui).wrong_soft).show(ui, |ui| {
            ui.set_width(ui.available_width());
            for error in errors.iter() {
                ui.add(egui::Label::new(egui::RichText::new(error.to_string()).monospace()).wrap());
            }
        });
        paragraph(ui, &loc.t("content-error-fix"));
    });
    Ok(())
}
