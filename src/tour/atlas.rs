//! Egui's font atlas, watched. When the atlas is nearly full, egui throws it away at the start
//! of a frame and begins a new one; `bevy_egui` hands the new texture over as a new image, which
//! reaches the GPU a frame later, so for that one frame nothing of the interface is drawn. A
//! patient may see it as a flicker after many new words (a language or text size changed);
//! the tour waits for the atlas to settle before each step, or a picture taken in such a
//! frame would fail as blank.

use bevy::diagnostic::FrameCount;
use bevy::prelude::*;
use bevy_egui::EguiContexts;

#[derive(Resource, Default)]
pub(super) struct FontAtlas {
    /// How full the atlas is (0 to 1), as egui's last pass left it.
    fill: f32,
    /// Whether that pass added glyphs to it or egui began a new one this frame.
    changed: bool,
}

impl FontAtlas {
    /// Whether egui's last pass put no new glyph into the atlas (the screen's words are all
    /// there), so no new atlas is on its way.
    pub(super) fn steady(&self) -> bool {
        !self.changed
    }
}

/// Notes glyphs going into the atlas, and a new atlas (the fill falls only then).
pub(super) fn watch(
    mut contexts: EguiContexts,
    count: Res<FrameCount>,
    mut atlas: ResMut<FontAtlas>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    // Egui makes its fonts in its first pass.
    if ctx.cumulative_pass_nr() == 0 {
        return Ok(());
    }
    let fill = ctx.fonts(|fonts| fonts.font_atlas_fill_ratio());
    if fill < atlas.fill {
        info!(
            "tour: egui began a new font atlas in frame {} (the old one was {:.0} % full)",
            count.0,
            atlas.fill * 100.0
        );
    }
    atlas.changed = fill != atlas.fill;
    atlas.fill = fill;
    Ok(())
}
