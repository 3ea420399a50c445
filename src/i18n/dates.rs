//! Dates in the patient's language: month and weekday names and each language's order of
//! day, month and year come from its Fluent files (`locales/*/companion.ftl`), so a
//! translator decides them, and day counts take the language's plural rules there too.
//! Dates are calendar days (`NaiveDate`): no time and no time zone.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Localizer, args};

/// "Wednesday, December 30, 2026" (or the language's own order).
pub fn long_date(loc: &Localizer, date: NaiveDate) -> String {
    loc.t_args(
        "date-long",
        &args(&[
            ("weekday", weekday_name(loc, date.weekday()).into()),
            ("day", date.day().into()),
            ("month", month_name(loc, date.month()).into()),
            ("year", date.year().into()),
        ]),
    )
}

/// "December 30" (or the language's own order), for dates near enough not to need a year.
pub fn short_date(loc: &Localizer, date: NaiveDate) -> String {
    loc.t_args(
        "date-short",
        &args(&[
            ("weekday", weekday_name(loc, date.weekday()).into()),
            ("day", date.day().into()),
            ("month", month_name(loc, date.month()).into()),
        ]),
    )
}

/// "December 2026", a calendar's heading.
pub fn month_year(loc: &Localizer, year: i32, month: u32) -> String {
    loc.t_args(
        "date-month-year",
        &args(&[
            ("month", month_name(loc, month).into()),
            ("year", year.into()),
        ]),
    )
}

/// A month's name, 1 to 12.
pub fn month_name(loc: &Localizer, month: u32) -> String {
    loc.t(&format!("date-month-{month}"))
}

pub fn weekday_name(loc: &Localizer, day: Weekday) -> String {
    loc.t(&format!("date-weekday-{}", day.number_from_monday()))
}

/// The one or two letters heading a calendar's column.
pub fn weekday_letter(loc: &Localizer, day: Weekday) -> String {
    loc.t(&format!("date-weekday-short-{}", day.number_from_monday()))
}

/// The day a week starts on in the patient's language (`date-week-starts` is `monday` or
/// `sunday`).
pub fn first_weekday(loc: &Localizer) -> Weekday {
    match loc.t("date-week-starts").trim() {
        "sunday" => Weekday::Sun,
        _ => Weekday::Mon,
    }
}

/// How far `date` is from `today`, in words: "today", "in 3 days", "2 days ago".
pub fn relative_day(loc: &Localizer, date: NaiveDate, today: NaiveDate) -> String {
    let days = (date - today).num_days();
    match days {
        0 => loc.t("date-today"),
        1.. => loc.t_args("date-in-days", &args(&[("days", days.into())])),
        _ => loc.t_args("date-days-ago", &args(&[("days", (-days).into())])),
    }
}

/// The weeks of `year`/`month` as rows of seven cells starting on `first` (`None` outside
/// the month), for a calendar grid. Plain Rust.
pub fn month_grid(year: i32, month: u32, first: Weekday) -> Vec<[Option<NaiveDate>; 7]> {
    let Some(start) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return Vec::new();
    };
    let lead = start.weekday().days_since(first) as usize;
    let mut rows = Vec::new();
    let mut row = [None; 7];
    let mut cell = lead;
    for date in start.iter_days().take_while(|d| d.month() == month) {
        row[cell] = Some(date);
        cell += 1;
        if cell == 7 {
            rows.push(row);
            row = [None; 7];
            cell = 0;
        }
    }
    if cell > 0 {
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_month_grid_starts_on_the_languages_first_weekday() {
        // December 2026 begins on a Tuesday.
        let monday = month_grid(2026, 12, Weekday::Mon);
        assert_eq!(monday.len(), 5);
        assert_eq!(monday[0][0], None);
        assert_eq!(monday[0][1], Some(day(2026, 12, 1)));
        assert_eq!(monday[4][3], Some(day(2026, 12, 31)));
        assert_eq!(monday[4][4], None);
        let sunday = month_grid(2026, 12, Weekday::Sun);
        assert_eq!(sunday[0][2], Some(day(2026, 12, 1)));
        // Every day once, in order.
        let days: Vec<NaiveDate> = sunday.iter().flatten().flatten().copied().collect();
        assert_eq!(days.len(), 31);
        assert!(days.windows(2).all(|w| w[0].succ_opt() == Some(w[1])));
        // February of a leap year, and a month that starts on the first weekday.
        let leap = month_grid(2028, 2, Weekday::Mon);
        assert_eq!(leap.iter().flatten().flatten().count(), 29);
        assert_eq!(
            month_grid(2027, 2, Weekday::Mon)[0][0],
            Some(day(2027, 2, 1))
        );
        assert!(month_grid(2027, 13, Weekday::Mon).is_empty());
    }
}
