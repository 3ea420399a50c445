//! In the browser the whole Chinese font is fetched only when Chinese is shown (`fonts.rs`
//! says why). It comes with Chinese's words (`i18n/web.rs`), which passes it on as a
//! [`LanguageFont`] (Chinese is the only language that brings a font); this puts it into
//! egui, before the words are shown.

use bevy::prelude::*;
use bevy_egui::EguiContexts;

use crate::i18n::LanguageFont;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        bevy_egui::EguiPrimaryContextPass,
        put_in_the_chinese_font
            .after(super::style::apply_style)
            .before(crate::state::ScreenViews),
    );
}

fn put_in_the_chinese_font(
    mut contexts: EguiContexts,
    mut arrived: MessageReader<LanguageFont>,
) -> Result {
    if let Some(LanguageFont(bytes)) = arrived.read().last() {
        contexts
            .ctx_mut()?
            .set_fonts(super::fonts_with_chinese(bytes.clone()));
    }
    Ok(())
}
