//! The pulse lab's model (plain Rust, SI units, illustrative): a pigment granule's two
//! clocks, the time heat takes to leak out of it and the time a pressure wave takes to cross
//! it, and what a pulse does to it depending on which clocks the pulse beats.

/// A pigment granule about 1 micrometre across, as in the evidence brief.
pub const GRANULE_DIAMETER_M: f64 = 1e-6;
/// The brief's estimate (from a trade article) of the time a pressure wave takes to cross a
/// 1 micrometre granule: its stress confinement time.
pub const GRANULE_CROSSING_S: f64 = 300e-12;
/// The pressure wave's speed in this illustrative model, m/s: the one that crosses the
/// granule's full width in the brief's estimate (about 3,300 m/s). Fitted to that estimate,
/// not a measured property of pigment.
pub const WAVE_SPEED: f64 = GRANULE_DIAMETER_M / GRANULE_CROSSING_S;
/// Heat diffusivity of soft tissue (close to water's), m²/s.
pub const THERMAL_DIFFUSIVITY: f64 = 1.4e-7;

/// The pressure clock: the time a pressure wave takes to cross the target's full width, the
/// brief's "stress confinement" time. Shorter pulses build pressure in the target.
pub fn stress_confinement_time(diameter_m: f64) -> f64 {
    diameter_m / WAVE_SPEED
}

/// How far heat spreads from the target during a pulse: the diffusion length 2·√(κ·t).
pub fn heat_spread_m(pulse_s: f64) -> f64 {
    2.0 * (THERMAL_DIFFUSIVITY * pulse_s).sqrt()
}

/// The heat clock: the time heat takes to leak out of the target (its thermal relaxation
/// time), taken in this model as the time heat takes to spread as far as the target's radius.
/// Shorter pulses keep the heat in the target.
pub fn thermal_relaxation_time(diameter_m: f64) -> f64 {
    (diameter_m / 2.0).powi(2) / (4.0 * THERMAL_DIFFUSIVITY)
}

/// Share of the pressure the target can build before it leaks out as sound (0 to 1): a half
/// when the pulse is exactly as long as the pressure clock.
pub fn pressure_kept(pulse_s: f64, diameter_m: f64) -> f64 {
    1.0 / (1.0 + pulse_s / stress_confinement_time(diameter_m))
}

/// The share of pressure kept from which the model's target breaks apart: pulses up to three
/// pressure clocks long, as the pressure fades gradually and the clock itself is an estimate.
pub const BREAKS_APART_AT: f64 = 0.25;

/// What the pulse does to the target, clock by clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Effect {
    /// Short enough for the pressure clock: pressure breaks the target apart, with little
    /// heat spreading to the skin around it.
    BreaksApart,
    /// Too long for the pressure clock, short enough for the heat clock: the target heats and
    /// keeps its heat.
    HeatStays,
    /// Longer than the heat clock: the heat leaks into the skin around.
    HeatLeaks,
}

pub fn effect(pulse_s: f64, diameter_m: f64) -> Effect {
    if pressure_kept(pulse_s, diameter_m) >= BREAKS_APART_AT {
        Effect::BreaksApart
    } else if pulse_s < thermal_relaxation_time(diameter_m) {
        Effect::HeatStays
    } else {
        Effect::HeatLeaks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pressure_clock_is_the_time_a_wave_takes_to_cross_the_full_width() {
        for d in [0.5e-6, GRANULE_DIAMETER_M, 2e-6, 10e-6] {
            let t = stress_confinement_time(d);
            // The brief's definition: in that time the wave covers the whole width, edge to
            // edge (not centre to edge).
            assert!((WAVE_SPEED * t - d).abs() < d * 1e-9, "{d}: {t}");
        }
        let t = stress_confinement_time(GRANULE_DIAMETER_M);
        // The brief's estimate: about 300 ps for a 1 micrometre granule.
        assert!((t - 300e-12).abs() < 0.15 * 300e-12, "{t}");
        // The model's wave speed lies between soft tissue's (about 1,500 m/s) and bone's
        // (about 4,000 m/s).
        assert!((1500.0..4000.0).contains(&WAVE_SPEED), "{WAVE_SPEED}");
        // A pulse as long as the clock keeps half the pressure.
        assert!((pressure_kept(t, GRANULE_DIAMETER_M) - 0.5).abs() < 1e-9);
    }

    #[test]
    fn the_heat_clock_is_when_heat_has_spread_as_far_as_the_radius_and_is_far_longer() {
        let d = GRANULE_DIAMETER_M;
        let heat = thermal_relaxation_time(d);
        assert!((heat_spread_m(heat) - d / 2.0).abs() < d * 1e-9, "{heat}");
        // The brief: the pressure clock is shorter still than the heat clock.
        assert!(heat > 1000.0 * stress_confinement_time(d), "{heat}");
    }
}
