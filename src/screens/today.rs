//! The journey map's "Today" card: where the patient is in their own course (before a
//! session, the days after one, between sessions, after the last), what is normal today, the
//! aftercare that applies, when to call the clinic, and the lesson page that explains it.
//! Without session days, a small card that invites the patient to add them.

use bevy::prelude::*;
use bevy_egui::egui;
use chrono::{NaiveDate, TimeDelta};

use crate::clinic::Clinic;
use crate::companion::today::{Step, TodayCard, today_card};
use crate::companion::{LocalToday, day_counts};
use crate::i18n::dates::{long_date, short_date};
use crate::i18n::{Localizer, args};
use crate::lesson::LessonInput;
use crate::progress::Progress;
use crate::state::Nav;
use crate::theme::widgets::{card, heading, paragraph, primary_button, secondary_button};
use crate::theme::{Palette, bold, c};

/// The Today card, or the invitation to add session days.
pub(super) fn today(
    ui: &mut egui::Ui,
    loc: &Localizer,
    progress: &Progress,
    today: &LocalToday,
    clinic: Option<&Clinic>,
    nav: &mut MessageWriter<Nav>,
    pages: &mut MessageWriter<LessonInput>,
) {
    let palette = Palette::of(ui);
    let sessions = progress.treatment.dates();
    let Some(found) = today_card(sessions, today.date, day_counts(clinic)) else {
        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            heading(ui, bold(loc.t("today-invite-title")), 2);
            paragraph(ui, &loc.t("today-invite-body"));
            if secondary_button(ui, &loc.t("today-invite-open")).clicked() {
                nav.write(Nav::OpenTreatment);
            }
        });
        ui.add_space(4.0);
        return;
    };
    card(ui, palette.accent_soft).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            egui::RichText::new(loc.t_args(
                "today-heading",
                &args(&[("date", long_date(loc, today.date).into())]),
            ))
            .color(c(palette.text_muted)),
        );
        let link = match &found {
            TodayCard::Before { session, days } => {
                let when = today.date + TimeDelta::days(*days);
                title(ui, loc, "today-before", *session, *days, when);
                paragraph(ui, &loc.t("today-before-tell"));
                paragraph(ui, &loc.t("today-before-avoid"));
                if secondary_button(ui, &loc.t("today-before-prepare")).clicked() {
                    nav.write(Nav::OpenPrepare);
                }
                ("downtime", "before")
            }
            TodayCard::After {
                session,
                day,
                phase,
                steps,
                next_in,
            } => {
                heading(
                    ui,
                    bold(loc.t_args(
                        "today-after",
                        &args(&[("session", (*session).into()), ("day", (*day).into())]),
                    )),
                    2,
                );
                ui.label(bold(loc.t("today-normal")));
                paragraph(ui, &loc.t(phase.message_id()));
                ui.label(bold(loc.t("today-steps")));
                for step in steps {
                    paragraph(ui, &format!("✔ {}", step_text(loc, *step)));
                }
                ui.label(
                    egui::RichText::new(loc.t("companion-typical-advice"))
                        .color(c(palette.text_muted)),
                );
                call_the_clinic(ui, loc, clinic);
                if let Some(days) = next_in {
                    let when = today.date + TimeDelta::days(*days);
                    paragraph(
                        ui,
                        &loc.t_args(
                            "today-next",
                            &args(&[
                                ("days", (*days).into()),
                                ("date", short_date(loc, when).into()),
                            ]),
                        ),
                    );
                }
                ("downtime", "day-by-day")
            }
            TodayCard::Between {
                after_session,
                days_since,
                next_session,
                next_in,
            } => {
                heading(
                    ui,
                    bold(loc.t_args(
                        "today-between",
                        &args(&[
                            ("session", (*after_session).into()),
                            ("days", (*days_since).into()),
                        ]),
                    )),
                    2,
                );
                paragraph(ui, &loc.t("today-rebuilding"));
                paragraph(ui, &loc.t("today-keep-caring"));
                let when = today.date + TimeDelta::days(*next_in);
                paragraph(
                    ui,
                    &loc.t_args(
                        "today-next-numbered",
                        &args(&[
                            ("session", (*next_session).into()),
                            ("days", (*next_in).into()),
                            ("date", short_date(loc, when).into()),
                        ]),
                    ),
                );
                ("how-pico-works", "skin-rebuilds")
            }
            TodayCard::AfterLast {
                sessions,
                days_since,
            } => {
                heading(
                    ui,
                    bold(loc.t_args(
                        "today-after-last",
                        &args(&[
                            ("sessions", (*sessions).into()),
                            ("days", (*days_since).into()),
                        ]),
                    )),
                    2,
                );
                paragraph(ui, &loc.t("today-after-last-body"));
                paragraph(ui, &loc.t("today-keep-caring"));
                ("how-pico-works", "skin-rebuilds")
            }
        };
        ui.horizontal_wrapped(|ui| {
            if primary_button(ui, &loc.t(&format!("today-read-{}", link.1))).clicked() {
                pages.write(LessonInput::OpenPage {
                    module: link.0.to_owned(),
                    page: link.1.to_owned(),
                });
            }
            if secondary_button(ui, &loc.t("today-my-days")).clicked() {
                nav.write(Nav::OpenTreatment);
            }
        });
    });
    ui.add_space(4.0);
}

/// "Session 2 is in 5 days", with its date.
fn title(ui: &mut egui::Ui, loc: &Localizer, id: &str, session: usize, days: i64, when: NaiveDate) {
    heading(
        ui,
        bold(loc.t_args(
            id,
            &args(&[
                ("session", session.into()),
                ("days", days.into()),
                ("date", short_date(loc, when).into()),
            ]),
        )),
        2,
    );
}

/// The call-the-clinic signs, and the clinic's number when it gives one.
fn call_the_clinic(ui: &mut egui::Ui, loc: &Localizer, clinic: Option<&Clinic>) {
    card(ui, Palette::of(ui).wrong_soft).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(bold(format!("☎ {}", loc.t("timeline-call-title"))));
        paragraph(ui, &loc.t("timeline-call-body"));
        if let Some(phone) = clinic.and_then(|c| c.config.phone.as_deref()) {
            ui.label(bold(loc.t_args(
                "timeline-call-phone",
                &args(&[("phone", phone.into())]),
            )));
        }
    });
}

/// One aftercare step in words.
fn step_text(loc: &Localizer, step: Step) -> String {
    match step {
        Step::Sunscreen => loc.t("today-step-sunscreen"),
        Step::HandsOff => loc.t("today-step-hands-off"),
        Step::NoActivesUntil(Some(day)) => {
            loc.t_args("today-step-no-actives-until", &args(&[("day", day.into())]))
        }
        Step::NoActivesUntil(None) => loc.t("today-step-no-actives"),
        Step::ActivesMayComeBack(day) => {
            loc.t_args("today-step-actives-back", &args(&[("day", day.into())]))
        }
        Step::MakeUpAskClinic => loc.t("today-step-make-up"),
        Step::NoHeatOrPools => loc.t("today-step-no-heat"),
    }
}
