//! Skin cross-sections drawn with Bevy 2D meshes, placed where an egui view leaves room.
//!
//! A view asks for a drawing with [`show`] (the egui side, `widget.rs`: reserves a rectangle,
//! writes it to [`IllustrationSlot`] and paints the labels); the [`backdrop`] mechanism then
//! draws the drawing's meshes (the Bevy side, `mesh.rs`) under it. Scenes draw their own
//! pictures with the same mechanism.

pub mod backdrop;
pub mod labels;
mod mesh;
mod widget;

use bevy::prelude::*;

use crate::content::model::Illustration;

pub use crate::content::picture::{Labels, description};
pub use widget::{show, show_marked, show_tapped, show_with, spot_letter};

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(backdrop::plugin::<Illustration>);
}

/// The drawing a view wants this frame and where (egui points), if any.
pub type IllustrationSlot = backdrop::BackdropSlot<Illustration>;
