//! Module 3's scenes: the downtime timeline (a day slider, a skin patch and a redness chart)
//! and the event planner.

use bevy_egui::egui;

use super::canvas::{self, Rgba, Shapes, rgb, with_alpha};
use super::{SceneCtx, labelled_slider, skin_tone, small_font, tone_picker};
use crate::i18n::{args, dates};
use crate::illustration::labels;
use crate::theme::widgets::{card, paragraph};
use crate::theme::{Palette, c};

/// The expected course of the skin after a fractional pico session. The evidence brief says
/// redness and mild swelling last "hours to a few days", pinpoint bleeding spots are common,
/// and many people go back to normal activities the same or the next day; dark patches that
/// appear in the weeks after are a reason to call the clinic.
pub mod course {
    /// "A few days": by then redness is down to a tenth of day 0 in the model. A clinic's
    /// config may set its own number.
    pub const SETTLE_DAYS: f32 = 3.0;
    /// The slider's end: four weeks.
    pub const LAST_DAY: u32 = 28;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Course {
        pub settle_days: f32,
    }

    impl Default for Course {
        fn default() -> Self {
            Course {
                settle_days: SETTLE_DAYS,
            }
        }
    }

    impl Course {
        /// Time constant of the redness, in days.
        fn tau(&self) -> f32 {
            self.settle_days / std::f32::consts::LN_10
        }

        /// Expected redness, 1 on treatment day, fading to a tenth by `settle_days`.
        pub fn redness(&self, day: f32) -> f32 {
            (-day.max(0.0) / self.tau()).exp()
        }

        /// Mild swelling: smaller, and gone in hours to a day or two.
        pub fn swelling(&self, day: f32) -> f32 {
            0.5 * (-day.max(0.0) / (self.tau() / 2.0)).exp()
        }

        /// Pinpoint bleeding spots: common at first; the brief gives no separate time, so they
        /// fade with the redness.
        pub fn pinpoint_spots(&self, day: f32) -> f32 {
            self.redness(day)
        }

        /// What the skin is likely to look like on `day`.
        pub fn phase(&self, day: u32) -> Phase {
            let day = day as f32;
            if day < 1.0 {
                Phase::TreatmentDay
            } else if self.redness(day) > 0.1 + 1e-4 {
                Phase::Fading
            } else if day < 7.0 {
                Phase::MostlySettled
            } else {
                Phase::Settled
            }
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Phase {
        /// Red, maybe mildly swollen, pinpoint spots.
        TreatmentDay,
        /// Redness and spots fading; many people back to normal activities.
        Fading,
        /// For many people the redness has gone.
        MostlySettled,
        /// Settled; sun care goes on; watch for dark patches in the weeks after.
        Settled,
    }

    impl Phase {
        /// Message id of what to expect on a day in this phase.
        pub fn message_id(self) -> &'static str {
            match self {
                Phase::TreatmentDay => "timeline-phase-day0",
                Phase::Fading => "timeline-phase-fading",
                Phase::MostlySettled => "timeline-phase-mostly",
                Phase::Settled => "timeline-phase-settled",
            }
        }
    }
}

const REDNESS: Rgba = rgb([0xD2, 0x3C, 0x3C]);
const SPOT: Rgba = rgb([0x9E, 0x1B, 0x1B]);

/// A round patch of cheek skin on `day`: redness, a little swelling, pinpoint spots.
fn skin_patch(
    shapes: &mut Shapes,
    center: [f32; 2],
    radius: f32,
    tone: Rgba,
    day: f32,
    course: &course::Course,
) {
    let swell = course.swelling(day);
    shapes.circle(center, radius * (1.0 + 0.06 * swell), 1, tone);
    shapes.circle(
        center,
        radius * 0.92,
        2,
        with_alpha(REDNESS, 0.55 * course.redness(day)),
    );
    let spots = course.pinpoint_spots(day);
    // A fixed scatter of pinpoint spots, in a grid like the microbeams that made them.
    for i in 0..9 {
        for j in 0..9 {
            let (dx, dy) = ((i as f32 - 4.0) * 0.2, (j as f32 - 4.0) * 0.2);
            let jitter = ((i * 7 + j * 13) % 5) as f32 * 0.02;
            if dx * dx + dy * dy < 0.7 {
                shapes.circle(
                    [
                        center[0] + (dx + jitter) * radius,
                        center[1] + (dy - jitter) * radius,
                    ],
                    radius * 0.018,
                    3,
                    with_alpha(SPOT, 0.9 * spots),
                );
            }
        }
    }
}

/// The expected course, with the clinic's own settling time when it gives one.
fn clinic_course(ctx: &SceneCtx) -> course::Course {
    ctx.clinic
        .settle_days
        .map_or_else(course::Course::default, |settle_days| course::Course {
            settle_days,
        })
}

pub(super) fn timeline(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let course = clinic_course(ctx);
    let day = ctx.state.day;
    let tone = skin_tone(ctx.state.tone);
    // Scene units: the patch on the left (3 × 3), the chart on the right (days 0 to 28); on a
    // phone, the patch above a full-width chart.
    let narrow = ui.available_width() < 520.0;
    let (chart_x0, chart_x1, chart_y0, chart_y1) = if narrow {
        (0.4, 11.6, 0.5, 3.2)
    } else {
        (3.6, 11.6, 0.5, 2.7)
    };
    let height = if narrow { 6.6 } else { 3.0 };
    let patch = if narrow { [6.0, 5.0] } else { [1.5, 1.5] };
    let mut shapes = Shapes::new(12.0, height);
    skin_patch(&mut shapes, patch, 1.35, tone, day as f32, &course);
    let day_x = |d: f32| chart_x0 + (chart_x1 - chart_x0) * d / course::LAST_DAY as f32;
    let level_y = |v: f32| chart_y0 + (chart_y1 - chart_y0) * v;
    shapes.rect(
        [chart_x0, chart_y0],
        [chart_x1, chart_y1],
        0,
        rgb(Palette::of(ui).surface),
    );
    shapes.line(
        [chart_x0, chart_y0],
        [chart_x1, chart_y0],
        0.03,
        1,
        rgb(Palette::of(ui).text_muted),
    );
    shapes.line(
        [chart_x0, chart_y0],
        [chart_x0, chart_y1],
        0.03,
        1,
        rgb(Palette::of(ui).text_muted),
    );
    let curve = |f: &dyn Fn(f32) -> f32| -> Vec<[f32; 2]> {
        (0..=112)
            .map(|i| {
                let d = i as f32 / 4.0;
                [day_x(d), level_y(f(d))]
            })
            .collect()
    };
    // Under the redness curve, shaded; then the two curves.
    shapes.band(
        chart_x0,
        chart_x1,
        224,
        |x| level_y(course.redness((x - chart_x0) / (chart_x1 - chart_x0) * 28.0)),
        |_| chart_y0,
        1,
        with_alpha(REDNESS, 0.18),
    );
    shapes.polyline(&curve(&|d| course.redness(d)), 0.05, 2, REDNESS);
    shapes.polyline(
        &curve(&|d| course.swelling(d)),
        0.04,
        2,
        rgb([0x1F, 0x4E, 0x8C]),
    );
    shapes.line(
        [day_x(day as f32), chart_y0],
        [day_x(day as f32), chart_y1],
        0.04,
        3,
        rgb(Palette::of(ui).text),
    );
    let (map, _) = canvas::place(
        ui,
        shapes,
        ctx.max_height,
        &ctx.loc.t("a11y-scene-downtime-timeline"),
    );
    let painter = ui.painter().clone();
    let bounds = egui::Rect::from_min_max(map.to_screen([0.0, height]), map.to_screen([12.0, 0.0]));
    let text = c(Palette::of(ui).text);
    let font = small_font(ui);
    for d in [0, 7, 14, 21, 28] {
        labels::label(
            &painter,
            bounds,
            d.to_string(),
            map.to_screen([day_x(d as f32), chart_y0 - 0.05]),
            egui::Align2::CENTER_TOP,
            font.clone(),
            text,
        );
    }
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("timeline-redness"),
        map.to_screen([day_x(2.0), level_y(0.9)]),
        egui::Align2::LEFT_CENTER,
        font.clone(),
        c(Palette::of(ui).wrong),
    );
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("timeline-swelling"),
        map.to_screen([day_x(1.2), level_y(0.45)]),
        egui::Align2::LEFT_CENTER,
        font.clone(),
        c(Palette::of(ui).accent),
    );
    labels::label(
        &painter,
        bounds,
        ctx.loc.t("timeline-days"),
        map.to_screen([chart_x1, chart_y1]),
        egui::Align2::RIGHT_TOP,
        font,
        text,
    );

    let mut value = day;
    let slider = egui::Slider::new(&mut value, 0..=course::LAST_DAY);
    if labelled_slider(ui, &ctx.loc.t("timeline-day"), slider).changed() {
        ctx.state.day = value;
    }
    tone_picker(ui, ctx);
    card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
        ui.label(
            egui::RichText::new(
                ctx.loc
                    .t_args("timeline-on-day", &args(&[("day", i64::from(day).into())])),
            )
            .strong(),
        );
        paragraph(ui, &ctx.loc.t(course.phase(day).message_id()));
    });
    let width = ui.available_width();
    let columns = if width > 560.0 { 2 } else { 1 };
    let cards = |ui: &mut egui::Ui, which: usize| {
        let (fill, icon, title, body) = if which == 0 {
            (
                Palette::of(ui).right_soft,
                "✔",
                "timeline-normal-title",
                "timeline-normal-body",
            )
        } else {
            (
                Palette::of(ui).wrong_soft,
                "☎",
                "timeline-call-title",
                "timeline-call-body",
            )
        };
        card(ui, fill).show(ui, |ui| {
            ui.label(egui::RichText::new(format!("{icon} {}", ctx.loc.t(title))).strong());
            paragraph(ui, &ctx.loc.t(body));
            if let (1, Some(phone)) = (which, &ctx.clinic.phone) {
                ui.label(
                    egui::RichText::new(ctx.loc.t_args(
                        "timeline-call-phone",
                        &args(&[("phone", phone.as_str().into())]),
                    ))
                    .strong(),
                );
            }
        });
    };
    if columns == 2 {
        ui.columns(2, |cols| {
            cards(&mut cols[0], 0);
            cards(&mut cols[1], 1);
        });
    } else {
        cards(ui, 0);
        cards(ui, 1);
    }
}

pub(super) fn planner(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let course = clinic_course(ctx);
    let days = ctx.state.event_in;
    let tone = skin_tone(ctx.state.tone);
    let mut shapes = Shapes::new(3.0, 3.0);
    skin_patch(&mut shapes, [1.5, 1.5], 1.35, tone, days as f32, &course);
    let height = (ctx.max_height * 0.6).min(180.0);
    canvas::place(ui, shapes, height, &ctx.loc.t("a11y-scene-event-planner"));
    let mut value = days;
    let slider = egui::Slider::new(&mut value, 0..=course::LAST_DAY);
    if labelled_slider(ui, &ctx.loc.t("planner-days"), slider).changed() {
        ctx.state.event_in = value;
    }
    tone_picker(ui, ctx);
    card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
        ui.label(
            egui::RichText::new(ctx.loc.t_args(
                "planner-event-in",
                &args(&[("days", i64::from(days).into())]),
            ))
            .strong(),
        );
        paragraph(ui, &ctx.loc.t(course.phase(days).message_id()));
        // With the patient's own session day, the day on the slider as a real date.
        if let Some(session) = ctx.session {
            let event = session + chrono::TimeDelta::days(i64::from(days));
            paragraph(
                ui,
                &ctx.loc.t_args(
                    "planner-real-dates",
                    &args(&[
                        ("session", dates::short_date(ctx.loc, session).into()),
                        ("days", i64::from(days).into()),
                        ("date", dates::long_date(ctx.loc, event).into()),
                    ]),
                ),
            );
        }
        paragraph(ui, &ctx.loc.t("planner-ask-clinic"));
    });
}

#[cfg(test)]
mod tests {
    use super::course::{Course, Phase};

    #[test]
    fn redness_fades_over_a_few_days() {
        let course = Course::default();
        assert_eq!(course.redness(0.0), 1.0);
        // "Hours to a few days": still clearly red on day 1, a tenth left by day 3.
        assert!(course.redness(1.0) > 0.4);
        assert!((course.redness(3.0) - 0.1).abs() < 1e-4);
        assert!(course.redness(7.0) < 0.01);
        assert!(course.redness(28.0) < 1e-6);
        for day in 0..28 {
            assert!(course.redness(day as f32 + 1.0) < course.redness(day as f32));
        }
    }

    #[test]
    fn swelling_is_mild_and_goes_first() {
        let course = Course::default();
        assert!(course.swelling(0.0) <= 0.5, "mild");
        for day in [0.5, 1.0, 2.0, 3.0] {
            assert!(course.swelling(day) < course.redness(day) / 2.0, "{day}");
        }
        assert!(course.swelling(2.0) < 0.05, "gone in a day or two");
    }

    #[test]
    fn phases_at_day_0_2_7_and_28() {
        let course = Course::default();
        assert_eq!(course.phase(0), Phase::TreatmentDay);
        assert_eq!(course.phase(2), Phase::Fading);
        assert_eq!(course.phase(3), Phase::MostlySettled);
        assert_eq!(course.phase(7), Phase::Settled);
        assert_eq!(course.phase(28), Phase::Settled);
    }

    #[test]
    fn a_clinic_can_set_its_own_settling_time() {
        let slow = Course { settle_days: 5.0 };
        assert_eq!(slow.phase(4), Phase::Fading);
        assert!((slow.redness(5.0) - 0.1).abs() < 1e-4);
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::scenes::{ClinicAdvice, SceneState};

    /// Every piece of text one frame of `view` paints.
    fn painted_text(
        view: fn(&mut egui::Ui, &mut SceneCtx),
        clinic: ClinicAdvice,
        day: u32,
    ) -> String {
        painted_text_from(view, clinic, day, None)
    }

    /// The same, for a patient whose next session is on `session`.
    fn painted_text_from(
        view: fn(&mut egui::Ui, &mut SceneCtx),
        clinic: ClinicAdvice,
        day: u32,
        session: Option<chrono::NaiveDate>,
    ) -> String {
        let (loc, _) = Localizer::new(&[]);
        let mut state = SceneState {
            day,
            event_in: day,
            ..SceneState::default()
        };
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(900.0, 1400.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            let mut scene = SceneCtx {
                loc: &loc,
                state: &mut state,
                now: 0.0,
                reduced_motion: false,
                max_height: 300.0,
                clinic: clinic.clone(),
                session,
            };
            view(ui, &mut scene);
        });
        output.textures_delta.clear();
        output
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Text(text) => Some(text.galley.text().to_owned()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_clinic_phone_and_settling_time_reach_the_scenes() {
        let plain = painted_text(timeline, ClinicAdvice::default(), 4);
        assert!(!plain.contains("555 0100"));
        assert!(plain.contains("redness is gone or nearly gone"), "{plain}");
        let clinic = ClinicAdvice {
            phone: Some("+1 555 0100".into()),
            settle_days: Some(6.0),
            restart_actives_day: None,
        };
        let text = painted_text(timeline, clinic.clone(), 4);
        assert!(text.contains("+1 555 0100"), "{text}");
        // With 6 days to settle, day 4 is still fading.
        assert!(text.contains("The redness is fading"), "{text}");
        let planned = painted_text(planner, clinic, 4);
        assert!(planned.contains("The redness is fading"), "{planned}");
    }

    #[test]
    fn the_planner_counts_from_the_patients_own_session_day() {
        let plain = painted_text(planner, ClinicAdvice::default(), 5);
        assert!(!plain.contains("2027"), "{plain}");
        let session = chrono::NaiveDate::from_ymd_opt(2026, 12, 30);
        let dated = painted_text_from(planner, ClinicAdvice::default(), 5, session);
        assert!(
            dated.contains("Your next session is on Wednesday, December 30.")
                && dated.contains("5 days after it is Monday, January 4, 2027."),
            "{dated}"
        );
    }
}
