//! Which "Today" card a patient sees, from their session days, today's date and the clinic's
//! day counts. Plain Rust, no Bevy: the view words it.
//!
//! The stages follow the evidence brief: before a session, what to tell the doctor and to
//! avoid a tan (about the last 2 weeks, section 7); the days after one, what is normal (the
//! downtime module's course, section 5) and the aftercare that applies that day (section 8,
//! with the clinic's own day counts); between sessions and after the last, that the skin
//! keeps rebuilding for weeks to months (section 3).

use chrono::NaiveDate;

use crate::scenes::downtime::course::{Course, Phase};

/// Days after a session with their own card (the check-ins, and the downtime course's
/// "settled" from day 7).
pub const AFTERCARE_DAYS: u32 = 7;
/// A session this close gets the "before" card: a tan in about the last 2 weeks matters.
pub const BEFORE_DAYS: i64 = 14;
/// Make-up is "often allowed soon after": said on treatment day and the day after.
const MAKE_UP_DAYS: u32 = 1;

/// The clinic's day counts (from `clinic.ron`), or the brief's typical course without them.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DayCounts {
    /// Days until redness has mostly gone; `None`: the brief's "a few days".
    pub settle_days: Option<f32>,
    /// The day actives may come back; `None`: "your clinic will tell you".
    pub restart_actives_day: Option<u32>,
}

impl DayCounts {
    /// The downtime course these counts make: the clinic's settling days, or the brief's.
    pub fn course(&self) -> Course {
        self.settle_days
            .map_or_else(Course::default, |settle_days| Course { settle_days })
    }

    /// How many days after a session its card lasts: a week, or up to the clinic's day for
    /// actives, so that day is said too.
    pub fn aftercare_days(&self) -> u32 {
        AFTERCARE_DAYS.max(self.restart_actives_day.unwrap_or(0))
    }
}

/// One aftercare step that applies on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Broad-spectrum sunscreen every day, out of direct sun.
    Sunscreen,
    /// Do not pick or rub.
    HandsOff,
    /// Gentle cleanser and moisturiser; no scrubs, acids, retinoids or lightening creams
    /// until the clinic's day (`Some`) or until the skin has settled and the clinic says so.
    NoActivesUntil(Option<u32>),
    /// From the clinic's day (this one) on, actives may come back.
    ActivesMayComeBack(u32),
    /// Make-up is often allowed soon after: follow the clinic.
    MakeUpAskClinic,
    /// No sauna, hot yoga or pools while the skin is red.
    NoHeatOrPools,
}

/// The card for today.
#[derive(Debug, Clone, PartialEq)]
pub enum TodayCard {
    /// A session is coming (the first, or the next one soon): `session` is its number
    /// (1-based), `days` how many days away.
    Before { session: usize, days: i64 },
    /// `day` days after session `session` (0 is the session's own day): what is normal, the
    /// steps for today, and the next session if one is booked.
    After {
        session: usize,
        day: u32,
        phase: Phase,
        steps: Vec<Step>,
        next_in: Option<i64>,
    },
    /// Past a session's first days, with the next one more than two weeks away.
    Between {
        after_session: usize,
        days_since: i64,
        next_session: usize,
        next_in: i64,
    },
    /// Past the last session's first days, nothing more booked.
    AfterLast { sessions: usize, days_since: i64 },
}

/// The card for `today`, or `None` without session days.
pub fn today_card(
    sessions: &[NaiveDate],
    today: NaiveDate,
    counts: DayCounts,
) -> Option<TodayCard> {
    let done = sessions.partition_point(|d| *d <= today);
    let last = done.checked_sub(1).map(|i| (i + 1, sessions[i]));
    let next = sessions
        .get(done)
        .map(|d| (done + 1, (*d - today).num_days()));
    if let Some((session, date)) = last {
        let day = (today - date).num_days();
        if day <= i64::from(counts.aftercare_days()) {
            let day = day as u32;
            return Some(TodayCard::After {
                session,
                day,
                phase: counts.course().phase(day),
                steps: steps(day, counts),
                next_in: next.map(|(_, days)| days),
            });
        }
    }
    Some(match (last, next) {
        (None, Some((session, days))) => TodayCard::Before { session, days },
        (Some(_), Some((session, days))) if days <= BEFORE_DAYS => {
            TodayCard::Before { session, days }
        }
        (Some((after_session, date)), Some((next_session, next_in))) => TodayCard::Between {
            after_session,
            days_since: (today - date).num_days(),
            next_session,
            next_in,
        },
        (Some((sessions, date)), None) => TodayCard::AfterLast {
            sessions,
            days_since: (today - date).num_days(),
        },
        (None, None) => return None,
    })
}

/// The aftercare steps that apply `day` days after a session.
pub fn steps(day: u32, counts: DayCounts) -> Vec<Step> {
    let mut steps = vec![Step::Sunscreen, Step::HandsOff];
    match counts.restart_actives_day {
        Some(back) if day >= back => steps.push(Step::ActivesMayComeBack(back)),
        back => steps.push(Step::NoActivesUntil(back)),
    }
    if day <= MAKE_UP_DAYS {
        steps.push(Step::MakeUpAskClinic);
    }
    // "A day or two while the skin is red": the first two days at least, and on for as long
    // as the (clinic's) course has it red.
    let red = matches!(
        counts.course().phase(day),
        Phase::TreatmentDay | Phase::Fading
    );
    if day <= 1 || red {
        steps.push(Step::NoHeatOrPools);
    }
    steps
}

/// The days after each session whose check-ins go in the calendar.
pub const CHECK_IN_DAYS: [u32; 3] = [1, 3, 7];

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn plus(date: NaiveDate, days: i64) -> NaiveDate {
        date + chrono::TimeDelta::days(days)
    }

    /// Three sessions four weeks apart, the brief's typical course.
    fn course() -> Vec<NaiveDate> {
        let first = day(2027, 1, 6);
        vec![first, plus(first, 28), plus(first, 56)]
    }

    #[test]
    fn no_session_days_no_card() {
        assert_eq!(today_card(&[], day(2027, 1, 1), DayCounts::default()), None);
    }

    #[test]
    fn every_day_of_a_course_has_the_right_card() {
        let sessions = course();
        let counts = DayCounts::default();
        let card = |today| today_card(&sessions, today, counts).unwrap();
        // Before the first session, however far away.
        assert_eq!(
            card(plus(sessions[0], -40)),
            TodayCard::Before {
                session: 1,
                days: 40
            }
        );
        assert_eq!(
            card(plus(sessions[0], -1)),
            TodayCard::Before {
                session: 1,
                days: 1
            }
        );
        // Day 0 to 7 after session 1, against the downtime course.
        let expected_phase = [
            Phase::TreatmentDay,
            Phase::Fading,
            Phase::Fading,
            Phase::MostlySettled,
            Phase::MostlySettled,
            Phase::MostlySettled,
            Phase::MostlySettled,
            Phase::Settled,
        ];
        for (n, phase) in expected_phase.into_iter().enumerate() {
            let TodayCard::After {
                session,
                day,
                phase: got,
                steps,
                next_in,
            } = card(plus(sessions[0], n as i64))
            else {
                panic!("day {n}: not an aftercare card");
            };
            assert_eq!((session, day), (1, n as u32));
            assert_eq!(got, phase, "day {n}");
            assert_eq!(next_in, Some(28 - n as i64));
            assert!(steps.contains(&Step::Sunscreen) && steps.contains(&Step::HandsOff));
            assert!(steps.contains(&Step::NoActivesUntil(None)), "no clinic day");
            assert_eq!(steps.contains(&Step::MakeUpAskClinic), n <= 1, "day {n}");
            assert_eq!(steps.contains(&Step::NoHeatOrPools), n <= 2, "day {n}");
        }
        // Between sessions: from day 8 until two weeks before the next.
        assert_eq!(
            card(plus(sessions[0], 8)),
            TodayCard::Between {
                after_session: 1,
                days_since: 8,
                next_session: 2,
                next_in: 20
            }
        );
        assert_eq!(
            card(plus(sessions[0], 13)),
            TodayCard::Between {
                after_session: 1,
                days_since: 13,
                next_session: 2,
                next_in: 15
            }
        );
        assert_eq!(
            card(plus(sessions[0], 14)),
            TodayCard::Before {
                session: 2,
                days: 14
            }
        );
        // Session 3's day, then after the last.
        assert!(matches!(
            card(sessions[2]),
            TodayCard::After {
                session: 3,
                day: 0,
                next_in: None,
                ..
            }
        ));
        assert_eq!(
            card(plus(sessions[2], 8)),
            TodayCard::AfterLast {
                sessions: 3,
                days_since: 8
            }
        );
        assert_eq!(
            card(plus(sessions[2], 400)),
            TodayCard::AfterLast {
                sessions: 3,
                days_since: 400
            }
        );
    }

    #[test]
    fn the_clinics_day_counts_decide_actives_and_how_long_the_card_lasts() {
        let sessions = course();
        let counts = DayCounts {
            settle_days: Some(6.0),
            restart_actives_day: Some(10),
        };
        assert_eq!(counts.aftercare_days(), 10);
        let after = |n: i64| today_card(&sessions, plus(sessions[0], n), counts).unwrap();
        let TodayCard::After { steps, phase, .. } = after(3) else {
            panic!("day 3");
        };
        assert!(steps.contains(&Step::NoActivesUntil(Some(10))));
        // A slower clinic course: still red on day 3, so no heat either.
        assert_eq!(phase, Phase::Fading);
        assert!(steps.contains(&Step::NoHeatOrPools));
        let TodayCard::After { steps, day, .. } = after(10) else {
            panic!("the clinic's day 10 still has its card");
        };
        assert_eq!(day, 10);
        assert!(steps.contains(&Step::ActivesMayComeBack(10)));
        assert!(!steps.iter().any(|s| matches!(s, Step::NoActivesUntil(_))));
        assert!(matches!(after(11), TodayCard::Between { .. }));
        // A clinic day before the first week ends still leaves the week's card.
        let early = DayCounts {
            settle_days: None,
            restart_actives_day: Some(3),
        };
        assert_eq!(early.aftercare_days(), AFTERCARE_DAYS);
        assert!(super::steps(2, early).contains(&Step::NoActivesUntil(Some(3))));
        assert!(super::steps(3, early).contains(&Step::ActivesMayComeBack(3)));
    }

    #[test]
    fn sessions_close_together_and_a_session_today() {
        // Sessions a week apart: the aftercare card wins, and names the next session.
        let sessions = [day(2027, 3, 1), day(2027, 3, 8)];
        let card = |today| today_card(&sessions, today, DayCounts::default()).unwrap();
        assert!(matches!(
            card(day(2027, 3, 4)),
            TodayCard::After {
                session: 1,
                day: 3,
                next_in: Some(4),
                ..
            }
        ));
        // On the second session's day, its own day 0.
        assert!(matches!(
            card(day(2027, 3, 8)),
            TodayCard::After {
                session: 2,
                day: 0,
                ..
            }
        ));
    }
}
