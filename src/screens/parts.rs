//! Parts several screens share: the top bar, a module's stars, and the notices bar.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::clinic::KioskMode;
use crate::i18n::{Localizer, args};
use crate::notices::{DismissNotice, Notice, Notices};
use crate::progress::Progress;
use crate::state::{Nav, Screen};
use crate::theme::widgets::{card, content_rect, paragraph, secondary_button};
use crate::theme::{Palette, READING_WIDTH, TARGET_SIZE, bold, c};
use crate::webapp::{WebApp, WebAppInput};

/// The bar at the top of journey screens: where you are, and the way to the map and settings.
pub fn top_bar(
    ui: &mut egui::Ui,
    loc: &Localizer,
    nav: &mut MessageWriter<Nav>,
    back_to_map: bool,
) {
    // The name and the buttons on the right only when everything fits on one line in this
    // language and text size (a phone, or long words at 200 %, gets one wrapped row).
    let wide = ui.available_width() >= top_bar_width(ui, loc, back_to_map);
    // Everything is added in reading order, so that Tab reaches it in that order.
    let bar = |ui: &mut egui::Ui| {
        if back_to_map && secondary_button(ui, &loc.t("nav-map")).clicked() {
            nav.write(Nav::OpenJourney);
        }
        if wide {
            ui.label(bold("Scarwise").color(c(Palette::of(ui).accent)));
            // Settings and About pushed to the right edge by a gap (a right-to-left layout
            // would put About first in the Tab order).
            let right = bar_button_width(ui, loc, "nav-settings") - ui.spacing().item_spacing.x
                + bar_button_width(ui, loc, "nav-about");
            ui.add_space((ui.available_width() - right - 4.0).max(0.0));
        }
        for (id, to) in [
            ("nav-settings", Nav::OpenSettings),
            ("nav-about", Nav::OpenAbout),
        ] {
            if secondary_button(ui, &loc.t(id)).clicked() {
                nav.write(to);
            }
        }
    };
    if wide {
        ui.horizontal(bar);
    } else {
        ui.horizontal_wrapped(bar);
    }
    ui.separator();
}

/// The width the top bar needs on one line: its buttons, the name, and the gaps between.
fn top_bar_width(ui: &egui::Ui, loc: &Localizer, back_to_map: bool) -> f32 {
    let gap = ui.spacing().item_spacing.x;
    let mut width =
        bar_button_width(ui, loc, "nav-settings") + bar_button_width(ui, loc, "nav-about");
    if back_to_map {
        width += bar_button_width(ui, loc, "nav-map");
    }
    // The name is bold body text; a little slack for the bold face and rounding.
    width + text_width(ui, "Scarwise".to_owned(), egui::TextStyle::Body) * 1.1 + gap * 2.0
}

/// The width of a top-bar button with the message `id`, and the gap after it.
fn bar_button_width(ui: &egui::Ui, loc: &Localizer, id: &str) -> f32 {
    let spacing = ui.spacing();
    let padding = spacing.button_padding.x * 2.0;
    (text_width(ui, loc.t(id), egui::TextStyle::Button) + padding).max(TARGET_SIZE)
        + spacing.item_spacing.x
}

fn text_width(ui: &egui::Ui, text: String, style: egui::TextStyle) -> f32 {
    let font = style.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text, font, egui::Color32::PLACEHOLDER)
        .size()
        .x
}

/// A module's stars as marks of `size` points and in words (never colour alone), with its
/// mastery; returns the mastery.
pub fn stars_line(
    ui: &mut egui::Ui,
    loc: &Localizer,
    progress: &Progress,
    module: &str,
    size: f32,
) -> u8 {
    let mastery = progress.mastery.get(module).copied().unwrap_or(0);
    let stars = progress.stars(module);
    let marks: String = (0..3).map(|i| if i < stars { '★' } else { '☆' }).collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(marks)
                .size(size)
                .color(c(Palette::of(ui).accent)),
        );
        ui.label(loc.t_args(
            "journey-mastery",
            &args(&[("stars", stars.into()), ("mastery", mastery.into())]),
        ));
    });
    mastery
}

/// One-time messages (a save set aside, progress kept in memory only), each dismissable.
///
/// A new version of the browser build waiting for a restart comes first, on calm screens only
/// and never on a kiosk (which restarts between visitors by itself).
pub fn notices_bar(
    mut contexts: EguiContexts,
    notices: Res<Notices>,
    loc: Res<Localizer>,
    mut dismiss: MessageWriter<DismissNotice>,
    web_app: Res<WebApp>,
    screen: Res<State<Screen>>,
    kiosk: Res<KioskMode>,
    mut web: MessageWriter<WebAppInput>,
) -> Result {
    let update = web_app.offers_update(*screen.get()) && !kiosk.0;
    if notices.is_empty() && !update {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    // A floating card over the bottom of the screen, so no screen has to make room for it,
    // above the home indicator. Its width is the safe area's less the gap at each side and
    // the card's own margins.
    let safe = content_rect(ctx);
    let width = (safe.width() - 24.0 - 34.0).min(READING_WIDTH);
    let below = ctx.content_rect().bottom() - safe.bottom();
    egui::Area::new("notices".into())
        .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -12.0 - below))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
                ui.set_width(width);
                if update {
                    let mut chosen = Vec::new();
                    super::webapp::update_offer(ui, &loc, &mut chosen);
                    web.write_batch(chosen);
                }
                for (index, notice) in notices.iter().enumerate() {
                    ui.vertical(|ui| {
                        let text = match notice {
                            Notice::SaveSetAside => loc.t("notice-save-set-aside"),
                            Notice::MemoryOnly => loc.t("notice-memory-only"),
                            Notice::OpenElsewhere => loc.t("notice-open-elsewhere"),
                            Notice::SaveFromNewer => loc.t("notice-save-from-newer"),
                            Notice::SaveUnreadable => loc.t("notice-save-unreadable"),
                            Notice::SaveFailed => loc.t("notice-save-failed"),
                            Notice::UnknownLocale(name) => loc.t_args(
                                "notice-unknown-locale",
                                &crate::i18n::args(&[("name", name.as_str().into())]),
                            ),
                            Notice::ExportSaved(path) => loc.t_args(
                                "prep-export-saved",
                                &crate::i18n::args(&[("path", path.display().to_string().into())]),
                            ),
                            Notice::TextVersionSaved(path) => loc.t_args(
                                "read-aloud-text-saved",
                                &crate::i18n::args(&[("path", path.display().to_string().into())]),
                            ),
                            Notice::TextVersionFailed(reason) => loc.t_args(
                                "read-aloud-text-failed",
                                &crate::i18n::args(&[("reason", reason.as_str().into())]),
                            ),
                            Notice::ExportFailed(reason) => loc.t_args(
                                "prep-export-failed",
                                &crate::i18n::args(&[("reason", reason.as_str().into())]),
                            ),
                            Notice::CalendarSaved(path) => loc.t_args(
                                "companion-ics-saved",
                                &crate::i18n::args(&[("path", path.display().to_string().into())]),
                            ),
                            Notice::CalendarFailed(reason) => loc.t_args(
                                "companion-ics-failed",
                                &crate::i18n::args(&[("reason", reason.as_str().into())]),
                            ),
                            Notice::SummaryLinkBroken => loc.t("prep-received-broken"),
                            Notice::LanguageFailed { language, reason } => loc.t_args(
                                "notice-language-failed",
                                &crate::i18n::args(&[
                                    ("language", language.as_str().into()),
                                    ("reason", reason.as_str().into()),
                                ]),
                            ),
                            Notice::QuestionCut => loc.t_args(
                                "prep-custom-cut",
                                &crate::i18n::args(&[(
                                    "chars",
                                    crate::consult::model::MAX_CUSTOM_CHARS.into(),
                                )]),
                            ),
                        };
                        paragraph(ui, &text);
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                            if secondary_button(ui, &loc.t("notice-dismiss")).clicked() {
                                dismiss.write(DismissNotice(index));
                            }
                        });
                    });
                }
            });
        });
    Ok(())
}
