//! Module 2's scenes: the pulse lab (pulse length), wavelength depth, the fractional lens and
//! collagen remodelling over a course of sessions.

use bevy_egui::egui;

use super::canvas::{self, Rgba, Shapes, mix, rgb, with_alpha};
use super::{SceneCtx, labelled_slider, skin_tone, small_font, tone_picker};
use crate::i18n::args;
use crate::screens::widgets::{paragraph, primary_button};
use crate::theme::{Palette, c};

/// Physics of one pulse hitting a small target. Plain Rust, SI units.
pub mod pulse {
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
}

/// What the pulse is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    #[default]
    Pigment,
    ScarTissue,
}

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
            pulse_s: pulse::NANO_PULSE_S,
            target: Target::Pigment,
            fired_at: None,
        }
    }
}

/// How long a pulse's animation runs, in seconds.
const PULSE_SECONDS: f64 = 1.6;

const HEAT: Rgba = rgb([0xE8, 0x6A, 0x17]);
const PIGMENT: Rgba = rgb([0x4A, 0x2A, 0x18]);
const TISSUE: Rgba = rgb([0xF6, 0xD8, 0xD0]);
const FIBRE: Rgba = rgb([0xD9, 0x9A, 0x90]);
const BUBBLE: Rgba = rgb([0xFF, 0xFF, 0xFF]);
const LIGHT_BEAM: Rgba = rgb([0x2F, 0x9E, 0x44]);

/// Animation progress of the last pulse (0 to 1), stepping straight to the end under reduced
/// motion; asks for frames while it runs.
fn progress(ui: &egui::Ui, fired_at: Option<f64>, now: f64, reduced_motion: bool) -> f32 {
    let Some(at) = fired_at else { return 0.0 };
    let t = ((now - at) / PULSE_SECONDS).clamp(0.0, 1.0) as f32;
    if reduced_motion {
        return 1.0;
    }
    if t < 1.0 {
        ui.ctx().request_repaint();
    }
    t
}

pub(super) fn pulse_length(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let lab = ctx.state.pulse.clone();
    let t = progress(ui, lab.fired_at, ctx.now, ctx.reduced_motion);
    let d = pulse::GRANULE_DIAMETER_M;
    let effect = pulse::effect(lab.pulse_s, d);
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
    let spread_um = (pulse::heat_spread_m(lab.pulse_s) * 1e6) as f32;
    let pressure = pulse::pressure_kept(lab.pulse_s, d) as f32;
    if hit > 0.0 {
        // Heat: a glow as wide as the heat spreads, drawn at the same scale as the target.
        let halo = radius + spread_um * hit;
        let heat = (1.0 - pressure).powi(2);
        shapes.circle(center, halo, 2, with_alpha(HEAT, 0.25 + 0.5 * heat));
        if effect != pulse::Effect::Heats {
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
                (false, _) | (true, pulse::Effect::Heats) => 1,
                (true, pulse::Effect::Cracks) => 3,
                (true, pulse::Effect::Shatters) => 14,
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
            if hit > 0.0 && effect != pulse::Effect::Heats {
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
    let text = c(Palette::current().text);
    let (scale_a, scale_b) = (map.to_screen([0.3, 0.3]), map.to_screen([1.3, 0.3]));
    painter.line_segment([scale_a, scale_b], egui::Stroke::new(3.0, text));
    canvas::label(
        &painter,
        bounds,
        ctx.loc.t("label-one-micrometre"),
        scale_a + egui::vec2(0.0, -6.0),
        egui::Align2::LEFT_BOTTOM,
        small_font(ui),
        text,
    );
    if hit >= 1.0 || (ctx.reduced_motion && lab.fired_at.is_some()) {
        let outcome = match (lab.target, effect) {
            (Target::Pigment, pulse::Effect::Shatters) => "pulse-outcome-shatters",
            (Target::Pigment, pulse::Effect::Cracks) => "pulse-outcome-cracks",
            (Target::Pigment, pulse::Effect::Heats) => "pulse-outcome-heats",
            (Target::ScarTissue, pulse::Effect::Heats) => "pulse-outcome-tissue-heats",
            (Target::ScarTissue, _) => "pulse-outcome-tissue-bubble",
        };
        canvas::label(
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
            if ui
                .add(
                    egui::Button::selectable(selected, ctx.loc.t(id))
                        .min_size(egui::vec2(48.0, 44.0)),
                )
                .clicked()
            {
                ctx.state.pulse.target = target;
                ctx.state.pulse.fired_at = None;
            }
        }
    });
    let (value, unit) = pulse::readable(lab.pulse_s);
    let mut position = pulse::to_slider(lab.pulse_s);
    let slider = egui::Slider::new(&mut position, 0.0..=1.0).show_value(false);
    let label = format!("{} {:.0} {unit}", ctx.loc.t("pulse-length"), value);
    if labelled_slider(ui, &label, slider).changed() {
        ctx.state.pulse.pulse_s = pulse::from_slider(position);
        ctx.state.pulse.fired_at = None;
    }
    ui.horizontal_wrapped(|ui| {
        for (pulse_s, id) in [
            (pulse::NANO_PULSE_S, "pulse-preset-nano"),
            (pulse::PICO_PULSE_S, "pulse-preset-pico"),
        ] {
            let selected = (lab.pulse_s - pulse_s).abs() < pulse_s * 1e-6;
            if ui
                .add(
                    egui::Button::selectable(selected, ctx.loc.t(id))
                        .min_size(egui::vec2(48.0, 44.0)),
                )
                .clicked()
            {
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

/// How deep each wavelength reaches and how much the top layer's pigment takes of it. The
/// evidence brief gives the order (longer reaches deeper, and is gentler on pigment in the top
/// layer), not the depths: the drawing's values are illustrative.
pub mod wavelength {
    pub const WAVELENGTHS_NM: [u32; 3] = [532, 755, 1064];

    /// Depth reached as a share of the drawn skin (epidermis to the fat).
    pub fn reach(nm: u32) -> f32 {
        match nm {
            532 => 0.3,
            755 => 0.6,
            _ => 0.9,
        }
    }

    /// Share of the light the pigment in the top layer takes up (0 to 1).
    pub fn pigment_uptake(nm: u32) -> f32 {
        match nm {
            532 => 0.9,
            755 => 0.45,
            _ => 0.15,
        }
    }

    /// Message id naming the laser each wavelength comes from.
    pub fn name_id(nm: u32) -> &'static str {
        match nm {
            532 => "wave-532",
            755 => "wave-755",
            _ => "wave-1064",
        }
    }
}

pub(super) fn wavelength(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let nm = ctx.state.wavelength_nm;
    let tone = skin_tone(ctx.state.tone);
    // Scene units: mm, 10 wide, skin 3 deep under 0.8 of air.
    let (width, skin_top, depth) = (10.0, 3.0, 3.0);
    let mut shapes = Shapes::new(width, 3.8);
    shapes.rect(
        [0.0, 0.0],
        [width, skin_top - 2.3],
        0,
        rgb([0xF3, 0xDC, 0x8E]),
    );
    shapes.rect(
        [0.0, skin_top - 2.3],
        [width, skin_top - 0.2],
        0,
        rgb([0xEE, 0xB4, 0xAC]),
    );
    shapes.rect([0.0, skin_top - 0.2], [width, skin_top], 0, tone);
    let color = match nm {
        532 => rgb([0x2F, 0x9E, 0x44]),
        755 => rgb([0xB0, 0x1E, 0x2E]),
        _ => rgb([0x7A, 0x2E, 0x9E]),
    };
    let reach = wavelength::reach(nm) * depth;
    let uptake = wavelength::pigment_uptake(nm);
    // The beam fades as it goes down; slices so the fade shows.
    for i in 0..20 {
        let (a, b) = (i as f32 / 20.0, (i + 1) as f32 / 20.0);
        shapes.convex(
            vec![
                [4.2 - a * 0.5, skin_top + 0.8 - a * (reach + 0.8)],
                [5.8 + a * 0.5, skin_top + 0.8 - a * (reach + 0.8)],
                [5.8 + b * 0.5, skin_top + 0.8 - b * (reach + 0.8)],
                [4.2 - b * 0.5, skin_top + 0.8 - b * (reach + 0.8)],
            ],
            2,
            with_alpha(color, 0.65 * (1.0 - a)),
        );
    }
    // Pigment in the top layer glows by how much light it takes up.
    for i in 0..12 {
        let x = 0.5 + i as f32 * 0.8;
        let lit = (4.0..6.0).contains(&x);
        let glow = if lit { uptake } else { 0.0 };
        shapes.circle([x, skin_top - 0.1], 0.07, 3, mix(PIGMENT, HEAT, glow));
        if lit && glow > 0.0 {
            shapes.circle(
                [x, skin_top - 0.1],
                0.07 + 0.2 * glow,
                1,
                with_alpha(HEAT, 0.5),
            );
        }
    }
    let (map, _) = canvas::place(
        ui,
        ctx.canvas,
        shapes,
        ctx.max_height,
        &ctx.loc.t("a11y-scene-wavelength"),
    );
    let bounds = egui::Rect::from_min_max(map.to_screen([0.0, 3.8]), map.to_screen([width, 0.0]));
    let painter = ui.painter().clone();
    let text = c(Palette::current().text);
    for (y, id) in [
        (skin_top - 0.1, "layer-epidermis"),
        (skin_top - 1.2, "layer-dermis"),
        (0.35, "layer-fat"),
    ] {
        canvas::label(
            &painter,
            bounds,
            ctx.loc.t(id),
            map.to_screen([0.1, y]),
            egui::Align2::LEFT_CENTER,
            small_font(ui),
            text,
        );
    }
    ui.horizontal_wrapped(|ui| {
        for option in wavelength::WAVELENGTHS_NM {
            let selected = option == nm;
            let label = format!("{} nm", option);
            if ui
                .add(egui::Button::selectable(selected, label).min_size(egui::vec2(72.0, 44.0)))
                .clicked()
            {
                ctx.state.wavelength_nm = option;
            }
        }
    });
    tone_picker(ui, ctx);
    paragraph(ui, &ctx.loc.t(wavelength::name_id(nm)));
}

/// The fractional lens: one wide beam, or many microbeams leaving tiny bubbles with intact
/// skin between them.
pub mod fractional {
    /// Vacuole sizes measured in pig skin at 1064 nm (Kim 2020), micrometres.
    pub const DIFFRACTIVE_VACUOLE_UM: f32 = 78.0;
    pub const MICROLENS_VACUOLE_UM: f32 = 163.0;
    /// Microbeam spacing in the drawing (illustrative), micrometres.
    pub const SPACING_UM: f32 = 400.0;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Lens {
        /// No fractional optic: one wide beam.
        #[default]
        None,
        /// Diffractive lens array: even beamlets, small vacuoles.
        Diffractive,
        /// Micro-lens array: less even beamlets, larger vacuoles.
        MicroLens,
    }

    /// The vacuoles a lens leaves across `width_um`: `(centre, diameter)` in micrometres.
    pub fn vacuoles(lens: Lens, width_um: f32) -> Vec<(f32, f32)> {
        let average = match lens {
            Lens::None => return Vec::new(),
            Lens::Diffractive => DIFFRACTIVE_VACUOLE_UM,
            Lens::MicroLens => MICROLENS_VACUOLE_UM,
        };
        let count = (width_um / SPACING_UM).floor() as usize;
        (0..count)
            .map(|i| {
                let x = SPACING_UM * (i as f32 + 0.5);
                // Uneven beamlets make uneven vacuoles around the same average.
                let wobble = match lens {
                    Lens::MicroLens => [0.0, 0.25, -0.2, 0.1, -0.15, 0.3, -0.3][i % 7],
                    _ => 0.0,
                };
                (x, average * (1.0 + wobble))
            })
            .collect()
    }
}

pub(super) fn fractional_lens(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    use fractional::Lens;
    let lens = ctx.state.lens;
    let t = progress(ui, ctx.state.lens_fired_at, ctx.now, ctx.reduced_motion);
    let tone = skin_tone(ctx.state.tone);
    // Scene units: micrometres; 2.8 mm of skin, 0.9 mm deep, beams from above.
    let (width, top) = (2800.0, 900.0);
    let mut shapes = Shapes::new(width, top + 250.0);
    shapes.rect([0.0, 0.0], [width, top - 100.0], 0, rgb([0xEE, 0xB4, 0xAC]));
    shapes.rect([0.0, top - 100.0], [width, top], 0, tone);
    let fired = ctx.state.lens_fired_at.is_some();
    let beam = (t / 0.3).min(1.0);
    let hit = ((t - 0.3) / 0.7).clamp(0.0, 1.0);
    let vacuoles = fractional::vacuoles(lens, width);
    if fired && t < 0.7 {
        let bottom = top + 250.0 - 250.0 * beam;
        if lens == Lens::None {
            shapes.rect(
                [100.0, bottom],
                [width - 100.0, top + 250.0],
                3,
                with_alpha(LIGHT_BEAM, 0.35),
            );
        }
        for &(x, _) in &vacuoles {
            shapes.rect(
                [x - 25.0, bottom],
                [x + 25.0, top + 250.0],
                3,
                with_alpha(LIGHT_BEAM, 0.8),
            );
        }
    }
    if hit > 0.0 {
        for &(x, size) in &vacuoles {
            // A bubble in the top layer (optical breakdown) and one in the dermis (cavitation).
            shapes.circle([x, top - 60.0], size / 2.0 * hit, 4, BUBBLE);
            shapes.circle(
                [x, top - 250.0],
                size / 2.0 * 0.8 * hit,
                4,
                with_alpha(BUBBLE, 0.85),
            );
        }
        if lens == Lens::None {
            shapes.rect(
                [100.0, top - 100.0],
                [width - 100.0, top],
                2,
                with_alpha(HEAT, 0.25 * hit),
            );
        }
    }
    let (map, _) = canvas::place(
        ui,
        ctx.canvas,
        shapes,
        ctx.max_height,
        &ctx.loc.t("a11y-scene-fractional-lens"),
    );
    let bounds = egui::Rect::from_min_max(
        map.to_screen([0.0, top + 250.0]),
        map.to_screen([width, 0.0]),
    );
    let painter = ui.painter().clone();
    let text = c(Palette::current().text);
    let (a, b) = (
        map.to_screen([width - 600.0, 60.0]),
        map.to_screen([width - 100.0, 60.0]),
    );
    painter.line_segment([a, b], egui::Stroke::new(3.0, text));
    canvas::label(
        &painter,
        bounds,
        ctx.loc.t("label-half-mm"),
        a + egui::vec2(0.0, -6.0),
        egui::Align2::LEFT_BOTTOM,
        small_font(ui),
        text,
    );
    ui.horizontal_wrapped(|ui| {
        for (option, id) in [
            (Lens::None, "lens-none"),
            (Lens::Diffractive, "lens-diffractive"),
            (Lens::MicroLens, "lens-microlens"),
        ] {
            if ui
                .add(
                    egui::Button::selectable(lens == option, ctx.loc.t(id))
                        .min_size(egui::vec2(48.0, 44.0)),
                )
                .clicked()
            {
                ctx.state.lens = option;
                ctx.state.lens_fired_at = None;
            }
        }
        if primary_button(ui, &ctx.loc.t("pulse-fire")).clicked() {
            ctx.state.lens_fired_at = Some(ctx.now);
        }
    });
    tone_picker(ui, ctx);
    let about = match lens {
        Lens::None => "lens-none-about",
        Lens::Diffractive => "lens-diffractive-about",
        Lens::MicroLens => "lens-microlens-about",
    };
    paragraph(ui, &ctx.loc.t(about));
}

/// Collagen remodelling over a course of sessions, fitted to the one study that measured scar
/// volume (Brauer 2015: 6 sessions, about 24% less volume 1 month after, 27% at 3 months).
pub mod remodel {
    /// Sessions in the study's course, about 4 weeks apart.
    pub const SESSIONS: u32 = 6;
    pub const WEEKS_APART: f32 = 4.0;
    /// The measured points: weeks after the first session, and the volume drop.
    pub const ONE_MONTH_AFTER: (f32, f32) = (24.0, 0.24);
    pub const THREE_MONTHS_AFTER: (f32, f32) = (32.0, 0.27);
    /// The slider's end.
    pub const LAST_WEEK: f32 = 32.0;

    /// Each session starts remodelling that builds up over weeks: a share that grows as
    /// 1 − e^(−weeks/τ). Returns the drop in scar volume (0 to 1) at `week` for time constant
    /// `tau` and a per-session share `a`.
    fn drop_with(week: f32, tau: f32, a: f32) -> f32 {
        (0..SESSIONS)
            .map(|i| week - i as f32 * WEEKS_APART)
            .filter(|since| *since > 0.0)
            .map(|since| a * (1.0 - (-since / tau).exp()))
            .sum()
    }

    /// The time constant and share that pass through both measured points.
    pub fn fit() -> (f32, f32) {
        let share = |tau: f32| ONE_MONTH_AFTER.1 / drop_with(ONE_MONTH_AFTER.0, tau, 1.0);
        let late = |tau: f32| drop_with(THREE_MONTHS_AFTER.0, tau, share(tau));
        // A longer time constant leaves more change for later: bisect on it.
        let (mut lo, mut hi) = (0.5_f32, 200.0_f32);
        for _ in 0..60 {
            let mid = (lo + hi) / 2.0;
            if late(mid) < THREE_MONTHS_AFTER.1 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let tau = (lo + hi) / 2.0;
        (tau, share(tau))
    }

    /// The modelled drop in scar volume at `week`.
    pub fn volume_drop(week: f32) -> f32 {
        let (tau, share) = fit();
        drop_with(week.clamp(0.0, LAST_WEEK), tau, share)
    }

    /// Sessions given by `week` (a session on the day counts).
    pub fn sessions_by(week: f32) -> u32 {
        ((week / WEEKS_APART).floor() as u32 + 1).min(SESSIONS)
    }
}

pub(super) fn remodelling(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let week = ctx.state.weeks;
    let drop = remodel::volume_drop(week);
    let tone = skin_tone(ctx.state.tone);
    // Scene units: mm; a boxcar scar 3 mm across, drawn 4× deeper than life so the change shows.
    let (width, surface) = (10.0, 2.6);
    let depth0 = 0.45 * 4.0;
    let depth = depth0 * (1.0 - drop);
    let mut shapes = Shapes::new(width, 3.0);
    let dent = |x: f32, d: f32| {
        let t = ((1.5 - (x - 5.0).abs()) / 0.12).clamp(0.0, 1.0);
        -d * t * t * (3.0 - 2.0 * t)
    };
    shapes.band(
        0.0,
        width,
        300,
        |x| surface + dent(x, depth) - 0.15,
        |_| 0.0,
        0,
        rgb([0xEE, 0xB4, 0xAC]),
    );
    shapes.band(
        0.0,
        width,
        300,
        |x| surface + dent(x, depth),
        |x| surface + dent(x, depth) - 0.15,
        2,
        tone,
    );
    // The original floor, dashed, so the rise shows.
    for i in 0..10 {
        let x = 3.6 + i as f32 * 0.3;
        shapes.line(
            [x, surface - depth0],
            [x + 0.15, surface - depth0],
            0.04,
            3,
            rgb([0x4A, 0x5A, 0x64]),
        );
    }
    // New collagen fibres under the scar: more as remodelling goes on.
    let fibres = (drop / remodel::THREE_MONTHS_AFTER.1 * 14.0).round() as usize;
    for i in 0..fibres {
        let y = surface - depth - 0.3 - (i % 4) as f32 * 0.28;
        let x = 3.7 + (i / 4) as f32 * 0.7 + (i % 2) as f32 * 0.3;
        let points: Vec<[f32; 2]> = (0..=6)
            .map(|k| [x + k as f32 * 0.1, y + 0.05 * ((k + i) as f32 * 1.7).sin()])
            .collect();
        shapes.polyline(&points, 0.05, 1, FIBRE);
    }
    let (map, _) = canvas::place(
        ui,
        ctx.canvas,
        shapes,
        ctx.max_height * 0.8,
        &ctx.loc.t("a11y-scene-remodelling"),
    );
    let bounds = egui::Rect::from_min_max(map.to_screen([0.0, 3.0]), map.to_screen([width, 0.0]));
    let painter = ui.painter().clone();
    let text = c(Palette::current().text);
    canvas::label(
        &painter,
        bounds,
        ctx.loc.t("remodel-first-floor"),
        map.to_screen([6.7, surface - depth0]),
        egui::Align2::LEFT_CENTER,
        small_font(ui),
        text,
    );
    canvas::label(
        &painter,
        bounds,
        ctx.loc.t("remodel-exaggerated"),
        map.to_screen([0.1, 0.2]),
        egui::Align2::LEFT_BOTTOM,
        small_font(ui),
        text,
    );

    let mut value = week;
    let slider = egui::Slider::new(&mut value, 0.0..=remodel::LAST_WEEK)
        .step_by(1.0)
        .fixed_decimals(0);
    if labelled_slider(ui, &ctx.loc.t("remodel-weeks"), slider).changed() {
        ctx.state.weeks = value;
    }
    // Session markers on a line under the slider.
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 28.0), egui::Sense::hover());
    let x_of = |w: f32| rect.left() + 8.0 + (rect.width() - 16.0) * w / remodel::LAST_WEEK;
    ui.painter().line_segment(
        [
            egui::pos2(x_of(0.0), rect.center().y),
            egui::pos2(x_of(remodel::LAST_WEEK), rect.center().y),
        ],
        egui::Stroke::new(2.0, c(Palette::current().border)),
    );
    for i in 0..remodel::SESSIONS {
        let w = i as f32 * remodel::WEEKS_APART;
        let done = w <= week;
        let fill = if done {
            Palette::current().accent
        } else {
            Palette::current().surface
        };
        ui.painter().circle(
            egui::pos2(x_of(w), rect.center().y),
            7.0,
            c(fill),
            egui::Stroke::new(2.0, c(Palette::current().accent)),
        );
    }
    ui.painter().circle_filled(
        egui::pos2(x_of(week), rect.center().y),
        4.0,
        c(Palette::current().text),
    );
    let sessions = remodel::sessions_by(week);
    let mut status = ctx.loc.t_args(
        "remodel-status",
        &args(&[
            ("week", (week as i64).into()),
            ("sessions", i64::from(sessions).into()),
        ]),
    );
    for (at, measured) in [remodel::ONE_MONTH_AFTER, remodel::THREE_MONTHS_AFTER] {
        if (week - at).abs() < 0.5 {
            status.push(' ');
            status.push_str(&ctx.loc.t_args(
                "remodel-measured",
                &args(&[("percent", ((measured * 100.0).round() as i64).into())]),
            ));
        }
    }
    paragraph(ui, &status);
}

#[cfg(test)]
mod tests {
    use super::fractional::{self, Lens};
    use super::pulse::{self, Effect};
    use super::remodel;
    use super::wavelength;

    #[test]
    fn stress_confinement_of_a_granule_is_about_300_ps() {
        let t = pulse::stress_confinement_time(pulse::GRANULE_DIAMETER_M);
        // The brief's estimate: about 300 ps for a 1 micrometre granule.
        assert!((t - 300e-12).abs() < 0.15 * 300e-12, "{t}");
    }

    #[test]
    fn pico_pulses_shatter_and_nano_pulses_do_not() {
        let d = pulse::GRANULE_DIAMETER_M;
        // The brief's cleared picosecond range.
        for ps in [240e-12, 450e-12, 550e-12, 750e-12] {
            assert_eq!(pulse::effect(ps, d), Effect::Shatters, "{ps}");
        }
        assert_ne!(pulse::effect(pulse::NANO_PULSE_S, d), Effect::Shatters);
        assert_eq!(pulse::effect(pulse::LONGEST_S, d), Effect::Heats);
        let ratio = pulse::pressure_kept(pulse::PICO_PULSE_S, d)
            / pulse::pressure_kept(pulse::NANO_PULSE_S, d);
        assert!(ratio > 100.0, "{ratio}");
    }

    #[test]
    fn heat_spreads_with_the_square_root_of_time() {
        assert!((pulse::NANO_PULSE_S / pulse::PICO_PULSE_S - 1000.0).abs() < 1e-6);
        let ratio =
            pulse::heat_spread_m(pulse::NANO_PULSE_S) / pulse::heat_spread_m(pulse::PICO_PULSE_S);
        assert!((ratio - 1000f64.sqrt()).abs() < 1e-6);
        // In the nanosecond pulse heat travels about half a micrometre, as far as the granule's
        // own radius; in the picosecond pulse a few hundredths of a micrometre.
        assert!(pulse::heat_spread_m(pulse::NANO_PULSE_S) > 0.1e-6);
        assert!(pulse::heat_spread_m(pulse::PICO_PULSE_S) < 0.03e-6);
    }

    #[test]
    fn the_pulse_slider_round_trips_over_its_range() {
        for s in [
            pulse::SHORTEST_S,
            pulse::PICO_PULSE_S,
            pulse::NANO_PULSE_S,
            pulse::LONGEST_S,
        ] {
            let back = pulse::from_slider(pulse::to_slider(s));
            assert!((back - s).abs() < s * 1e-9, "{s}");
        }
        assert_eq!(pulse::readable(450e-12).1, "ps");
        assert_eq!(pulse::readable(450e-9).1, "ns");
        assert!((pulse::readable(450e-9).0 - 450.0).abs() < 1e-6);
    }

    #[test]
    fn longer_wavelengths_reach_deeper_and_spare_surface_pigment() {
        let [a, b, c] = wavelength::WAVELENGTHS_NM;
        assert!(wavelength::reach(a) < wavelength::reach(b));
        assert!(wavelength::reach(b) < wavelength::reach(c));
        assert!(wavelength::pigment_uptake(a) > wavelength::pigment_uptake(b));
        assert!(wavelength::pigment_uptake(b) > wavelength::pigment_uptake(c));
    }

    #[test]
    fn fractional_lenses_leave_intact_skin_between_brief_sized_bubbles() {
        assert!(fractional::vacuoles(Lens::None, 2800.0).is_empty());
        let even = fractional::vacuoles(Lens::Diffractive, 2800.0);
        assert!(even.len() >= 5);
        assert!(
            even.iter().all(|(_, d)| (*d - 78.0).abs() < 1e-3),
            "even beamlets"
        );
        let uneven = fractional::vacuoles(Lens::MicroLens, 2800.0);
        let mean = uneven.iter().map(|(_, d)| d).sum::<f32>() / uneven.len() as f32;
        assert!((mean - 163.0).abs() < 0.1 * 163.0, "{mean}");
        assert!(
            uneven.iter().any(|(_, d)| (*d - 163.0).abs() > 20.0),
            "less even"
        );
        for spots in [even, uneven] {
            for pair in spots.windows(2) {
                let gap = (pair[1].0 - pair[0].0) - (pair[0].1 + pair[1].1) / 2.0;
                assert!(gap > 100.0, "intact skin between bubbles: {gap}");
            }
        }
    }

    #[test]
    fn remodelling_passes_through_the_measured_points_and_never_finishes() {
        let (tau, share) = remodel::fit();
        assert!(tau > 0.5 && tau < 200.0 && share > 0.0, "{tau} {share}");
        let one = remodel::volume_drop(remodel::ONE_MONTH_AFTER.0);
        let three = remodel::volume_drop(remodel::THREE_MONTHS_AFTER.0);
        assert!((one - 0.24).abs() < 0.005, "{one}");
        assert!((three - 0.27).abs() < 0.005, "{three}");
        assert_eq!(remodel::volume_drop(0.0), 0.0);
        let mut last = 0.0;
        for week in 0..=32 {
            let drop = remodel::volume_drop(week as f32);
            assert!(drop >= last && drop < 0.5, "week {week}: {drop}");
            last = drop;
        }
        assert_eq!(remodel::sessions_by(0.0), 1);
        assert_eq!(remodel::sessions_by(20.0), 6);
        assert_eq!(remodel::sessions_by(32.0), 6);
    }
}
