//! The pulse lab: how a pulse's length decides whether a pigment granule shatters or heats,
//! its plain-Rust physics (SI units) and its view.

use bevy_egui::egui;

use super::{BUBBLE, FIBRE, HEAT, LIGHT_BEAM, PIGMENT, progress, scale_bar};
use crate::i18n::args;
use crate::illustration::labels;
use crate::scenes::canvas::{self, Rgba, Shapes, rgb, with_alpha};
use crate::scenes::{SceneCtx, labelled_slider, small_font};
use crate::theme::widgets::{choice, paragraph, primary_button};
use crate::theme::{Palette, TARGET_SIZE, c};

/// A pigment granule about 1 micrometre across, as in the evidence brief.
pub const GRANULE_DIAMETER_M: f64 = 1e-6;
/// Heat diffusivity of soft tissue (close to water's), m²/s.
pub const THERMAL_DIFFUSIVITY: f64 = 1.4e-7;
/// Speed of sound in soft tissue, m/s.
pub const SPEED_OF_SOUND: f64 = 1500.0;
/// A picosecond pulse inside the brief's cleared range (240 to 750 ps).
pub const PICO_PULSE_S: f64 = 450e-12;
/// Q-switched nanosecond pulses are roughly a thousand times longer (brief, section 3).
pub const NANO_PULSE_S: f64 = PICO_PULSE_S * 1000.0;
/// The slider's range.
pub const SHORTEST_S: f64 = 100e-12;
pub const LONGEST_S: f64 = 1e-6;

/// Time a pressure wave takes to cross from the centre of the target to its edge: shorter
/// pulses trap the pressure they build ("stress confinement").
pub fn stress_confinement_time(diameter_m: f64) -> f64 {
    diameter_m / 2.0 / SPEED_OF_SOUND
}

/// How far heat spreads from the target during a pulse: the diffusion length 2·√(κ·t).
pub fn heat_spread_m(pulse_s: f64) -> f64 {
    2.0 * (THERMAL_DIFFUSIVITY * pulse_s).sqrt()
}

/// Share of the pressure the target can build before it leaks out as sound (0 to 1).
pub fn pressure_kept(pulse_s: f64, diameter_m: f64) -> f64 {
    1.0 / (1.0 + pulse_s / stress_confinement_time(diameter_m))
}

/// What the pulse does to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Pressure builds faster than it can leave: the target breaks into fine pieces.
    Shatters,
    /// Some pressure: the target cracks into a few large pieces, and heats.
    Cracks,
    /// Mostly heat, which spreads into the skin around.
    Heats,
}

pub fn effect(pulse_s: f64, diameter_m: f64) -> Effect {
    match pressure_kept(pulse_s, diameter_m) {
        p if p >= 0.3 => Effect::Shatters,
        p if p >= 0.01 => Effect::Cracks,
        _ => Effect::Heats,
    }
}

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
    ScarTissue,
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

pub(in crate::scenes) fn pulse_length(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let lab = ctx.state.pulse.clone();
    let t = progress(ui, lab.fired_at, ctx.now, ctx.reduced_motion);
    let d = GRANULE_DIAMETER_M;
    let effect = effect(lab.pulse_s, d);
    // Scene units: micrometres, a 6 × 4 µm window around the target.
    let mut shapes = Shapes::new(6.0, 4.0);
    let center = [3.0, 1.8];
    shapes.rect([0.0, 0.0], [6.0, 4.0], 0, TISSUE);
    if lab.target == Target::ScarTissue {
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
    // The beam comes down in the first quarter of the animation.
    let beam = (t / 0.25).min(1.0);
    if lab.fired_at.is_some() && t < 0.6 {
        let fade = if t > 0.3 { 1.0 - (t - 0.3) / 0.3 } else { 1.0 };
        let bottom = 4.0 - (4.0 - center[1]) * beam;
        shapes.rect(
            [center[0] - 0.35, bottom],
            [center[0] + 0.35, 4.0],
            3,
            with_alpha(LIGHT_BEAM, 0.55 * fade),
        );
    }
    let hit = ((t - 0.25) / 0.75).clamp(0.0, 1.0);
    let radius = 0.5;
    let spread_um = (heat_spread_m(lab.pulse_s) * 1e6) as f32;
    let pressure = pressure_kept(lab.pulse_s, d) as f32;
    if hit > 0.0 {
        // Heat: a glow as wide as the heat spreads, drawn at the same scale as the target.
        let halo = radius + spread_um * hit;
        let heat = (1.0 - pressure).powi(2);
        shapes.circle(center, halo, 2, with_alpha(HEAT, 0.25 + 0.5 * heat));
        if effect != Effect::Heats {
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
    match lab.target {
        Target::Pigment => {
            let pieces = match (hit > 0.0, effect) {
                (false, _) | (true, Effect::Heats) => 1,
                (true, Effect::Cracks) => 3,
                (true, Effect::Shatters) => 14,
            };
            if pieces == 1 {
                shapes.circle(center, radius, 5, PIGMENT);
            } else {
                let piece = radius / (pieces as f32).sqrt();
                for i in 0..pieces {
                    let a = i as f32 / pieces as f32 * std::f32::consts::TAU + 0.4;
                    let out = (radius - piece) * 0.8 + hit * if pieces > 3 { 1.3 } else { 0.35 };
                    shapes.circle(
                        [center[0] + out * a.cos(), center[1] + out * a.sin()],
                        piece,
                        5,
                        PIGMENT,
                    );
                }
            }
        }
        Target::ScarTissue => {
            if hit > 0.0 && effect != Effect::Heats {
                // A tiny bubble where the pressure tore the tissue.
                shapes.circle(
                    center,
                    radius * (0.3 + 0.9 * hit) * pressure.sqrt(),
                    5,
                    BUBBLE,
                );
            }
            shapes.ring(
                center,
                radius * 1.05,
                radius * 1.15,
                5,
                with_alpha(FIBRE, 0.9),
            );
        }
    }
    let (map, _) = canvas::place(
        ui,
        ctx.canvas,
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
    if hit >= 1.0 || (ctx.reduced_motion && lab.fired_at.is_some()) {
        let outcome = match (lab.target, effect) {
            (Target::Pigment, Effect::Shatters) => "pulse-outcome-shatters",
            (Target::Pigment, Effect::Cracks) => "pulse-outcome-cracks",
            (Target::Pigment, Effect::Heats) => "pulse-outcome-heats",
            (Target::ScarTissue, Effect::Heats) => "pulse-outcome-tissue-heats",
            (Target::ScarTissue, _) => "pulse-outcome-tissue-bubble",
        };
        labels::label(
            &painter,
            bounds,
            ctx.loc.t(outcome),
            map.to_screen([3.0, 3.9]),
            egui::Align2::CENTER_TOP,
            small_font(ui),
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
    paragraph(
        ui,
        &ctx.loc.t_args(
            "pulse-readout",
            &args(&[("pressure", ((pressure * 100.0).round() as i64).into())]),
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stress_confinement_of_a_granule_is_about_300_ps() {
        let t = stress_confinement_time(GRANULE_DIAMETER_M);
        // The brief's estimate: about 300 ps for a 1 micrometre granule.
        assert!((t - 300e-12).abs() < 0.15 * 300e-12, "{t}");
    }

    #[test]
    fn pico_pulses_shatter_and_nano_pulses_do_not() {
        let d = GRANULE_DIAMETER_M;
        // The brief's cleared picosecond range.
        for ps in [240e-12, 450e-12, 550e-12, 750e-12] {
            assert_eq!(effect(ps, d), Effect::Shatters, "{ps}");
        }
        assert_ne!(effect(NANO_PULSE_S, d), Effect::Shatters);
        assert_eq!(effect(LONGEST_S, d), Effect::Heats);
        let ratio = pressure_kept(PICO_PULSE_S, d) / pressure_kept(NANO_PULSE_S, d);
        assert!(ratio > 100.0, "{ratio}");
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
