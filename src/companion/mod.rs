//! The treatment companion: the patient's own session days, the "Today" card they lead to,
//! and the same days as reminders in the phone's own calendar (an `.ics` file).
//!
//! The days are kept with the progress on this device (so "Reset my progress" wipes them) and
//! never on a kiosk; the calendar file is written only when the patient asks, and nothing is
//! ever sent anywhere.

pub mod calendar;
pub mod cited;
pub mod today;

use std::path::PathBuf;

use bevy::prelude::*;
use chrono::{NaiveDate, Offset as _};

use crate::clinic::{Clinic, KioskMode};
use crate::consult::Deliver;
use crate::i18n::{Localizer, args};
use crate::launch::LaunchOptions;
use crate::notices::{Notice, Notices};
use crate::progress::{DateRefusal, PlayerProgress, SaveRequested};
use crate::state::{AppSystems, Screen};
use crate::visit::ForgetWithVisit;
use calendar::{Planned, Words};
use today::DayCounts;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(LocalToday::now())
        .init_resource::<LastDateEdit>()
        .forget_with_visit::<LastDateEdit>()
        .add_message::<TreatmentEdit>()
        .add_message::<ExportCalendar>()
        .add_systems(
            Update,
            (apply_edits, export_calendar)
                .chain()
                .in_set(AppSystems::Apply),
        )
        .add_systems(OnEnter(Screen::Journey), refresh_today);
}

/// The patient's own date (in the device's time zone). Read at start and again each time
/// the journey map opens, so an app left open overnight moves on; tests pin it.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalToday {
    pub date: NaiveDate,
    /// Set by hand (tests, the screenshot tour): never read from the clock again.
    pub pinned: bool,
}

impl LocalToday {
    pub fn now() -> Self {
        LocalToday {
            date: local_date(chrono::Utc::now(), chrono::Local::now().offset().fix()),
            pinned: false,
        }
    }

    pub fn pinned(date: NaiveDate) -> Self {
        LocalToday { date, pinned: true }
    }
}

/// The calendar day at `instant` where the clock is `offset` from UTC.
pub fn local_date(
    instant: chrono::DateTime<chrono::Utc>,
    offset: chrono::FixedOffset,
) -> NaiveDate {
    instant.with_timezone(&offset).date_naive()
}

fn refresh_today(mut today: ResMut<LocalToday>) {
    if !today.pinned {
        let now = LocalToday::now();
        if today.date != now.date {
            today.date = now.date;
        }
    }
}

/// The clinic's day counts, for the Today card and the calendar.
pub fn day_counts(clinic: Option<&Clinic>) -> DayCounts {
    clinic.map_or_else(DayCounts::default, |clinic| DayCounts {
        settle_days: clinic.config.settle_days,
        restart_actives_day: clinic.config.restart_actives_day,
    })
}

/// A change to the patient's session days.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreatmentEdit {
    Add(NaiveDate),
    Remove(NaiveDate),
}

/// The last date the patient tried to add, and whether it was taken (for the view to say
/// why not, and for tests).
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LastDateEdit(pub Option<(NaiveDate, Result<(), DateRefusal>)>);

/// "Add to my calendar": the session days ahead as an `.ics` file (a download in the
/// browser, a file in the export folder elsewhere).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportCalendar;

fn apply_edits(
    mut edits: MessageReader<TreatmentEdit>,
    kiosk: Option<Res<KioskMode>>,
    today: Res<LocalToday>,
    mut progress: ResMut<PlayerProgress>,
    mut last: ResMut<LastDateEdit>,
    mut save: MessageWriter<SaveRequested>,
) {
    for edit in edits.read() {
        // A kiosk keeps nothing of its visitors: no session days there at all.
        if kiosk.as_ref().is_some_and(|k| k.0) {
            warn!("kiosk: session days are not kept here; ignored {edit:?}");
            continue;
        }
        match *edit {
            TreatmentEdit::Add(date) => {
                let result = progress.treatment.add(date, today.date);
                if result.is_ok() {
                    save.write(SaveRequested);
                }
                last.0 = Some((date, result));
            }
            TreatmentEdit::Remove(date) => {
                if progress.treatment.remove(date) {
                    save.write(SaveRequested);
                }
                last.0 = None;
            }
        }
    }
}

fn export_calendar(
    mut asked: MessageReader<ExportCalendar>,
    kiosk: Option<Res<KioskMode>>,
    today: Res<LocalToday>,
    progress: Res<PlayerProgress>,
    loc: Res<Localizer>,
    clinic: Option<Res<Clinic>>,
    options: Res<LaunchOptions>,
    deliver: Option<Res<Deliver>>,
    mut notices: ResMut<Notices>,
) {
    for ExportCalendar in asked.read() {
        if kiosk.as_ref().is_some_and(|k| k.0) {
            continue;
        }
        let text = calendar_text(
            progress.treatment.dates(),
            today.date,
            &loc,
            clinic.as_deref(),
        );
        let result = match text {
            None => Err(loc.t("companion-ics-nothing-ahead")),
            Some(text) => {
                let name = format!("scarwise-treatment-{}.ics", today.date.format("%Y-%m-%d"));
                crate::consult::hand_over(
                    &options,
                    deliver.as_deref().copied(),
                    &loc,
                    &name,
                    text.as_bytes(),
                    "text/calendar",
                )
            }
        };
        notices.push(match result {
            Ok(path) => Notice::CalendarSaved(path),
            Err(reason) => {
                warn!("calendar file failed: {reason}");
                Notice::CalendarFailed(reason)
            }
        });
    }
}

/// The `.ics` text for the days ahead of `today`, in the patient's language; `None` when
/// nothing is ahead.
pub fn calendar_text(
    sessions: &[NaiveDate],
    today: NaiveDate,
    loc: &Localizer,
    clinic: Option<&Clinic>,
) -> Option<String> {
    let entries = calendar::planned(sessions, today);
    if entries.is_empty() {
        return None;
    }
    let course = day_counts(clinic).course();
    let phone = clinic.and_then(|c| c.config.phone.clone());
    let worded = entries
        .into_iter()
        .map(|(date, planned)| {
            let words = match planned {
                Planned::Session(session) => {
                    let n = args(&[("session", session.into())]);
                    Words {
                        title: loc.t_args("companion-ics-session", &n),
                        description: loc.t("companion-ics-session-about"),
                        reminder: loc.t_args("companion-ics-session-reminder", &n),
                    }
                }
                Planned::CheckIn { session, day } => {
                    let title = loc.t_args(
                        "companion-ics-check-in",
                        &args(&[("session", session.into()), ("day", day.into())]),
                    );
                    let mut about = vec![
                        loc.t(course.phase(day).message_id()),
                        format!(
                            "{}: {}",
                            loc.t("timeline-call-title"),
                            loc.t("timeline-call-body")
                        ),
                    ];
                    if let Some(phone) = &phone {
                        about.push(loc.t_args(
                            "timeline-call-phone",
                            &args(&[("phone", phone.as_str().into())]),
                        ));
                    }
                    about.push(loc.t("companion-typical-advice"));
                    Words {
                        reminder: title.clone(),
                        title,
                        description: about.join("\n"),
                    }
                }
            };
            (date, planned, words)
        })
        .collect::<Vec<_>>();
    Some(calendar::ics(
        &loc.t("companion-ics-name"),
        &loc.current().to_string(),
        &worded,
    ))
}

/// Where a calendar file went, for tests: the notice says it to the patient.
pub fn saved_calendar(notices: &Notices) -> Option<&PathBuf> {
    notices.iter().rev().find_map(|n| match n {
        Notice::CalendarSaved(path) => Some(path),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone, Utc};

    use super::*;

    #[test]
    fn today_is_the_patients_own_day_not_utcs() {
        // 23:30 UTC on 1 December is already 2 December in Tokyo and Paris (00:30), still
        // 1 December in London and in Los Angeles (15:30).
        let instant = Utc.with_ymd_and_hms(2026, 12, 1, 23, 30, 0).unwrap();
        let at = |hours: i32| local_date(instant, FixedOffset::east_opt(hours * 3600).unwrap());
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(at(9), day(2));
        assert_eq!(at(1), day(2));
        assert_eq!(at(0), day(1));
        assert_eq!(at(-8), day(1));
        // Half-hour zones too (India, +5:30).
        let india = FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
        assert_eq!(local_date(instant, india), day(2));
    }
}
