//! The browser build's offers: adding Scarwise to the home screen (a card on the journey map:
//! the browser's dialog, or Safari's steps drawn on iPhones and iPads) and restarting into a
//! new version (a line in the notices card, on calm screens only; see [`crate::webapp`]).

use bevy_egui::egui;

use crate::i18n::Localizer;
use crate::theme::widgets::{
    card, describe_picture, heading, paragraph, primary_button, secondary_button,
};
use crate::theme::{Palette, bold, c};
use crate::webapp::{InstallWay, WebAppInput};

/// The install offer's card (the caller shows it only off a kiosk, when the page offers it).
pub fn install_card(
    ui: &mut egui::Ui,
    loc: &Localizer,
    way: InstallWay,
    input: &mut Vec<WebAppInput>,
) {
    let palette = Palette::of(ui);
    card(ui, palette.surface).show(ui, |ui| {
        ui.set_width(ui.available_width());
        heading(ui, bold(loc.t("install-heading")), 2);
        paragraph(ui, &loc.t("install-about"));
        match way {
            InstallWay::Prompt => {
                ui.horizontal_wrapped(|ui| {
                    if primary_button(ui, &loc.t("install-button")).clicked() {
                        input.push(WebAppInput::Install);
                    }
                    if secondary_button(ui, &loc.t("install-dismiss")).clicked() {
                        input.push(WebAppInput::DismissInstall);
                    }
                });
            }
            InstallWay::IosSteps => {
                paragraph(ui, &loc.t("install-ios-steps"));
                ios_steps_picture(ui, loc);
                if secondary_button(ui, &loc.t("install-dismiss")).clicked() {
                    input.push(WebAppInput::DismissInstall);
                }
            }
        }
    });
    ui.add_space(4.0);
}

/// Safari's two buttons as the patient will see them: Share (a box with an arrow up), then
/// "Add to Home Screen" (a box with a plus), with an arrow between.
fn ios_steps_picture(ui: &mut egui::Ui, loc: &Localizer) {
    let accent = ui.visuals().hyperlink_color;
    let muted = c(Palette::of(ui).text_muted);
    let size = 56.0;
    ui.horizontal(|ui| {
        let (share, painter) = ui.allocate_painter(egui::vec2(size, size), egui::Sense::hover());
        describe_picture(&share, &loc.t("install-ios-share"));
        let rect = share.rect.shrink(10.0);
        let stroke = egui::Stroke::new(3.0, accent);
        // The box, open at the top where the arrow leaves it.
        let top = rect.top() + rect.height() * 0.35;
        let gap = rect.width() * 0.3;
        painter.line(
            vec![
                egui::pos2(rect.center().x - gap / 2.0, top),
                egui::pos2(rect.left(), top),
                rect.left_bottom(),
                rect.right_bottom(),
                egui::pos2(rect.right(), top),
                egui::pos2(rect.center().x + gap / 2.0, top),
            ],
            stroke,
        );
        let tip = egui::pos2(rect.center().x, rect.top() - 4.0);
        painter.line_segment([tip, egui::pos2(tip.x, rect.center().y + 6.0)], stroke);
        painter.line_segment([tip, tip + egui::vec2(-8.0, 8.0)], stroke);
        painter.line_segment([tip, tip + egui::vec2(8.0, 8.0)], stroke);

        let (then, painter) = ui.allocate_painter(egui::vec2(40.0, size), egui::Sense::hover());
        let y = then.rect.center().y;
        let stroke = egui::Stroke::new(2.0, muted);
        let (from, to) = (then.rect.left() + 6.0, then.rect.right() - 6.0);
        painter.line_segment([egui::pos2(from, y), egui::pos2(to, y)], stroke);
        painter.line_segment([egui::pos2(to, y), egui::pos2(to - 7.0, y - 6.0)], stroke);
        painter.line_segment([egui::pos2(to, y), egui::pos2(to - 7.0, y + 6.0)], stroke);

        let (add, painter) = ui.allocate_painter(egui::vec2(size, size), egui::Sense::hover());
        describe_picture(&add, &loc.t("install-ios-add"));
        let rect = add.rect.shrink(10.0);
        let stroke = egui::Stroke::new(3.0, accent);
        painter.rect_stroke(
            rect,
            egui::CornerRadius::same(6),
            stroke,
            egui::StrokeKind::Inside,
        );
        let centre = rect.center();
        let arm = rect.width() * 0.25;
        painter.line_segment(
            [centre - egui::vec2(arm, 0.0), centre + egui::vec2(arm, 0.0)],
            stroke,
        );
        painter.line_segment(
            [centre - egui::vec2(0.0, arm), centre + egui::vec2(0.0, arm)],
            stroke,
        );
    });
}

/// The update's line in the notices card: what is ready, Restart and Later.
pub fn update_offer(ui: &mut egui::Ui, loc: &Localizer, input: &mut Vec<WebAppInput>) {
    paragraph(ui, &loc.t("update-ready"));
    ui.horizontal_wrapped(|ui| {
        if primary_button(ui, &loc.t("update-restart")).clicked() {
            input.push(WebAppInput::Restart);
        }
        if secondary_button(ui, &loc.t("update-later")).clicked() {
            input.push(WebAppInput::PutOffUpdate);
        }
    });
}
