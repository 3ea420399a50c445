//! The treatment days as an iCalendar file (RFC 5545) for the patient's own calendar: each
//! session ahead, and short aftercare check-ins on days 1, 3 and 7 after each, as all-day
//! events with a reminder. Written with the `icalendar` crate; the words come from the caller
//! (in the patient's language). No Bevy.

use chrono::{NaiveDate, TimeDelta};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property};

use super::today::CHECK_IN_DAYS;

/// What an entry in the calendar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planned {
    /// Session number `n` (1-based).
    Session(usize),
    /// `day` days after session `session`.
    CheckIn { session: usize, day: u32 },
}

/// The entries from `today` on (nothing already past), in date order.
pub fn planned(sessions: &[NaiveDate], today: NaiveDate) -> Vec<(NaiveDate, Planned)> {
    let mut entries: Vec<(NaiveDate, Planned)> = Vec::new();
    for (index, date) in sessions.iter().enumerate() {
        let session = index + 1;
        entries.push((*date, Planned::Session(session)));
        for day in CHECK_IN_DAYS {
            entries.push((
                *date + TimeDelta::days(i64::from(day)),
                Planned::CheckIn { session, day },
            ));
        }
    }
    entries.retain(|(date, _)| *date >= today);
    // Stable: on a day with a session and another's check-in, the order above stays.
    entries.sort_by_key(|(date, _)| *date);
    entries
}

/// One event's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub title: String,
    pub description: String,
    /// The reminder's text.
    pub reminder: String,
}

/// When the reminder goes off, from the start of the all-day event (local midnight): the
/// evening before a session (6 pm), the morning of a check-in (9 am).
fn reminder_offset(planned: Planned) -> TimeDelta {
    match planned {
        Planned::Session(_) => TimeDelta::hours(-6),
        Planned::CheckIn { .. } => TimeDelta::hours(9),
    }
}

/// A unique and stable id per entry: adding the file again updates the events instead of
/// doubling them.
fn uid(date: NaiveDate, planned: Planned) -> String {
    let stamp = date.format("%Y%m%d");
    match planned {
        Planned::Session(_) => format!("scarwise-session-{stamp}@scarwise.invalid"),
        Planned::CheckIn { day, .. } => {
            let session = date - TimeDelta::days(i64::from(day));
            format!(
                "scarwise-check-in-{}-day-{day}@scarwise.invalid",
                session.format("%Y%m%d")
            )
        }
    }
}

/// The `.ics` text of `entries`, with their words in the language `lang` (a BCP 47 tag) and
/// `name` as the calendar's name.
pub fn ics(name: &str, lang: &str, entries: &[(NaiveDate, Planned, Words)]) -> String {
    // Text in the patient's language, said so (RFC 5545's LANGUAGE parameter).
    let text = |key: &str, value: &str| {
        Property::new(key, value)
            .add_parameter("LANGUAGE", lang)
            .done()
    };
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Scarwise//Treatment days//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .name(name);
    for (date, planned, words) in entries {
        let event = Event::new()
            .uid(&uid(*date, *planned))
            .all_day(*date)
            .append_property(text("SUMMARY", &words.title))
            .append_property(text("DESCRIPTION", &words.description))
            // Free time: a reminder, not a meeting that blocks the day.
            .add_property("TRANSP", "TRANSPARENT")
            .alarm(Alarm::display(&words.reminder, reminder_offset(*planned)))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn words(planned: Planned) -> Words {
        let title = match planned {
            Planned::Session(n) => format!("Laser session {n}"),
            Planned::CheckIn { session, day } => format!("Day {day} after session {session}"),
        };
        Words {
            description: format!(
                "{title}: sunscreen every day, and call the clinic if a long line of text must be folded; commas, semicolons; and a new\nline too."
            ),
            reminder: title.clone(),
            title,
        }
    }

    #[test]
    fn entries_from_today_on_sessions_and_check_ins() {
        let sessions = [day(2026, 11, 25), day(2026, 12, 23)];
        let entries = planned(&sessions, day(2026, 12, 2));
        assert_eq!(
            entries,
            [
                (day(2026, 12, 2), Planned::CheckIn { session: 1, day: 7 }),
                (day(2026, 12, 23), Planned::Session(2)),
                (day(2026, 12, 24), Planned::CheckIn { session: 2, day: 1 }),
                (day(2026, 12, 26), Planned::CheckIn { session: 2, day: 3 }),
                (day(2026, 12, 30), Planned::CheckIn { session: 2, day: 7 }),
            ]
        );
        assert!(planned(&sessions, day(2027, 1, 1)).is_empty());
    }

    /// Parsed by `ical`, a parser written apart from the writer: every event with its date,
    /// words, a unique id and a reminder; the text follows RFC 5545's line rules.
    #[test]
    fn the_file_parses_with_an_independent_parser() {
        let sessions = [day(2026, 12, 30), day(2027, 1, 27)];
        let entries: Vec<_> = planned(&sessions, day(2026, 12, 2))
            .into_iter()
            .map(|(date, planned)| (date, planned, words(planned)))
            .collect();
        let text = ics("Scarwise: my treatment", "en", &entries);

        // Lines end in CRLF and are at most 75 octets (long ones folded).
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n'), "{line:?}");
        }
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendar = parser.next().expect("one calendar").expect("it parses");
        assert!(parser.next().is_none());
        let value = |props: &[ical::property::Property], name: &str| {
            props
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
        };
        assert_eq!(
            value(&calendar.properties, "VERSION").as_deref(),
            Some("2.0")
        );
        assert!(value(&calendar.properties, "PRODID").is_some());
        assert_eq!(
            value(&calendar.properties, "X-WR-CALNAME").as_deref(),
            Some("Scarwise: my treatment")
        );
        assert_eq!(calendar.events.len(), entries.len());
        let mut uids = std::collections::BTreeSet::new();
        for (event, (date, planned, words)) in calendar.events.iter().zip(&entries) {
            let start = event
                .properties
                .iter()
                .find(|p| p.name == "DTSTART")
                .expect("a start");
            assert_eq!(
                start.value.as_deref(),
                Some(&*date.format("%Y%m%d").to_string())
            );
            let params = start.params.clone().unwrap_or_default();
            assert!(
                params
                    .iter()
                    .any(|(k, v)| k == "VALUE" && v == &["DATE".to_owned()]),
                "an all-day event: {params:?}"
            );
            assert_eq!(
                value(&event.properties, "SUMMARY"),
                Some(words.title.clone())
            );
            let summary = event
                .properties
                .iter()
                .find(|p| p.name == "SUMMARY")
                .unwrap();
            assert_eq!(
                summary.params,
                Some(vec![("LANGUAGE".to_owned(), vec!["en".to_owned()])])
            );
            // Text values come back with their escapes (RFC 5545 3.3.11).
            let description = value(&event.properties, "DESCRIPTION").unwrap();
            assert_eq!(
                description
                    .replace("\\n", "\n")
                    .replace("\\,", ",")
                    .replace("\\;", ";"),
                words.description
            );
            assert!(value(&event.properties, "DTSTAMP").is_some());
            assert!(uids.insert(value(&event.properties, "UID").unwrap()));
            assert_eq!(event.alarms.len(), 1);
            let trigger = value(&event.alarms[0].properties, "TRIGGER").unwrap();
            let expected = match planned {
                // 6 pm the evening before, 9 am on the day (in seconds, as RFC 5545 allows).
                Planned::Session(_) => "-PT21600S",
                Planned::CheckIn { .. } => "PT32400S",
            };
            assert_eq!(trigger, expected);
            assert_eq!(
                value(&event.alarms[0].properties, "ACTION").as_deref(),
                Some("DISPLAY")
            );
        }
    }

    #[test]
    fn ids_are_stable_and_tell_entries_apart() {
        let session = day(2026, 12, 30);
        assert_eq!(
            uid(session, Planned::Session(1)),
            uid(session, Planned::Session(2)),
            "the session's number may change when one is added before it; its day does not"
        );
        let check_in = session + TimeDelta::days(3);
        assert_ne!(
            uid(check_in, Planned::CheckIn { session: 1, day: 3 }),
            uid(check_in, Planned::Session(2))
        );
    }
}
