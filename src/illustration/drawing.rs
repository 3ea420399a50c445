//! A skin cross-section as shapes in millimetres: the skin layers, scar tissue, tethers, and
//! the pigment and widened blood vessels of colour marks. Pure: the widget paints it.

use super::shapes::{Shapes, rgb};
use crate::content::model::Illustration;
use crate::content::profile::{
    DERMIS_BOTTOM_MM, Drawing, EPIDERMIS_MM, FAT_BOTTOM_MM, MARK_HALF, MarkColour, REDNESS_DEPTH,
};

/// Columns per millimetre along the bands: about one per pixel at the widest a drawing
/// is shown.
const SAMPLES_PER_MM: f32 = 60.0;

/// How far a layer reaches up under the layer drawn over it, in millimetres. Layers that only
/// met would each fade out over the same pixel at their shared edge and let the page show
/// through as a pale seam; reaching under, the upper layer's softened edge fades over the
/// lower layer's colour instead.
const UNDER_MM: f32 = 0.06;

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

/// Every shape of a drawing, in millimetres across from its middle and up from the surface.
pub fn shapes(drawing: &Drawing) -> Shapes {
    let (top, bottom) = drawing.vertical_extent();
    let (x0, x1) = (-drawing.width / 2.0, drawing.width / 2.0);
    let mut shapes = Shapes::within([x0, bottom], [x1, top]);
    let samples = (drawing.width * SAMPLES_PER_MM) as usize;
    let fat_top = |x: f32| DERMIS_BOTTOM_MM + 0.08 * (x * 2.3).sin();
    let surface = |x: f32| drawing.surface(x);
    // Fat, then the dermis, scar tissue and redness over it, then the top layer over them.
    let fat = |x: f32| fat_top(x) + UNDER_MM;
    shapes.band(x0, x1, samples, fat, |_| FAT_BOTTOM_MM, 0, rgb(colors::FAT));
    shapes.band(
        x0,
        x1,
        samples,
        |x| surface(x) - EPIDERMIS_MM + UNDER_MM,
        fat_top,
        10,
        rgb(colors::DERMIS),
    );
    shapes.band(
        x0,
        x1,
        samples,
        |x| {
            // Only where there is scar tissue: elsewhere it would peek out under the top layer.
            let under = surface(x).min(0.0) - drawing.scar_tissue(x) < surface(x);
            surface(x) - EPIDERMIS_MM + if under { UNDER_MM } else { 0.0 }
        },
        |x| surface(x).min(0.0) - EPIDERMIS_MM - drawing.scar_tissue(x),
        20,
        rgb(colors::SCAR_TISSUE),
    );
    shapes.band(
        x0,
        x1,
        samples,
        surface,
        |x| surface(x) - EPIDERMIS_MM,
        40,
        rgb(colors::EPIDERMIS),
    );
    shapes.band(
        x0,
        x1,
        samples,
        surface,
        |x| surface(x) - 0.03,
        60,
        rgb(colors::SURFACE),
    );
    for (top, bottom) in drawing.tethers() {
        shapes.line(top, bottom, 0.07, 30, rgb(colors::TETHER));
    }
    // A brown mark: extra pigment in the top layer.
    for (_, middle) in drawing
        .marks()
        .into_iter()
        .filter(|(colour, _)| *colour == MarkColour::Brown)
    {
        shapes.band(
            middle - MARK_HALF,
            middle + MARK_HALF,
            120,
            |x| surface(x) - 0.01,
            |x| surface(x) - EPIDERMIS_MM * if drawing.pigmented(x) { 0.9 } else { 0.0 },
            50,
            rgb(colors::PIGMENT),
        );
    }
    // A red mark: small blood vessels just under the top layer that widened, in redder skin.
    for (_, middle) in drawing
        .marks()
        .into_iter()
        .filter(|(colour, _)| *colour == MarkColour::Red)
    {
        shapes.band(
            middle - MARK_HALF,
            middle + MARK_HALF,
            120,
            |x| surface(x) - EPIDERMIS_MM + UNDER_MM,
            |x| surface(x) - EPIDERMIS_MM - REDNESS_DEPTH,
            32,
            rgb(colors::REDNESS),
        );
    }
    for vessel in drawing.vessels() {
        shapes.ellipse(
            vessel.center,
            [vessel.half_width, vessel.half_height],
            35,
            rgb(colors::VESSEL),
        );
    }
    shapes
}

/// The drawing of an illustration.
pub fn of(illustration: Illustration) -> Shapes {
    shapes(&Drawing::of(illustration))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::ScarKind;

    #[test]
    fn a_colour_mark_draws_pigment_for_brown_and_vessels_for_red() {
        let count = |illustration, color: [u8; 3]| of(illustration).count_of(rgb(color));
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
    fn every_drawing_has_its_layers_in_order_inside_its_bounds() {
        for illustration in ScarKind::ALL.map(Illustration::Scar).into_iter().chain([
            Illustration::Skin,
            Illustration::Lineup,
            Illustration::Explorer,
        ]) {
            let shapes = of(illustration);
            let parts = shapes.in_order();
            assert!(parts.len() >= 5, "{illustration:?}");
            // Fat at the bottom of the pile, the surface line on top.
            assert_eq!(parts[0].color, rgb(colors::FAT));
            assert_eq!(parts.last().unwrap().color, rgb(colors::SURFACE));
            for part in parts {
                assert!(part.points.iter().all(|&[x, y]| {
                    x >= shapes.min[0] - 1e-3
                        && x <= shapes.max[0] + 1e-3
                        && y >= shapes.min[1] - 1e-3
                        && y <= shapes.max[1] + 1e-3
                }));
            }
        }
    }
}
