//! The fractional lens: one wide beam, or many microbeams leaving tiny bubbles with intact
//! skin between them (the model), and the scene that fires it.

use bevy_egui::egui;

use super::{BUBBLE, HEAT, LIGHT_BEAM, progress, scale_bar};
use crate::scenes::canvas::{self, Shapes, rgb, with_alpha};
use crate::scenes::{SceneCtx, skin_tone, tone_picker};
use crate::theme::TARGET_SIZE;
use crate::theme::widgets::{choice, paragraph, primary_button};

/// Vacuole sizes measured in pig skin at 1064 nm (Kim 2020), micrometres.
pub const DIFFRACTIVE_VACUOLE_UM: f32 = 78.0;
pub const MICROLENS_VACUOLE_UM: f32 = 163.0;
/// Microbeam spacing in the drawing (illustrative), micrometres.
pub const SPACING_UM: f32 = 400.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lens {
    /// No fractional optic: one wide beam.
    #[default]
    None,
    /// Diffractive lens array: even beamlets, small vacuoles.
    Diffractive,
    /// Micro-lens array: less even beamlets, larger vacuoles.
    MicroLens,
}

/// The vacuoles a lens leaves across `width_um`: `(centre, diameter)` in micrometres.
pub fn vacuoles(lens: Lens, width_um: f32) -> Vec<(f32, f32)> {
    let average = match lens {
        Lens::None => return Vec::new(),
        Lens::Diffractive => DIFFRACTIVE_VACUOLE_UM,
        Lens::MicroLens => MICROLENS_VACUOLE_UM,
    };
    let count = (width_um / SPACING_UM).floor() as usize;
    (0..count)
        .map(|i| {
            let x = SPACING_UM * (i as f32 + 0.5);
            // Uneven beamlets make uneven vacuoles around the same average.
            let wobble = match lens {
                Lens::MicroLens => [0.0, 0.25, -0.2, 0.1, -0.15, 0.3, -0.3][i % 7],
                _ => 0.0,
            };
            (x, average * (1.0 + wobble))
        })
        .collect()
}

pub(in crate::scenes) fn fractional_lens(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let lens = ctx.state.lens;
    let t = progress(ui, ctx.state.lens_fired_at, ctx.now, ctx.reduced_motion);
    let tone = skin_tone(ctx.state.tone);
    // Scene units: micrometres; 2.8 mm of skin, 0.9 mm deep, beams from above.
    let (width, top) = (2800.0, 900.0);
    let mut shapes = Shapes::new(width, top + 250.0);
    // The dermis reaches a little under the top layer, so no seam shows between.
    shapes.rect([0.0, 0.0], [width, top - 90.0], 0, rgb([0xEE, 0xB4, 0xAC]));
    shapes.rect([0.0, top - 100.0], [width, top], 0, tone);
    let fired = ctx.state.lens_fired_at.is_some();
    let beam = (t / 0.3).min(1.0);
    let hit = ((t - 0.3) / 0.7).clamp(0.0, 1.0);
    let vacuoles = vacuoles(lens, width);
    if fired && t < 0.7 {
        let bottom = top + 250.0 - 250.0 * beam;
        if lens == Lens::None {
            shapes.rect(
                [100.0, bottom],
                [width - 100.0, top + 250.0],
                3,
                with_alpha(LIGHT_BEAM, 0.35),
            );
        }
        for &(x, _) in &vacuoles {
            shapes.rect(
                [x - 25.0, bottom],
                [x + 25.0, top + 250.0],
                3,
                with_alpha(LIGHT_BEAM, 0.8),
            );
        }
    }
    if hit > 0.0 {
        for &(x, size) in &vacuoles {
            // A bubble in the top layer (optical breakdown) and one in the dermis (cavitation).
            shapes.circle([x, top - 60.0], size / 2.0 * hit, 4, BUBBLE);
            shapes.circle(
                [x, top - 250.0],
                size / 2.0 * 0.8 * hit,
                4,
                with_alpha(BUBBLE, 0.85),
            );
        }
        if lens == Lens::None {
            shapes.rect(
                [100.0, top - 100.0],
                [width - 100.0, top],
                2,
                with_alpha(HEAT, 0.25 * hit),
            );
        }
    }
    let (map, _) = canvas::place(
        ui,
        shapes,
        ctx.max_height,
        &ctx.loc.t("a11y-scene-fractional-lens"),
    );
    let bounds = egui::Rect::from_min_max(
        map.to_screen([0.0, top + 250.0]),
        map.to_screen([width, 0.0]),
    );
    let painter = ui.painter().clone();
    let (a, b) = (
        map.to_screen([width - 600.0, 60.0]),
        map.to_screen([width - 100.0, 60.0]),
    );
    scale_bar(ui, &painter, bounds, [a, b], ctx.loc.t("label-half-mm"));
    ui.horizontal_wrapped(|ui| {
        for (option, id) in [
            (Lens::None, "lens-none"),
            (Lens::Diffractive, "lens-diffractive"),
            (Lens::MicroLens, "lens-microlens"),
        ] {
            if choice(ui, lens == option, ctx.loc.t(id), TARGET_SIZE).clicked() {
                ctx.state.lens = option;
                ctx.state.lens_fired_at = None;
            }
        }
        if primary_button(ui, &ctx.loc.t("pulse-fire")).clicked() {
            ctx.state.lens_fired_at = Some(ctx.now);
        }
    });
    tone_picker(ui, ctx);
    let about = match lens {
        Lens::None => "lens-none-about",
        Lens::Diffractive => "lens-diffractive-about",
        Lens::MicroLens => "lens-microlens-about",
    };
    paragraph(ui, &ctx.loc.t(about));
    if lens != Lens::None {
        // The brief's names for the two rows: optical breakdown on top, cavitation below.
        paragraph(ui, &ctx.loc.t("lens-bubble-rows"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractional_lenses_leave_intact_skin_between_brief_sized_bubbles() {
        assert!(vacuoles(Lens::None, 2800.0).is_empty());
        let even = vacuoles(Lens::Diffractive, 2800.0);
        assert!(even.len() >= 5);
        assert!(
            even.iter().all(|(_, d)| (*d - 78.0).abs() < 1e-3),
            "even beamlets"
        );
        let uneven = vacuoles(Lens::MicroLens, 2800.0);
        let mean = uneven.iter().map(|(_, d)| d).sum::<f32>() / uneven.len() as f32;
        assert!((mean - 163.0).abs() < 0.1 * 163.0, "{mean}");
        assert!(
            uneven.iter().any(|(_, d)| (*d - 163.0).abs() > 20.0),
            "less even"
        );
        for spots in [even, uneven] {
            for pair in spots.windows(2) {
                let gap = (pair[1].0 - pair[0].0) - (pair[0].1 + pair[1].1) / 2.0;
                assert!(gap > 100.0, "intact skin between bubbles: {gap}");
            }
        }
    }
}
