//! The flat colour marks of a drawing: which colour each is and what makes it. A red mark
//! (PIE) is redness from small blood vessels that widened during the inflammation; a brown
//! mark (PIH) is extra pigment in the top layer (evidence brief, section 1). Neither changes the
//! surface, and many doctors do not count them as scars. A colour-mark feature shows one of
//! each, side by side.

use super::{Drawing, EPIDERMIS_MM};
use crate::content::model::ScarKind;

/// Half-width of each of the two flat marks of a colour-mark feature.
pub const MARK_HALF: f32 = 0.8;
/// How far each mark sits from the feature's centre (the red one to the left, the brown one
/// to the right).
const MARK_OFFSET: f32 = 1.5;
/// Widened blood vessels under a red mark: how many, their half-width and half-height, and
/// how far below the top layer their centres sit.
const VESSELS: usize = 5;
const VESSEL_HALF_WIDTH: f32 = 0.13;
const VESSEL_HALF_HEIGHT: f32 = 0.07;
const VESSEL_BELOW_EPIDERMIS: f32 = 0.12;

/// The colour of a flat mark left after a spot, and what makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkColour {
    /// Post-inflammatory erythema: small blood vessels under the top layer that widened.
    Red,
    /// Post-inflammatory hyperpigmentation: extra pigment (melanin) in the top layer.
    Brown,
}

impl MarkColour {
    pub const ALL: [MarkColour; 2] = [MarkColour::Red, MarkColour::Brown];

    /// Where this mark sits, from the centre of its colour-mark feature, in mm.
    pub fn offset(self) -> f32 {
        match self {
            MarkColour::Red => -MARK_OFFSET,
            MarkColour::Brown => MARK_OFFSET,
        }
    }
}

/// A widened blood vessel as drawn: an ellipse's centre and half-axes, in mm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vessel {
    pub center: [f32; 2],
    pub half_width: f32,
    pub half_height: f32,
}

/// How deep below the top layer the redness of a red mark shows as drawn, in mm.
pub const REDNESS_DEPTH: f32 = 0.4;

/// Half the width of skin a colour-mark feature covers, both marks together, in mm.
pub(super) const HALF_EXTENT: f32 = MARK_OFFSET + MARK_HALF;

impl Drawing {
    /// The flat colour mark `x` lies in, if any.
    pub fn mark_at(&self, x: f32) -> Option<MarkColour> {
        self.marks()
            .into_iter()
            .find(|(_, middle)| (x - middle).abs() < MARK_HALF)
            .map(|(colour, _)| colour)
    }

    /// Every flat colour mark with the middle of its stretch of skin, in mm, left to right.
    pub fn marks(&self) -> Vec<(MarkColour, f32)> {
        self.features
            .iter()
            .filter(|f| f.kind == ScarKind::ColourMark)
            .flat_map(|f| MarkColour::ALL.map(|colour| (colour, f.center + colour.offset())))
            .collect()
    }

    /// Whether `x` lies in a brown mark: extra pigment in the top layer.
    pub fn pigmented(&self, x: f32) -> bool {
        self.mark_at(x) == Some(MarkColour::Brown)
    }

    /// The widened blood vessels under each red mark: small ellipses in the top of the dermis,
    /// just under the top layer. A brown mark has none; its colour is pigment.
    pub fn vessels(&self) -> Vec<Vessel> {
        self.marks()
            .into_iter()
            .filter(|(colour, _)| *colour == MarkColour::Red)
            .flat_map(|(_, middle)| {
                (0..VESSELS).map(move |i| {
                    // Spread over the mark, a little up and down, so they read as vessels.
                    let t = (i as f32 + 0.5) / VESSELS as f32 * 2.0 - 1.0;
                    let x = middle + t * (MARK_HALF - VESSEL_HALF_WIDTH);
                    let wobble = if i % 2 == 0 { 0.0 } else { 0.05 };
                    Vessel {
                        center: [x, -EPIDERMIS_MM - VESSEL_BELOW_EPIDERMIS - wobble],
                        half_width: VESSEL_HALF_WIDTH,
                        half_height: VESSEL_HALF_HEIGHT,
                    }
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Illustration;
    use crate::content::profile::{DERMIS_BOTTOM_MM, profile_width};

    #[test]
    fn colour_marks_are_flat_red_from_vessels_and_brown_from_pigment() {
        assert_eq!(profile_width(ScarKind::ColourMark, 0.0), 0.0);
        let drawing = Drawing::of(Illustration::Scar(ScarKind::ColourMark));
        let red = MarkColour::Red.offset();
        let brown = MarkColour::Brown.offset();
        assert_eq!(drawing.mark_at(red), Some(MarkColour::Red));
        assert_eq!(drawing.mark_at(brown), Some(MarkColour::Brown));
        assert_eq!(drawing.mark_at(4.0), None);
        // Flat skin with no scar tissue under either mark.
        for x in [red, brown] {
            assert_eq!(drawing.surface(x), 0.0);
            assert_eq!(drawing.scar_tissue(x), 0.0);
        }
        // Brown is pigment; red is not.
        assert!(drawing.pigmented(brown));
        assert!(!drawing.pigmented(red));
        assert!(!drawing.pigmented(4.0));
        // Red is widened vessels in the top of the dermis, all under the red mark.
        let vessels = drawing.vessels();
        assert!(!vessels.is_empty());
        for v in &vessels {
            assert_eq!(drawing.mark_at(v.center[0]), Some(MarkColour::Red), "{v:?}");
            assert!(
                v.center[1] + v.half_height < -EPIDERMIS_MM,
                "below the top layer"
            );
            assert!(
                v.center[1] - v.half_height > DERMIS_BOTTOM_MM / 2.0,
                "top of the dermis"
            );
            assert!(
                v.center[1] - v.half_height > -EPIDERMIS_MM - REDNESS_DEPTH,
                "inside the redness drawn around them"
            );
        }
        // Wider than a hair-thin line: they read as widened.
        assert!(vessels.iter().all(|v| v.half_width > v.half_height));
        // No vessels or pigment drawn where there is no colour mark.
        for illustration in [Illustration::Skin, Illustration::Lineup] {
            let plain = Drawing::of(illustration);
            assert!(plain.vessels().is_empty() && plain.marks().is_empty());
        }
    }
}
