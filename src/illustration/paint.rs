//! Painting [`Shapes`] with egui: one vertex-coloured mesh per picture, in egui's own pass, so
//! a picture scrolls, clips and layers with the text around it, and the app needs no 2D mesh
//! renderer of its own.
//!
//! egui draws without multisampling and softens edges itself (its "feathering"): a band one
//! pixel wide along each outline, fading from the fill colour inside to transparent outside.
//! The same is done here for every shape's outline (not a tile's). A band, line or ring
//! thinner than a pixel is faded instead of drawn a pixel thick; a polygon is not (none in the
//! drawings or scenes is that thin).
//!
//! Colours blend as light does (in linear space), as the Bevy meshes these pictures were drawn
//! with before did: `bevy_egui`'s shader turns each vertex colour from sRGB to linear before the
//! blend, which would make every see-through colour, and each softened edge, too dark (a grey
//! seam between two layers). So each vertex carries the sRGB value whose linear value is the
//! colour already weighed by its coverage ([`covered`]), and the fade has a middle step.

use bevy_egui::egui;

use super::shapes::{Part, Shapes};

/// Where a picture's units land on screen: `origin` is the screen position of the units'
/// (0, 0), and one unit is `scale` points (y up in units, down on screen).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub scale: f32,
    pub origin: egui::Pos2,
}

impl Placement {
    /// The largest placement of `min..max` that fits `rect`, centred in it.
    pub fn fit(min: [f32; 2], max: [f32; 2], rect: egui::Rect) -> Self {
        let (width, height) = (max[0] - min[0], max[1] - min[1]);
        let scale = (rect.width() / width).min(rect.height() / height);
        let used = egui::vec2(width * scale, height * scale);
        let corner = rect.center() - used / 2.0;
        Placement {
            scale,
            origin: egui::pos2(
                corner.x - min[0] * scale,
                corner.y + used.y + min[1] * scale,
            ),
        }
    }

    /// The placement of `shapes` fitted to `rect`.
    pub fn of(shapes: &Shapes, rect: egui::Rect) -> Self {
        Placement::fit(shapes.min, shapes.max, rect)
    }

    pub fn to_screen(&self, [x, y]: [f32; 2]) -> egui::Pos2 {
        self.origin + egui::vec2(x * self.scale, -y * self.scale)
    }

    pub fn to_units(&self, pos: egui::Pos2) -> [f32; 2] {
        let d = pos - self.origin;
        [d.x / self.scale, -d.y / self.scale]
    }
}

/// Paints `shapes` fitted into `rect`; returns the placement, for labels over it.
pub fn paint(painter: &egui::Painter, shapes: &Shapes, rect: egui::Rect) -> Placement {
    let placement = Placement::of(shapes, rect);
    if !shapes.is_empty() {
        let feather = 1.0 / painter.pixels_per_point();
        painter.add(egui::Shape::mesh(mesh(shapes, placement, feather)));
    }
    placement
}

/// The picture as one egui mesh, each shape's outline softened over `feather` points.
pub fn mesh(shapes: &Shapes, placement: Placement, feather: f32) -> egui::Mesh {
    let mut mesh = egui::Mesh::default();
    for part in shapes.in_order() {
        add_part(&mut mesh, part, placement, feather);
    }
    mesh
}

/// The vertex colour for `color` covering `coverage` of a pixel: premultiplied, with the
/// premultiplying done in linear space (see the module's notes).
pub fn covered([r, g, b, a]: [u8; 4], coverage: f32) -> egui::Color32 {
    let alpha = f32::from(a) / 255.0 * coverage.clamp(0.0, 1.0);
    let channel = |v: u8| {
        egui::ecolor::gamma_u8_from_linear_f32(egui::ecolor::linear_f32_from_gamma_u8(v) * alpha)
    };
    egui::Color32::from_rgba_premultiplied(
        channel(r),
        channel(g),
        channel(b),
        (alpha * 255.0).round() as u8,
    )
}

fn add_part(mesh: &mut egui::Mesh, part: &Part, placement: Placement, feather: f32) {
    let screen: Vec<egui::Pos2> = part
        .points
        .iter()
        .map(|&p| placement.to_screen(p))
        .collect();
    // How much of the fill each point keeps: all of it, unless the shape is thinner than the
    // feathering there.
    let coverage: Vec<f32> = (0..screen.len())
        .map(|i| {
            if part.paired {
                (screen[i].distance(screen[i ^ 1]) / feather).min(1.0)
            } else {
                1.0
            }
        })
        .collect();
    // Each outline point moves inwards by half the feathering (less where the shape is thin),
    // and gets a half-covered twin on the outline and a transparent one outside by the same
    // amount.
    let mut inner = screen.clone();
    let mut outer: Vec<Option<(egui::Pos2, egui::Pos2)>> = vec![None; screen.len()];
    let sign = part
        .outlines
        .first()
        .map_or(1.0, |outline| signed_area(&screen, outline).signum());
    for outline in &part.outlines {
        for (i, normal) in outline.iter().zip(normals(&screen, outline, sign)) {
            let i = *i as usize;
            let step = normal * (feather / 2.0);
            inner[i] = screen[i] - step * coverage[i];
            outer[i] = Some((
                screen[i] - step * (coverage[i] - 1.0) / 2.0,
                screen[i] + step,
            ));
        }
    }
    let base = mesh.vertices.len() as u32;
    for (pos, keep) in inner.iter().zip(&coverage) {
        mesh.colored_vertex(*pos, covered(part.color, *keep));
    }
    for [i, j, k] in &part.triangles {
        mesh.add_triangle(base + i, base + j, base + k);
    }
    // The fringe: two quads along each outline edge, from the inner points to their twins on
    // the outline, and on to the transparent ones outside.
    let mut twins = vec![(0u32, 0u32); screen.len()];
    for (i, pair) in outer.iter().enumerate() {
        if let Some((middle, out)) = pair {
            twins[i] = (mesh.vertices.len() as u32, mesh.vertices.len() as u32 + 1);
            mesh.colored_vertex(*middle, covered(part.color, coverage[i] / 2.0));
            mesh.colored_vertex(*out, egui::Color32::TRANSPARENT);
        }
    }
    for outline in &part.outlines {
        for (k, &i1) in outline.iter().enumerate() {
            let i0 = outline[(k + outline.len() - 1) % outline.len()];
            let ((a_mid, a_out), (b_mid, b_out)) = (twins[i0 as usize], twins[i1 as usize]);
            for (a, b, a_next, b_next) in [
                (base + i0, base + i1, a_mid, b_mid),
                (a_mid, b_mid, a_out, b_out),
            ] {
                mesh.add_triangle(a, b, b_next);
                mesh.add_triangle(a, b_next, a_next);
            }
        }
    }
}

/// Twice the signed area of an outline (positive when it goes round clockwise on screen).
fn signed_area(points: &[egui::Pos2], outline: &[u32]) -> f32 {
    outline
        .iter()
        .zip(outline.iter().cycle().skip(1))
        .map(|(&i, &j)| {
            let (a, b) = (points[i as usize], points[j as usize]);
            a.x * b.y - b.x * a.y
        })
        .sum()
}

/// The outward normal at each point of an outline, lengthened at corners so the softened
/// edge keeps its width ("miter"). `sign` is the winding of the shape's outside outline, so
/// a hole's normals point into the hole.
fn normals(points: &[egui::Pos2], outline: &[u32], sign: f32) -> Vec<egui::Vec2> {
    let n = outline.len();
    let edge_normal = |k: usize| {
        let (a, b) = (
            points[outline[k] as usize],
            points[outline[(k + 1) % n] as usize],
        );
        let d = b - a;
        let length = d.length();
        if length <= f32::EPSILON {
            egui::Vec2::ZERO
        } else {
            egui::vec2(d.y, -d.x) * (sign / length)
        }
    };
    let edges: Vec<egui::Vec2> = (0..n).map(edge_normal).collect();
    (0..n)
        .map(|k| {
            let (before, after) = (edges[(k + n - 1) % n], edges[k]);
            if before == egui::Vec2::ZERO || after == egui::Vec2::ZERO {
                return before + after;
            }
            let middle = (before + after) / 2.0;
            let length_sq = middle.length_sq();
            if length_sq < 0.1 {
                // A hairpin: no miter would keep its width.
                after
            } else {
                middle / length_sq
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::illustration::shapes::rgb;

    fn square() -> Shapes {
        let mut shapes = Shapes::new(10.0, 10.0);
        shapes.rect([2.0, 2.0], [8.0, 8.0], 0, rgb([200, 10, 10]));
        shapes
    }

    fn at(placement: Placement) -> egui::Rect {
        egui::Rect::from_min_max(
            placement.to_screen([2.0, 8.0]),
            placement.to_screen([8.0, 2.0]),
        )
    }

    #[test]
    fn a_picture_fits_its_rectangle_centred_and_keeps_its_shape() {
        let rect = egui::Rect::from_min_size(egui::pos2(10.0, 20.0), egui::vec2(400.0, 100.0));
        let placement = Placement::fit([0.0, 0.0], [20.0, 10.0], rect);
        assert_eq!(placement.scale, 10.0);
        assert_eq!(placement.to_screen([0.0, 0.0]), egui::pos2(110.0, 120.0));
        let back = placement.to_units(placement.to_screen([3.5, 7.25]));
        assert!((back[0] - 3.5).abs() < 1e-4 && (back[1] - 7.25).abs() < 1e-4);
        // Units that do not start at 0: their middle lands on the rectangle's.
        let centred = Placement::fit([-8.0, -3.0], [8.0, 1.0], rect);
        assert_eq!(centred.to_screen([0.0, -1.0]), rect.center());
    }

    #[test]
    fn edges_fade_out_over_one_pixel_outside_the_fill() {
        let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(100.0, 100.0));
        let placement = Placement::fit([0.0, 0.0], [10.0, 10.0], rect);
        let edges = at(placement);
        let mesh = mesh(&square(), placement, 1.0);
        let alpha = |a: u8| -> Vec<egui::Pos2> {
            mesh.vertices
                .iter()
                .filter(|v| v.color.a() == a)
                .map(|v| v.pos)
                .collect()
        };
        let (solid, half, clear) = (alpha(255), alpha(128), alpha(0));
        assert_eq!((solid.len(), half.len(), clear.len()), (4, 4, 4));
        assert_eq!(mesh.vertices.len(), 12);
        // The fill stops half a pixel inside the square, is half gone on its edge, and gone
        // half a pixel outside it.
        for v in half {
            assert!(edges.expand(1e-3).contains(v) && !edges.shrink(1e-3).contains(v));
        }
        for v in solid {
            assert!(edges.shrink(0.5).expand(1e-3).contains(v), "{v:?}");
            assert!(!edges.shrink(0.6).contains(v), "{v:?}");
        }
        for v in clear {
            assert!(edges.expand(0.5 + 1e-3).contains(v), "{v:?}");
            assert!(!edges.expand(0.4).contains(v), "{v:?}");
        }
        // Fill (2 triangles) and two quads along each of the 4 edges.
        assert_eq!(mesh.indices.len(), 3 * (2 + 4 * 4));
    }

    #[test]
    fn a_shape_drawn_either_way_round_fades_outwards() {
        let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(100.0, 100.0));
        let placement = Placement::fit([0.0, 0.0], [10.0, 10.0], rect);
        let mut backwards = Shapes::new(10.0, 10.0);
        backwards.convex(
            vec![[2.0, 2.0], [2.0, 8.0], [8.0, 8.0], [8.0, 2.0]],
            0,
            rgb([1, 2, 3]),
        );
        let square = at(placement);
        let mesh = mesh(&backwards, placement, 1.0);
        assert!(
            mesh.vertices
                .iter()
                .filter(|v| v.color.a() == 0)
                .all(|v| !square.contains(v.pos))
        );
    }

    #[test]
    fn a_ring_fades_into_its_hole_too() {
        let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(100.0, 100.0));
        let placement = Placement::fit([0.0, 0.0], [10.0, 10.0], rect);
        let mut shapes = Shapes::new(10.0, 10.0);
        shapes.ring([5.0, 5.0], 2.0, 4.0, 0, rgb([1, 2, 3]));
        let centre = placement.to_screen([5.0, 5.0]);
        let mesh = mesh(&shapes, placement, 1.0);
        let (inner, outer) = (2.0 * placement.scale, 4.0 * placement.scale);
        for v in &mesh.vertices {
            let r = v.pos.distance(centre);
            match v.color.a() {
                // Half a pixel outside the ring, on either side.
                0 => assert!((r - (outer + 0.5)).abs() < 0.2 || (r - (inner - 0.5)).abs() < 0.2),
                255 => assert!(r > inner && r < outer, "{r}"),
                // On its edges.
                _ => assert!((r - outer).abs() < 0.2 || (r - inner).abs() < 0.2, "{r}"),
            }
        }
    }

    #[test]
    fn a_shape_thinner_than_a_pixel_fades_instead_of_thickening() {
        let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(100.0, 100.0));
        let placement = Placement::fit([0.0, 0.0], [10.0, 10.0], rect);
        let mut shapes = Shapes::new(10.0, 10.0);
        // A line a quarter of a pixel wide (a pixel is 0.1 units here), and a band of no
        // thickness at all.
        shapes.line([1.0, 5.0], [9.0, 5.0], 0.025, 0, rgb([255, 255, 255]));
        shapes.band(0.0, 10.0, 10, |_| 2.0, |_| 2.0, 0, rgb([255, 255, 255]));
        let mesh = mesh(&shapes, placement, 1.0);
        let mut alphas: Vec<u8> = mesh
            .vertices
            .iter()
            .map(|v| v.color.a())
            .filter(|a| *a > 0)
            .collect();
        alphas.sort_unstable();
        // Only the line shows: its four inner points at a quarter, their twins at an eighth.
        assert_eq!(alphas.len(), 8, "{alphas:?}");
        assert!(
            alphas[..4].iter().all(|a| (30..=34).contains(a)),
            "{alphas:?}"
        );
        assert!(
            alphas[4..].iter().all(|a| (62..=66).contains(a)),
            "{alphas:?}"
        );
    }

    #[test]
    fn tiles_laid_edge_to_edge_are_not_softened() {
        let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(100.0, 100.0));
        let placement = Placement::fit([0.0, 0.0], [10.0, 10.0], rect);
        let mut shapes = Shapes::new(10.0, 10.0);
        for i in 0..10 {
            let (a, b) = (i as f32, i as f32 + 1.0);
            shapes.tile(
                vec![[a, 0.0], [b, 0.0], [b, 1.0], [a, 1.0]],
                0,
                rgb([1, 2, 3]),
            );
        }
        let mesh = mesh(&shapes, placement, 1.0);
        // Full colour at every corner, each slice's own: no fade, so no seam between two.
        assert_eq!(mesh.vertices.len(), 40);
        assert!(mesh.vertices.iter().all(|v| v.color.a() == 255));
    }

    #[test]
    fn colours_are_weighed_by_coverage_in_linear_space() {
        assert_eq!(
            covered([0xEE, 0xB4, 0xAC, 255], 1.0),
            egui::Color32::from_rgb(0xEE, 0xB4, 0xAC)
        );
        assert_eq!(covered([9, 9, 9, 255], 0.0), egui::Color32::TRANSPARENT);
        // Half of white is half its light: 0.5 in linear space, 188 in sRGB (not 128, which
        // `bevy_egui`'s shader would take for a fifth of the light).
        let half = covered([255, 255, 255, 255], 0.5);
        assert_eq!((half.r(), half.a()), (188, 128));
        // A colour's own alpha counts the same way.
        assert_eq!(covered([255, 255, 255, 128], 1.0), half);
    }

    #[test]
    fn painting_adds_one_mesh_in_the_rectangle() {
        let ctx = egui::Context::default();
        let rect = egui::Rect::from_min_size(egui::pos2(30.0, 40.0), egui::vec2(200.0, 100.0));
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            paint(ui.painter(), &square(), rect);
        });
        output.textures_delta.clear();
        let meshes: Vec<&egui::Mesh> = output
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Mesh(mesh) => Some(&**mesh),
                _ => None,
            })
            .collect();
        assert_eq!(meshes.len(), 1);
        assert!(
            meshes[0]
                .vertices
                .iter()
                .all(|v| rect.expand(1.0).contains(v.pos))
        );
        assert!(meshes[0].is_valid());
    }
}
