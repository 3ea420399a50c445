//! A scene's picture: shapes in scene units, drawn by Bevy as one vertex-coloured 2D mesh
//! placed where the egui view left room for it.
//!
//! A scene builds a [`Shapes`] every frame it is shown and hands it to [`CanvasSlot`]; the
//! illustrations' backdrop mechanism rebuilds the mesh only when the shapes changed, so a
//! still scene costs nothing.

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use bevy::sprite_render::AlphaMode2d;
use bevy_egui::egui;

use crate::illustration::backdrop::{Backdrop, BackdropPart, BackdropSlot};

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

/// One filled shape: triangles with a depth order.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    z: i32,
    color: Rgba,
    points: Vec<[f32; 2]>,
    triangles: Vec<[u32; 3]>,
}

/// A picture in scene units: x to the right from 0 to `width`, y up from 0 to `height`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shapes {
    pub width: f32,
    pub height: f32,
    parts: Vec<Part>,
}

impl Shapes {
    pub fn new(width: f32, height: f32) -> Self {
        Shapes {
            width,
            height,
            parts: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// How many shapes of a colour the picture holds (for tests).
    pub fn count_of(&self, color: Rgba) -> usize {
        self.parts.iter().filter(|p| p.color == color).count()
    }

    /// A convex polygon, points in order.
    pub fn convex(&mut self, points: Vec<[f32; 2]>, z: i32, color: Rgba) {
        if points.len() < 3 || color[3] == 0 {
            return;
        }
        let triangles = (1..points.len() as u32 - 1)
            .map(|i| [0, i, i + 1])
            .collect();
        self.parts.push(Part {
            z,
            color,
            points,
            triangles,
        });
    }

    pub fn rect(&mut self, [x0, y0]: [f32; 2], [x1, y1]: [f32; 2], z: i32, color: Rgba) {
        self.convex(vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]], z, color);
    }

    pub fn circle(&mut self, [cx, cy]: [f32; 2], radius: f32, z: i32, color: Rgba) {
        self.ellipse([cx, cy], [radius, radius], z, color);
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
        self.parts.push(Part {
            z,
            color,
            points,
            triangles,
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
        let mut triangles = Vec::with_capacity(samples * 2);
        for i in 0..=samples {
            let x = x0 + (x1 - x0) * i as f32 / samples as f32;
            let t = top(x);
            points.push([x, t]);
            points.push([x, bottom(x).min(t)]);
            if i > 0 {
                let b = (i as u32 - 1) * 2;
                triangles.push([b, b + 1, b + 2]);
                triangles.push([b + 1, b + 3, b + 2]);
            }
        }
        self.parts.push(Part {
            z,
            color,
            points,
            triangles,
        });
    }

    /// A straight line `width` units wide.
    pub fn line(&mut self, a: [f32; 2], b: [f32; 2], width: f32, z: i32, color: Rgba) {
        let (a, b) = (Vec2::from(a), Vec2::from(b));
        let n = (b - a).perp().normalize_or_zero() * width / 2.0;
        let points = [a + n, b + n, b - n, a - n].map(|p| [p.x, p.y]).to_vec();
        self.convex(points, z, color);
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

    /// The mesh: every part in depth order (later parts in the same order draw on top).
    fn mesh(&self) -> Mesh {
        let mut parts: Vec<&Part> = self.parts.iter().collect();
        parts.sort_by_key(|p| p.z);
        let mut positions = Vec::new();
        let mut colors = Vec::new();
        let mut indices = Vec::new();
        for part in parts {
            let base = positions.len() as u32;
            let [r, g, b, a] = part.color;
            let linear = Color::srgba_u8(r, g, b, a).to_linear().to_f32_array();
            positions.extend(part.points.iter().map(|&[x, y]| [x, y, 0.0]));
            colors.extend(std::iter::repeat_n(linear, part.points.len()));
            indices.extend(part.triangles.iter().flatten().map(|i| base + i));
        }
        Mesh::new(
            PrimitiveTopology::TriangleList,
            RenderAssetUsages::default(),
        )
        .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
        .with_inserted_attribute(Mesh::ATTRIBUTE_COLOR, colors)
        .with_inserted_indices(Indices::U32(indices))
    }
}

/// Maps scene units to egui points inside a rectangle, keeping the aspect ratio.
#[derive(Debug, Clone, Copy)]
pub struct CanvasMap {
    pub scale: f32,
    /// Screen position of the scene's bottom-left corner.
    pub origin: egui::Pos2,
}

impl CanvasMap {
    pub fn new(width: f32, height: f32, rect: egui::Rect) -> Self {
        let scale = (rect.width() / width).min(rect.height() / height);
        let used = egui::vec2(width * scale, height * scale);
        let min = rect.center() - used / 2.0;
        CanvasMap {
            scale,
            origin: egui::pos2(min.x, min.y + used.y),
        }
    }

    pub fn to_screen(&self, [x, y]: [f32; 2]) -> egui::Pos2 {
        self.origin + egui::vec2(x * self.scale, -y * self.scale)
    }

    pub fn to_scene(&self, pos: egui::Pos2) -> [f32; 2] {
        let d = pos - self.origin;
        [d.x / self.scale, -d.y / self.scale]
    }
}

/// What a scene wants drawn this frame, and where (egui points).
pub type CanvasSlot = BackdropSlot<Shapes>;

/// Reserves a rectangle `height` points tall at the full width of `ui` for `shapes`; returns
/// the mapping to paint labels with, and the response (click sense). `description` says in
/// words what the drawing shows, for screen readers.
pub fn place(
    ui: &mut egui::Ui,
    slot: &mut CanvasSlot,
    shapes: Shapes,
    max_height: f32,
    description: &str,
) -> (CanvasMap, egui::Response) {
    let width = ui.available_width();
    let height = (width * shapes.height / shapes.width).clamp(90.0, max_height.max(90.0));
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    crate::theme::describe_picture(&response, description);
    let map = CanvasMap::new(shapes.width, shapes.height, rect);
    slot.wanted = Some((shapes, rect));
    (map, response)
}

impl Backdrop for Shapes {
    const NAME: &'static str = "Scene canvas";

    fn parts(&self) -> Vec<BackdropPart> {
        let material = ColorMaterial {
            alpha_mode: AlphaMode2d::Blend,
            ..ColorMaterial::from_color(Color::WHITE)
        };
        // Above the illustration meshes (z 0 to 6).
        vec![BackdropPart {
            mesh: self.mesh(),
            material,
            z: 10.0,
        }]
    }

    fn placement(&self, rect: egui::Rect, zoom: f32, size: Vec2) -> Transform {
        placement(self, rect, zoom, size)
    }
}

/// World transform of scene units for an egui rect, at egui zoom `zoom` in a window of logical
/// `size` (the 2D camera has one world unit per logical pixel, origin centred).
fn placement(shapes: &Shapes, rect: egui::Rect, zoom: f32, size: Vec2) -> Transform {
    let map = CanvasMap::new(shapes.width, shapes.height, rect);
    let origin = Vec2::new(map.origin.x, map.origin.y) * zoom;
    let world = Vec2::new(origin.x - size.x / 2.0, size.y / 2.0 - origin.y);
    Transform::from_translation(world.extend(0.0)).with_scale(Vec3::new(
        map.scale * zoom,
        map.scale * zoom,
        1.0,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mesh_holds_every_part_in_depth_order() {
        let mut shapes = Shapes::new(10.0, 10.0);
        shapes.rect([0.0, 0.0], [1.0, 1.0], 5, [255, 0, 0, 255]);
        shapes.circle([5.0, 5.0], 1.0, 1, [0, 255, 0, 255]);
        shapes.rect([0.0, 0.0], [1.0, 1.0], 0, [0, 0, 0, 0]);
        let mesh = shapes.mesh();
        assert_eq!(mesh.count_vertices(), 40 + 4, "invisible parts are skipped");
        let Some(bevy::mesh::VertexAttributeValues::Float32x4(colors)) =
            mesh.attribute(Mesh::ATTRIBUTE_COLOR)
        else {
            panic!("vertex colours");
        };
        // The circle (z 1) comes before the square (z 5).
        assert!(colors[0][1] > 0.9 && colors[0][0] < 0.1);
        assert!(colors[40][0] > 0.9);
    }

    #[test]
    fn the_map_keeps_the_aspect_and_round_trips() {
        let rect = egui::Rect::from_min_size(egui::pos2(10.0, 20.0), egui::vec2(400.0, 100.0));
        let map = CanvasMap::new(20.0, 10.0, rect);
        assert_eq!(map.scale, 10.0);
        let bottom_left = map.to_screen([0.0, 0.0]);
        assert_eq!(bottom_left, egui::pos2(110.0, 120.0));
        let back = map.to_scene(map.to_screen([3.5, 7.25]));
        assert!((back[0] - 3.5).abs() < 1e-4 && (back[1] - 7.25).abs() < 1e-4);
    }

    #[test]
    fn placement_puts_the_scene_origin_at_the_rect() {
        let shapes = Shapes::new(20.0, 10.0);
        let rect = egui::Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(200.0, 100.0));
        let t = placement(&shapes, rect, 1.0, Vec2::new(200.0, 100.0));
        let corner = t.transform_point(Vec3::ZERO);
        assert!((corner.x + 100.0).abs() < 1e-4 && (corner.y + 50.0).abs() < 1e-4);
        let top_right = t.transform_point(Vec3::new(20.0, 10.0, 0.0));
        assert!((top_right.x - 100.0).abs() < 1e-4 && (top_right.y - 50.0).abs() < 1e-4);
    }
}
