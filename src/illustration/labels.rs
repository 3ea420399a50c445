//! Text labels painted over a picture with egui: each on a light backing kept inside the
//! picture, and rows of them wrapped so that neighbours never overlap.

use bevy_egui::egui;

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
