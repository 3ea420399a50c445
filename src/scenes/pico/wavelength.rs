//! Wavelength depth: how deep each laser wavelength reaches and how much of it the top
//! layer's pigment takes (the model), and the scene that shows it.

use bevy_egui::egui;

use super::{HEAT, PIGMENT};
use crate::illustration::labels;
use crate::scenes::canvas::{self, Shapes, mix, rgb, with_alpha};
use crate::scenes::{SceneCtx, skin_tone, small_font, tone_picker};
use crate::theme::widgets::{choice, paragraph};
use crate::theme::{Palette, TARGET_SIZE, c};

/// How deep each wavelength reaches and how much the top layer's pigment takes of it. The
/// evidence brief gives the order (longer reaches deeper, and is gentler on pigment in the top
/// layer), not the depths: the drawing's values are illustrative.
pub const WAVELENGTHS_NM: [u32; 3] = [532, 755, 1064];

/// Depth reached as a share of the drawn skin (epidermis to the fat).
pub fn reach(nm: u32) -> f32 {
    match nm {
        532 => 0.3,
        755 => 0.6,
        _ => 0.9,
    }
}

/// Share of the light the pigment in the top layer takes up (0 to 1).
pub fn pigment_uptake(nm: u32) -> f32 {
    match nm {
        532 => 0.9,
        755 => 0.45,
        _ => 0.15,
    }
}

/// Message id naming the laser each wavelength comes from.
pub fn name_id(nm: u32) -> &'static str {
    match nm {
        532 => "wave-532",
        755 => "wave-755",
        _ => "wave-1064",
    }
}

pub(in crate::scenes) fn wavelength(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let nm = ctx.state.wavelength_nm;
    let tone = skin_tone(ctx.state.tone);
    // Scene units: mm, 10 wide, skin 3 deep under 0.8 of air.
    let (width, skin_top, depth) = (10.0, 3.0, 3.0);
    let mut shapes = Shapes::new(width, 3.8);
    // Each layer reaches a little under the one drawn over it, so no seam shows between.
    shapes.rect(
        [0.0, 0.0],
        [width, skin_top - 2.3 + 0.05],
        0,
        rgb([0xF3, 0xDC, 0x8E]),
    );
    shapes.rect(
        [0.0, skin_top - 2.3],
        [width, skin_top - 0.2 + 0.05],
        0,
        rgb([0xEE, 0xB4, 0xAC]),
    );
    shapes.rect([0.0, skin_top - 0.2], [width, skin_top], 0, tone);
    let color = match nm {
        532 => rgb([0x2F, 0x9E, 0x44]),
        755 => rgb([0xB0, 0x1E, 0x2E]),
        _ => rgb([0x7A, 0x2E, 0x9E]),
    };
    let reach = reach(nm) * depth;
    let uptake = pigment_uptake(nm);
    // The beam fades as it goes down; slices so the fade shows.
    for i in 0..20 {
        let (a, b) = (i as f32 / 20.0, (i + 1) as f32 / 20.0);
        shapes.tile(
            vec![
                [4.2 - a * 0.5, skin_top + 0.8 - a * (reach + 0.8)],
                [5.8 + a * 0.5, skin_top + 0.8 - a * (reach + 0.8)],
                [5.8 + b * 0.5, skin_top + 0.8 - b * (reach + 0.8)],
                [4.2 - b * 0.5, skin_top + 0.8 - b * (reach + 0.8)],
            ],
            2,
            with_alpha(color, 0.65 * (1.0 - a)),
        );
    }
    // Pigment in the top layer glows by how much light it takes up.
    for i in 0..12 {
        let x = 0.5 + i as f32 * 0.8;
        let lit = (4.0..6.0).contains(&x);
        let glow = if lit { uptake } else { 0.0 };
        shapes.circle([x, skin_top - 0.1], 0.07, 3, mix(PIGMENT, HEAT, glow));
        if lit && glow > 0.0 {
            shapes.circle(
                [x, skin_top - 0.1],
                0.07 + 0.2 * glow,
                1,
                with_alpha(HEAT, 0.5),
            );
        }
    }
    let (map, _) = canvas::place(
        ui,
        shapes,
        ctx.max_height,
        &ctx.loc.t("a11y-scene-wavelength"),
    );
    let bounds = egui::Rect::from_min_max(map.to_screen([0.0, 3.8]), map.to_screen([width, 0.0]));
    let painter = ui.painter().clone();
    let text = c(Palette::of(ui).text);
    for (y, id) in [
        (skin_top - 0.1, "layer-epidermis"),
        (skin_top - 1.2, "layer-dermis"),
        (0.35, "layer-fat"),
    ] {
        labels::label(
            &painter,
            bounds,
            ctx.loc.t(id),
            map.to_screen([0.1, y]),
            egui::Align2::LEFT_CENTER,
            small_font(ui),
            text,
        );
    }
    ui.horizontal_wrapped(|ui| {
        for option in WAVELENGTHS_NM {
            let selected = option == nm;
            let label = format!("{} nm", option);
            if choice(ui, selected, label, TARGET_SIZE * 1.5).clicked() {
                ctx.state.wavelength_nm = option;
            }
        }
    });
    tone_picker(ui, ctx);
    paragraph(ui, &ctx.loc.t(name_id(nm)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_wavelengths_reach_deeper_and_spare_surface_pigment() {
        let [a, b, c] = WAVELENGTHS_NM;
        assert!(reach(a) < reach(b));
        assert!(reach(b) < reach(c));
        assert!(pigment_uptake(a) > pigment_uptake(b));
        assert!(pigment_uptake(b) > pigment_uptake(c));
    }
}
