//! The look of every screen: a calm clinical palette, large text and touch-sized controls.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::settings::Settings;

pub mod widgets;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        apply_style.before(crate::state::ScreenViews),
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

    /// Black on white with strong borders, for low vision (Settings, "High contrast").
    pub const HIGH_CONTRAST: Palette = Palette {
        background: [0xFF, 0xFF, 0xFF],
        surface: [0xFF, 0xFF, 0xFF],
        text: [0x00, 0x00, 0x00],
        text_muted: [0x1F, 0x1F, 0x1F],
        accent: [0x00, 0x33, 0x99],
        on_accent: [0xFF, 0xFF, 0xFF],
        accent_soft: [0xE6, 0xEE, 0xFF],
        border: [0x00, 0x00, 0x00],
        right: [0x00, 0x4D, 0x1A],
        wrong: [0x8A, 0x00, 0x00],
        right_soft: [0xE8, 0xFF, 0xEE],
        wrong_soft: [0xFF, 0xEB, 0xEB],
    };

    /// The palette every view draws with now: light or high contrast, with the clinic's accent.
    /// One per process, like the egui style it feeds (set by the theme plugin each time the
    /// patient changes it).
    pub fn current() -> Palette {
        *CURRENT
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn set_current(palette: Palette) {
        *CURRENT
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = palette;
    }

    /// The palette for the patient's settings and the clinic's accent colour.
    pub fn for_settings(high_contrast: bool, accent: Option<[u8; 3]>) -> Palette {
        if high_contrast {
            // The clinic's accent would lower the contrast the patient asked for.
            Palette::HIGH_CONTRAST
        } else {
            clinic_palette(accent)
        }
    }

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

static CURRENT: std::sync::RwLock<Palette> = std::sync::RwLock::new(Palette::LIGHT);

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
    // High contrast draws every control's edge in full-strength black, thicker.
    let high_contrast = palette.border == palette.text;
    let edge = if high_contrast { 2.5 } else { 1.5 };
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
        widget.bg_stroke = egui::Stroke::new(edge, c(stroke));
        widget.fg_stroke = egui::Stroke::new(2.0, c(palette.text));
        widget.corner_radius = radius;
    }
    // The keyboard focus ring: egui draws a focused control with the `active` look, so a
    // thick accent edge there is the visible focus (WCAG 2.4.7, at least 3:1 against the page).
    visuals.widgets.active.bg_stroke = egui::Stroke::new(3.5, c(palette.accent));
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, c(palette.text));
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(edge - 0.5, c(palette.border));
    visuals.widgets.noninteractive.corner_radius = radius;
    style.visuals = visuals;
    style
}

/// The `DejaVu` Sans font (sturdier strokes than egui's light default, with arrows and check
/// marks) and Noto Sans CJK SC for Chinese, both subset by `scripts/subset-font.sh`.
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
    // Chinese: Noto Sans CJK SC cut down to the characters the Chinese text uses (about
    // 1,000), so everyone's download stays small. Bold Chinese uses the regular face.
    fonts.font_data.insert(
        "NotoSansSC".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/NotoSansSC-Scarwise.otf"
        ))),
    );
    // egui's own fonts are not built in (they would add about 1 MB to the web download).
    let fallbacks = fonts
        .families
        .get(&egui::FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        list.insert(0, "DejaVuSans".to_owned());
        list.insert(1, "NotoSansSC".to_owned());
    }
    let bold = ["DejaVuSans-Bold".to_owned(), "NotoSansSC".to_owned()]
        .into_iter()
        .chain(fallbacks)
        .collect();
    fonts
        .families
        .insert(egui::FontFamily::Name(BOLD.into()), bold);
    fonts
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

/// Name of the bold font family.
pub const BOLD: &str = "bold";

/// Text in the bold face, for headings inside cards and source tags.
pub fn bold(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(egui::FontFamily::Name(BOLD.into()))
}

/// The clinic's accent colour, if its config gives one (set by `clinic`).
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accent(pub Option<[u8; 3]>);

/// The palette with the clinic's accent colour, when its config gives one (the config check
/// has made sure it keeps text readable).
pub fn clinic_palette(accent: Option<[u8; 3]>) -> Palette {
    Palette {
        accent: accent.unwrap_or(Palette::LIGHT.accent),
        ..Palette::LIGHT
    }
}

/// A press counts as a click however long it lasts and however slowly the device draws, as
/// a button on a web page does. egui times a press by the frames that saw it go down and up
/// (not by the events), and by default calls it a long press, not a click, after 0.8 s: with
/// software rendering (a browser or kiosk without a GPU draws a frame in a second or more;
/// measured here in headless Chromium), a quick tap whose press and release land in two
/// frames was silently lost; so would be a slow, shaky press. Nothing in the app uses long
/// presses (the kiosk's admin corner times its own hold), and with no limit egui also stops
/// waking the app to look for one while a finger is down.
pub fn patient_input(options: &mut egui::Options) {
    options.input_options.max_click_duration = f64::INFINITY;
}

fn apply_style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    accent: Option<Res<Accent>>,
    mut clear: ResMut<ClearColor>,
    mut fonts_set: Local<bool>,
    mut applied_scale: Local<Option<f32>>,
    mut applied_palette: Local<Option<Palette>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !*fonts_set {
        ctx.set_fonts(fonts());
        ctx.options_mut(patient_input);
        *fonts_set = true;
    }
    let accent = accent.and_then(|a| a.0);
    let palette = Palette::for_settings(settings.high_contrast, accent);
    if *applied_palette != Some(palette) {
        Palette::set_current(palette);
        ctx.set_global_style(style(&palette));
        clear.0 = palette.background_color();
        *applied_palette = Some(palette);
    }
    if *applied_scale != Some(settings.text_scale) {
        ctx.set_zoom_factor(settings.text_scale);
        *applied_scale = Some(settings.text_scale);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One frame at `time` seconds with `events`; whether the button was clicked.
    fn button_frame(ctx: &egui::Context, time: f64, events: Vec<egui::Event>) -> bool {
        let input = egui::RawInput {
            time: Some(time),
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(400.0, 300.0),
            )),
            events,
            ..Default::default()
        };
        let mut clicked = false;
        let mut output = ctx.run_ui(input, |ui| {
            clicked = ui
                .add_sized([200.0, 100.0], egui::Button::new("Next"))
                .clicked();
        });
        // No renderer here to take the font texture.
        output.textures_delta.clear();
        clicked
    }

    #[test]
    fn a_tap_split_over_two_slow_frames_still_clicks() {
        let pos = egui::pos2(100.0, 50.0);
        let press = |pressed| egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        // The press lands in one frame, the release in the next, `up_at` seconds later.
        let tap = |ctx: &egui::Context, up_at: f64| {
            button_frame(ctx, 0.0, vec![]);
            button_frame(ctx, 0.1, vec![egui::Event::PointerMoved(pos)]);
            let down = button_frame(ctx, 0.2, vec![press(true)]);
            let up = button_frame(ctx, up_at, vec![press(false)]);
            down || up
        };
        // A slow frame of 1.5 s: egui's default calls that a long press and drops the click ...
        assert!(!tap(&egui::Context::default(), 1.7));
        // ... the app's input options keep it, and a press held for half a minute too.
        for up_at in [1.7, 30.0] {
            let ctx = egui::Context::default();
            ctx.options_mut(patient_input);
            assert!(tap(&ctx, up_at), "released at {up_at} s");
        }
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast_ratio([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing grey: 4.54:1.
        let grey = contrast_ratio([0x76, 0x76, 0x76], [255, 255, 255]);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }

    /// Every theme the app can show: light, high contrast, and light with the sample clinic's
    /// accent (the config check refuses accents that would fail; see `clinic::config`).
    fn themes() -> [(&'static str, Palette); 3] {
        [
            ("light", Palette::for_settings(false, None)),
            (
                "high contrast",
                Palette::for_settings(true, Some([0x5A, 0x2D, 0x82])),
            ),
            (
                "light, clinic accent",
                Palette::for_settings(false, Some([0x5A, 0x2D, 0x82])),
            ),
        ]
    }

    #[test]
    fn every_text_pair_of_every_theme_meets_wcag_aa() {
        let mut failures = Vec::new();
        for (theme, palette) in themes() {
            for (name, fg, bg) in palette.text_pairs() {
                let ratio = contrast_ratio(fg, bg);
                // Body text: 4.5:1 (WCAG 1.4.3). High contrast aims for AAA, 7:1.
                let floor = if theme == "high contrast" { 7.0 } else { 4.5 };
                println!("{theme:>22}: {name:<26} {ratio:>5.2}:1");
                if ratio < floor {
                    failures.push(format!("{theme}: {name}: {ratio:.2}:1 < {floor}"));
                }
            }
            // Control edges and the focus ring against the page: 3:1 (WCAG 1.4.11).
            for (name, colour) in [
                ("focus ring", palette.accent),
                ("right mark", palette.right),
                ("wrong mark", palette.wrong),
            ] {
                for (bg_name, bg) in [
                    ("background", palette.background),
                    ("surface", palette.surface),
                ] {
                    let ratio = contrast_ratio(colour, bg);
                    if ratio < 3.0 {
                        failures.push(format!("{theme}: {name} on {bg_name}: {ratio:.2}:1 < 3"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "too little contrast: {failures:?}");
    }

    #[test]
    fn high_contrast_is_stronger_than_light_everywhere() {
        let light = Palette::LIGHT.text_pairs();
        let high = Palette::HIGH_CONTRAST.text_pairs();
        for ((name, fg, bg), (_, hfg, hbg)) in light.into_iter().zip(high) {
            assert!(
                contrast_ratio(hfg, hbg) >= contrast_ratio(fg, bg),
                "{name} is weaker in high contrast"
            );
        }
        assert_eq!(
            Palette::for_settings(true, Some([0xAA, 0, 0])).accent,
            Palette::HIGH_CONTRAST.accent
        );
    }

    /// Every character of every shipped language has a glyph in the fonts the app ships, for
    /// the regular and the bold family: no boxes in Chinese, no missing accents in French.
    /// (egui's own `has_glyph` cannot tell here: it counts the face that holds the
    /// replacement glyph as missing.)
    #[test]
    fn every_character_of_every_language_has_a_glyph() {
        let definitions = fonts();
        let face = |name: &str| {
            let data = &definitions.font_data[name];
            ttf_parser::Face::parse(&data.font, data.index).expect("a valid font")
        };
        let families = [
            (
                "regular",
                &definitions.families[&egui::FontFamily::Proportional],
            ),
            (
                "bold",
                &definitions.families[&egui::FontFamily::Name(BOLD.into())],
            ),
        ];
        let covered =
            |names: &Vec<String>, ch: char| names.iter().any(|n| face(n).glyph_index(ch).is_some());
        let mut missing = std::collections::BTreeSet::new();
        let mut checked = 0;
        let mut shown: Vec<(String, char)> = Vec::new();
        for locale in crate::i18n::LOCALES {
            for (file, text) in locale.files {
                let label = format!("{}/{file}", locale.tag);
                let chars = text
                    .lines()
                    .filter(|line| !line.trim_start().starts_with('#'))
                    .flat_map(str::chars)
                    .chain(locale.native_name.chars());
                shown.extend(
                    chars
                        .filter(|c| !c.is_control())
                        .map(|c| (label.clone(), c)),
                );
            }
        }
        // The marks views draw themselves (right, wrong, ticked, stars, status, PIN dots...).
        shown.extend(
            "✔✘✖☑★☆▶○●•…←→↑↓☎⚠−€“”‘’–—"
                .chars()
                .map(|c| ("symbols".to_owned(), c)),
        );
        shown.sort();
        shown.dedup();
        for (label, ch) in shown {
            checked += 1;
            for (family, names) in &families {
                if !covered(names, ch) {
                    missing.insert(format!("{label} ({family}): {ch:?} U+{:04X}", ch as u32));
                }
            }
        }
        assert!(checked > 500, "checked {checked} characters");
        let first: Vec<&String> = missing.iter().take(40).collect();
        assert!(
            missing.is_empty(),
            "{} without a glyph (run scripts/subset-font.sh): {first:?}",
            missing.len()
        );
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
