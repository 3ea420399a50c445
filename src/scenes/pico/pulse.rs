//! The pulse lab: how a pulse's length, set against a pigment granule's two clocks (heat
//! leaking out, a pressure wave crossing it; the model in `clocks`), decides whether the
//! granule breaks apart or heats; its presets and slider, and its view.

use bevy_egui::egui;

use super::clocks::{Effect, GRANULE_DIAMETER_M, effect, heat_spread_m, pressure_kept};
use super::{FIBRE, HEAT, LIGHT_BEAM, PIGMENT, progress, scale_bar};
use crate::i18n::args;
use crate::illustration::labels;
use crate::scenes::canvas::{self, Rgba, Shapes, rgb, with_alpha};
use crate::scenes::{SceneCtx, labelled_slider, small_font};
use crate::theme::widgets::{choice, paragraph, primary_button};
use crate::theme::{Palette, TARGET_SIZE, c};

/// A picosecond pulse inside the brief's range for one cleared device (240 to 750 ps).
pub const PICO_PULSE_S: f64 = 450e-12;
/// Q-switched nanosecond pulses are roughly a thousand times longer (brief, section 3).
pub const NANO_PULSE_S: f64 = PICO_PULSE_S * 1000.0;
/// The slider's range.
pub const SHORTEST_S: f64 = 100e-12;
pub const LONGEST_S: f64 = 1e-6;

/// Slider position (0 to 1, log scale) for a pulse length, and back.
pub fn to_slider(pulse_s: f64) -> f64 {
    (pulse_s / SHORTEST_S).ln() / (LONGEST_S / SHORTEST_S).ln()
}

pub fn from_slider(t: f64) -> f64 {
    SHORTEST_S * (LONGEST_S / SHORTEST_S).powf(t.clamp(0.0, 1.0))
}

/// A pulse length in the largest unit that keeps it at or above 1: `(value, unit)`.
pub fn readable(pulse_s: f64) -> (f64, &'static str) {
    if pulse_s >= 1e-6 {
        (pulse_s * 1e6, "µs")
    } else if pulse_s >= 1e-9 {
        (pulse_s * 1e9, "ns")
    } else {
        (pulse_s * 1e12, "ps")
    }
}

/// What the pulse is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    #[default]
    Pigment,
    /// Scar tissue holds no granule for this model to break: the evidence brief has the
    /// bubbles in skin come from the fractional lens's tiny spots, and the scene says so.
    ScarTissue,
}

/// The message shown after a pulse: the granule's outcome by its clocks, or, on scar tissue,
/// the same one whatever the pulse (the model has nothing there to break).
pub fn outcome(target: Target, effect: Effect) -> &'static str {
    match (target, effect) {
        (Target::ScarTissue, _) => "pulse-outcome-tissue",
        (Target::Pigment, Effect::BreaksApart) => "pulse-outcome-breaks",
        (Target::Pigment, Effect::HeatStays) => "pulse-outcome-heat-stays",
        (Target::Pigment, Effect::HeatLeaks) => "pulse-outcome-heat-leaks",
    }
}

const TISSUE: Rgba = rgb([0xF6, 0xD8, 0xD0]);

/// The pulse lab's state.
#[derive(Debug, Clone, PartialEq)]
pub struct PulseLab {
    pub pulse_s: f64,
    pub target: Target,
    /// When the last pulse was fired (seconds of app time).
    pub fired_at: Option<f64>,
}

impl Default for PulseLab {
    fn default() -> Self {
        PulseLab {
            pulse_s: NANO_PULSE_S,
            target: Target::Pigment,
            fired_at: None,
        }
    }
}

/// The granule, `hit` of the way through the pulse's effect: heat glowing as far as it
/// spreads, the pressure wave running out, and the granule whole (glowing with the heat it
/// keeps) or broken apart.
fn draw_granule(shapes: &mut Shapes, center: [f32; 2], hit: f32, pulse_s: f64) {
    let d = GRANULE_DIAMETER_M;
    let radius = (d / 2.0 * 1e6) as f32;
    let pressure = pressure_kept(pulse_s, d) as f32;
    let breaks = effect(pulse_s, d) == Effect::BreaksApart;
    if hit > 0.0 {
        // Heat: a glow as wide as the heat spreads, drawn at the same scale as the granule.
        let halo = radius + (heat_spread_m(pulse_s) * 1e6) as f32 * hit;
        let heat = (1.0 - pressure).powi(2);
        shapes.circle(center, halo, 2, with_alpha(HEAT, 0.25 + 0.5 * heat));
        if pressure >= 0.01 {
            // The pressure wave: a ring running outwards and fading.
            let wave = radius + 2.2 * hit;
            let strength = (pressure * 1.6).min(1.0) * (1.0 - hit);
            shapes.ring(
                center,
                wave - 0.06,
                wave,
                4,
                with_alpha(rgb([0x1F, 0x4E, 0x8C]), strength),
            );
        }
    }
    if hit > 0.0 && breaks {
        let pieces = 14;
        let piece = radius / (pieces as f32).sqrt();
        for i in 0..pieces {
            let a = i as f32 / pieces as f32 * std::f32::consts::TAU + 0.4;
            let out = (radius - piece) * 0.8 + hit * 0.8;
            shapes.circle(
                [center[0] + out * a.cos(), center[1] + out * a.sin()],
                piece,
                5,
                PIGMENT,
            );
        }
    } else {
        shapes.circle(center, radius, 5, PIGMENT);
        if hit > 0.0 {
            shapes.circle(center, radius * 0.7, 6, with_alpha(HEAT, 0.8 * hit));
        }
    }
}

pub(in crate::scenes) fn pulse_length(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let lab = ctx.state.pulse.clone();
    let t = progress(ui, lab.fired_at, ctx.now, ctx.reduced_motion);
    let tissue = lab.target == Target::ScarTissue;
    // Scene units: micrometres, a 6 × 4 µm window around the target.
    let mut shapes = Shapes::new(6.0, 4.0);
    let center = [3.0, 1.8];
    shapes.rect([0.0, 0.0], [6.0, 4.0], 0, TISSUE);
    if tissue {
        for i in 0..7 {
            let y = 0.3 + i as f32 * 0.5;
            let points: Vec<[f32; 2]> = (0..=30)
                .map(|k| {
                    let x = k as f32 * 0.2;
                    [x, y + 0.08 * (x * 2.1 + i as f32).sin()]
                })
                .collect();
            shapes.polyline(&points, 0.1, 1, FIBRE);
        }
    }
    // The beam comes down in the first quarter of the animation: onto the granule, or over
    // the whole window of scar tissue, one wide beam as without a special lens.
    let beam = (t / 0.25).min(1.0);
    if lab.fired_at.is_some() && t < 0.6 {
        let fade = if t > 0.3 { 1.0 - (t - 0.3) / 0.3 } else { 1.0 };
        let (half, floor, alpha) = if tissue {
            (3.0, 0.0, 0.3)
        } else {
            (0.35, center[1], 0.55)
        };
        let bottom = 4.0 - (4.0 - floor) * beam;
        shapes.rect(
            [center[0] - half, bottom],
            [center[0] + half, 4.0],
            3,
            with_alpha(LIGHT_BEAM, alpha * fade),
        );
    }
    let hit = ((t - 0.25) / 0.75).clamp(0.0, 1.0);
    if !tissue {
        draw_granule(&mut shapes, center, hit, lab.pulse_s);
    }
    let (map, _) = canvas::place(
        ui,
        shapes,
        ctx.max_height * 0.85,
        &ctx.loc.t("a11y-scene-pulse-length"),
    );
    let bounds = egui::Rect::from_min_max(map.to_screen([0.0, 4.0]), map.to_screen([6.0, 0.0]));
    let painter = ui.painter().clone();
    let text = c(Palette::of(ui).text);
    let (scale_a, scale_b) = (map.to_screen([0.3, 0.3]), map.to_screen([1.3, 0.3]));
    let scale = [scale_a, scale_b];
    scale_bar(
        ui,
        &painter,
        bounds,
        scale,
        ctx.loc.t("label-one-micrometre"),
    );
    // Everything drawn here comes from the app's own model: say so on the picture.
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("pulse-model"),
        map.to_screen([5.9, 0.1]),
        egui::Align2::RIGHT_BOTTOM,
        small_font(ui),
        text,
    );
    if hit >= 1.0 || (ctx.reduced_motion && lab.fired_at.is_some()) {
        let message = ctx
            .loc
            .t(outcome(lab.target, effect(lab.pulse_s, GRANULE_DIAMETER_M)));
        let galley = painter.layout(message, small_font(ui), text, bounds.width() - 12.0);
        labels::paint_label(
            &painter,
            bounds,
            galley,
            map.to_screen([3.0, 3.9]),
            egui::Align2::CENTER_TOP,
            text,
        );
    }

    // Controls: target, pulse length (log slider with the two presets), fire.
    ui.horizontal_wrapped(|ui| {
        for (target, id) in [
            (Target::Pigment, "pulse-target-pigment"),
            (Target::ScarTissue, "pulse-target-tissue"),
        ] {
            let selected = lab.target == target;
            if choice(ui, selected, ctx.loc.t(id), TARGET_SIZE).clicked() {
                ctx.state.pulse.target = target;
                ctx.state.pulse.fired_at = None;
            }
        }
    });
    let (value, unit) = readable(lab.pulse_s);
    let mut position = to_slider(lab.pulse_s);
    let slider = egui::Slider::new(&mut position, 0.0..=1.0).show_value(false);
    let label = format!("{} {:.0} {unit}", ctx.loc.t("pulse-length"), value);
    if labelled_slider(ui, &label, slider).changed() {
        ctx.state.pulse.pulse_s = from_slider(position);
        ctx.state.pulse.fired_at = None;
    }
    ui.horizontal_wrapped(|ui| {
        for (pulse_s, id) in [
            (NANO_PULSE_S, "pulse-preset-nano"),
            (PICO_PULSE_S, "pulse-preset-pico"),
        ] {
            let selected = (lab.pulse_s - pulse_s).abs() < pulse_s * 1e-6;
            if choice(ui, selected, ctx.loc.t(id), TARGET_SIZE).clicked() {
                ctx.state.pulse.pulse_s = pulse_s;
                ctx.state.pulse.fired_at = None;
            }
        }
        if primary_button(ui, &ctx.loc.t("pulse-fire")).clicked() {
            ctx.state.pulse.fired_at = Some(ctx.now);
        }
    });
    let about = match lab.target {
        Target::Pigment => {
            let pressure = pressure_kept(lab.pulse_s, GRANULE_DIAMETER_M);
            ctx.loc.t_args(
                "pulse-readout",
                &args(&[("pressure", ((pressure * 100.0).round() as i64).into())]),
            )
        }
        Target::ScarTissue => ctx.loc.t("pulse-tissue-about"),
    };
    paragraph(ui, &about);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenes::pico::clocks::{stress_confinement_time, thermal_relaxation_time};

    #[test]
    fn pulses_pass_the_pressure_clock_then_the_heat_clock() {
        let d = GRANULE_DIAMETER_M;
        // The brief's picosecond pulses (one cleared device, another maker, one device mode).
        for ps in [240e-12, 250e-12, 450e-12, 550e-12, 750e-12] {
            assert_eq!(effect(ps, d), Effect::BreaksApart, "{ps}");
        }
        // Shorter than the pressure clock always breaks the granule apart.
        assert_eq!(
            effect(stress_confinement_time(d) * 0.99, d),
            Effect::BreaksApart
        );
        assert_eq!(effect(10e-9, d), Effect::HeatStays);
        assert_eq!(
            effect(thermal_relaxation_time(d) * 0.99, d),
            Effect::HeatStays
        );
        assert_eq!(effect(NANO_PULSE_S, d), Effect::HeatLeaks);
        assert_eq!(effect(LONGEST_S, d), Effect::HeatLeaks);
        let ratio = pressure_kept(PICO_PULSE_S, d) / pressure_kept(NANO_PULSE_S, d);
        assert!(ratio > 100.0, "{ratio}");
        // Along the slider the effect only ever moves on, from breaking to heat leaking.
        let effects: Vec<Effect> = (0..=200)
            .map(|i| effect(from_slider(i as f64 / 200.0), d))
            .collect();
        assert!(effects.windows(2).all(|w| w[0] <= w[1]), "{effects:?}");
        for e in [Effect::BreaksApart, Effect::HeatStays, Effect::HeatLeaks] {
            assert!(effects.contains(&e), "{e:?} never shows");
        }
    }

    #[test]
    fn scar_tissue_shows_no_bubble_and_no_breaking_at_any_pulse_length() {
        let mut seen = Vec::new();
        for i in 0..=50 {
            let e = effect(from_slider(i as f64 / 50.0), GRANULE_DIAMETER_M);
            assert_eq!(outcome(Target::ScarTissue, e), "pulse-outcome-tissue");
            seen.push(outcome(Target::Pigment, e));
        }
        seen.dedup();
        assert_eq!(
            seen,
            [
                "pulse-outcome-breaks",
                "pulse-outcome-heat-stays",
                "pulse-outcome-heat-leaks"
            ]
        );
    }

    #[test]
    fn the_scar_tissue_text_names_the_lens_page_in_every_language() {
        for locale in crate::i18n::LOCALES {
            let (loc, errors) = crate::i18n::Localizer::new(&[locale.tag.parse().unwrap()]);
            assert!(errors.is_empty(), "{errors:?}");
            let about = loc.t("pulse-tissue-about");
            let title = loc.t("pico-beams-title");
            assert!(
                about.contains(&title) && !about.contains('{'),
                "{}: {about}",
                locale.tag
            );
        }
    }

    #[test]
    fn heat_spreads_with_the_square_root_of_time() {
        assert!((NANO_PULSE_S / PICO_PULSE_S - 1000.0).abs() < 1e-6);
        let ratio = heat_spread_m(NANO_PULSE_S) / heat_spread_m(PICO_PULSE_S);
        assert!((ratio - 1000f64.sqrt()).abs() < 1e-6);
        // In the nanosecond pulse heat travels about half a micrometre, as far as the granule's
        // own radius; in the picosecond pulse a few hundredths of a micrometre.
        assert!(heat_spread_m(NANO_PULSE_S) > 0.1e-6);
        assert!(heat_spread_m(PICO_PULSE_S) < 0.03e-6);
    }

    #[test]
    fn the_pulse_slider_round_trips_over_its_range() {
        for s in [SHORTEST_S, PICO_PULSE_S, NANO_PULSE_S, LONGEST_S] {
            let back = from_slider(to_slider(s));
            assert!((back - s).abs() < s * 1e-9, "{s}");
        }
        assert_eq!(readable(450e-12).1, "ps");
        assert_eq!(readable(450e-9).1, "ns");
        assert!((readable(450e-9).0 - 450.0).abs() < 1e-6);
    }
}
