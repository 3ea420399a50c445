//! The geometry of a skin cross-section with scars, in millimetres. Plain Rust, no Bevy.
//!
//! Scar sizes follow the evidence brief (section 2): icepick under about 2 mm wide and reaching
//! the deep dermis, boxcar about 1.5 to 4 mm across with a flat floor and steep walls, rolling
//! wider than about 4 to 5 mm and shallow. Layer thicknesses are illustrative, not measured:
//! the sizes of the scars are to scale, the layers are simplified.
//!
//! Flat colour marks, red and brown, which leave the surface as it is, are in `marks.rs`.

mod marks;

pub use marks::{MARK_HALF, MarkColour, REDNESS_DEPTH, Vessel};

use crate::content::model::{Illustration, ScarKind};

/// Thickness of the top layer as drawn: thicker than life, so it can be seen at phone size.
pub const EPIDERMIS_MM: f32 = 0.2;
/// Where the dermis meets the fat, below the surface.
pub const DERMIS_BOTTOM_MM: f32 = -2.3;
/// Bottom of the drawing.
pub const FAT_BOTTOM_MM: f32 = -3.2;
/// Room above the surface for raised scars and their labels.
pub const ABOVE_MM: f32 = 1.1;
/// Width of the area a raised scar's original spot covered.
pub const ORIGINAL_SPOT_MM: f32 = 3.0;

/// Half-widths and depths of each profile.
const ICEPICK_HALF: f32 = 0.45;
const ICEPICK_DEPTH: f32 = 1.7;
const BOXCAR_HALF: f32 = 1.4;
const BOXCAR_DEPTH: f32 = 0.45;
const BOXCAR_WALL: f32 = 0.1;
const ROLLING_HALF: f32 = 3.0;
const ROLLING_DEPTH: f32 = 0.35;
const HYPERTROPHIC_HALF: f32 = 1.3;
const HYPERTROPHIC_HEIGHT: f32 = 0.5;
const KELOID_HALF: f32 = 3.4;
const KELOID_HEIGHT: f32 = 0.8;

/// A scar placed at `center` mm from the middle of the drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Feature {
    pub kind: ScarKind,
    pub center: f32,
}

/// A cross-section to draw: its width and the scars in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub features: Vec<Feature>,
}

impl Drawing {
    pub fn of(illustration: Illustration) -> Drawing {
        let single = |kind| Drawing {
            width: 10.0,
            features: vec![Feature { kind, center: 0.0 }],
        };
        match illustration {
            Illustration::Skin => Drawing {
                width: 10.0,
                features: Vec::new(),
            },
            Illustration::Scar(kind) => single(kind),
            // Room on the left for the layer names.
            Illustration::Lineup => Drawing {
                width: 18.0,
                features: vec![
                    Feature {
                        kind: ScarKind::Icepick,
                        center: -3.5,
                    },
                    Feature {
                        kind: ScarKind::Boxcar,
                        center: 0.5,
                    },
                    Feature {
                        kind: ScarKind::Rolling,
                        center: 5.5,
                    },
                ],
            },
            // The scars first, then the colour marks (not scars) at the right.
            Illustration::Explorer => Drawing {
                width: 36.0,
                features: [
                    (ScarKind::Icepick, -15.5),
                    (ScarKind::Boxcar, -11.5),
                    (ScarKind::Rolling, -4.0),
                    (ScarKind::Hypertrophic, 2.5),
                    (ScarKind::Keloid, 8.5),
                    (ScarKind::ColourMark, 14.8),
                ]
                .map(|(kind, center)| Feature { kind, center })
                .to_vec(),
            },
        }
    }

    /// Top and bottom of the drawing, in mm: raised scars need room above the skin.
    pub fn vertical_extent(&self) -> (f32, f32) {
        let raised = self
            .features
            .iter()
            .any(|f| matches!(f.kind, ScarKind::Hypertrophic | ScarKind::Keloid));
        let top = if raised { ABOVE_MM } else { 0.3 };
        (top, FAT_BOTTOM_MM)
    }

    /// Height of the skin surface at `x` (0 is flat skin; negative is a dent).
    pub fn surface(&self, x: f32) -> f32 {
        self.features
            .iter()
            .map(|f| scar_height(f.kind, x - f.center))
            .sum()
    }

    /// Thickness of scar tissue under the surface at `x`.
    pub fn scar_tissue(&self, x: f32) -> f32 {
        self.features
            .iter()
            .filter(|f| f.kind != ScarKind::ColourMark)
            .map(|f| {
                let h = scar_height(f.kind, x - f.center).abs();
                0.25 * (h / 0.08).min(1.0)
            })
            .fold(0.0, f32::max)
    }

    /// The fibrous bands that pull rolling scars down: each from a point on the surface to
    /// a point at the top of the fat.
    pub fn tethers(&self) -> Vec<([f32; 2], [f32; 2])> {
        self.features
            .iter()
            .filter(|f| f.kind == ScarKind::Rolling)
            .flat_map(|f| {
                [-0.45, 0.0, 0.45].map(|t: f32| {
                    let x = f.center + t * ROLLING_HALF;
                    let top = [x, self.surface(x) - EPIDERMIS_MM];
                    let bottom = [f.center + t * ROLLING_HALF * 1.5, DERMIS_BOTTOM_MM];
                    (top, bottom)
                })
            })
            .collect()
    }

    /// The scar whose tap area holds `x`: the nearest scar centre within half the gap to its
    /// neighbours, so a tap near a narrow icepick still counts.
    pub fn feature_at(&self, x: f32) -> Option<ScarKind> {
        let nearest = self
            .features
            .iter()
            .min_by(|a, b| (a.center - x).abs().total_cmp(&(b.center - x).abs()))?;
        let reach = half_extent(nearest.kind).max(1.0) + 0.5;
        ((nearest.center - x).abs() <= reach).then_some(nearest.kind)
    }

    /// Where the original spot of each raised scar was, as `(left, right)` in mm.
    pub fn original_spots(&self) -> Vec<(f32, f32)> {
        self.features
            .iter()
            .filter(|f| matches!(f.kind, ScarKind::Hypertrophic | ScarKind::Keloid))
            .map(|f| {
                (
                    f.center - ORIGINAL_SPOT_MM / 2.0,
                    f.center + ORIGINAL_SPOT_MM / 2.0,
                )
            })
            .collect()
    }
}

/// The surface height a scar adds at distance `dx` mm from its centre.
pub fn scar_height(kind: ScarKind, dx: f32) -> f32 {
    let d = dx.abs();
    match kind {
        // A narrow, deep, nearly straight-walled pit, like a puncture.
        ScarKind::Icepick if d < ICEPICK_HALF => {
            -ICEPICK_DEPTH * (1.0 - d / ICEPICK_HALF).powf(0.35)
        }
        // A flat floor with steep walls.
        ScarKind::Boxcar => {
            let t = ((BOXCAR_HALF - d) / BOXCAR_WALL).clamp(0.0, 1.0);
            -BOXCAR_DEPTH * t * t * (3.0 - 2.0 * t)
        }
        // A wide, soft, wave-like dip.
        ScarKind::Rolling if d < ROLLING_HALF => {
            -ROLLING_DEPTH * (0.5 + 0.5 * (std::f32::consts::PI * d / ROLLING_HALF).cos())
        }
        // A firm dome that stays within the original spot.
        ScarKind::Hypertrophic if d < HYPERTROPHIC_HALF => {
            HYPERTROPHIC_HEIGHT * (1.0 - (d / HYPERTROPHIC_HALF).powi(2)).sqrt()
        }
        // A lumpy growth that spreads beyond the original spot.
        ScarKind::Keloid if d < KELOID_HALF => {
            let shape = (1.0 - (d / KELOID_HALF).powi(4)).powf(0.6);
            KELOID_HEIGHT * shape * (1.0 + 0.08 * (7.0 * dx).sin())
        }
        _ => 0.0,
    }
}

/// Half the width of the skin a feature takes, in mm: its profile, or for a colour mark (which
/// leaves the surface flat) the stretch its two marks cover.
pub fn half_extent(kind: ScarKind) -> f32 {
    match kind {
        ScarKind::ColourMark => marks::HALF_EXTENT,
        _ => profile_width(kind, 0.01) / 2.0,
    }
}

/// Width (mm) over which a scar changes the surface by more than `threshold` mm.
pub fn profile_width(kind: ScarKind, threshold: f32) -> f32 {
    let step = 0.005;
    let mut width = 0.0;
    let mut x = -6.0;
    while x <= 6.0 {
        if scar_height(kind, x).abs() > threshold {
            width += step;
        }
        x += step;
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(kind: ScarKind) -> f32 {
        (0..=1200)
            .map(|i| scar_height(kind, -6.0 + i as f32 * 0.01))
            .fold(0.0, |m: f32, h| if h.abs() > m.abs() { h } else { m })
    }

    #[test]
    fn icepick_is_narrow_and_reaches_deep_dermis() {
        assert!(profile_width(ScarKind::Icepick, 0.01) < 2.0);
        assert!(depth(ScarKind::Icepick) < -1.5);
        assert!(depth(ScarKind::Icepick) > DERMIS_BOTTOM_MM);
        // Steep: still more than half as deep a third of the way to its edge.
        assert!(scar_height(ScarKind::Icepick, ICEPICK_HALF * 0.33) < -ICEPICK_DEPTH * 0.5);
    }

    #[test]
    fn boxcar_has_a_flat_floor_and_steep_walls() {
        let width = profile_width(ScarKind::Boxcar, 0.01);
        assert!((1.5..=4.0).contains(&width), "{width}");
        let floor: Vec<f32> = (-10..=10)
            .map(|i| scar_height(ScarKind::Boxcar, i as f32 * 0.12))
            .collect();
        assert!(
            floor.iter().all(|h| (h + BOXCAR_DEPTH).abs() < 1e-6),
            "{floor:?}"
        );
        let wall_drop = scar_height(ScarKind::Boxcar, BOXCAR_HALF)
            - scar_height(ScarKind::Boxcar, BOXCAR_HALF - 0.15);
        assert!(wall_drop > 0.8 * BOXCAR_DEPTH);
        assert!(
            (0.1..=0.5).contains(&-depth(ScarKind::Boxcar)),
            "a shallow boxcar"
        );
    }

    #[test]
    fn rolling_is_wide_shallow_and_tethered() {
        assert!(profile_width(ScarKind::Rolling, 0.01) > 4.0);
        assert!(-depth(ScarKind::Rolling) < BOXCAR_DEPTH);
        // Gentle: no step steeper than a boxcar wall.
        let steepest = (0..600)
            .map(|i| {
                let x = -3.0 + i as f32 * 0.01;
                (scar_height(ScarKind::Rolling, x + 0.01) - scar_height(ScarKind::Rolling, x)).abs()
                    / 0.01
            })
            .fold(0.0, f32::max);
        assert!(steepest < 0.5, "{steepest}");
        let drawing = Drawing::of(Illustration::Scar(ScarKind::Rolling));
        let tethers = drawing.tethers();
        assert_eq!(tethers.len(), 3);
        assert!(
            tethers
                .iter()
                .all(|(top, bottom)| top[1] < 0.0 && bottom[1] == DERMIS_BOTTOM_MM)
        );
    }

    #[test]
    fn raised_scars_stay_within_or_grow_beyond_the_spot() {
        assert!(depth(ScarKind::Hypertrophic) > 0.0);
        assert!(profile_width(ScarKind::Hypertrophic, 0.01) <= ORIGINAL_SPOT_MM);
        assert!(profile_width(ScarKind::Keloid, 0.01) > ORIGINAL_SPOT_MM);
        assert!(depth(ScarKind::Keloid) > depth(ScarKind::Hypertrophic));
    }

    #[test]
    fn taps_find_the_scar_under_them() {
        let drawing = Drawing::of(Illustration::Lineup);
        assert_eq!(drawing.feature_at(-3.5), Some(ScarKind::Icepick));
        assert_eq!(
            drawing.feature_at(-2.6),
            Some(ScarKind::Icepick),
            "near a narrow pit"
        );
        assert_eq!(drawing.feature_at(1.0), Some(ScarKind::Boxcar));
        assert_eq!(drawing.feature_at(7.5), Some(ScarKind::Rolling));
        assert_eq!(
            drawing.feature_at(-8.5),
            None,
            "flat skin far from any scar"
        );
    }

    #[test]
    fn the_explorer_holds_every_kind_apart() {
        let drawing = Drawing::of(Illustration::Explorer);
        for kind in ScarKind::ALL {
            let feature = drawing.features.iter().find(|f| f.kind == kind);
            let feature = feature.unwrap_or_else(|| panic!("{kind:?} missing"));
            assert_eq!(drawing.feature_at(feature.center), Some(kind));
            assert!(
                (feature.center.abs() + half_extent(kind)) < drawing.width / 2.0,
                "{kind:?} inside the picture"
            );
        }
        // Flat skin between neighbours: no two profiles (or marks) overlap.
        for pair in drawing.features.windows(2) {
            let gap = (pair[1].center - pair[0].center)
                - half_extent(pair[0].kind).max(profile_width(pair[0].kind, 0.0) / 2.0)
                - half_extent(pair[1].kind).max(profile_width(pair[1].kind, 0.0) / 2.0);
            assert!(
                gap > 0.4,
                "{:?} and {:?}: {gap}",
                pair[0].kind,
                pair[1].kind
            );
        }
        // The scars come first; the colour marks, which are not scars, stand at the right.
        assert_eq!(
            drawing.features.last().map(|f| f.kind),
            Some(ScarKind::ColourMark)
        );
        for (colour, middle) in drawing.marks() {
            assert_eq!(drawing.mark_at(middle), Some(colour));
            assert_eq!(drawing.feature_at(middle), Some(ScarKind::ColourMark));
        }
    }

    #[test]
    fn lineup_shows_three_dents_apart() {
        let drawing = Drawing::of(Illustration::Lineup);
        for f in &drawing.features {
            assert!(drawing.surface(f.center) < -0.3, "{:?}", f.kind);
        }
        // Flat skin between them.
        assert_eq!(drawing.surface(-1.5), 0.0);
        assert_eq!(drawing.surface(-drawing.width / 2.0), 0.0);
        assert_eq!(drawing.surface(drawing.width / 2.0), 0.0);
    }
}
