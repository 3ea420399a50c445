//! Skin cross-sections drawn with Bevy 2D meshes, placed where an egui view leaves room.
//!
//! A view asks for a drawing with [`show`], which reserves a rectangle, writes it to
//! [`IllustrationSlot`] and paints the labels; [`sync`] then draws the meshes under it.

pub mod profile;

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::content::model::{Illustration, ScarKind};
use crate::i18n::Localizer;
use crate::scenes::canvas;
use crate::screens::ScreenViews;
use crate::theme::{Palette, c};
use profile::{DERMIS_BOTTOM_MM, Drawing, EPIDERMIS_MM, FAT_BOTTOM_MM};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<IllustrationSlot>().add_systems(
        EguiPrimaryContextPass,
        (clear_slot.before(ScreenViews), sync.after(ScreenViews)),
    );
}

/// The drawing a view wants this frame and where (egui points), if any.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct IllustrationSlot {
    pub wanted: Option<(Illustration, egui::Rect)>,
}

/// Height of the strip above a drawing that holds scar names, in points.
const LABEL_STRIP: f32 = 30.0;

/// Marks the mesh entities of the drawing on screen.
#[derive(Component)]
struct IllustrationPart;

/// Which drawing the spawned meshes show.
#[derive(Resource)]
struct Spawned(Illustration);

/// Colours of the drawing. Skin tone is one of several across the Fitzpatrick range.
mod colors {
    pub const FAT: [u8; 3] = [0xF3, 0xDC, 0x8E];
    pub const DERMIS: [u8; 3] = [0xEE, 0xB4, 0xAC];
    pub const SCAR_TISSUE: [u8; 3] = [0xFA, 0xEC, 0xE8];
    pub const TETHER: [u8; 3] = [0xB8, 0x5F, 0x58];
    pub const EPIDERMIS: [u8; 3] = [0xB0, 0x74, 0x52];
    pub const SURFACE: [u8; 3] = [0x6E, 0x42, 0x2B];
    pub const PIGMENT: [u8; 3] = [0x5A, 0x30, 0x1C];
}

fn clear_slot(mut slot: ResMut<IllustrationSlot>) {
    if slot.wanted.is_some() {
        slot.wanted = None;
    }
}

/// Reserves room for `illustration` at the full width of `ui` and paints its labels.
pub fn show(
    ui: &mut egui::Ui,
    slot: &mut IllustrationSlot,
    loc: &Localizer,
    illustration: Illustration,
    max_height: f32,
) {
    show_with(ui, slot, loc, illustration, max_height, Labels::Names);
}

/// How the scars in a drawing of several are labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// Their type names.
    Names,
    /// Letters A, B, C from left to right, for "tap the ..." questions that must not give the
    /// answer away. The picture can then be tapped: the tapped scar is returned.
    Letters,
    /// As in a question about the drawing ("which type does this drawing show?"): a drawing of
    /// one scar is described to screen readers by its shape, never by its name; drawings of
    /// several keep their names.
    Shapes,
}

/// What a drawing shows, in words, for screen readers: a drawing of one scar names it, except
/// under [`Labels::Shapes`] (a question about it), where its shape is described instead.
pub fn description(loc: &Localizer, illustration: Illustration, labels: Labels) -> String {
    match illustration {
        Illustration::Skin => loc.t("a11y-picture-skin"),
        Illustration::Lineup => loc.t("a11y-picture-lineup"),
        Illustration::Explorer => loc.t("a11y-picture-explorer"),
        Illustration::Scar(kind) if labels == Labels::Shapes => loc.t_args(
            "a11y-picture-one-scar",
            &crate::i18n::args(&[("shape", loc.t(shape_id(kind)).into())]),
        ),
        Illustration::Scar(kind) => loc.t_args(
            "a11y-picture-scar",
            &crate::i18n::args(&[("scar", loc.t(kind.label_id()).into())]),
        ),
    }
}

/// Message id of the words for a scar's shape as drawn, without its name.
fn shape_id(kind: ScarKind) -> &'static str {
    match kind {
        ScarKind::Icepick => "a11y-shape-icepick",
        ScarKind::Boxcar => "a11y-shape-boxcar",
        ScarKind::Rolling => "a11y-shape-rolling",
        ScarKind::Hypertrophic => "a11y-shape-hypertrophic",
        ScarKind::Keloid => "a11y-shape-keloid",
        ScarKind::ColourMark => "a11y-shape-colour-mark",
    }
}

/// The letter of the scar at `index` (left to right) in a tappable picture.
pub fn spot_letter(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

/// Like [`show`], with a choice of labels; returns the scar tapped, if any.
pub fn show_with(
    ui: &mut egui::Ui,
    slot: &mut IllustrationSlot,
    loc: &Localizer,
    illustration: Illustration,
    max_height: f32,
    labels: Labels,
) -> Option<ScarKind> {
    show_marked(ui, slot, loc, illustration, max_height, labels, None)
}

/// Like [`show_with`], with a frame around the scar `marked`, if any.
pub fn show_marked(
    ui: &mut egui::Ui,
    slot: &mut IllustrationSlot,
    loc: &Localizer,
    illustration: Illustration,
    max_height: f32,
    labels: Labels,
    marked: Option<ScarKind>,
) -> Option<ScarKind> {
    let drawing = Drawing::of(illustration);
    let (top, bottom) = drawing.vertical_extent();
    let aspect = (top - bottom) / drawing.width;
    let width = ui.available_width();
    // Names go in a strip above the drawing, so they fit at any size: each wrapped to the room
    // between it and its neighbours, the strip as tall as the tallest.
    let named = drawing.features.len() > 1 || !drawing.original_spots().is_empty();
    let height = (width * aspect).clamp(100.0, max_height.max(100.0));
    let font = egui::TextStyle::Small.resolve(ui.style());
    let text_color = c(Palette::current().text);
    let names = if drawing.features.len() > 1 {
        // Where each scar's centre falls, from the left edge (the same at any strip height).
        let unplaced = Mapping::new(
            &drawing,
            egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height)),
        );
        let placed: Vec<(String, f32)> = drawing
            .features
            .iter()
            .enumerate()
            .map(|(index, feature)| {
                let text = match labels {
                    Labels::Names | Labels::Shapes => loc.t(feature.kind.label_id()),
                    Labels::Letters => spot_letter(index).to_string(),
                };
                (text, unplaced.to_screen([feature.center, 0.0]).x)
            })
            .collect();
        let xs: Vec<f32> = placed.iter().map(|(_, x)| *x).collect();
        let room = canvas::label_widths(&xs, width, 40.0);
        placed
            .into_iter()
            .zip(room)
            .map(|((text, x), room)| {
                let galley = ui
                    .painter()
                    .layout(text, font.clone(), text_color, room - 6.0);
                (galley, x)
            })
            .collect()
    } else {
        Vec::new()
    };
    let tallest = names
        .iter()
        .map(|(galley, _): &(std::sync::Arc<egui::Galley>, f32)| galley.size().y + 12.0)
        .fold(0.0, f32::max);
    let strip = if named { LABEL_STRIP.max(tallest) } else { 0.0 };
    let sense = match labels {
        Labels::Names | Labels::Shapes => egui::Sense::hover(),
        Labels::Letters => egui::Sense::click(),
    };
    let (outer, response) = ui.allocate_exact_size(egui::vec2(width, height + strip), sense);
    crate::theme::describe_picture(&response, &description(loc, illustration, labels));
    let rect = egui::Rect::from_min_max(outer.min + egui::vec2(0.0, strip), outer.max);
    slot.wanted = Some((illustration, rect));

    let map = Mapping::new(&drawing, rect);
    let painter = ui.painter_at(outer);
    let strip_y = outer.top() + strip / 2.0;
    // Labels with a light backing, kept inside the picture at its edges.
    let label = |text: String, pos: egui::Pos2, align: egui::Align2| {
        canvas::label(&painter, outer, text, pos, align, font.clone(), text_color);
    };

    for (galley, x) in names {
        canvas::paint_label(
            &painter,
            outer,
            galley,
            egui::pos2(outer.left() + x, strip_y),
            egui::Align2::CENTER_CENTER,
            text_color,
        );
    }
    if let Some(feature) = drawing.features.iter().find(|f| Some(f.kind) == marked) {
        let half = profile::profile_width(feature.kind, 0.01).max(3.0) / 2.0 + 0.3;
        let (left, right) = (
            map.to_screen([feature.center - half, 0.0]).x,
            map.to_screen([feature.center + half, 0.0]).x,
        );
        let frame = egui::Rect::from_x_y_ranges(left..=right, outer.top()..=rect.bottom())
            .intersect(outer)
            .shrink(1.5);
        painter.rect_stroke(
            frame,
            6.0,
            egui::Stroke::new(3.0, c(Palette::current().accent)),
            egui::StrokeKind::Inside,
        );
    }
    // Where a raised scar's spot was: a bracket at the top of the drawing.
    let spots = drawing.original_spots();
    let name_spots = spots.len() == 1;
    for (from, to) in spots {
        let stroke = egui::Stroke::new(2.0, c(Palette::current().text_muted));
        let y = rect.top() + 2.0;
        let (a, b) = (
            egui::pos2(map.to_screen([from, 0.0]).x, y),
            egui::pos2(map.to_screen([to, 0.0]).x, y),
        );
        painter.line_segment([a, b], stroke);
        for end in [a, b] {
            painter.line_segment([end, end + egui::vec2(0.0, 10.0)], stroke);
        }
        let middle = egui::pos2((a.x + b.x) / 2.0, strip_y);
        if !name_spots {
            continue;
        }
        label(
            loc.t("label-original-spot"),
            middle,
            egui::Align2::CENTER_CENTER,
        );
    }
    // A 1 mm scale bar in the fat, bottom right.
    let right = drawing.width / 2.0 - 0.3;
    let y = FAT_BOTTOM_MM + 0.2;
    let (a, b) = (map.to_screen([right - 1.0, y]), map.to_screen([right, y]));
    painter.line_segment([a, b], egui::Stroke::new(3.0, c(Palette::current().text)));
    label(
        loc.t("label-one-mm"),
        egui::pos2((a.x + b.x) / 2.0, a.y - 4.0),
        egui::Align2::CENTER_BOTTOM,
    );

    legend(ui, loc, &drawing);

    let tapped = response
        .clicked()
        .then(|| response.interact_pointer_pos())
        .flatten()?;
    drawing.feature_at(map.to_drawing(tapped).x)
}

/// Colour swatches with names under the drawing: they wrap on narrow screens, where labels
/// inside the drawing would not fit.
fn legend(ui: &mut egui::Ui, loc: &Localizer, drawing: &Drawing) {
    let mut entries = vec![
        (colors::EPIDERMIS, "layer-epidermis"),
        (colors::DERMIS, "layer-dermis"),
        (colors::FAT, "layer-fat"),
    ];
    if drawing
        .features
        .iter()
        .any(|f| f.kind != ScarKind::ColourMark)
    {
        entries.push((colors::SCAR_TISSUE, "layer-scar-tissue"));
    }
    if !drawing.tethers().is_empty() {
        entries.push((colors::TETHER, "layer-tether"));
    }
    if drawing
        .features
        .iter()
        .any(|f| f.kind == ScarKind::ColourMark)
    {
        entries.push((colors::PIGMENT, "layer-pigment"));
    }
    ui.scope(|ui| {
        // Row height of a wrapped layout comes from the spacing when it starts.
        ui.spacing_mut().interact_size.y = 26.0;
        ui.spacing_mut().item_spacing.y = 6.0;
        ui.horizontal_wrapped(|ui| legend_items(ui, loc, entries));
    });
}

fn legend_items(ui: &mut egui::Ui, loc: &Localizer, entries: Vec<([u8; 3], &str)>) {
    for (color, id) in entries {
        // Swatch and name as one item, so they wrap together.
        let galley = ui.painter().layout_no_wrap(
            loc.t(id),
            egui::TextStyle::Small.resolve(ui.style()),
            c(Palette::current().text),
        );
        let size = egui::vec2(26.0 + galley.size().x, galley.size().y.max(18.0));
        let (item, _) = ui.allocate_exact_size(size, egui::Sense::hover());
        let swatch = egui::Rect::from_min_size(
            egui::pos2(item.left(), item.center().y - 9.0),
            egui::vec2(18.0, 18.0),
        );
        ui.painter().rect(
            swatch,
            3.0,
            c(color),
            egui::Stroke::new(1.0, c(Palette::current().text_muted)),
            egui::StrokeKind::Inside,
        );
        let text_pos = egui::pos2(item.left() + 26.0, item.center().y - galley.size().y / 2.0);
        ui.painter()
            .galley(text_pos, galley, c(Palette::current().text));
        ui.add_space(10.0);
    }
}

/// Maps drawing millimetres to egui points inside a rectangle.
struct Mapping {
    scale: f32,
    origin: egui::Pos2,
    center_y: f32,
}

impl Mapping {
    fn new(drawing: &Drawing, rect: egui::Rect) -> Self {
        let (top, bottom) = drawing.vertical_extent();
        let scale = (rect.width() / drawing.width).min(rect.height() / (top - bottom));
        Mapping {
            scale,
            origin: rect.center(),
            center_y: (top + bottom) / 2.0,
        }
    }

    fn to_screen(&self, [x, y]: [f32; 2]) -> egui::Pos2 {
        self.origin + egui::vec2(x * self.scale, -(y - self.center_y) * self.scale)
    }

    fn to_drawing(&self, pos: egui::Pos2) -> egui::Vec2 {
        let d = pos - self.origin;
        egui::vec2(d.x / self.scale, -d.y / self.scale + self.center_y)
    }
}

/// Spawns, moves or removes the meshes so they match what the view asked for.
fn sync(
    mut commands: Commands,
    slot: Res<IllustrationSlot>,
    spawned: Option<Res<Spawned>>,
    parts: Query<Entity, With<IllustrationPart>>,
    mut transforms: Query<(&mut Transform, &mut GlobalTransform), With<IllustrationPart>>,
    window: Query<&Window, With<PrimaryWindow>>,
    mut contexts: EguiContexts,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) -> Result {
    let Some((illustration, rect)) = slot.wanted else {
        if spawned.is_some() {
            for entity in &parts {
                commands.entity(entity).despawn();
            }
            commands.remove_resource::<Spawned>();
        }
        return Ok(());
    };
    let zoom = contexts.ctx_mut()?.zoom_factor();
    let Ok(window) = window.single() else {
        return Ok(());
    };
    let size = Vec2::new(window.width(), window.height());
    let drawing = Drawing::of(illustration);
    if spawned.as_ref().is_none_or(|s| s.0 != illustration) {
        for entity in &parts {
            commands.entity(entity).despawn();
        }
        for (z, mesh, color) in build_meshes(&drawing) {
            let [r, g, b] = color;
            commands.spawn((
                Name::new("Illustration part"),
                IllustrationPart,
                Mesh2d(meshes.add(mesh)),
                MeshMaterial2d(materials.add(ColorMaterial::from_color(Color::srgb_u8(r, g, b)))),
                placement(&drawing, rect, zoom, size, z),
            ));
        }
        commands.insert_resource(Spawned(illustration));
        return Ok(());
    }
    for (mut transform, mut global) in &mut transforms {
        let z = transform.translation.z;
        let placed = placement(&drawing, rect, zoom, size, z);
        if *transform != placed {
            *transform = placed;
            // Set the global transform too, so the meshes move in the same frame the
            // view moved, whatever the order of transform propagation.
            *global = GlobalTransform::from(placed);
        }
    }
    Ok(())
}

/// World transform of drawing millimetres for an egui rect, at egui zoom `zoom` in a window
/// of logical `size` (the 2D camera has one world unit per logical pixel, origin centred).
fn placement(drawing: &Drawing, rect: egui::Rect, zoom: f32, size: Vec2, z: f32) -> Transform {
    let map = Mapping::new(drawing, rect);
    let scale = map.scale * zoom;
    let center = Vec2::new(rect.center().x, rect.center().y) * zoom;
    let world = Vec2::new(center.x - size.x / 2.0, size.y / 2.0 - center.y);
    Transform::from_translation((world - Vec2::new(0.0, map.center_y * scale)).extend(z))
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
    for feature in drawing
        .features
        .iter()
        .filter(|f| f.kind == ScarKind::ColourMark)
    {
        let half = 1.5;
        meshes.push((
            5.0,
            band(
                feature.center - half,
                feature.center + half,
                180,
                |x| surface(x) - 0.01,
                |x| surface(x) - EPIDERMIS_MM * if drawing.pigmented(x) { 0.9 } else { 0.0 },
            ),
            colors::PIGMENT,
        ));
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
        let t = placement(&drawing, rect, 1.0, size, 0.0);
        let (top, bottom) = drawing.vertical_extent();
        // The middle of the drawing lands on the rect's centre: (350, 157.5) in window pixels.
        let middle = t.transform_point(Vec3::new(0.0, (top + bottom) / 2.0, 0.0));
        assert!((middle.x - (350.0 - 400.0)).abs() < 1e-3, "{middle}");
        assert!((middle.y - (300.0 - 157.5)).abs() < 1e-3, "{middle}");
        // And the drawing fits inside the rect.
        let right = t.transform_point(Vec3::new(drawing.width / 2.0, 0.0, 0.0));
        assert!(right.x <= 600.0 - 400.0 + 1e-3);
        // Zoom doubles both scale and offset.
        let zoomed = placement(&drawing, rect, 2.0, size, 0.0);
        assert!((zoomed.scale.x - 2.0 * t.scale.x).abs() < 1e-4);
    }

    #[test]
    fn a_question_about_a_drawing_describes_its_shape_without_naming_it() {
        for language in Localizer::available() {
            let (loc, _) = Localizer::new(std::slice::from_ref(&language));
            let mut seen = std::collections::BTreeSet::new();
            for kind in ScarKind::ALL {
                let picture = Illustration::Scar(kind);
                let named = description(&loc, picture, Labels::Names);
                let shape = description(&loc, picture, Labels::Shapes);
                let name = loc.t(kind.label_id());
                assert!(named.contains(&name), "{language}: {named}");
                // No scar's name at all, so a screen reader does not hear the answer.
                for other in ScarKind::ALL {
                    let other = loc.t(other.label_id()).to_lowercase();
                    assert!(
                        !shape.to_lowercase().contains(&other),
                        "{language}: {shape}"
                    );
                }
                assert!(!shape.contains("a11y-shape"), "{language}: {shape}");
                assert!(
                    seen.insert(shape),
                    "{language}: two scars with the same words"
                );
            }
        }
    }

    /// Runs one egui frame of a tappable lineup with the given input events; returns the scar
    /// tapped and the rectangle the drawing took.
    fn tap_frame(
        ctx: &egui::Context,
        events: Vec<egui::Event>,
    ) -> (Option<ScarKind>, Option<egui::Rect>) {
        let (loc, _) = Localizer::new(&[]);
        let mut slot = IllustrationSlot::default();
        let mut tapped = None;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(800.0, 600.0),
            )),
            events,
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            tapped = show_with(
                ui,
                &mut slot,
                &loc,
                Illustration::Lineup,
                300.0,
                Labels::Letters,
            );
        });
        // No renderer here to take the font texture.
        output.textures_delta.clear();
        (tapped, slot.wanted.map(|(_, rect)| rect))
    }

    #[test]
    fn tapping_the_picture_picks_the_scar_under_the_finger() {
        let ctx = egui::Context::default();
        let (none, rect) = tap_frame(&ctx, Vec::new());
        assert_eq!(none, None);
        let rect = rect.expect("the drawing reserved a rectangle");
        let map = Mapping::new(&Drawing::of(Illustration::Lineup), rect);
        for (x_mm, expected) in [
            (5.5, ScarKind::Rolling),
            (-3.5, ScarKind::Icepick),
            (0.5, ScarKind::Boxcar),
        ] {
            let pos = map.to_screen([x_mm, -0.5]);
            let press = |pressed| egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            };
            tap_frame(&ctx, vec![egui::Event::PointerMoved(pos), press(true)]);
            let (tapped, _) = tap_frame(&ctx, vec![press(false)]);
            assert_eq!(tapped, Some(expected), "tap at {x_mm} mm");
        }
    }

    #[test]
    fn every_drawing_builds_non_empty_meshes() {
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
