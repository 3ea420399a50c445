//! The patient's treatment days: the dates of booked or done laser sessions, kept on this
//! device with the progress (never on a kiosk) and wiped with it. Plain Rust, no Bevy.
//!
//! A session is a calendar day, with no time and no time zone: the day the patient wrote
//! down stays that day wherever the phone travels.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// More sessions than any course this app follows (3 to 6 is usual; a year of sessions
/// about 4 weeks apart is 13).
pub const MAX_SESSIONS: usize = 13;
/// The longest course followed, first session to last, and the furthest a new date may be
/// from today: a year (and a day, for a leap year).
pub const MAX_SPAN_DAYS: i64 = 366;

/// Booked or done sessions, earliest first, no two on one day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TreatmentDays(Vec<NaiveDate>);

/// Why a date was not added, to tell the patient plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRefusal {
    /// That day is already in the list.
    SameDay,
    /// The course would run longer than a year.
    LongerThanAYear,
    /// More than a year before or after today.
    TooFarFromToday,
    /// The list is full.
    TooMany,
}

impl TreatmentDays {
    /// The days, earliest first.
    pub fn dates(&self) -> &[NaiveDate] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds the session on `date` (entered on `today`), keeping the list in order.
    pub fn add(&mut self, date: NaiveDate, today: NaiveDate) -> Result<(), DateRefusal> {
        if self.0.contains(&date) {
            return Err(DateRefusal::SameDay);
        }
        if (date - today).num_days().abs() > MAX_SPAN_DAYS {
            return Err(DateRefusal::TooFarFromToday);
        }
        if self.0.len() >= MAX_SESSIONS {
            return Err(DateRefusal::TooMany);
        }
        let first = self.0.first().map_or(date, |d| (*d).min(date));
        let last = self.0.last().map_or(date, |d| (*d).max(date));
        if (last - first).num_days() > MAX_SPAN_DAYS {
            return Err(DateRefusal::LongerThanAYear);
        }
        let at = self.0.partition_point(|d| *d < date);
        self.0.insert(at, date);
        Ok(())
    }

    /// Removes the session on `date`; whether there was one.
    pub fn remove(&mut self, date: NaiveDate) -> bool {
        let before = self.0.len();
        self.0.retain(|d| *d != date);
        self.0.len() != before
    }

    /// Whether the list could have come from [`TreatmentDays::add`] (a save is read from a
    /// file anyone can edit): in order, no day twice, not too many, not too long.
    pub fn is_plausible(&self) -> bool {
        self.0.len() <= MAX_SESSIONS
            && self.0.windows(2).all(|pair| pair[0] < pair[1])
            && match (self.0.first(), self.0.last()) {
                (Some(first), Some(last)) => (*last - *first).num_days() <= MAX_SPAN_DAYS,
                _ => true,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn sessions_are_kept_in_order_and_a_day_only_once() {
        let today = day(2026, 12, 2);
        let mut days = TreatmentDays::default();
        assert_eq!(days.add(day(2027, 1, 27), today), Ok(()));
        // A session already done, in the past, is fine.
        assert_eq!(days.add(day(2026, 11, 25), today), Ok(()));
        assert_eq!(days.add(day(2026, 12, 30), today), Ok(()));
        assert_eq!(
            days.dates(),
            [day(2026, 11, 25), day(2026, 12, 30), day(2027, 1, 27)]
        );
        // Two sessions on one day: refused, the list unchanged.
        assert_eq!(
            days.add(day(2026, 12, 30), today),
            Err(DateRefusal::SameDay)
        );
        assert_eq!(days.dates().len(), 3);
        assert!(days.is_plausible());
        assert!(days.remove(day(2026, 12, 30)));
        assert!(!days.remove(day(2026, 12, 30)));
        assert_eq!(days.dates(), [day(2026, 11, 25), day(2027, 1, 27)]);
    }

    #[test]
    fn a_course_longer_than_a_year_is_refused() {
        let today = day(2026, 12, 2);
        let mut days = TreatmentDays::default();
        days.add(day(2026, 6, 1), today).unwrap();
        assert_eq!(
            days.add(day(2027, 6, 3), today),
            Err(DateRefusal::LongerThanAYear)
        );
        // A leap year's worth is still a year.
        let mut leap = TreatmentDays::default();
        leap.add(day(2027, 3, 1), day(2027, 3, 1)).unwrap();
        assert_eq!(leap.add(day(2028, 3, 1), day(2027, 3, 1)), Ok(()));
        assert_eq!(
            days.add(day(2028, 1, 2), today),
            Err(DateRefusal::TooFarFromToday)
        );
        assert_eq!(
            days.add(day(2025, 11, 30), today),
            Err(DateRefusal::TooFarFromToday)
        );
        assert_eq!(days.dates(), [day(2026, 6, 1)]);
    }

    #[test]
    fn the_list_has_a_limit() {
        let today = day(2026, 1, 1);
        let mut days = TreatmentDays::default();
        for week in 0..MAX_SESSIONS as u64 {
            days.add(today + chrono::Days::new(week * 28), today)
                .unwrap();
        }
        assert_eq!(days.add(day(2026, 1, 2), today), Err(DateRefusal::TooMany));
        assert!(days.is_plausible());
    }

    #[test]
    fn edited_saves_out_of_order_or_too_long_are_implausible() {
        let of = |dates: &[NaiveDate]| TreatmentDays(dates.to_vec());
        assert!(of(&[]).is_plausible());
        assert!(!of(&[day(2027, 1, 1), day(2026, 1, 1)]).is_plausible());
        assert!(!of(&[day(2026, 1, 1), day(2026, 1, 1)]).is_plausible());
        assert!(!of(&[day(2026, 1, 1), day(2028, 1, 1)]).is_plausible());
        let many: Vec<NaiveDate> = (0..=MAX_SESSIONS as u64)
            .map(|n| day(2026, 1, 1) + chrono::Days::new(n))
            .collect();
        assert!(!of(&many).is_plausible());
    }

    #[test]
    fn the_save_holds_plain_dates() {
        let mut days = TreatmentDays::default();
        days.add(day(2026, 12, 30), day(2026, 12, 2)).unwrap();
        let text = ron::to_string(&days).unwrap();
        assert_eq!(text, r#"["2026-12-30"]"#);
        assert_eq!(ron::from_str::<TreatmentDays>(&text).unwrap(), days);
        assert!(ron::from_str::<TreatmentDays>(r#"["2026-02-30"]"#).is_err());
    }
}
