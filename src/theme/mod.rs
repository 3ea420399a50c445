//! The look of every screen: a calm clinical palette, large text and touch-sized controls.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::settings::Settings;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        apply_style.before(crate::screens::ScreenViews),
    );
}

/// Body text size in points at text scale 1 (the floor is 18 px).
pub const BODY_SIZE: f32 = 20.0;
/// Minimum height and width of anything tappable (WCAG target size, Apple and Android guides).
pub const TARGET_SIZE: f32 = 48.0;
/// Widest a column of reading text gets, in points.
pub const READING_WIDTH: f32 = 760.0;

/// Colours as sRGB bytes, so tests can measure contrast without a renderer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: [u8; 3],
    pub surface: [u8; 3],
    pub text: [u8; 3],
    pub text_muted: [u8; 3],
    pub accent: [u8; 3],
    pub on_accent: [u8; 3],
    pub accent_soft: [u8; 3],
    pub border: [u8; 3],
    pub right: [u8; 3],
    pub wrong: [u8; 3],
    pub right_soft: [u8; 3],
    pub wrong_soft: [u8; 3],
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: [0xF3, 0xF6, 0xF7],
        surface: [0xFF, 0xFF, 0xFF],
        text: [0x1B, 0x28, 0x30],
        text_muted: [0x4A, 0x5A, 0x64],
        accent: [0x0B, 0x63, 0x6E],
        on_accent: [0xFF, 0xFF, 0xFF],
        accent_soft: [0xDC, 0xEF, 0xF1],
        border: [0xB8, 0xC6, 0xCC],
        right: [0x1B, 0x66, 0x37],
        wrong: [0x9E, 0x24, 0x28],
        right_soft: [0xE3, 0xF4, 0xE8],
        wrong_soft: [0xFB, 0xE7, 0xE7],
    };

    /// Every text colour with every background it is drawn on.
    pub fn text_pairs(&self) -> Vec<(&'static str, [u8; 3], [u8; 3])> {
        let mut pairs = Vec::new();
        for (bg_name, bg) in [
            ("background", self.background),
            ("surface", self.surface),
            ("accent_soft", self.accent_soft),
        ] {
            for (fg_name, fg) in [
                ("text", self.text),
                ("text_muted", self.text_muted),
                ("accent", self.accent),
            ] {
                pairs.push((leak(format!("{fg_name} on {bg_name}")), fg, bg));
            }
        }
        pairs.push(("on_accent on accent", self.on_accent, self.accent));
        pairs.push(("right on right_soft", self.right, self.right_soft));
        pairs.push(("wrong on wrong_soft", self.wrong, self.wrong_soft));
        pairs.push(("text on right_soft", self.text, self.right_soft));
        pairs.push(("text on wrong_soft", self.text, self.wrong_soft));
        pairs
    }

    pub fn background_color(&self) -> Color {
        let [r, g, b] = self.background;
        Color::srgb_u8(r, g, b)
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// egui colour from palette bytes.
pub fn c(rgb: [u8; 3]) -> egui::Color32 {
    egui::Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// WCAG 2 relative luminance of an sRGB colour.
pub fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG 2 contrast ratio between two colours, from 1 to 21.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The egui style for a palette.
pub fn style(palette: &Palette) -> egui::Style {
    use egui::{FontFamily, FontId, TextStyle};
    let mut style = egui::Style {
        text_styles: [
            (
                TextStyle::Heading,
                FontId::new(30.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(18.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(18.0, FontFamily::Monospace),
            ),
        ]
        .into(),
        ..default()
    };
    style.spacing.interact_size = egui::vec2(TARGET_SIZE, TARGET_SIZE);
    style.spacing.button_padding = egui::vec2(18.0, 10.0);
    style.spacing.item_spacing = egui::vec2(12.0, 12.0);
    style.spacing.icon_width = 28.0;
    style.spacing.icon_width_inner = 16.0;
    style.spacing.scroll.bar_width = 12.0;

    let mut visuals = egui::Visuals::light();
    visuals.override_text_color = Some(c(palette.text));
    visuals.panel_fill = egui::Color32::TRANSPARENT;
    visuals.window_fill = c(palette.surface);
    visuals.extreme_bg_color = c(palette.surface);
    visuals.faint_bg_color = c(palette.accent_soft);
    visuals.hyperlink_color = c(palette.accent);
    visuals.selection.bg_fill = c(palette.accent_soft);
    visuals.selection.stroke = egui::Stroke::new(2.0, c(palette.accent));
    let radius = egui::CornerRadius::same(10);
    for (widget, fill, stroke) in [
        (
            &mut visuals.widgets.inactive,
            palette.surface,
            palette.border,
        ),
        (
            &mut visuals.widgets.hovered,
            palette.accent_soft,
            palette.accent,
        ),
        (
            &mut visuals.widgets.active,
            palette.accent_soft,
            palette.accent,
        ),
        (
            &mut visuals.widgets.open,
            palette.accent_soft,
            palette.accent,
        ),
    ] {
        widget.bg_fill = c(fill);
        widget.weak_bg_fill = c(fill);
        widget.bg_stroke = egui::Stroke::new(1.5, c(stroke));
        widget.fg_stroke = egui::Stroke::new(2.0, c(palette.text));
        widget.corner_radius = radius;
    }
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, c(palette.text));
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, c(palette.border));
    visuals.widgets.noninteractive.corner_radius = radius;
    style.visuals = visuals;
    style
}

/// The `DejaVu` Sans font (sturdier strokes than egui's light default, with arrows and check marks),
/// subset by `scripts/subset-font.sh`; egui's fonts stay behind it for emoji.
pub fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans-Scarwise.ttf"
        ))),
    );
    fonts.font_data.insert(
        "DejaVuSans-Bold".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans-Bold-Scarwise.ttf"
        ))),
    );
    let fallbacks = fonts.families[&egui::FontFamily::Proportional].clone();
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "DejaVuSans".to_owned());
    }
    let bold = std::iter::once("DejaVuSans-Bold".to_owned())
        .chain(fallbacks)
        .collect();
    fonts
        .families
        .insert(egui::FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// Name of the bold font family.
pub const BOLD: &str = "bold";

/// Text in the bold face, for headings inside cards and source tags.
pub fn bold(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(egui::FontFamily::Name(BOLD.into()))
}

/// The palette with the clinic's accent colour, when its config gives one (the config check
/// has made sure it keeps text readable).
pub fn clinic_palette(accent: Option<[u8; 3]>) -> Palette {
    Palette {
        accent: accent.unwrap_or(Palette::LIGHT.accent),
        ..Palette::LIGHT
    }
}

fn apply_style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    clinic: Option<Res<crate::clinic::Clinic>>,
    mut applied: Local<Option<f32>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if applied.is_none() {
        ctx.set_fonts(fonts());
        let accent = clinic.and_then(|c| c.config.accent);
        ctx.set_global_style(style(&clinic_palette(accent)));
    }
    if *applied != Some(settings.text_scale) {
        ctx.set_zoom_factor(settings.text_scale);
        *applied = Some(settings.text_scale);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast_ratio([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing grey: 4.54:1.
        let grey = contrast_ratio([0x76, 0x76, 0x76], [255, 255, 255]);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }

    #[test]
    fn every_text_pair_meets_wcag_aa() {
        let failures: Vec<String> = Palette::LIGHT
            .text_pairs()
            .into_iter()
            .map(|(name, fg, bg)| (name, contrast_ratio(fg, bg)))
            .filter(|(_, ratio)| *ratio < 4.5)
            .map(|(name, ratio)| format!("{name}: {ratio:.2}:1"))
            .collect();
        assert!(failures.is_empty(), "below 4.5:1: {failures:?}");
    }

    #[test]
    fn body_text_and_targets_are_large_enough() {
        let style = style(&Palette::LIGHT);
        for (text_style, font) in &style.text_styles {
            assert!(font.size >= 18.0, "{text_style:?} is {} px", font.size);
        }
        assert!(style.spacing.interact_size.y >= 44.0);
    }
}
