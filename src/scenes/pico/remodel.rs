//! Collagen remodelling over a course of sessions: the model fitted to the one study that
//! measured scar volume, and the scene with its weeks slider.

use bevy_egui::egui;

use super::FIBRE;
use crate::i18n::args;
use crate::illustration::labels;
use crate::scenes::canvas::{self, Shapes, rgb};
use crate::scenes::{SceneCtx, labelled_slider, skin_tone, small_font};
use crate::theme::widgets::paragraph;
use crate::theme::{Palette, c};

/// Collagen remodelling over a course of sessions, fitted to the one study that measured scar
/// volume (Brauer 2015: 6 sessions, about 24% less volume 1 month after, 27% at 3 months).
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

pub(in crate::scenes) fn remodelling(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let week = ctx.state.weeks;
    let drop = volume_drop(week);
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
        // A little under the top layer, so no seam shows between.
        |x| surface + dent(x, depth) - 0.12,
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
    let fibres = (drop / THREE_MONTHS_AFTER.1 * 14.0).round() as usize;
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
        shapes,
        ctx.max_height * 0.8,
        &ctx.loc.t("a11y-scene-remodelling"),
    );
    let bounds = egui::Rect::from_min_max(map.to_screen([0.0, 3.0]), map.to_screen([width, 0.0]));
    let painter = ui.painter().clone();
    let text = c(Palette::of(ui).text);
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("remodel-first-floor"),
        map.to_screen([6.7, surface - depth0]),
        egui::Align2::LEFT_CENTER,
        small_font(ui),
        text,
    );
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("remodel-exaggerated"),
        map.to_screen([0.1, 0.2]),
        egui::Align2::LEFT_BOTTOM,
        small_font(ui),
        text,
    );

    let mut value = week;
    let slider = egui::Slider::new(&mut value, 0.0..=LAST_WEEK)
        .step_by(1.0)
        .fixed_decimals(0);
    if labelled_slider(ui, &ctx.loc.t("remodel-weeks"), slider).changed() {
        ctx.state.weeks = value;
    }
    // Session markers on a line under the slider.
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 28.0), egui::Sense::hover());
    let x_of = |w: f32| rect.left() + 8.0 + (rect.width() - 16.0) * w / LAST_WEEK;
    ui.painter().line_segment(
        [
            egui::pos2(x_of(0.0), rect.center().y),
            egui::pos2(x_of(LAST_WEEK), rect.center().y),
        ],
        egui::Stroke::new(2.0, c(Palette::of(ui).border)),
    );
    for i in 0..SESSIONS {
        let w = i as f32 * WEEKS_APART;
        let done = w <= week;
        let fill = if done {
            Palette::of(ui).accent
        } else {
            Palette::of(ui).surface
        };
        ui.painter().circle(
            egui::pos2(x_of(w), rect.center().y),
            7.0,
            c(fill),
            egui::Stroke::new(2.0, c(Palette::of(ui).accent)),
        );
    }
    ui.painter().circle_filled(
        egui::pos2(x_of(week), rect.center().y),
        4.0,
        c(Palette::of(ui).text),
    );
    let sessions = sessions_by(week);
    let mut status = ctx.loc.t_args(
        "remodel-status",
        &args(&[
            ("week", (week as i64).into()),
            ("sessions", i64::from(sessions).into()),
        ]),
    );
    for (at, measured) in [ONE_MONTH_AFTER, THREE_MONTHS_AFTER] {
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
    use super::*;

    #[test]
    fn remodelling_passes_through_the_measured_points_and_never_finishes() {
        let (tau, share) = fit();
        assert!(tau > 0.5 && tau < 200.0 && share > 0.0, "{tau} {share}");
        let one = volume_drop(ONE_MONTH_AFTER.0);
        let three = volume_drop(THREE_MONTHS_AFTER.0);
        assert!((one - 0.24).abs() < 0.005, "{one}");
        assert!((three - 0.27).abs() < 0.005, "{three}");
        assert_eq!(volume_drop(0.0), 0.0);
        let mut last = 0.0;
        for week in 0..=32 {
            let drop = volume_drop(week as f32);
            assert!(drop >= last && drop < 0.5, "week {week}: {drop}");
            last = drop;
        }
        assert_eq!(sessions_by(0.0), 1);
        assert_eq!(sessions_by(20.0), 6);
        assert_eq!(sessions_by(32.0), 6);
    }
}
