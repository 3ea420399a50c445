//! The egui side of an illustration: reserves room for a drawing, paints it with its names,
//! marks and scale bar, lays out the legend under it and turns a tap into the scar under the
//! finger.

use bevy_egui::egui;

use super::drawing::{self, colors};
use super::labels;
use super::paint::{self, Placement};
use crate::content::model::{Illustration, ScarKind};
use crate::content::picture::{Labels, description};
use crate::content::profile::{self, Drawing, FAT_BOTTOM_MM};
use crate::i18n::Localizer;
use crate::theme::{Palette, c};

/// Height of the strip above a drawing that holds scar names, in points.
const LABEL_STRIP: f32 = 30.0;

/// Reserves room for `illustration` at the full width of `ui` and paints its labels.
pub fn show(ui: &mut egui::Ui, loc: &Localizer, illustration: Illustration, max_height: f32) {
    show_with(ui, loc, illustration, max_height, Labels::Names);
}

/// The letter of the scar at `index` (left to right) in a tappable picture.
pub fn spot_letter(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

/// Like [`show`], with a choice of labels; returns the scar tapped, if any.
pub fn show_with(
    ui: &mut egui::Ui,
    loc: &Localizer,
    illustration: Illustration,
    max_height: f32,
    labels: Labels,
) -> Option<ScarKind> {
    show_marked(ui, loc, illustration, max_height, labels, None)
}

/// Like [`show_with`], with a frame around the scar `marked`, if any.
pub fn show_marked(
    ui: &mut egui::Ui,
    loc: &Localizer,
    illustration: Illustration,
    max_height: f32,
    labels: Labels,
    marked: Option<ScarKind>,
) -> Option<ScarKind> {
    let x = show_tapped(ui, loc, illustration, max_height, labels, marked)?;
    Drawing::of(illustration).feature_at(x)
}

/// Like [`show_marked`], returning where a tap landed: millimetres across the drawing from its
/// middle (for a view that tells the two colour marks apart, as the scar under it cannot).
pub fn show_tapped(
    ui: &mut egui::Ui,
    loc: &Localizer,
    illustration: Illustration,
    max_height: f32,
    labels: Labels,
    marked: Option<ScarKind>,
) -> Option<f32> {
    let drawing = Drawing::of(illustration);
    let (top, bottom) = drawing.vertical_extent();
    let aspect = (top - bottom) / drawing.width;
    let width = ui.available_width();
    // Names go in a strip above the drawing, so they fit at any size: each wrapped to the room
    // between it and its neighbours, the strip as tall as the tallest.
    let strip_text = labels::strip_names(&drawing, loc, labels);
    let named = !strip_text.is_empty() || !drawing.original_spots().is_empty();
    let height = (width * aspect).clamp(100.0, max_height.max(100.0));
    let font = egui::TextStyle::Small.resolve(ui.style());
    let text_color = c(Palette::of(ui).text);
    // Where each name's place falls, from the left edge (the same at any strip height).
    // Built once per drawing and kept in egui's memory: the bands have about a thousand
    // columns each, and a view is drawn every frame it is on screen.
    let shapes: std::sync::Arc<super::shapes::Shapes> = ui.ctx().data_mut(|data| {
        data.get_temp_mut_or_insert_with(
            egui::Id::new(("illustration-shapes", illustration)),
            || std::sync::Arc::new(drawing::shapes(&drawing)),
        )
        .clone()
    });
    let unplaced = Placement::of(
        &shapes,
        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height)),
    );
    let placed: Vec<(String, f32)> = strip_text
        .into_iter()
        .map(|(text, mm)| (text, unplaced.to_screen([mm, 0.0]).x))
        .collect();
    let xs: Vec<f32> = placed.iter().map(|(_, x)| *x).collect();
    let room = labels::label_widths(&xs, width, 40.0);
    let names: Vec<(std::sync::Arc<egui::Galley>, f32)> = placed
        .into_iter()
        .zip(room)
        .map(|((text, x), room)| {
            let galley = ui
                .painter()
                .layout(text, font.clone(), text_color, room - 6.0);
            (galley, x)
        })
        .collect();
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
    let painter = ui.painter_at(outer);
    let map = paint::paint(&painter, &shapes, rect);
    let strip_y = outer.top() + strip / 2.0;
    // Labels with a light backing, kept inside the picture at its edges.
    let label = |text: String, pos: egui::Pos2, align: egui::Align2| {
        labels::label(&painter, outer, text, pos, align, font.clone(), text_color);
    };

    for (galley, x) in names {
        labels::paint_label(
            &painter,
            outer,
            galley,
            egui::pos2(outer.left() + x, strip_y),
            egui::Align2::CENTER_CENTER,
            text_color,
        );
    }
    if let Some(feature) = drawing.features.iter().find(|f| Some(f.kind) == marked) {
        let half = profile::half_extent(feature.kind).max(1.5) + 0.3;
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
            egui::Stroke::new(3.0, c(Palette::of(ui).accent)),
            egui::StrokeKind::Inside,
        );
    }
    // Where a raised scar's spot was: a bracket at the top of the drawing.
    let spots = drawing.original_spots();
    let name_spots = spots.len() == 1;
    for (from, to) in spots {
        let stroke = egui::Stroke::new(2.0, c(Palette::of(ui).text_muted));
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
    painter.line_segment([a, b], egui::Stroke::new(3.0, c(Palette::of(ui).text)));
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
    Some(map.to_units(tapped)[0])
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
    if !drawing.vessels().is_empty() {
        entries.push((colors::VESSEL, "layer-vessels"));
    }
    if !drawing.marks().is_empty() {
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
            c(Palette::of(ui).text),
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
            egui::Stroke::new(1.0, c(Palette::of(ui).text_muted)),
            egui::StrokeKind::Inside,
        );
        let text_pos = egui::pos2(item.left() + 26.0, item.center().y - galley.size().y / 2.0);
        ui.painter()
            .galley(text_pos, galley, c(Palette::of(ui).text));
        ui.add_space(10.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    /// tapped and the drawing's painted mesh.
    fn tap_frame(
        ctx: &egui::Context,
        events: Vec<egui::Event>,
    ) -> (Option<ScarKind>, Option<egui::Mesh>) {
        let (loc, _) = Localizer::new(&[]);
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
            tapped = show_with(ui, &loc, Illustration::Lineup, 300.0, Labels::Letters);
        });
        // No renderer here to take the font texture.
        output.textures_delta.clear();
        let mesh = output
            .shapes
            .into_iter()
            .find_map(|clipped| match clipped.shape {
                egui::Shape::Mesh(mesh) => Some((*mesh).clone()),
                _ => None,
            });
        (tapped, mesh)
    }

    /// Where the drawing in `mesh` puts `x_mm` across, halfway down it: the filled skin spans
    /// the drawing's width (inset by half a pixel of softened edge).
    fn screen_of(mesh: &egui::Mesh, x_mm: f32) -> egui::Pos2 {
        let solid: Vec<egui::Pos2> = mesh
            .vertices
            .iter()
            .filter(|v| v.color.a() == 255)
            .map(|v| v.pos)
            .collect();
        let bounds = egui::Rect::from_points(&solid).expand(0.5);
        let width = Drawing::of(Illustration::Lineup).width;
        egui::pos2(
            bounds.left() + (x_mm / width + 0.5) * bounds.width(),
            bounds.center().y,
        )
    }

    #[test]
    fn tapping_the_picture_picks_the_scar_under_the_finger() {
        let ctx = egui::Context::default();
        let (none, mesh) = tap_frame(&ctx, Vec::new());
        assert_eq!(none, None);
        let mesh = mesh.expect("the drawing was painted");
        for (x_mm, expected) in [
            (5.5, ScarKind::Rolling),
            (-3.5, ScarKind::Icepick),
            (0.5, ScarKind::Boxcar),
        ] {
            let pos = screen_of(&mesh, x_mm);
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
}
