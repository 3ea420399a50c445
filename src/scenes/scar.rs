//! Module 1's scenes: the scar explorer, the side-light slider and the scar-naming game.

use bevy_egui::egui;

use super::canvas::{self, Rgba, Shapes, mix, rgb};
use super::{SceneCtx, labelled_slider, skin_tone, small_font};
use crate::content::model::{Illustration, ScarKind};
use crate::content::profile::Drawing;
use crate::illustration::labels;
use crate::illustration::{self, Labels, spot_letter};
use crate::scenes::sort as sorting;
use crate::theme::widgets::{card, choice, paragraph};
use crate::theme::{Palette, TARGET_SIZE, c};

/// Message id of a scar type's one-line description in the explorer.
fn about_id(kind: ScarKind) -> &'static str {
    match kind {
        ScarKind::Icepick => "explorer-icepick",
        ScarKind::Boxcar => "explorer-boxcar",
        ScarKind::Rolling => "explorer-rolling",
        ScarKind::Hypertrophic => "explorer-hypertrophic",
        ScarKind::Keloid => "explorer-keloid",
        ScarKind::ColourMark => "explorer-colour-mark",
    }
}

/// The explorer: every type in one cross-section; tap one (or its button) to read about it.
pub(super) fn explorer(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let drawing = Drawing::of(Illustration::Explorer);
    let tapped = illustration::show_marked(
        ui,
        ctx.loc,
        Illustration::Explorer,
        ctx.max_height,
        Labels::Letters,
        ctx.state.explorer,
    );
    if tapped.is_some() {
        ctx.state.explorer = tapped;
    }
    ui.horizontal_wrapped(|ui| {
        for (index, feature) in drawing.features.iter().enumerate() {
            let text = format!(
                "{} · {}",
                spot_letter(index),
                ctx.loc.t(feature.kind.label_id())
            );
            let selected = ctx.state.explorer == Some(feature.kind);
            if choice(ui, selected, text, TARGET_SIZE).clicked() {
                ctx.state.explorer = Some(feature.kind);
            }
        }
    });
    match ctx.state.explorer {
        Some(kind) => {
            card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
                ui.label(egui::RichText::new(ctx.loc.t(kind.label_id())).strong());
                paragraph(ui, &ctx.loc.t(about_id(kind)));
            });
        }
        None => paragraph(ui, &ctx.loc.t("explorer-hint")),
    }
}

/// Brightness of the skin surface lit from the left at an angle, as seen from above.
pub mod light {
    use crate::content::profile::Drawing;

    /// Light that does not come straight from the lamp (the room): keeps shadows from black.
    const AMBIENT: f32 = 0.15;

    /// Brightness at each sample across `drawing`, relative to flat skin under the same light
    /// (1 = looks like flat skin). `elevation_deg` is the lamp's height above the horizon.
    pub fn shade(drawing: &Drawing, elevation_deg: f32, samples: usize) -> Vec<(f32, f32)> {
        let angle = elevation_deg.clamp(1.0, 90.0).to_radians();
        let (x0, step) = (-drawing.width / 2.0, drawing.width / samples as f32);
        let xs: Vec<f32> = (0..=samples).map(|i| x0 + i as f32 * step).collect();
        let heights: Vec<f32> = xs.iter().map(|&x| drawing.surface(x)).collect();
        // Light travels down and to the right; `to_light` points back at the lamp.
        let to_light = [-angle.cos(), angle.sin()];
        let flat = AMBIENT + (1.0 - AMBIENT) * to_light[1];
        let mut out = Vec::with_capacity(xs.len());
        // The highest line of sight towards the lamp so far decides shadow.
        let mut horizon = f32::NEG_INFINITY;
        for i in 0..xs.len() {
            let (x, h) = (xs[i], heights[i]);
            let slope = if i + 1 < xs.len() {
                (heights[i + 1] - h) / step
            } else {
                0.0
            };
            // A point is in shadow when skin to its left rises above the ray to the lamp:
            // h' − h > (x − x')·tan θ, written without the tangent so 90° is safe.
            let key = h * angle.cos() + x * angle.sin();
            let shadowed = horizon > key + 1e-6;
            horizon = horizon.max(key);
            let normal_len = (slope * slope + 1.0).sqrt();
            let lambert =
                ((-slope * to_light[0] + to_light[1]) / normal_len).max(0.0) * f32::from(!shadowed);
            out.push((x, (AMBIENT + (1.0 - AMBIENT) * lambert) / flat));
        }
        out
    }

    /// How much the surface between `from` and `to` mm stands out: the largest difference from
    /// flat skin's brightness.
    pub fn contrast(shaded: &[(f32, f32)], from: f32, to: f32) -> f32 {
        shaded
            .iter()
            .filter(|(x, _)| (from..=to).contains(x))
            .map(|(_, b)| (b - 1.0).abs())
            .fold(0.0, f32::max)
    }
}

/// Samples across the side-light drawing.
const LIGHT_SAMPLES: usize = 540;

/// The side-light scene: a lamp angle slider over the three dented types, with the skin as
/// seen from above.
pub(super) fn side_light(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let drawing = Drawing::of(Illustration::Lineup);
    let degrees = ctx.state.light_degrees;
    let shaded = light::shade(&drawing, degrees, LIGHT_SAMPLES);
    let tone = skin_tone(ctx.state.tone);
    let half = drawing.width / 2.0;
    // Scene units: mm across; the cross-section at y 3.2 (surface) down to 1.2; the view from
    // above at y 0 to 0.8; the lamp's rays above.
    let surface_y = 3.4;
    let mut shapes = Shapes::new(drawing.width, 5.6);
    let x = |mm: f32| mm + half;
    let dermis = rgb([0xEE, 0xB4, 0xAC]);
    shapes.band(
        0.0,
        drawing.width,
        LIGHT_SAMPLES,
        |sx| surface_y + drawing.surface(sx - half),
        |_| 1.2,
        0,
        dermis,
    );
    for pair in shaded.windows(2) {
        let ((xa, ba), (xb, _)) = (pair[0], pair[1]);
        let lit = shade_color(tone, ba);
        let (ya, yb) = (drawing.surface(xa), drawing.surface(xb));
        // Slices edge to edge: tiles, so no seam shows between two.
        shapes.tile(
            vec![
                [x(xa), surface_y + ya],
                [x(xb), surface_y + yb],
                [x(xb), surface_y + yb - 0.2],
                [x(xa), surface_y + ya - 0.2],
            ],
            1,
            lit,
        );
        shapes.tile(
            vec![[x(xa), 0.0], [x(xb), 0.0], [x(xb), 0.8], [x(xa), 0.8]],
            1,
            lit,
        );
    }
    // Rays from the lamp, upper left, parallel at the chosen angle.
    let angle = degrees.to_radians();
    let ray = [angle.cos(), -angle.sin()];
    let sun = rgb([0xE8, 0xA3, 0x17]);
    for i in 0..6 {
        let end = [1.5 + i as f32 * 3.2, surface_y + 0.15];
        let length = 1.8;
        let start = [end[0] - ray[0] * length, end[1] - ray[1] * length];
        shapes.line(start, end, 0.06, 2, sun);
    }
    let (map, _) = canvas::place(
        ui,
        shapes,
        ctx.max_height,
        &ctx.loc.t("a11y-scene-side-light"),
    );
    let painter = ui.painter().clone();
    let bounds = egui::Rect::from_min_max(
        map.to_screen([0.0, 5.6]),
        map.to_screen([drawing.width, 0.0]),
    );
    let text = c(Palette::of(ui).text);
    let names = drawing
        .features
        .iter()
        .map(|feature| {
            (
                ctx.loc.t(feature.kind.label_id()),
                map.to_screen([x(feature.center), surface_y + 0.35]),
            )
        })
        .collect();
    labels::row_labels(
        &painter,
        bounds,
        names,
        egui::Align2::CENTER_BOTTOM,
        small_font(ui),
        text,
    );
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("light-seen-from-above"),
        map.to_screen([0.1, 0.8]),
        egui::Align2::LEFT_BOTTOM,
        small_font(ui),
        text,
    );
    let mut value = degrees;
    let slider = egui::Slider::new(&mut value, 10.0..=90.0)
        .step_by(5.0)
        .fixed_decimals(0)
        .suffix("°");
    if labelled_slider(ui, &ctx.loc.t("light-angle"), slider).changed() {
        ctx.state.light_degrees = value;
    }
    let rolling = drawing
        .features
        .iter()
        .find(|f| f.kind == ScarKind::Rolling)
        .map_or(0.0, |f| {
            light::contrast(&shaded, f.center - 3.0, f.center + 3.0)
        });
    let message = if rolling > 0.15 {
        "light-rolling-shows"
    } else {
        "light-rolling-hides"
    };
    paragraph(ui, &ctx.loc.t(message));
}

fn shade_color(tone: Rgba, brightness: f32) -> Rgba {
    if brightness >= 1.0 {
        mix(tone, [255, 255, 255, 255], (brightness - 1.0) * 0.8)
    } else {
        mix([20, 14, 10, 255], tone, brightness)
    }
}

/// The naming game's cards and bins: one drawing at a time; the patient names its scar type,
/// or says it is not a scar.
pub mod sort;

/// Message id of why a scar belongs to its type, shown after each guess.
fn reason_id(kind: ScarKind) -> &'static str {
    match kind {
        ScarKind::Icepick => "sort-why-icepick",
        ScarKind::Boxcar => "sort-why-boxcar",
        ScarKind::Rolling => "sort-why-rolling",
        ScarKind::Hypertrophic => "sort-why-hypertrophic",
        ScarKind::Keloid => "sort-why-keloid",
        ScarKind::ColourMark => "sort-why-colour-mark",
    }
}

/// The sorting game's view.
pub(super) fn scar_sort(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let loc = ctx.loc;
    let game = &mut ctx.state.sort;
    sorting::progress(ui, loc, game);
    if let Some((shown, right)) = game.last() {
        sorting::feedback(ui, loc, right, None, &loc.t(reason_id(shown)));
    }
    match game.current() {
        Some(kind) => {
            let height = ctx.max_height * 0.8;
            // As in a quiz question: the drawing's words for screen readers say its shape,
            // never its name.
            illustration::show_with(ui, loc, Illustration::Scar(kind), height, Labels::Shapes);
            ui.label(egui::RichText::new(loc.t("sort-which")).strong());
            let names = sort::BINS.map(|bin| (bin, loc.t(bin.name_id())));
            sorting::bins(ui, game, names);
        }
        None => {
            sorting::summary(ui, loc, game);
            sorting::play_again(ui, loc, game);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolling_scars_stand_out_in_side_light_and_hide_from_above() {
        let drawing = Drawing::of(Illustration::Lineup);
        let rolling = drawing
            .features
            .iter()
            .find(|f| f.kind == ScarKind::Rolling)
            .expect("rolling in the lineup");
        let (from, to) = (rolling.center - 3.0, rolling.center + 3.0);
        let above = light::contrast(&light::shade(&drawing, 90.0, 900), from, to);
        let side = light::contrast(&light::shade(&drawing, 15.0, 900), from, to);
        assert!(above < 0.06, "overhead light: {above}");
        assert!(
            side > 3.0 * above && side > 0.15,
            "side light: {side} vs {above}"
        );
    }

    #[test]
    fn flat_skin_looks_the_same_under_any_light() {
        let drawing = Drawing::of(Illustration::Skin);
        for degrees in [10.0, 30.0, 60.0, 90.0] {
            let shaded = light::shade(&drawing, degrees, 200);
            assert!(light::contrast(&shaded, -5.0, 5.0) < 1e-4, "{degrees}");
        }
    }

    #[test]
    fn a_deep_narrow_pit_is_in_shadow_under_low_light() {
        let drawing = Drawing::of(Illustration::Lineup);
        let shaded = light::shade(&drawing, 20.0, 1800);
        // The floor of the icepick (centre -3.5 mm) gets no direct light.
        let floor = shaded
            .iter()
            .filter(|(x, _)| (*x + 3.5).abs() < 0.05)
            .map(|(_, b)| *b)
            .fold(f32::MAX, f32::min);
        assert!(floor < 0.5, "{floor}");
    }
}
