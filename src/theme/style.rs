//! The egui style built from a palette, the input options for patients, and the system that
//! applies both (and the palette itself) each frame.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::fonts::fonts;
use super::palette::{self, Accent, Palette, c};
use super::{BODY_SIZE, TARGET_SIZE};
use crate::settings::Settings;

/// The egui style for a palette.
pub fn style(palette: &Palette) -> egui::Style {
    use egui::{FontFamily, FontId, TextStyle};
    let mut style = egui::Style {
        text_styles: [
            (
                TextStyle::Heading,
                FontId::new(30.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(18.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(18.0, FontFamily::Monospace),
            ),
        ]
        .into(),
        ..default()
    };
    style.spacing.interact_size = egui::vec2(TARGET_SIZE, TARGET_SIZE);
    style.spacing.button_padding = egui::vec2(18.0, 10.0);
    style.spacing.item_spacing = egui::vec2(12.0, 12.0);
    style.spacing.icon_width = 28.0;
    style.spacing.icon_width_inner = 16.0;
    style.spacing.scroll.bar_width = 12.0;

    let mut visuals = egui::Visuals::light();
    visuals.override_text_color = Some(c(palette.text));
    visuals.panel_fill = egui::Color32::TRANSPARENT;
    visuals.window_fill = c(palette.surface);
    visuals.extreme_bg_color = c(palette.surface);
    visuals.faint_bg_color = c(palette.accent_soft);
    visuals.hyperlink_color = c(palette.accent);
    visuals.selection.bg_fill = c(palette.accent_soft);
    visuals.selection.stroke = egui::Stroke::new(2.0, c(palette.accent));
    // High contrast draws every control's edge in full-strength black, thicker.
    let high_contrast = palette.border == palette.text;
    let edge = if high_contrast { 2.5 } else { 1.5 };
    let radius = egui::CornerRadius::same(10);
    for (widget, fill, stroke) in [
        (
            &mut visuals.widgets.inactive,
            palette.surface,
            palette.border,
        ),
        (
            &mut visuals.widgets.hovered,
            palette.accent_soft,
            palette.accent,
        ),
        (
            &mut visuals.widgets.active,
            palette.accent_soft,
            palette.accent,
        ),
        (
            &mut visuals.widgets.open,
            palette.accent_soft,
            palette.accent,
        ),
    ] {
        widget.bg_fill = c(fill);
        widget.weak_bg_fill = c(fill);
        widget.bg_stroke = egui::Stroke::new(edge, c(stroke));
        widget.fg_stroke = egui::Stroke::new(2.0, c(palette.text));
        widget.corner_radius = radius;
    }
    // The keyboard focus ring: egui draws a focused control with the `active` look, so a
    // thick accent edge there is the visible focus (WCAG 2.4.7, at least 3:1 against the page).
    visuals.widgets.active.bg_stroke = egui::Stroke::new(3.5, c(palette.accent));
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, c(palette.text));
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(edge - 0.5, c(palette.border));
    visuals.widgets.noninteractive.corner_radius = radius;
    style.visuals = visuals;
    style
}

/// A press counts as a click however long it lasts and however slowly the device draws, as
/// a button on a web page does. egui times a press by the frames that saw it go down and up
/// (not by the events), and by default calls it a long press, not a click, after 0.8 s: with
/// software rendering (a browser or kiosk without a GPU draws a frame in a second or more;
/// measured here in headless Chromium), a quick tap whose press and release land in two
/// frames was silently lost; so would be a slow, shaky press. Nothing in the app uses long
/// presses (the kiosk's admin corner times its own hold), and with no limit egui also stops
/// waking the app to look for one while a finger is down.
pub fn patient_input(options: &mut egui::Options) {
    options.input_options.max_click_duration = f64::INFINITY;
}

/// Puts the app's fonts (and input options) into egui as soon as its context exists, before
/// its first pass: fonts set during a pass only count from the next one, and a screen drawn
/// in the first frame (the browser's title, its content at hand) uses the bold family.
pub(super) fn install_fonts(mut contexts: EguiContexts, mut done: Local<bool>) {
    if *done {
        return;
    }
    let Ok(ctx) = contexts.ctx_mut() else {
        return;
    };
    ctx.set_fonts(fonts());
    ctx.options_mut(patient_input);
    *done = true;
}

/// Puts the patient's palette and text size into egui, and the palette's background into the
/// clear colour.
pub(super) fn apply_style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    accent: Option<Res<Accent>>,
    mut clear: ResMut<ClearColor>,
    mut applied_scale: Local<Option<f32>>,
    mut applied_palette: Local<Option<Palette>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let accent = accent.and_then(|a| a.0);
    let palette = Palette::for_settings(settings.high_contrast, accent);
    if *applied_palette != Some(palette) {
        ctx.set_global_style(style(&palette));
        clear.0 = palette.background_color();
        *applied_palette = Some(palette);
    }
    // Every frame: a visit's end wipes egui's memory, the palette with it.
    palette::remember(ctx, palette);
    if *applied_scale != Some(settings.text_scale) {
        ctx.set_zoom_factor(settings.text_scale);
        *applied_scale = Some(settings.text_scale);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One frame at `time` seconds with `events`; whether the button was clicked.
    fn button_frame(ctx: &egui::Context, time: f64, events: Vec<egui::Event>) -> bool {
        let input = egui::RawInput {
            time: Some(time),
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(400.0, 300.0),
            )),
            events,
            ..Default::default()
        };
        let mut clicked = false;
        let mut output = ctx.run_ui(input, |ui| {
            clicked = ui
                .add_sized([200.0, 100.0], egui::Button::new("Next"))
                .clicked();
        });
        // No renderer here to take the font texture.
        output.textures_delta.clear();
        clicked
    }

    #[test]
    fn a_tap_split_over_two_slow_frames_still_clicks() {
        let pos = egui::pos2(100.0, 50.0);
        let press = |pressed| egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        // The press lands in one frame, the release in the next, `up_at` seconds later.
        let tap = |ctx: &egui::Context, up_at: f64| {
            button_frame(ctx, 0.0, vec![]);
            button_frame(ctx, 0.1, vec![egui::Event::PointerMoved(pos)]);
            let down = button_frame(ctx, 0.2, vec![press(true)]);
            let up = button_frame(ctx, up_at, vec![press(false)]);
            down || up
        };
        // A slow frame of 1.5 s: egui's default calls that a long press and drops the click ...
        assert!(!tap(&egui::Context::default(), 1.7));
        // ... the app's input options keep it, and a press held for half a minute too.
        for up_at in [1.7, 30.0] {
            let ctx = egui::Context::default();
            ctx.options_mut(patient_input);
            assert!(tap(&ctx, up_at), "released at {up_at} s");
        }
    }

    #[test]
    fn body_text_and_targets_are_large_enough() {
        let style = style(&Palette::LIGHT);
        for (text_style, font) in &style.text_styles {
            assert!(font.size >= 18.0, "{text_style:?} is {} px", font.size);
        }
        assert!(style.spacing.interact_size.y >= 44.0);
    }
}
