//! The kiosk's screens: attract loop, "Are you still there?", the hidden admin corner, the PIN
//! pad and the admin screen.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::kiosk::KioskRequest;
use crate::quiz::QuizInput;
use crate::settings::SettingsEdit;
use crate::state::Nav;
use crate::state::Screen;

use crate::clinic::Clinic;
use crate::content::Content;
use crate::content::model::Illustration;
use crate::i18n::{Localizer, args};
use crate::illustration;
use crate::kiosk::{AdminGate, Kiosk};
use crate::theme::widgets::{
    card, choice, heading, page, paragraph, primary_button, secondary_button,
};
use crate::theme::{Palette, TARGET_SIZE, bold, c};

/// The clinic's logo as an egui texture, made once from the pixels decoded at start-up;
/// `None` inside when there is no usable logo (then the clinic name shows alone).
#[derive(Resource, Default)]
pub struct ClinicLogo(Option<Option<egui::TextureHandle>>);

fn logo_texture(ctx: &egui::Context, clinic: &Clinic) -> Option<egui::TextureHandle> {
    let logo = clinic.logo.as_ref()?;
    let size = [logo.width as usize, logo.height as usize];
    let pixels = egui::ColorImage::from_rgba_unmultiplied(size, &logo.rgba);
    Some(ctx.load_texture("clinic-logo", pixels, egui::TextureOptions::LINEAR))
}

/// A new visitor finds no trace of the last one in egui either: scroll offsets, focus, text
/// being typed and open sections are forgotten. The options stay, the zoom among them: it is
/// the text size, which the theme sets from the settings the visit's end put back.
pub(super) fn forget_egui_memory(mut contexts: Query<&mut bevy_egui::EguiContext>) {
    for mut context in &mut contexts {
        context.get_mut().memory_mut(|memory| {
            let options = memory.options.clone();
            *memory = egui::Memory::default();
            memory.options = options;
        });
    }
}

/// A kiosk has no zoom keys: Ctrl + and Ctrl - would stay for the next visitor. Set once per
/// context: the options outlive every visit.
pub(super) fn no_keyboard_zoom(
    mut contexts: Query<&mut bevy_egui::EguiContext, Added<bevy_egui::EguiContext>>,
) {
    for mut context in &mut contexts {
        context
            .get_mut()
            .options_mut(|o| o.zoom_with_keyboard = false);
    }
}

/// Seconds each highlight stays on the attract screen.
const HIGHLIGHT_SECONDS: f64 = 6.0;

pub(super) fn attract(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    clinic: Res<Clinic>,
    content: Option<Res<Content>>,
    time: Res<Time<Real>>,
    mut logo: ResMut<ClinicLogo>,
    mut nav: MessageWriter<Nav>,
    mut edits: MessageWriter<SettingsEdit>,
) -> Result {
    let Some(content) = content else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let logo = logo
        .0
        .get_or_insert_with(|| logo_texture(ctx, &clinic))
        .clone();
    let now = time.elapsed_secs_f64();
    let index = (now / HIGHLIGHT_SECONDS) as usize % content.modules.len().max(1);
    // Wake for the next highlight only: no frames in between.
    let next = HIGHLIGHT_SECONDS - now % HIGHLIGHT_SECONDS;
    ctx.request_repaint_after(std::time::Duration::from_secs_f64(next));
    page(ctx, |ui| {
        let name = clinic
            .config
            .clinic_name
            .clone()
            .unwrap_or_else(|| "Scarwise".to_owned());
        ui.horizontal(|ui| {
            if let Some(logo) = &logo {
                let height = 72.0;
                let size = logo.size_vec2() * (height / logo.size_vec2().y.max(1.0));
                ui.add(egui::Image::new((logo.id(), size)).alt_text(name.clone()));
            }
            ui.label(bold(&name).size(34.0).color(ui.visuals().hyperlink_color));
        });
        heading(ui, loc.t("kiosk-attract-heading"), 1);
        if let Some(module) = content.modules.get(index) {
            // No fill: the picture is drawn by Bevy under the egui layer.
            card(ui, Palette::of(ui).surface)
                .fill(egui::Color32::TRANSPARENT)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        egui::RichText::new(loc.t_args(
                            "journey-module-number",
                            &args(&[("number", (index + 1).into())]),
                        ))
                        .color(c(Palette::of(ui).text_muted)),
                    );
                    ui.label(bold(loc.t(&module.entry.title)).size(26.0));
                    let picture = if index.is_multiple_of(2) {
                        Illustration::Lineup
                    } else {
                        Illustration::Explorer
                    };
                    let max_height = (ui.ctx().content_rect().height() * 0.3).min(300.0);
                    illustration::show(ui, &loc, picture, max_height);
                    paragraph(ui, &loc.t(&module.entry.summary));
                });
        }
        ui.add_space(12.0);
        let start = egui::Button::new(
            egui::RichText::new(loc.t("kiosk-touch-to-start"))
                .size(30.0)
                .strong()
                .color(c(Palette::of(ui).on_accent)),
        )
        .fill(ui.visuals().hyperlink_color)
        .min_size(egui::vec2(ui.available_width(), 96.0));
        if ui.add(start).clicked() {
            nav.write(Nav::Start);
        }
        ui.add_space(8.0);
        let express = egui::Button::new(egui::RichText::new(loc.t("express-open")).size(22.0))
            .min_size(egui::vec2(ui.available_width(), 64.0));
        if ui.add(express).clicked() {
            nav.write(Nav::OpenExpress);
        }
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            let offered = &clinic.config.languages;
            for (tag, native) in loc.languages() {
                if !offered.is_empty() && !offered.contains(&tag) {
                    continue;
                }
                let selected = loc.current().to_string() == tag;
                if choice(ui, selected, native, TARGET_SIZE * 2.0).clicked() {
                    edits.write(SettingsEdit::Locale(tag));
                }
            }
        });
    });
    Ok(())
}

/// The express path: each module's key point in a line or two, then five questions.
pub(super) fn express(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Option<Res<Content>>,
    mut nav: MessageWriter<Nav>,
    mut play: MessageWriter<QuizInput>,
) -> Result {
    let Some(content) = content else {
        return Ok(());
    };
    page(contexts.ctx_mut()?, |ui| {
        heading(ui, loc.t("express-heading"), 1);
        paragraph(ui, &loc.t("express-intro"));
        for (index, module) in content.modules.iter().enumerate() {
            card(ui, Palette::of(ui).surface).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(bold(format!(
                    "{}. {}",
                    index + 1,
                    loc.t(&module.entry.title)
                )));
                paragraph(ui, &loc.t(&format!("module-{}-key", module.entry.id)));
            });
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if primary_button(ui, &loc.t("express-start-quiz")).clicked() {
                play.write(QuizInput::StartExpress);
            }
            if secondary_button(ui, &loc.t("nav-map")).clicked() {
                nav.write(Nav::OpenJourney);
            }
        });
    });
    Ok(())
}

/// Whether the screens may draw: not while "Are you still there?" shows.
pub(super) fn no_idle_warning(kiosk: Res<Kiosk>) -> bool {
    kiosk.warning_until.is_none()
}

/// "Are you still there?" in place of whatever screen was open, counting down.
pub(super) fn idle_warning(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    kiosk: Res<Kiosk>,
    time: Res<Time<Real>>,
    mut requests: MessageWriter<KioskRequest>,
) -> Result {
    let Some(seconds) = kiosk.countdown(time.elapsed_secs_f64()) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    ctx.request_repaint_after(std::time::Duration::from_millis(250));
    let screen = ctx.content_rect();
    egui::Area::new("idle-warning".into())
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            // Opaque: nothing of the visit (a summary with health answers) shows through
            // to whoever walks up.
            ui.painter()
                .rect_filled(screen, 0.0, c(Palette::of(ui).background));
            let (rect, _) = ui.allocate_exact_size(screen.size(), egui::Sense::click());
            let width = (rect.width() - 48.0).min(560.0);
            let inner = egui::Rect::from_center_size(rect.center(), egui::vec2(width, 320.0));
            ui.scope_builder(egui::UiBuilder::new().max_rect(inner), |ui| {
                card(ui, Palette::of(ui).surface).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(bold(loc.t("kiosk-still-there")).size(30.0));
                    paragraph(
                        ui,
                        &loc.t_args(
                            "kiosk-ending-in",
                            &args(&[("seconds", i64::from(seconds).into())]),
                        ),
                    );
                    ui.add_space(8.0);
                    if primary_button(ui, &loc.t("kiosk-still-here")).clicked() {
                        requests.write(KioskRequest::StillHere);
                    }
                    if secondary_button(ui, &loc.t("kiosk-end-visit")).clicked() {
                        requests.write(KioskRequest::EndVisit);
                    }
                });
            });
        });
    Ok(())
}

/// An invisible square in the top-left corner: held for a few seconds, it opens the PIN pad.
pub(super) fn admin_corner(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    mut gate: ResMut<AdminGate>,
    mut requests: MessageWriter<KioskRequest>,
) -> Result {
    if *screen.get() == Screen::Admin {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let corner = egui::Rect::from_min_size(ctx.content_rect().min, egui::vec2(56.0, 56.0));
    egui::Area::new("admin-corner".into())
        .order(egui::Order::Foreground)
        .fixed_pos(corner.min)
        .show(ctx, |ui| {
            let (_, response) =
                ui.allocate_exact_size(corner.size(), egui::Sense::click_and_drag());
            if response.is_pointer_button_down_on() {
                gate.held += f64::from(ui.input(|i| i.stable_dt)).min(0.1);
                ui.ctx().request_repaint();
                if gate.held >= crate::kiosk::HOLD_SECONDS {
                    gate.held = 0.0;
                    requests.write(KioskRequest::OpenAdmin);
                }
            } else if gate.held != 0.0 {
                gate.held = 0.0;
            }
        });
    Ok(())
}

pub(super) fn admin(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    gate: Res<AdminGate>,
    clinic: Res<Clinic>,
    kiosk: Res<Kiosk>,
    time: Res<Time<Real>>,
    mut requests: MessageWriter<KioskRequest>,
) -> Result {
    let now = time.elapsed_secs_f64();
    let ctx = contexts.ctx_mut()?;
    page(ctx, |ui| {
        heading(ui, loc.t("kiosk-admin-heading"), 1);
        if clinic.config.admin_pin_hash.is_none() {
            // No PIN was set up: there is no way out, and staff are told how to make one.
            paragraph(ui, &loc.t("kiosk-admin-disabled"));
            ui.add_space(12.0);
            if primary_button(ui, &loc.t("kiosk-admin-back")).clicked() {
                requests.write(KioskRequest::CloseAdmin);
            }
            return;
        }
        if !gate.open {
            paragraph(ui, &loc.t("kiosk-pin-prompt"));
            let dots: String = "● ".repeat(gate.typed.len());
            ui.label(
                bold(if dots.is_empty() {
                    "—".to_owned()
                } else {
                    dots
                })
                .size(28.0),
            );
            if now < gate.locked_until {
                let wait = (gate.locked_until - now).ceil() as i64;
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(500));
                ui.label(
                    egui::RichText::new(
                        loc.t_args("kiosk-pin-wait", &args(&[("seconds", wait.into())])),
                    )
                    .color(c(Palette::of(ui).wrong)),
                );
            } else if gate.wrong_tries > 0 {
                ui.label(
                    egui::RichText::new(loc.t("kiosk-pin-wrong")).color(c(Palette::of(ui).wrong)),
                );
            }
            let keys: [(&str, KioskRequest); 12] = [
                ("1", KioskRequest::Digit(1)),
                ("2", KioskRequest::Digit(2)),
                ("3", KioskRequest::Digit(3)),
                ("4", KioskRequest::Digit(4)),
                ("5", KioskRequest::Digit(5)),
                ("6", KioskRequest::Digit(6)),
                ("7", KioskRequest::Digit(7)),
                ("8", KioskRequest::Digit(8)),
                ("9", KioskRequest::Digit(9)),
                ("←", KioskRequest::Digit(10)),
                ("0", KioskRequest::Digit(0)),
                ("✔", KioskRequest::Enter),
            ];
            egui::Grid::new("pin-pad")
                .spacing([10.0, 10.0])
                .show(ui, |ui| {
                    for (i, (label, request)) in keys.into_iter().enumerate() {
                        let button = egui::Button::new(egui::RichText::new(label).size(26.0))
                            .min_size(egui::vec2(80.0, 64.0));
                        if ui.add(button).clicked() {
                            requests.write(request);
                        }
                        if i % 3 == 2 {
                            ui.end_row();
                        }
                    }
                });
            ui.add_space(12.0);
            if secondary_button(ui, &loc.t("kiosk-admin-cancel")).clicked() {
                requests.write(KioskRequest::CloseAdmin);
            }
            return;
        }
        let config = &clinic.config;
        paragraph(
            ui,
            &loc.t_args(
                "kiosk-admin-status",
                &args(&[
                    ("visits", (kiosk.visits_ended as i64).into()),
                    ("timeout", i64::from(config.idle_timeout_secs).into()),
                    ("warning", i64::from(config.warning_secs).into()),
                ]),
            ),
        );
        ui.label(bold(loc.t("kiosk-admin-config")));
        if clinic.errors.is_empty() {
            paragraph(ui, &loc.t("kiosk-admin-config-ok"));
        }
        for error in &clinic.errors {
            ui.label(egui::RichText::new(format!("⚠ {error}")).color(c(Palette::of(ui).wrong)));
        }
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            if primary_button(ui, &loc.t("kiosk-admin-back")).clicked() {
                requests.write(KioskRequest::CloseAdmin);
            }
            if secondary_button(ui, &loc.t("kiosk-admin-quit")).clicked() {
                requests.write(KioskRequest::Quit);
            }
        });
    });
    Ok(())
}
