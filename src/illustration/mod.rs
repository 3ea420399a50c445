//! Skin cross-sections, and the shapes and painter the scenes draw with too.
//!
//! A view shows a drawing with [`show`] (`widget.rs`: reserves a rectangle, paints the drawing
//! and its labels, and turns a tap into the scar under the finger). The drawing itself is
//! plain shapes in millimetres (`drawing.rs`, [`shapes`]), painted into egui's own mesh
//! ([`paint`]), so a drawing scrolls, clips and layers with the text around it.

pub mod drawing;
pub mod labels;
pub mod paint;
pub mod shapes;
mod widget;

pub use crate::content::picture::{Labels, description};
pub use widget::{show, show_marked, show_tapped, show_with, spot_letter};
