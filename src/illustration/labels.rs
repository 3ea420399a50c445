//! Text labels painted over a picture with egui: what the strip above a drawing names, each
//! label on a light backing kept inside the picture, and rows of them wrapped so that
//! neighbours never overlap.

use bevy_egui::egui;

use crate::content::picture::Labels;
use crate::content::profile::{Drawing, MarkColour};
use crate::i18n::Localizer;

/// The message id of a colour mark's name, as painted over its stretch of skin.
fn mark_label_id(colour: MarkColour) -> &'static str {
    match colour {
        MarkColour::Red => "label-red-mark",
        MarkColour::Brown => "label-brown-mark",
    }
}

/// The names in the strip above a drawing, each with where (mm across) it belongs: each
/// scar's name or letter in a drawing of several; in a drawing of one colour mark, under
/// [`Labels::Names`], the name of each of its two marks (a question about it names nothing).
pub fn strip_names(drawing: &Drawing, loc: &Localizer, labels: Labels) -> Vec<(String, f32)> {
    if drawing.features.len() > 1 {
        return drawing
            .features
            .iter()
            .enumerate()
            .map(|(index, feature)| {
                let text = match labels {
                    Labels::Names | Labels::Shapes => loc.t(feature.kind.label_id()),
                    Labels::Letters => super::spot_letter(index).to_string(),
                };
                (text, feature.center)
            })
            .collect();
    }
    if labels != Labels::Names {
        return Vec::new();
    }
    drawing
        .marks()
        .into_iter()
        .map(|(colour, middle)| (loc.t(mark_label_id(colour)), middle))
        .collect()
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

#[cfg(test)]
mod tests {
    use crate::content::model::{Illustration, ScarKind};
    use crate::content::picture::Labels;
    use crate::content::profile::{Drawing, MarkColour};
    use crate::i18n::Localizer;

    #[test]
    fn a_drawing_of_colour_marks_names_the_red_and_the_brown_one_unless_asked_about() {
        let (loc, _) = Localizer::new(&[]);
        let marks = Drawing::of(Illustration::Scar(ScarKind::ColourMark));
        let names = super::strip_names(&marks, &loc, Labels::Names);
        assert_eq!(
            names,
            [
                ("Red mark".to_owned(), MarkColour::Red.offset()),
                ("Brown mark".to_owned(), MarkColour::Brown.offset()),
            ]
        );
        // A question about the drawing (the naming game) gives no name away.
        assert!(super::strip_names(&marks, &loc, Labels::Shapes).is_empty());
        // A drawing of one scar has no names in its strip; a drawing of several, one each.
        let boxcar = Drawing::of(Illustration::Scar(ScarKind::Boxcar));
        assert!(super::strip_names(&boxcar, &loc, Labels::Names).is_empty());
        let explorer = Drawing::of(Illustration::Explorer);
        let letters = super::strip_names(&explorer, &loc, Labels::Letters);
        assert_eq!(letters.len(), explorer.features.len());
        assert_eq!(letters[0].0, "A");
    }

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
}
