//! A scene's picture: shapes in scene units (x right from 0, y up from 0), painted by egui
//! where the view leaves room for it, under the labels the scene paints over it.

use bevy_egui::egui;

pub use crate::illustration::paint::Placement as CanvasMap;
pub use crate::illustration::shapes::{Rgba, Shapes, mix, rgb, with_alpha};

/// Reserves a rectangle at the full width of `ui`, at most `max_height` points tall, and paints
/// `shapes` in it; returns the mapping to paint labels with, and the response (click sense).
/// `description` says in words what the drawing shows, for screen readers.
pub fn place(
    ui: &mut egui::Ui,
    shapes: Shapes,
    max_height: f32,
    description: &str,
) -> (CanvasMap, egui::Response) {
    let width = ui.available_width();
    let height = (width * shapes.height() / shapes.width()).clamp(90.0, max_height.max(90.0));
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    crate::theme::describe_picture(&response, description);
    let map = crate::illustration::paint::paint(&ui.painter_at(rect), &shapes, rect);
    (map, response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scene_is_painted_in_the_room_it_took() {
        let ctx = egui::Context::default();
        let mut shapes = Shapes::new(20.0, 10.0);
        shapes.rect([0.0, 0.0], [20.0, 10.0], 0, rgb([10, 20, 30]));
        let mut taken = None;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(400.0, 600.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            ui.label("Above");
            let (map, response) = place(ui, shapes.clone(), 500.0, "A dark box");
            taken = Some((map, response.rect));
        });
        output.textures_delta.clear();
        let (map, rect) = taken.unwrap();
        // Full width, and as tall as the shape's aspect asks (400 x 200).
        assert_eq!(rect.size(), egui::vec2(400.0, 200.0));
        assert!(rect.top() > 0.0, "below the label");
        assert_eq!(map.to_screen([0.0, 10.0]), rect.min);
        let mesh = output
            .shapes
            .iter()
            .find_map(|clipped| match &clipped.shape {
                egui::Shape::Mesh(mesh) => Some(mesh.clone()),
                _ => None,
            })
            .expect("the scene was painted");
        let bounds = mesh.calc_bounds();
        assert!(rect.expand(0.5 + 1e-3).contains_rect(bounds), "{bounds:?}");
        assert!(bounds.width() > 399.0);
    }
}
