//! Taking the summary home: the QR code card under the summary, and the screen a summary
//! opened from such a code shows (the browser's `#summary=` address).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::read_aloud::Voice;
use crate::clinic::KioskMode;
use crate::consult::export::Style;
use crate::consult::qr::{Code, QUIET_ZONE};
use crate::consult::take_home::{
    ExportReceived, Received, ShareCode, left_out_note, received_lines,
};
use crate::i18n::Localizer;
use crate::read_aloud::Passage;
use crate::state::Nav;
use crate::theme::widgets::{card, describe_picture, heading, page, paragraph, primary_button};
use crate::theme::{Palette, bold, c};

/// The largest a code is drawn, in points: a camera reads it from arm's length, and the
/// summary stays in view beside or under it.
const MAX_SIDE: f32 = 360.0;

/// Screen pixels a module at least, where the room allows: a phone camera reads 3-pixel
/// modules from a laptop or kiosk screen.
const MIN_MODULE_PIXELS: f32 = 3.0;

/// The card with the summary's code (kiosk, desktop and browser: the phone app makes none),
/// under the summary's buttons: on a kiosk it is the one way to keep the summary. The code
/// sits beside its words where the column is wide enough, above them where not.
pub(super) fn code_card(ui: &mut egui::Ui, loc: &Localizer, code: &ShareCode) {
    let Some(take_home) = &code.0 else {
        return;
    };
    let words = |ui: &mut egui::Ui| {
        heading(ui, loc.t("prep-share-heading"), 2);
        paragraph(
            ui,
            &loc.t(if take_home.link {
                "prep-share-link-body"
            } else {
                "prep-share-text-body"
            }),
        );
        let left_out = &take_home.fitted.left_out;
        if !left_out.is_empty() {
            ui.label(bold(left_out_note(loc, left_out)));
        }
    };
    let name = loc.t("prep-share-code-name");
    card(ui, Palette::of(ui).surface).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if ui.available_width() >= 2.0 * MAX_SIDE {
            ui.horizontal(|ui| {
                draw_code(ui, &take_home.fitted.code, &name);
                ui.add_space(12.0);
                ui.vertical(words);
            });
        } else {
            // The code first: on a narrow screen it must not end below the fold.
            ui.vertical_centered(|ui| draw_code(ui, &take_home.fitted.code, &name));
            ui.add_space(6.0);
            words(ui);
        }
    });
}

/// Draws `code` black on white whatever the theme, quiet zone included, each module a whole
/// number of screen pixels.
pub fn draw_code(ui: &mut egui::Ui, code: &Code, name: &str) {
    let ppp = ui.ctx().pixels_per_point();
    let modules = code.outer_width() as f32;
    // Whole pixels a module: as many as MAX_SIDE gives, at least MIN_MODULE_PIXELS (a dense
    // code grows past MAX_SIDE for that), never more than the width and most of the height.
    let room = ui
        .available_width()
        .min(ui.ctx().content_rect().height() * 0.8);
    let wanted = (MAX_SIDE * ppp / modules).floor().max(MIN_MODULE_PIXELS);
    let module_pixels = wanted.min((room * ppp / modules).floor()).max(1.0);
    let module = module_pixels / ppp;
    let side = module * modules;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    describe_picture(&response, name);
    let snap = |v: f32| (v * ppp).round() / ppp;
    let origin = egui::pos2(snap(rect.min.x), snap(rect.min.y));
    let painter = ui.painter();
    painter.rect_filled(
        egui::Rect::from_min_size(origin, egui::vec2(side, side)),
        0.0,
        egui::Color32::WHITE,
    );
    let mut mesh = egui::Mesh::default();
    let inner = origin + egui::vec2(QUIET_ZONE as f32 * module, QUIET_ZONE as f32 * module);
    for run in code.runs() {
        let min = inner + egui::vec2(run.x as f32 * module, run.y as f32 * module);
        let size = egui::vec2(run.len as f32 * module, module);
        mesh.add_colored_rect(egui::Rect::from_min_size(min, size), egui::Color32::BLACK);
    }
    painter.add(egui::Shape::mesh(mesh));
}

/// A summary opened from a code's link: the summary, what the code had to leave out, and
/// "Save as PDF" and "Start learning".
pub(super) fn show_received(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    received: Res<Received>,
    kiosk: Res<KioskMode>,
    mut export: MessageWriter<ExportReceived>,
    mut nav: MessageWriter<Nav>,
    mut voice: Voice,
) -> Result {
    let Some(shared) = &received.0 else {
        return Ok(());
    };
    let lines = received_lines(shared, &loc);
    let passage = summary_passage(&loc, "received", &lines);
    page(contexts.ctx_mut()?, |ui| {
        paragraph(ui, &loc.t("prep-received-note"));
        ui.horizontal_wrapped(|ui| {
            if !kiosk.0 && primary_button(ui, &loc.t("prep-save-pdf")).clicked() {
                export.write(ExportReceived);
            }
            if primary_button(ui, &loc.t("title-start")).clicked() {
                nav.write(Nav::Start);
            }
        });
        if !shared.left_out.is_empty() {
            ui.label(bold(left_out_note(&loc, &shared.left_out)));
        }
        voice.controls(ui, &loc, &passage);
        card(ui, Palette::of(ui).surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            summary_text(ui, &mut voice, &passage, &lines);
        });
    });
    Ok(())
}

/// What "Read aloud" reads of a summary: its lines, in the language they are written in.
pub(super) fn summary_passage(loc: &Localizer, key: &str, lines: &[(Style, String)]) -> Passage {
    Passage {
        key: key.to_owned(),
        language: loc.current().to_string(),
        blocks: lines.iter().map(|(_, text)| text.clone()).collect(),
        module: None,
    }
}

/// The summary's lines (the blocks of `passage`), styled as on the summary screen, the one
/// being read aloud highlighted.
pub(super) fn summary_text(
    ui: &mut egui::Ui,
    voice: &mut Voice,
    passage: &Passage,
    lines: &[(Style, String)],
) {
    for (block, (style, text)) in lines.iter().enumerate() {
        match style {
            Style::Title => {
                voice.heading_styled(ui, passage, block, bold(text).size(28.0), 1);
            }
            Style::Heading => {
                ui.add_space(8.0);
                voice.heading_styled(ui, passage, block, bold(text).size(22.0), 2);
            }
            Style::Body => voice.paragraph(ui, passage, block),
            Style::Note => {
                let note = egui::RichText::new(text).color(c(Palette::of(ui).text_muted));
                voice.label(ui, passage, block, note);
            }
        }
    }
}
