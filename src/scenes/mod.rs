//! The interactive scenes lesson pages hold: a plain-Rust model each (unit-tested against the
//! evidence brief), drawn as shapes ([`canvas`] and the illustrations) that egui paints with
//! its text and controls.

pub mod canvas;
pub mod downtime;
pub mod pico;
pub mod routine;
pub mod scar;
pub mod sort;
pub mod words;

use bevy::prelude::*;
use bevy_egui::egui;

use crate::content::model::{ScarKind, Scene};
use crate::i18n::Localizer;
use crate::visit::ForgetWithVisit;
use canvas::{Rgba, rgb};

/// The scenes' state (headless: only their views need a window).
pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SceneState>()
        .forget_with_visit::<SceneState>();
}

/// Where each scene is: kept while the app runs, so going back to a page finds it as left.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct SceneState {
    pub explorer: Option<ScarKind>,
    pub light_degrees: f32,
    pub sort: scar::sort::SortGame,
    pub pulse: pico::pulse::PulseLab,
    pub wavelength_nm: u32,
    pub lens: pico::fractional::Lens,
    pub lens_fired_at: Option<f64>,
    pub weeks: f32,
    pub day: u32,
    pub event_in: u32,
    pub routine: routine::rules::Game,
    /// Index into [`SKIN_TONES`].
    pub tone: usize,
}

impl Default for SceneState {
    fn default() -> Self {
        SceneState {
            explorer: None,
            light_degrees: 60.0,
            sort: default(),
            pulse: default(),
            wavelength_nm: 532,
            lens: default(),
            lens_fired_at: None,
            weeks: 0.0,
            day: 0,
            event_in: 2,
            routine: default(),
            tone: 2,
        }
    }
}

/// Skin tones across the Fitzpatrick range (I to VI), so every patient can see their own.
pub const SKIN_TONES: [[u8; 3]; 6] = [
    [0xF1, 0xC8, 0xB0],
    [0xE0, 0xAC, 0x8A],
    [0xC6, 0x8E, 0x66],
    [0xA0, 0x6A, 0x45],
    [0x74, 0x48, 0x2C],
    [0x4B, 0x2E, 0x1D],
];

fn skin_tone(index: usize) -> Rgba {
    rgb(SKIN_TONES[index.min(SKIN_TONES.len() - 1)])
}

fn small_font(ui: &egui::Ui) -> egui::FontId {
    egui::TextStyle::Small.resolve(ui.style())
}

/// What a scene's view needs.
pub struct SceneCtx<'a> {
    pub loc: &'a Localizer,
    pub state: &'a mut SceneState,
    /// App time in seconds, for animations.
    pub now: f64,
    pub reduced_motion: bool,
    /// Tallest the picture may be, in points.
    pub max_height: f32,
    /// What the clinic's config says, if anything.
    pub clinic: ClinicAdvice,
    /// The patient's next session day, when they entered one (the event planner counts from
    /// it in real dates).
    pub session: Option<chrono::NaiveDate>,
}

/// The clinic's own numbers for the scenes (from its config file).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClinicAdvice {
    /// Shown on the "call the clinic" card.
    pub phone: Option<String>,
    /// Days until redness has mostly gone.
    pub settle_days: Option<f32>,
    /// The day after treatment retinoids, acids and scrubs may come back.
    pub restart_actives_day: Option<u32>,
}

impl ClinicAdvice {
    pub fn from_config(config: &crate::clinic::config::ClinicConfig) -> Self {
        ClinicAdvice {
            phone: config.phone.clone(),
            settle_days: config.settle_days,
            restart_actives_day: config.restart_actives_day,
        }
    }
}

/// Shows `scene` at the full width of `ui`.
pub fn show(ui: &mut egui::Ui, scene: Scene, ctx: &mut SceneCtx) {
    ui.push_id(("scene", scene as u8), |ui| {
        // Sliders as long as the column allows, leaving room for the value box.
        ui.spacing_mut().slider_width = (ui.available_width() - 110.0).clamp(120.0, 520.0);
        show_scene(ui, scene, ctx);
    });
}

fn show_scene(ui: &mut egui::Ui, scene: Scene, ctx: &mut SceneCtx) {
    match scene {
        Scene::ScarExplorer => scar::explorer(ui, ctx),
        Scene::SideLight => scar::side_light(ui, ctx),
        Scene::ScarSort => scar::scar_sort(ui, ctx),
        Scene::PulseLength => pico::pulse::pulse_length(ui, ctx),
        Scene::Wavelength => pico::wavelength::wavelength(ui, ctx),
        Scene::FractionalLens => pico::fractional::fractional_lens(ui, ctx),
        Scene::Remodelling => pico::remodel::remodelling(ui, ctx),
        Scene::DowntimeTimeline => downtime::timeline(ui, ctx),
        Scene::EventPlanner => downtime::planner(ui, ctx),
        Scene::RoutineGame => routine::game(ui, ctx),
    }
}

/// A slider with its name on a line of its own, so the row fits a phone.
fn labelled_slider(ui: &mut egui::Ui, label: &str, slider: egui::Slider) -> egui::Response {
    let name = ui.label(egui::RichText::new(label).strong());
    ui.scope(|ui| {
        // A rail that stands out from the page (WCAG 1.4.11: 3:1 for controls), filled in the
        // accent colour up to the knob.
        let palette = crate::theme::Palette::of(ui);
        let visuals = ui.visuals_mut();
        visuals.widgets.inactive.bg_fill = crate::theme::c(palette.text_muted);
        visuals.selection.bg_fill = crate::theme::c(palette.accent);
        visuals.slider_trailing_fill = true;
        ui.spacing_mut().slider_rail_height = 10.0;
        // Screen readers announce the slider by the label above it.
        ui.add(slider).labelled_by(name.id)
    })
    .inner
}

/// A row of skin-tone swatches (buttons with names, so they work by keyboard and reader).
fn tone_picker(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    ui.horizontal_wrapped(|ui| {
        ui.label(ctx.loc.t("scene-skin-tone"));
        for (index, tone) in SKIN_TONES.iter().enumerate() {
            let [r, g, b] = *tone;
            let selected = ctx.state.tone == index;
            let name = ctx.loc.t_args(
                "scene-skin-tone-n",
                &crate::i18n::args(&[("n", (index + 1).into())]),
            );
            let button = egui::Button::new("")
                .fill(egui::Color32::from_rgb(r, g, b))
                .min_size(egui::vec2(44.0, 44.0))
                .stroke(if selected {
                    egui::Stroke::new(4.0, crate::theme::c(crate::theme::Palette::of(ui).accent))
                } else {
                    egui::Stroke::new(1.0, crate::theme::c(crate::theme::Palette::of(ui).border))
                });
            let response = ui.add(button).on_hover_text(name.clone());
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::WidgetType::RadioButton, true, selected, &name)
            });
            if response.clicked() {
                ctx.state.tone = index;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skin_tones_run_from_light_to_dark() {
        let luminance = |[r, g, b]: [u8; 3]| {
            0.2126 * f32::from(r) + 0.7152 * f32::from(g) + 0.0722 * f32::from(b)
        };
        for pair in SKIN_TONES.windows(2) {
            assert!(luminance(pair[0]) > luminance(pair[1]));
        }
    }
}
