//! Settings: language, text size, sound, reduced motion, high contrast and the read-aloud
//! speed. Changes apply at once.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::progress::ResetProgress;
use crate::settings::SettingsEdit;
use crate::state::Nav;

use crate::i18n::Localizer;
use crate::read_aloud::ReadAloudOffered;
use crate::settings::{ReadingSpeed, Settings, TEXT_SCALES};
use crate::theme::widgets::{card, heading, page, paragraph, primary_button};
use crate::theme::{Palette, TARGET_SIZE, bold, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    settings: Res<Settings>,
    clinic: Res<crate::clinic::Clinic>,
    mut nav: MessageWriter<Nav>,
    mut edits: MessageWriter<SettingsEdit>,
    mut erase: MessageWriter<ResetProgress>,
    mut reset: ResMut<ResetStep>,
    from_link: Res<ResetFromLink>,
    read_aloud: Res<ReadAloudOffered>,
) -> Result {
    // A clinic may offer only some languages.
    let offered = &clinic.config.languages;
    let current = loc.current().to_string();
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    page(ctx, |ui| {
        if primary_button(ui, &loc.t("nav-back")).clicked() {
            nav.write(Nav::Back);
        }
        heading(ui, loc.t("settings-heading"), 1);
        // Asked for by the address (`?reset=1`): the question comes first, so it is on screen.
        if from_link.showing {
            reset_card(ui, &loc, &mut reset, &mut erase, true);
        }

        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(loc.t("settings-language")));
            ui.horizontal_wrapped(|ui| {
                for (tag, name) in loc.languages() {
                    if !offered.is_empty() && !offered.contains(&tag) {
                        continue;
                    }
                    let selected = tag == current;
                    if choice(ui, selected, name).clicked() && !selected {
                        edits.write(SettingsEdit::Locale(tag));
                    }
                }
            });
        });

        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(loc.t("settings-text-size")));
            ui.horizontal_wrapped(|ui| {
                for scale in TEXT_SCALES {
                    let selected = (settings.text_scale - scale).abs() < 0.01;
                    let label = format!("{:.0} %", scale * 100.0);
                    if choice(ui, selected, &label).clicked() && !selected {
                        edits.write(SettingsEdit::TextScale(scale));
                    }
                }
            });
            paragraph(ui, &loc.t("settings-text-size-sample"));
        });

        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mut sound = settings.sound;
            if ui.checkbox(&mut sound, loc.t("settings-sound")).changed() {
                edits.write(SettingsEdit::Sound(sound));
            }
            let mut reduced = settings.reduced_motion;
            if ui
                .checkbox(&mut reduced, loc.t("settings-reduced-motion"))
                .changed()
            {
                edits.write(SettingsEdit::ReducedMotion(reduced));
            }
            ui.label(
                egui::RichText::new(loc.t("settings-reduced-motion-hint"))
                    .text_style(egui::TextStyle::Small)
                    .color(c(palette.text_muted)),
            );
            let mut high_contrast = settings.high_contrast;
            if ui
                .checkbox(&mut high_contrast, loc.t("settings-high-contrast"))
                .changed()
            {
                edits.write(SettingsEdit::HighContrast(high_contrast));
            }
        });

        if read_aloud.0 {
            card(ui, palette.surface).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(bold(loc.t("settings-reading-speed")));
                ui.horizontal_wrapped(|ui| {
                    for (speed, label) in [
                        (ReadingSpeed::Slower, "settings-reading-slower"),
                        (ReadingSpeed::Normal, "settings-reading-normal"),
                    ] {
                        let selected = settings.reading_speed == speed;
                        if choice(ui, selected, &loc.t(label)).clicked() && !selected {
                            edits.write(SettingsEdit::ReadingSpeed(speed));
                        }
                    }
                });
            });
        }

        if !from_link.showing {
            reset_card(ui, &loc, &mut reset, &mut erase, false);
        }
    });
    Ok(())
}

/// "Start over": the reset offered, its confirmation, or the result. `from_link` says why
/// the confirmation is shown without being asked for here.
fn reset_card(
    ui: &mut egui::Ui,
    loc: &Localizer,
    reset: &mut ResetStep,
    erase: &mut MessageWriter<ResetProgress>,
    from_link: bool,
) {
    let palette = Palette::of(ui);
    card(ui, palette.surface).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(bold(loc.t("settings-reset-heading")));
        match *reset {
            ResetStep::Offer => {
                if ui.button(loc.t("settings-reset")).clicked() {
                    *reset = ResetStep::Confirm;
                }
            }
            ResetStep::Confirm => {
                if from_link {
                    paragraph(ui, &loc.t("settings-reset-from-link"));
                }
                paragraph(ui, &loc.t("settings-reset-confirm"));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .add(
                            egui::Button::new(
                                bold(loc.t("settings-reset-yes")).color(c(palette.on_accent)),
                            )
                            .fill(c(palette.wrong)),
                        )
                        .clicked()
                    {
                        erase.write(ResetProgress);
                        *reset = ResetStep::Done;
                    }
                    if primary_button(ui, &loc.t("settings-reset-no")).clicked() {
                        *reset = ResetStep::Offer;
                    }
                });
            }
            ResetStep::Done => paragraph(ui, &format!("✔ {}", loc.t("settings-reset-done"))),
        }
    });
}

/// Where the "reset my progress" control is: offered, asking to confirm, or done.
#[derive(Resource, Default, Clone, Copy, PartialEq, Eq)]
pub enum ResetStep {
    #[default]
    Offer,
    Confirm,
    Done,
}

/// Each visit to Settings starts with the reset only offered, except the one the address
/// asked for (`?reset=1`), which starts with the confirmation.
pub(super) fn offer_reset(mut reset: ResMut<ResetStep>, from_link: Res<ResetFromLink>) {
    *reset = if from_link.showing {
        ResetStep::Confirm
    } else {
        ResetStep::Offer
    };
}

/// The address asked to forget the saved progress (`?reset=1`, [`crate::launch::LaunchOptions`]'s
/// `ask_reset`): Settings opens once, at the start, with its reset confirmation on top.
/// Nothing is forgotten unless the patient confirms.
#[derive(Resource, Default, Clone, Copy, PartialEq, Eq, Debug)]
pub struct ResetFromLink {
    /// Settings was opened for it (once per start).
    pub asked: bool,
    /// The confirmation is on screen, not yet answered.
    pub showing: bool,
}

/// The address's reset question (see [`ResetFromLink`]).
pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ResetFromLink>()
        .add_systems(OnEnter(super::Screen::Title), ask_reset_from_link)
        .add_systems(
            OnExit(super::Screen::Settings),
            |mut from_link: ResMut<ResetFromLink>| {
                from_link.showing = false;
            },
        );
}

/// On the first title screen: opens Settings with the confirmation when the address asked.
fn ask_reset_from_link(
    options: Res<crate::launch::LaunchOptions>,
    mut from_link: ResMut<ResetFromLink>,
    mut nav: MessageWriter<Nav>,
) {
    if options.ask_reset && !from_link.asked {
        *from_link = ResetFromLink {
            asked: true,
            showing: true,
        };
        nav.write(Nav::OpenSettings);
    }
}

/// A button that shows whether it is the chosen option, by a mark as well as by colour.
fn choice(ui: &mut egui::Ui, selected: bool, label: &str) -> egui::Response {
    let palette = Palette::of(ui);
    let text = if selected {
        format!("✔ {label}")
    } else {
        label.to_owned()
    };
    let fill = if selected {
        palette.accent_soft
    } else {
        palette.surface
    };
    let stroke = if selected {
        palette.accent
    } else {
        palette.border
    };
    ui.add(
        egui::Button::new(text)
            .fill(c(fill))
            .stroke(egui::Stroke::new(2.0, c(stroke)))
            .min_size(egui::vec2(TARGET_SIZE * 2.0, TARGET_SIZE)),
    )
}
