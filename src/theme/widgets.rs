//! Building blocks every view draws with: the page frame, buttons, cards and text.

use bevy_egui::egui;

use crate::i18n::Localizer;
use crate::launch::SafeArea;
use crate::theme::{Palette, READING_WIDTH, TARGET_SIZE, c};

/// Lays out a screen: a centred reading column that scrolls when it does not fit.
pub fn page(ctx: &egui::Context, add: impl FnOnce(&mut egui::Ui)) {
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(content_rect(ctx)),
    );
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(16, 12)))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let width = ui.available_width().min(READING_WIDTH);
                    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
                    ui.horizontal(|ui| {
                        ui.add_space(margin);
                        ui.vertical(|ui| {
                            ui.set_width(width);
                            add(ui);
                            ui.add_space(24.0);
                            scroll_to_new_focus(ui);
                        });
                    });
                });
        });
}

/// Keeps the keyboard focus in view: when a control gained the focus in this pass (Tab,
/// Shift+Tab, a screen reader's request), the page scrolls just enough to show it, as a web
/// page does (egui scrolls only when asked). Called inside the page's scroll area.
fn scroll_to_new_focus(ui: &egui::Ui) {
    let ctx = ui.ctx();
    if let Some(response) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
        .filter(egui::Response::gained_focus)
    {
        response.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
    }
}

/// The main action of a screen: filled with the accent colour (the clinic's, when it sets one;
/// the style carries it as the link colour).
pub fn primary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let palette = Palette::of(ui);
    let accent = ui.visuals().hyperlink_color;
    ui.add(
        egui::Button::new(
            egui::RichText::new(text)
                .color(c(palette.on_accent))
                .strong(),
        )
        .fill(accent)
        .min_size(egui::vec2(TARGET_SIZE * 3.0, TARGET_SIZE)),
    )
}

/// Any other action: outlined.
pub fn secondary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Button::new(text).min_size(egui::vec2(TARGET_SIZE, TARGET_SIZE)))
}

/// One option of a row the patient picks from (a language, an answer, a lens): framed when
/// picked, as tall as any target and at least `min_width` wide (`TARGET_SIZE` for a short
/// word; more where a row's options should line up).
pub fn choice<'a>(
    ui: &mut egui::Ui,
    selected: bool,
    text: impl egui::IntoAtoms<'a>,
    min_width: f32,
) -> egui::Response {
    ui.add(
        egui::Button::selectable(selected, text)
            .min_size(egui::vec2(min_width.max(TARGET_SIZE), TARGET_SIZE)),
    )
}

/// A rounded card filled with `fill`, edged in the palette's border colour.
pub fn card(ui: &egui::Ui, fill: [u8; 3]) -> egui::Frame {
    egui::Frame::new()
        .fill(c(fill))
        .stroke(egui::Stroke::new(1.0, c(Palette::of(ui).border)))
        .corner_radius(egui::CornerRadius::same(12))
        .inner_margin(egui::Margin::same(16))
}

/// A heading that screen readers announce as one, with its level (to egui's own tree a
/// heading is plain text, so a reader could not jump between them): 1 for a screen's title,
/// 2 for a section's or a card's. Drawn in the heading text style.
pub fn heading(ui: &mut egui::Ui, text: impl Into<egui::RichText>, level: usize) -> egui::Response {
    let text = text.into().heading();
    let name = text.text().to_owned();
    let response = ui.label(text);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        node.set_label(name);
    });
    response
}

/// Reading text that wraps.
pub fn paragraph(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

/// A small line naming the sources a page or answer rests on.
pub fn sources_line(ui: &mut egui::Ui, loc: &Localizer, tags: &[String]) {
    let text = format!("{} {}", loc.t("sources-label"), tags.join(", "));
    ui.add(
        egui::Label::new(
            egui::RichText::new(text)
                .text_style(egui::TextStyle::Small)
                .color(c(Palette::of(ui).text_muted)),
        )
        .wrap(),
    );
}

/// Where the safe-area insets are kept in egui's memory (the platform layer puts them there).
pub const SAFE_AREA_KEY: &str = "scarwise-safe-area";

/// The screen area content may use: the whole screen minus the safe-area insets.
pub fn content_rect(ctx: &egui::Context) -> egui::Rect {
    let insets: SafeArea = ctx
        .data(|d| d.get_temp(egui::Id::new(SAFE_AREA_KEY)))
        .unwrap_or_default();
    insets.inside(ctx.content_rect())
}
/// Tells screen readers what a drawn picture shows (the words are in `a11y.ftl`).
pub fn describe_picture(response: &egui::Response, description: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, description));
}

/// Gives a control whose face is only a symbol or a colour a name for screen readers.
pub fn name_control(response: &egui::Response, name: &str) {
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::WidgetType::Button, response.enabled(), name)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The size `choice` takes for a short word at `min_width`, on a bare egui context (no
    /// theme style, so egui's own 18-point control height).
    fn choice_size(min_width: f32) -> egui::Vec2 {
        let ctx = egui::Context::default();
        let mut size = egui::Vec2::ZERO;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            size = choice(ui, true, "No", min_width).rect.size();
        });
        output.textures_delta.clear();
        size
    }

    #[test]
    fn a_choice_is_a_full_target_and_as_wide_as_its_row_asks() {
        assert_eq!(
            choice_size(TARGET_SIZE * 2.0),
            egui::vec2(96.0, TARGET_SIZE)
        );
        // Never narrower than a target, whatever the row asks.
        assert_eq!(choice_size(10.0), egui::vec2(TARGET_SIZE, TARGET_SIZE));
    }
}
