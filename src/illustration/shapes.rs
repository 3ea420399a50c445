//! Pictures as filled shapes in their own units (y up): the one model the skin drawings and the
//! scenes share. Pure: [`super::paint`] turns them into an egui mesh for a rectangle on screen.
//!
//! Each shape keeps its outline, so the painter can soften its edges (egui draws without
//! multisampling), and shapes made of facing pairs of points (bands, lines, rings) say so, so
//! the painter can fade a part thinner than a pixel instead of drawing it a pixel thick.

/// An sRGB colour with alpha, as bytes.
pub type Rgba = [u8; 4];

/// Opaque colour from sRGB bytes.
pub const fn rgb([r, g, b]: [u8; 3]) -> Rgba {
    [r, g, b, 255]
}

/// The same colour at `alpha` (0 to 1).
pub fn with_alpha([r, g, b, _]: Rgba, alpha: f32) -> Rgba {
    [r, g, b, (alpha.clamp(0.0, 1.0) * 255.0).round() as u8]
}

/// Straight blend of two colours: `t` = 0 gives `a`, 1 gives `b`.
pub fn mix(a: Rgba, b: Rgba, t: f32) -> Rgba {
    let t = t.clamp(0.0, 1.0);
    std::array::from_fn(|i| {
        (f32::from(a[i]) + (f32::from(b[i]) - f32::from(a[i])) * t).round() as u8
    })
}

/// One filled shape: triangles over its points, with a depth order.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub z: i32,
    pub color: Rgba,
    pub points: Vec<[f32; 2]>,
    pub triangles: Vec<[u32; 3]>,
    /// Closed outlines through `points`: the first goes round the outside, any others (holes)
    /// go the other way round. None for a tile (its edges are not softened).
    pub outlines: Vec<Vec<u32>>,
    /// Points come in facing pairs (0 and 1, 2 and 3, ...) across the shape, so its thickness
    /// at each point is the distance to its partner.
    pub paired: bool,
}

/// A picture: x to the right, y up, inside `min..max`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shapes {
    pub min: [f32; 2],
    pub max: [f32; 2],
    parts: Vec<Part>,
}

impl Shapes {
    /// A picture from 0 to `width` across and 0 to `height` up.
    pub fn new(width: f32, height: f32) -> Self {
        Shapes::within([0.0, 0.0], [width, height])
    }

    /// A picture inside `min..max`.
    pub fn within(min: [f32; 2], max: [f32; 2]) -> Self {
        Shapes {
            min,
            max,
            parts: Vec::new(),
        }
    }

    pub fn width(&self) -> f32 {
        self.max[0] - self.min[0]
    }

    pub fn height(&self) -> f32 {
        self.max[1] - self.min[1]
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// How many shapes of a colour the picture holds (for tests).
    pub fn count_of(&self, color: Rgba) -> usize {
        self.parts.iter().filter(|p| p.color == color).count()
    }

    /// The shapes in drawing order: by depth, and in the order added within a depth.
    pub fn in_order(&self) -> Vec<&Part> {
        let mut parts: Vec<&Part> = self.parts.iter().collect();
        parts.sort_by_key(|p| p.z);
        parts
    }

    /// A convex polygon, points in order.
    pub fn convex(&mut self, points: Vec<[f32; 2]>, z: i32, color: Rgba) {
        if points.len() < 3 || color[3] == 0 {
            return;
        }
        let n = points.len() as u32;
        self.parts.push(Part {
            z,
            color,
            triangles: (1..n - 1).map(|i| [0, i, i + 1]).collect(),
            outlines: vec![(0..n).collect()],
            points,
            paired: false,
        });
    }

    /// A convex polygon whose edges are not softened: for slices laid edge to edge, where two
    /// softened edges would each be half there and let what is under them show as a seam.
    pub fn tile(&mut self, points: Vec<[f32; 2]>, z: i32, color: Rgba) {
        let before = self.parts.len();
        self.convex(points, z, color);
        if let Some(part) = self.parts.get_mut(before) {
            part.outlines.clear();
        }
    }

    pub fn rect(&mut self, [x0, y0]: [f32; 2], [x1, y1]: [f32; 2], z: i32, color: Rgba) {
        self.convex(vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]], z, color);
    }

    pub fn circle(&mut self, center: [f32; 2], radius: f32, z: i32, color: Rgba) {
        self.ellipse(center, [radius, radius], z, color);
    }

    pub fn ellipse(&mut self, [cx, cy]: [f32; 2], [rx, ry]: [f32; 2], z: i32, color: Rgba) {
        let points = (0..40)
            .map(|i| {
                let a = i as f32 / 40.0 * std::f32::consts::TAU;
                [cx + rx * a.cos(), cy + ry * a.sin()]
            })
            .collect();
        self.convex(points, z, color);
    }

    /// A ring between two radii.
    pub fn ring(&mut self, [cx, cy]: [f32; 2], inner: f32, outer: f32, z: i32, color: Rgba) {
        if outer <= inner || color[3] == 0 {
            return;
        }
        let n = 48u32;
        let mut points = Vec::with_capacity(2 * n as usize);
        let mut triangles = Vec::with_capacity(2 * n as usize);
        for i in 0..n {
            let a = i as f32 / n as f32 * std::f32::consts::TAU;
            points.push([cx + inner * a.cos(), cy + inner * a.sin()]);
            points.push([cx + outer * a.cos(), cy + outer * a.sin()]);
            let (j, k) = (2 * i, 2 * ((i + 1) % n));
            triangles.push([j, j + 1, k]);
            triangles.push([j + 1, k + 1, k]);
        }
        // The outer circle one way round, the hole the other.
        let outside = (0..n).map(|i| 2 * i + 1).collect();
        let hole = (0..n).rev().map(|i| 2 * i).collect();
        self.parts.push(Part {
            z,
            color,
            points,
            triangles,
            outlines: vec![outside, hole],
            paired: true,
        });
    }

    /// The area between two curves over `x0..x1`.
    pub fn band(
        &mut self,
        x0: f32,
        x1: f32,
        samples: usize,
        top: impl Fn(f32) -> f32,
        bottom: impl Fn(f32) -> f32,
        z: i32,
        color: Rgba,
    ) {
        if color[3] == 0 || samples == 0 {
            return;
        }
        let mut points = Vec::with_capacity((samples + 1) * 2);
        for i in 0..=samples {
            let x = x0 + (x1 - x0) * i as f32 / samples as f32;
            let t = top(x);
            points.push([x, t]);
            points.push([x, bottom(x).min(t)]);
        }
        self.paired_strip(points, z, color);
    }

    /// A straight line `width` units wide.
    pub fn line(&mut self, a: [f32; 2], b: [f32; 2], width: f32, z: i32, color: Rgba) {
        if color[3] == 0 {
            return;
        }
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let length = dx.hypot(dy);
        if length == 0.0 {
            return;
        }
        // Half the width, across the line.
        let (nx, ny) = (-dy / length * width / 2.0, dx / length * width / 2.0);
        let points = vec![
            [a[0] + nx, a[1] + ny],
            [a[0] - nx, a[1] - ny],
            [b[0] + nx, b[1] + ny],
            [b[0] - nx, b[1] - ny],
        ];
        self.paired_strip(points, z, color);
    }

    /// Connected lines through `points`.
    pub fn polyline(&mut self, points: &[[f32; 2]], width: f32, z: i32, color: Rgba) {
        for pair in points.windows(2) {
            self.line(pair[0], pair[1], width, z, color);
        }
        // Round the joints so thick lines have no gaps.
        for point in points.iter().skip(1).take(points.len().saturating_sub(2)) {
            self.circle(*point, width / 2.0, z, color);
        }
    }

    /// A strip between facing pairs of points (one side at even indices, the other at odd).
    fn paired_strip(&mut self, points: Vec<[f32; 2]>, z: i32, color: Rgba) {
        let columns = (points.len() / 2) as u32;
        if columns < 2 {
            return;
        }
        let triangles = (1..columns)
            .flat_map(|i| {
                let b = (i - 1) * 2;
                [[b, b + 1, b + 2], [b + 1, b + 3, b + 2]]
            })
            .collect();
        // Along one side, then back along the other.
        let outline = (0..columns)
            .map(|i| 2 * i)
            .chain((0..columns).rev().map(|i| 2 * i + 1))
            .collect();
        self.parts.push(Part {
            z,
            color,
            points,
            triangles,
            outlines: vec![outline],
            paired: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_come_in_depth_order_and_invisible_ones_are_skipped() {
        let mut shapes = Shapes::new(10.0, 10.0);
        shapes.rect([0.0, 0.0], [1.0, 1.0], 5, [255, 0, 0, 255]);
        shapes.circle([5.0, 5.0], 1.0, 1, [0, 255, 0, 255]);
        shapes.rect([0.0, 0.0], [1.0, 1.0], 0, [0, 0, 0, 0]);
        shapes.line([1.0, 1.0], [1.0, 1.0], 0.5, 0, [0, 0, 255, 255]);
        let order: Vec<Rgba> = shapes.in_order().iter().map(|p| p.color).collect();
        assert_eq!(order, vec![[0, 255, 0, 255], [255, 0, 0, 255]]);
    }

    #[test]
    fn every_outline_goes_through_every_point_once() {
        let mut shapes = Shapes::new(10.0, 10.0);
        shapes.band(0.0, 10.0, 7, |x| 5.0 + x.sin(), |_| 1.0, 0, rgb([1, 2, 3]));
        shapes.ring([5.0, 5.0], 1.0, 2.0, 0, rgb([1, 2, 3]));
        shapes.line([0.0, 0.0], [3.0, 4.0], 0.2, 0, rgb([1, 2, 3]));
        shapes.circle([1.0, 1.0], 0.5, 0, rgb([1, 2, 3]));
        for part in shapes.in_order() {
            let mut seen: Vec<u32> = part.outlines.iter().flatten().copied().collect();
            seen.sort_unstable();
            let all: Vec<u32> = (0..part.points.len() as u32).collect();
            assert_eq!(seen, all);
            let most = part.points.len() as u32;
            assert!(part.triangles.iter().flatten().all(|&i| i < most));
        }
    }

    #[test]
    fn a_line_is_as_wide_as_asked_across_its_length() {
        let mut shapes = Shapes::new(10.0, 10.0);
        shapes.line([0.0, 0.0], [3.0, 4.0], 0.2, 0, rgb([1, 2, 3]));
        let part = shapes.in_order()[0];
        let [a, b] = [part.points[0], part.points[1]];
        assert!(((a[0] - b[0]).hypot(a[1] - b[1]) - 0.2).abs() < 1e-5);
        // Across means at right angles to the line.
        let dot = (a[0] - b[0]) * 3.0 + (a[1] - b[1]) * 4.0;
        assert!(dot.abs() < 1e-5);
    }

    #[test]
    fn colours_mix_and_fade() {
        assert_eq!(
            mix(rgb([0, 0, 0]), rgb([200, 100, 50]), 0.5),
            [100, 50, 25, 255]
        );
        assert_eq!(with_alpha(rgb([1, 2, 3]), 0.5), [1, 2, 3, 128]);
        assert_eq!(with_alpha(rgb([1, 2, 3]), 3.0)[3], 255);
    }
}
