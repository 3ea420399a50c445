//! The colours: the light and high-contrast palettes, the clinic's accent, and how the
//! palette a view draws with travels (in the egui context's data, and as a Bevy resource).

use bevy::prelude::*;
use bevy_egui::egui;

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

    /// The palette the theme applied to this `Ui`'s context (light if none was applied yet).
    pub fn of(ui: &egui::Ui) -> Palette {
        Palette::of_ctx(ui.ctx())
    }

    /// The palette the theme applied to this context (light if none was applied yet).
    pub fn of_ctx(ctx: &egui::Context) -> Palette {
        Palette::remembered(ctx).unwrap_or(Palette::LIGHT)
    }

    /// The palette kept in this context's memory, if the theme has put one there.
    pub fn remembered(ctx: &egui::Context) -> Option<Palette> {
        ctx.data(|d| d.get_temp(palette_id()))
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

/// Where the applied palette is kept in egui's memory.
fn palette_id() -> egui::Id {
    egui::Id::new("scarwise-palette")
}

/// Keeps `palette` in the context's memory for `Palette::of`, unless it is there already
/// (egui's memory is wiped at a kiosk visit's end, so this runs every frame, not only when
/// the palette changes).
pub(super) fn remember(ctx: &egui::Context, palette: Palette) {
    if Palette::remembered(ctx) != Some(palette) {
        ctx.data_mut(|d| d.insert_temp(palette_id(), palette));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn hex([r, g, b]: [u8; 3]) -> String {
        format!("#{r:02X}{g:02X}{b:02X}")
    }

    /// The browser build's page and its installed-app manifest paint before the app does: in
    /// the palette's colours, so the splash screen, the loading page and the app match.
    #[test]
    fn the_web_page_and_manifest_use_the_palette() {
        let manifest = include_str!("../../web/manifest.webmanifest");
        let style = include_str!("../../web/style.css");
        let (accent, background) = (hex(Palette::LIGHT.accent), hex(Palette::LIGHT.background));
        assert!(
            manifest.contains(&format!("\"theme_color\": \"{accent}\"")),
            "manifest theme_color should be {accent}"
        );
        assert!(
            manifest.contains(&format!("\"background_color\": \"{background}\"")),
            "manifest background_color should be {background}"
        );
        assert!(
            style.contains(&format!("background: {background}")),
            "style.css"
        );
        assert!(style.contains(&format!("color: {accent}")), "style.css");
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

    #[test]
    fn a_context_without_a_palette_draws_light_and_remembers_the_one_given() {
        let ctx = egui::Context::default();
        assert_eq!(Palette::of_ctx(&ctx), Palette::LIGHT);
        remember(&ctx, Palette::HIGH_CONTRAST);
        assert_eq!(Palette::of_ctx(&ctx), Palette::HIGH_CONTRAST);
    }
}
