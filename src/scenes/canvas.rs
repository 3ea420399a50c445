//! A scene's picture: shapes in scene units, drawn by Bevy as one vertex-coloured 2D mesh
//! placed where the egui view left room for it.
//!
//! A scene builds a [`Shapes`] every frame it is shown and hands it to [`CanvasSlot`]; [`sync`]
//! rebuilds the mesh only when the shapes changed, so a still scene costs nothing.

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use bevy::sprite_render::AlphaMode2d;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContexts, egui};

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
#[derive(Resource, Default, Debug)]
pub struct CanvasSlot {
    pub wanted: Option<(Shapes, egui::Rect)>,
}

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

/// How wide each of a row of labels centred at `xs` may be so that neighbours never overlap:
/// the distance to its nearest neighbour, less a gap (never under `min`). A lone label may
/// take `alone`.
pub fn label_widths(xs: &[f32], alone: f32, min: f32) -> Vec<f32> {
    const GAP: f32 = 8.0;
    xs.iter()
        .enumerate()
        .map(|(i, &x)| {
            let nearest = xs
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, &other)| (other - x).abs())
                .fold(f32::INFINITY, f32::min);
            if nearest.is_finite() {
                (nearest - GAP).max(min)
            } else {
                alone
            }
        })
        .collect()
}

/// Paints labels that sit side by side (the names above a row of scars), each wrapped to the
/// room between it and its neighbours so that long words or large text never overlap.
pub fn row_labels(
    painter: &egui::Painter,
    bounds: egui::Rect,
    labels: Vec<(String, egui::Pos2)>,
    align: egui::Align2,
    font: egui::FontId,
    color: egui::Color32,
) {
    let xs: Vec<f32> = labels.iter().map(|(_, pos)| pos.x).collect();
    let widths = label_widths(&xs, bounds.width(), 40.0);
    for ((text, pos), width) in labels.into_iter().zip(widths) {
        let galley = painter.layout(text, font.clone(), color, width - 6.0);
        paint_label(painter, bounds, galley, pos, align, color);
    }
}

/// Paints a text label with a light backing at `pos`, kept inside `bounds`.
pub fn label(
    painter: &egui::Painter,
    bounds: egui::Rect,
    text: String,
    pos: egui::Pos2,
    align: egui::Align2,
    font: egui::FontId,
    color: egui::Color32,
) {
    let galley = painter.layout_no_wrap(text, font, color);
    paint_label(painter, bounds, galley, pos, align, color);
}

/// Paints a laid-out label with a light backing at `pos`, kept inside `bounds`.
pub fn paint_label(
    painter: &egui::Painter,
    bounds: egui::Rect,
    galley: std::sync::Arc<egui::Galley>,
    pos: egui::Pos2,
    align: egui::Align2,
    color: egui::Color32,
) {
    let placed = align.anchor_size(pos, galley.size()).expand(3.0);
    let shift = egui::vec2(
        (bounds.left() - placed.left()).max(0.0) + (bounds.right() - placed.right()).min(0.0),
        (bounds.top() - placed.top()).max(0.0) + (bounds.bottom() - placed.bottom()).min(0.0),
    );
    let placed = placed.translate(shift);
    painter.rect_filled(placed, 4.0, egui::Color32::from_white_alpha(225));
    painter.galley(placed.min + egui::vec2(3.0, 3.0), galley, color);
}

/// Marks the canvas mesh entity.
#[derive(Component)]
pub(super) struct CanvasPart;

/// The shapes the mesh shows now.
#[derive(Resource, Default)]
pub(super) struct Drawn(Option<Shapes>);

pub(super) fn clear_slot(mut slot: ResMut<CanvasSlot>) {
    if slot.wanted.is_some() {
        slot.wanted = None;
    }
}

/// Spawns, updates, moves or removes the canvas mesh to match the slot.
pub(super) fn sync(
    mut commands: Commands,
    slot: Res<CanvasSlot>,
    mut drawn: ResMut<Drawn>,
    mut parts: Query<(Entity, &Mesh2d, &mut Transform, &mut GlobalTransform), With<CanvasPart>>,
    window: Query<&Window, With<PrimaryWindow>>,
    mut contexts: EguiContexts,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) -> Result {
    let Some((shapes, rect)) = &slot.wanted else {
        if drawn.0.is_some() {
            for (entity, ..) in &parts {
                commands.entity(entity).despawn();
            }
            drawn.0 = None;
        }
        return Ok(());
    };
    let zoom = contexts.ctx_mut()?.zoom_factor();
    let Ok(window) = window.single() else {
        return Ok(());
    };
    let size = Vec2::new(window.width(), window.height());
    let placed = placement(shapes, *rect, zoom, size);
    let changed = drawn.0.as_ref() != Some(shapes);
    match parts.single_mut() {
        Ok((_, mesh, mut transform, mut global)) => {
            if changed && let Some(mut asset) = meshes.get_mut(&mesh.0) {
                *asset = shapes.mesh();
            }
            if *transform != placed {
                *transform = placed;
                *global = GlobalTransform::from(placed);
            }
        }
        Err(_) => {
            let material = ColorMaterial {
                alpha_mode: AlphaMode2d::Blend,
                ..ColorMaterial::from_color(Color::WHITE)
            };
            commands.spawn((
                Name::new("Scene canvas"),
                CanvasPart,
                Mesh2d(meshes.add(shapes.mesh())),
                MeshMaterial2d(materials.add(material)),
                placed,
            ));
        }
    }
    if changed {
        drawn.0 = Some(shapes.clone());
    }
    Ok(())
}

/// World transform of scene units for an egui rect, at egui zoom `zoom` in a window of logical
/// `size` (the 2D camera has one world unit per logical pixel, origin centred).
fn placement(shapes: &Shapes, rect: egui::Rect, zoom: f32, size: Vec2) -> Transform {
    let map = CanvasMap::new(shapes.width, shapes.height, rect);
    let origin = Vec2::new(map.origin.x, map.origin.y) * zoom;
    let world = Vec2::new(origin.x - size.x / 2.0, size.y / 2.0 - origin.y);
    // Above the illustration meshes (z 0 to 6).
    Transform::from_translation(world.extend(10.0)).with_scale(Vec3::new(
        map.scale * zoom,
        map.scale * zoom,
        1.0,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn row_labels_get_the_room_to_their_nearest_neighbour() {
        let widths = super::label_widths(&[100.0, 180.0, 400.0], 900.0, 40.0);
        assert_eq!(widths, vec![72.0, 72.0, 212.0]);
        assert_eq!(
            super::label_widths(&[10.0, 20.0], 900.0, 40.0),
            vec![40.0, 40.0]
        );
        assert_eq!(super::label_widths(&[50.0], 900.0, 40.0), vec![900.0]);
    }

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
