//! The fonts every screen draws with, and the bold family.

use bevy_egui::egui;

/// The `DejaVu` Sans font (sturdier strokes than egui's light default, with arrows and check
/// marks) and Noto Sans CJK SC for Chinese, both subset by `scripts/subset-font.sh`.
///
/// Chinese is Noto Sans CJK SC cut down to the characters the Chinese text uses (about
/// 1,000). The desktop and phone apps have it built in. The browser build holds only the
/// characters of the language's own name, for the language pickers, so no one downloads
/// Chinese letters they will not read; the whole font is fetched when Chinese is shown
/// ([`fonts_with_chinese`], `theme/chinese_font.rs`).
pub fn fonts() -> egui::FontDefinitions {
    #[cfg(not(target_arch = "wasm32"))]
    let chinese: &'static [u8] = include_bytes!("../../assets/fonts/NotoSansSC-Scarwise.otf");
    #[cfg(target_arch = "wasm32")]
    let chinese: &'static [u8] = CHINESE_NAMES;
    definitions(egui::FontData::from_static(chinese))
}

/// [`fonts`] with the whole Chinese font, from its bytes.
pub fn fonts_with_chinese(font: Vec<u8>) -> egui::FontDefinitions {
    definitions(egui::FontData::from_owned(font))
}

/// Only the glyphs of the language names (简体中文), from the same font.
#[cfg_attr(
    not(any(target_arch = "wasm32", test)),
    expect(dead_code, reason = "the browser's stand-in until the font arrives")
)]
const CHINESE_NAMES: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Names.otf");

fn definitions(chinese: egui::FontData) -> egui::FontDefinitions {
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
    // Bold Chinese uses the regular face.
    fonts
        .font_data
        .insert("NotoSansSC".to_owned(), std::sync::Arc::new(chinese));
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

/// Name of the bold font family.
pub const BOLD: &str = "bold";

/// Text in the bold face, for headings inside cards and source tags.
pub fn bold(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(egui::FontFamily::Name(BOLD.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The browser's stand-in for the Chinese font draws every language's own name, so the
    /// language pickers read right before the whole font is fetched.
    #[test]
    fn the_browsers_stand_in_draws_every_language_name() {
        let face = ttf_parser::Face::parse(CHINESE_NAMES, 0).expect("a valid font");
        let latin = ttf_parser::Face::parse(
            include_bytes!("../../assets/fonts/DejaVuSans-Scarwise.ttf"),
            0,
        )
        .expect("a valid font");
        let mut checked = 0;
        for locale in crate::i18n::LOCALES {
            for ch in locale.native_name.chars() {
                checked += 1;
                assert!(
                    latin.glyph_index(ch).is_some() || face.glyph_index(ch).is_some(),
                    "{:?} of {} has no glyph before the Chinese font arrives",
                    ch,
                    locale.native_name
                );
            }
        }
        assert!(checked > 20, "checked {checked} characters");
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
}
