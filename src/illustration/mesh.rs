//! The Bevy side of an illustration: the skin layers, scar tissue, tethers, and the pigment and
//! widened blood vessels of colour marks, as coloured 2D meshes, and where they sit for the
//! rectangle the view reserved.

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use bevy_egui::egui;

use super::backdrop::{Backdrop, BackdropPart};
use super::widget::Mapping;
use crate::content::model::Illustration;
use crate::content::profile::{
    DERMIS_BOTTOM_MM, Drawing, EPIDERMIS_MM, FAT_BOTTOM_MM, MARK_HALF, MarkColour, REDNESS_DEPTH,
    Vessel,
};

/// Colours of the drawing. Skin tone is one of several across the Fitzpatrick range.
pub(super) mod colors {
    pub const FAT: [u8; 3] = [0xF3, 0xDC, 0x8E];
    pub const DERMIS: [u8; 3] = [0xEE, 0xB4, 0xAC];
    pub const SCAR_TISSUE: [u8; 3] = [0xFA, 0xEC, 0xE8];
    pub const TETHER: [u8; 3] = [0xB8, 0x5F, 0x58];
    pub const EPIDERMIS: [u8; 3] = [0xB0, 0x74, 0x52];
    pub const SURFACE: [u8; 3] = [0x6E, 0x42, 0x2B];
    /// Extra pigment of a brown mark, in the top layer.
    pub const PIGMENT: [u8; 3] = [0x5A, 0x30, 0x1C];
    /// Widened blood vessels under a red mark.
    pub const VESSEL: [u8; 3] = [0xC4, 0x1E, 0x2A];
    /// The redness around them: the dermis, redder.
    pub const REDNESS: [u8; 3] = [0xE4, 0x8C, 0x86];
}

impl Backdrop for Illustration {
    const NAME: &'static str = "Illustration part";

    fn parts(&self) -> Vec<BackdropPart> {
        build_meshes(&Drawing::of(*self))
            .into_iter()
            .map(|(z, mesh, [r, g, b])| BackdropPart {
                mesh,
                material: ColorMaterial::from_color(Color::srgb_u8(r, g, b)),
                z,
            })
            .collect()
    }

    fn placement(&self, rect: egui::Rect, zoom: f32, size: Vec2) -> Transform {
        placement(&Drawing::of(*self), rect, zoom, size)
    }
}

/// World transform of drawing millimetres for an egui rect, at egui zoom `zoom` in a window
/// of logical `size` (the 2D camera has one world unit per logical pixel, origin centred).
fn placement(drawing: &Drawing, rect: egui::Rect, zoom: f32, size: Vec2) -> Transform {
    let map = Mapping::new(drawing, rect);
    let scale = map.scale * zoom;
    let center = Vec2::new(rect.center().x, rect.center().y) * zoom;
    let world = Vec2::new(center.x - size.x / 2.0, size.y / 2.0 - center.y);
    Transform::from_translation((world - Vec2::new(0.0, map.center_y * scale)).extend(0.0))
        .with_scale(Vec3::new(scale, scale, 1.0))
}

/// A band between two curves over `x0..x1`, as a triangle list.
fn band(
    x0: f32,
    x1: f32,
    samples: usize,
    top: impl Fn(f32) -> f32,
    bottom: impl Fn(f32) -> f32,
) -> Mesh {
    let mut positions = Vec::with_capacity((samples + 1) * 2);
    let mut indices = Vec::with_capacity(samples * 6);
    for i in 0..=samples {
        let x = x0 + (x1 - x0) * i as f32 / samples as f32;
        positions.push([x, top(x), 0.0]);
        positions.push([x, bottom(x).min(top(x)), 0.0]);
        if i > 0 {
            let base = (i as u32 - 1) * 2;
            indices.extend_from_slice(&[base, base + 1, base + 2, base + 1, base + 3, base + 2]);
        }
    }
    Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::default(),
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
    .with_inserted_indices(Indices::U32(indices))
}

/// A straight strip of width `width` from `a` to `b`.
fn strip(a: [f32; 2], b: [f32; 2], width: f32) -> Mesh {
    let dir = Vec2::from(b) - Vec2::from(a);
    let n = dir.perp().normalize_or_zero() * width / 2.0;
    let (a, b) = (Vec2::from(a), Vec2::from(b));
    let positions: Vec<[f32; 3]> = [a + n, a - n, b + n, b - n]
        .iter()
        .map(|p| [p.x, p.y, 0.0])
        .collect();
    Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::default(),
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
    .with_inserted_indices(Indices::U32(vec![0, 1, 2, 1, 3, 2]))
}

/// A filled ellipse (a widened blood vessel), as a triangle fan.
fn ellipse(vessel: &Vessel) -> Mesh {
    const STEPS: u32 = 24;
    let [cx, cy] = vessel.center;
    let mut positions = vec![[cx, cy, 0.0]];
    let mut indices = Vec::with_capacity(STEPS as usize * 3);
    for i in 0..STEPS {
        let a = std::f32::consts::TAU * i as f32 / STEPS as f32;
        positions.push([
            cx + vessel.half_width * a.cos(),
            cy + vessel.half_height * a.sin(),
            0.0,
        ]);
        indices.extend_from_slice(&[0, 1 + i, 1 + (i + 1) % STEPS]);
    }
    Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::default(),
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
    .with_inserted_indices(Indices::U32(indices))
}

/// Every mesh of a drawing with its depth order and colour.
fn build_meshes(drawing: &Drawing) -> Vec<(f32, Mesh, [u8; 3])> {
    let (x0, x1) = (-drawing.width / 2.0, drawing.width / 2.0);
    let samples = (drawing.width * 60.0) as usize;
    let fat_top = |x: f32| DERMIS_BOTTOM_MM + 0.08 * (x * 2.3).sin();
    let surface = |x: f32| drawing.surface(x);
    let mut meshes = vec![
        (
            0.0,
            band(x0, x1, samples, fat_top, |_| FAT_BOTTOM_MM),
            colors::FAT,
        ),
        (
            1.0,
            band(x0, x1, samples, |x| surface(x) - EPIDERMIS_MM, fat_top),
            colors::DERMIS,
        ),
        (
            2.0,
            band(
                x0,
                x1,
                samples,
                |x| surface(x) - EPIDERMIS_MM,
                |x| surface(x).min(0.0) - EPIDERMIS_MM - drawing.scar_tissue(x),
            ),
            colors::SCAR_TISSUE,
        ),
        (
            4.0,
            band(x0, x1, samples, surface, |x| surface(x) - EPIDERMIS_MM),
            colors::EPIDERMIS,
        ),
        (
            6.0,
            band(x0, x1, samples, surface, |x| surface(x) - 0.03),
            colors::SURFACE,
        ),
    ];
    for (top, bottom) in drawing.tethers() {
        meshes.push((3.0, strip(top, bottom, 0.07), colors::TETHER));
    }
    // A brown mark: extra pigment in the top layer.
    for (_, middle) in drawing
        .marks()
        .into_iter()
        .filter(|(colour, _)| *colour == MarkColour::Brown)
    {
        meshes.push((
            5.0,
            band(
                middle - MARK_HALF,
                middle + MARK_HALF,
                120,
                |x| surface(x) - 0.01,
                |x| surface(x) - EPIDERMIS_MM * if drawing.pigmented(x) { 0.9 } else { 0.0 },
            ),
            colors::PIGMENT,
        ));
    }
    // A red mark: small blood vessels just under the top layer that widened, in redder skin.
    for (_, middle) in drawing
        .marks()
        .into_iter()
        .filter(|(colour, _)| *colour == MarkColour::Red)
    {
        meshes.push((
            3.2,
            band(
                middle - MARK_HALF,
                middle + MARK_HALF,
                120,
                |x| surface(x) - EPIDERMIS_MM,
                |x| surface(x) - EPIDERMIS_MM - REDNESS_DEPTH,
            ),
            colors::REDNESS,
        ));
    }
    for vessel in drawing.vessels() {
        meshes.push((3.5, ellipse(&vessel), colors::VESSEL));
    }
    meshes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_maps_the_rect_centre_to_world() {
        let drawing = Drawing::of(Illustration::Skin);
        let rect = egui::Rect::from_min_size(egui::pos2(100.0, 50.0), egui::vec2(500.0, 215.0));
        let size = Vec2::new(800.0, 600.0);
        let t = placement(&drawing, rect, 1.0, size);
        let (top, bottom) = drawing.vertical_extent();
        // The middle of the drawing lands on the rect's centre: (350, 157.5) in window pixels.
        let middle = t.transform_point(Vec3::new(0.0, (top + bottom) / 2.0, 0.0));
        assert!((middle.x - (350.0 - 400.0)).abs() < 1e-3, "{middle}");
        assert!((middle.y - (300.0 - 157.5)).abs() < 1e-3, "{middle}");
        // And the drawing fits inside the rect.
        let right = t.transform_point(Vec3::new(drawing.width / 2.0, 0.0, 0.0));
        assert!(right.x <= 600.0 - 400.0 + 1e-3);
        // Zoom doubles both scale and offset.
        let zoomed = placement(&drawing, rect, 2.0, size);
        assert!((zoomed.scale.x - 2.0 * t.scale.x).abs() < 1e-4);
    }

    #[test]
    fn a_colour_mark_draws_pigment_for_brown_and_vessels_for_red() {
        use crate::content::model::ScarKind;
        let count = |illustration, color: [u8; 3]| {
            build_meshes(&Drawing::of(illustration))
                .iter()
                .filter(|(_, _, c)| *c == color)
                .count()
        };
        let marks = Illustration::Scar(ScarKind::ColourMark);
        assert_eq!(count(marks, colors::PIGMENT), 1, "one brown mark");
        let vessels = Drawing::of(marks).vessels().len();
        assert!(vessels > 0);
        assert_eq!(
            count(marks, colors::VESSEL),
            vessels,
            "the red mark's vessels"
        );
        for plain in [Illustration::Skin, Illustration::Lineup] {
            assert_eq!(
                count(plain, colors::PIGMENT) + count(plain, colors::VESSEL),
                0
            );
        }
    }

    #[test]
    fn every_drawing_builds_non_empty_meshes() {
        use crate::content::model::ScarKind;
        for illustration in ScarKind::ALL.map(Illustration::Scar).into_iter().chain([
            Illustration::Skin,
            Illustration::Lineup,
            Illustration::Explorer,
        ]) {
            let meshes = build_meshes(&Drawing::of(illustration));
            assert!(meshes.len() >= 5, "{illustration:?}");
            assert!(meshes.iter().all(|(_, m, _)| m.count_vertices() >= 4));
        }
    }
}
