//! Module 2's scenes, one file each: the pulse lab (pulse length, with its model in `clocks`),
//! wavelength depth, the fractional lens and collagen remodelling over a course of sessions.

pub mod clocks;
pub mod fractional;
pub mod pulse;
pub mod remodel;
pub mod wavelength;

use bevy_egui::egui;

use super::canvas::{Rgba, rgb};
use super::small_font;
use crate::illustration::labels;
use crate::theme::{Palette, c};

/// How long a pulse's animation runs, in seconds.
const PULSE_SECONDS: f64 = 1.6;

const HEAT: Rgba = rgb([0xE8, 0x6A, 0x17]);
const PIGMENT: Rgba = rgb([0x4A, 0x2A, 0x18]);
const FIBRE: Rgba = rgb([0xD9, 0x9A, 0x90]);
const BUBBLE: Rgba = rgb([0xFF, 0xFF, 0xFF]);
const LIGHT_BEAM: Rgba = rgb([0x2F, 0x9E, 0x44]);

/// A scale bar from `ends[0]` to `ends[1]`, its length written above its left end.
fn scale_bar(
    ui: &egui::Ui,
    painter: &egui::Painter,
    bounds: egui::Rect,
    ends: [egui::Pos2; 2],
    length: String,
) {
    let text = c(Palette::of(ui).text);
    painter.line_segment(ends, egui::Stroke::new(3.0, text));
    labels::label(
        painter,
        bounds,
        length,
        ends[0] + egui::vec2(0.0, -6.0),
        egui::Align2::LEFT_BOTTOM,
        small_font(ui),
        text,
    );
}

/// Animation progress of the last pulse (0 to 1), stepping straight to the end under reduced
/// motion; asks for frames while it runs.
fn progress(ui: &egui::Ui, fired_at: Option<f64>, now: f64, reduced_motion: bool) -> f32 {
    let Some(at) = fired_at else { return 0.0 };
    let t = ((now - at) / PULSE_SECONDS).clamp(0.0, 1.0) as f32;
    if reduced_motion {
        return 1.0;
    }
    if t < 1.0 {
        ui.ctx().request_repaint();
    }
    t
}
