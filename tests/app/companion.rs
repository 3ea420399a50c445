//! The treatment companion: session days entered, kept in the save and wiped by reset; the
//! Today card on the journey map in every language; the calendar file; nothing on a kiosk.

use bevy::prelude::*;
use chrono::NaiveDate;

use crate::common::app::{
    act, frames, headless_app_with, loaded_core_app, screen, temp_dir, temp_path,
};
use crate::common::kiosk::core_kiosk_app;
use crate::common::reader::{visible_names, widgets};
use scarwise::LaunchOptions;
use scarwise::companion::{ExportCalendar, LastDateEdit, LocalToday, TreatmentEdit};
use scarwise::lesson::{ActiveLesson, LessonInput};
use scarwise::notices::{Notice, Notices};
use scarwise::progress::{DateRefusal, PlayerProgress, ResetProgress};
use scarwise::state::{Nav, Screen};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn sessions(app: &App) -> Vec<NaiveDate> {
    app.world()
        .resource::<PlayerProgress>()
        .treatment
        .dates()
        .to_vec()
}

/// Today, pinned: the clock never moves it.
fn pin_today(app: &mut App, date: NaiveDate) {
    app.insert_resource(LocalToday::pinned(date));
}

/// Session days are entered on their screen, kept in order, refused plainly when they make
/// no sense, saved at once, and still there after a restart; "Reset my progress" wipes them
/// from the app and from the save.
#[test]
fn session_days_are_kept_on_the_device_and_wiped_by_reset() {
    let data = temp_dir("companion-save");
    let options = LaunchOptions {
        data_dir: Some(data.clone()),
        locale: Some("en".into()),
        ..default()
    };
    let mut app = loaded_core_app(options.clone());
    pin_today(&mut app, day(2026, 12, 2));
    act(&mut app, Nav::Start);
    act(&mut app, Nav::OpenTreatment);
    assert_eq!(screen(&app), Screen::Treatment);
    for date in [day(2026, 12, 30), day(2026, 11, 25), day(2027, 1, 27)] {
        act(&mut app, TreatmentEdit::Add(date));
    }
    assert_eq!(
        sessions(&app),
        [day(2026, 11, 25), day(2026, 12, 30), day(2027, 1, 27)]
    );
    // Several sessions on one day, and a course longer than a year: refused, said why.
    act(&mut app, TreatmentEdit::Add(day(2026, 12, 30)));
    assert_eq!(
        app.world().resource::<LastDateEdit>().0,
        Some((day(2026, 12, 30), Err(DateRefusal::SameDay)))
    );
    act(&mut app, TreatmentEdit::Add(day(2027, 11, 30)));
    assert_eq!(
        app.world().resource::<LastDateEdit>().0,
        Some((day(2027, 11, 30), Err(DateRefusal::LongerThanAYear)))
    );
    assert_eq!(sessions(&app).len(), 3);
    let saved = std::fs::read_to_string(data.join("save.ron")).unwrap();
    assert!(saved.contains("\"2026-12-30\""), "saved at once: {saved}");
    drop(app);

    // Back after a restart.
    let mut app = loaded_core_app(options.clone());
    assert_eq!(sessions(&app).len(), 3);
    act(&mut app, Nav::Start);
    act(&mut app, Nav::OpenTreatment);
    act(&mut app, TreatmentEdit::Remove(day(2026, 11, 25)));
    assert_eq!(sessions(&app), [day(2026, 12, 30), day(2027, 1, 27)]);

    // Reset wipes them with the rest of the progress.
    act(&mut app, Nav::OpenSettings);
    act(&mut app, ResetProgress);
    assert!(sessions(&app).is_empty());
    let saved = std::fs::read_to_string(data.join("save.ron")).unwrap();
    assert!(!saved.contains("2026-12-30"), "{saved}");
    drop(app);
    let app = loaded_core_app(options);
    assert!(sessions(&app).is_empty());
    drop(app);
    std::fs::remove_dir_all(data).unwrap();
}

/// A kiosk never takes session days: its screen does not open, edits are ignored, and
/// nothing reaches a disk.
#[test]
fn a_kiosk_keeps_no_session_days() {
    let (mut app, dir) = core_kiosk_app("companion-kiosk", "(kiosk: true)");
    act(&mut app, Nav::Start);
    assert_eq!(screen(&app), Screen::Journey);
    act(&mut app, Nav::OpenTreatment);
    assert_eq!(screen(&app), Screen::Journey);
    act(&mut app, TreatmentEdit::Add(day(2026, 12, 30)));
    act(&mut app, ExportCalendar);
    assert!(sessions(&app).is_empty());
    assert!(app.world().resource::<Notices>().is_empty());
    assert!(!dir.join("data").join("save.ron").exists());
    drop(app);
    let _ = std::fs::remove_dir_all(dir);
}

/// "Add to my calendar" writes an .ics file of the days ahead, in the patient's language,
/// into the export folder, and says where; with nothing ahead it says so instead.
#[test]
fn the_calendar_file_holds_the_days_ahead_in_the_patients_language() {
    let export = temp_path("companion-ics");
    let mut app = loaded_core_app(LaunchOptions {
        memory_only: true,
        export_dir: Some(export.clone()),
        locale: Some("fr".into()),
        ..default()
    });
    pin_today(&mut app, day(2026, 12, 2));
    act(&mut app, Nav::Start);
    act(&mut app, Nav::OpenTreatment);
    act(&mut app, TreatmentEdit::Add(day(2026, 11, 1)));
    // Only a session in the past: nothing ahead to add.
    act(&mut app, ExportCalendar);
    assert!(matches!(
        app.world().resource::<Notices>().last(),
        Some(Notice::CalendarFailed(_))
    ));
    act(&mut app, TreatmentEdit::Add(day(2026, 12, 30)));
    act(&mut app, ExportCalendar);
    let path = scarwise::companion::saved_calendar(app.world().resource::<Notices>())
        .expect("saved")
        .clone();
    assert!(path.starts_with(&export));
    let text = std::fs::read_to_string(&path).unwrap();
    // Session 2 and its three check-ins (session 1 is past), in French.
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 4, "{text}");
    assert!(text.contains("DTSTART;VALUE=DATE:20261230"), "{text}");
    assert!(text.contains("LANGUAGE=fr"), "{text}");
    assert!(text.contains("Séance de laser 2"), "{text}");
    drop(app);
    std::fs::remove_dir_all(export).unwrap();
}

/// The Today card on the journey map of the whole headless app, at a phone's size, in all
/// four languages: day 2 after session 3 says so, with today's normal and the clinic's
/// phone; its button opens the lesson page that explains it.
#[test]
fn the_today_card_says_where_the_patient_is_in_every_language() {
    let config = temp_dir("companion-clinic").join("clinic.ron");
    std::fs::write(&config, "(phone: \"+1 555 0100\")").unwrap();
    let expected = [
        ("en", "Day 2 after session 3", "Read: day by day"),
        ("fr", "Jour 2 après la séance 3", ""),
        ("es", "Día 2 después de la sesión 3", ""),
        ("zh-Hans", "第 3 次治疗后第 2 天", ""),
    ];
    for (lang, heading, read) in expected {
        let mut app = headless_app_with(LaunchOptions {
            memory_only: true,
            locale: Some(lang.into()),
            window: Some((390, 844)),
            config: Some(config.clone()),
            seed: Some(7),
            ..default()
        });
        pin_today(&mut app, day(2027, 3, 3));
        let mut progress = app.world_mut().resource_mut::<PlayerProgress>();
        for date in [day(2027, 1, 4), day(2027, 2, 1), day(2027, 3, 1)] {
            progress.treatment.add(date, day(2027, 3, 3)).unwrap();
        }
        act(&mut app, Nav::Start);
        frames(&mut app, 2);
        let names = visible_names(&app);
        assert!(
            names.iter().any(|n| n.contains(heading)),
            "{lang}: no {heading:?} in {names:?}"
        );
        assert!(
            names.iter().any(|n| n.contains("+1 555 0100")),
            "{lang}: {names:?}"
        );
        if !read.is_empty() {
            assert!(names.iter().any(|n| n == read), "{names:?}");
            act(
                &mut app,
                LessonInput::OpenPage {
                    module: "downtime".into(),
                    page: "day-by-day".into(),
                },
            );
            assert_eq!(screen(&app), Screen::Lesson);
            let lesson = app.world().resource::<ActiveLesson>();
            assert_eq!(lesson.module, "downtime");
            assert_eq!(lesson.page, 2);
        }
    }
}

/// On the journey map the patient's own course comes first once it has a day; until then
/// the invitation to add one follows the card for preparing the visit.
#[test]
fn the_course_comes_first_on_the_map_once_it_has_a_day() {
    let mut app = headless_app_with(LaunchOptions {
        memory_only: true,
        locale: Some("en".into()),
        window: Some((1280, 3000)),
        seed: Some(7),
        ..default()
    });
    pin_today(&mut app, day(2027, 3, 3));
    act(&mut app, Nav::Start);
    frames(&mut app, 2);
    // How far down the map a text is (the tree is not in reading order).
    let top = |app: &App, text: &str| {
        let found = widgets(app);
        found
            .iter()
            .find(|w| w.name.contains(text))
            .map(|w| w.rect[1])
            .unwrap_or_else(|| panic!("no {text:?} on the map"))
    };
    assert!(top(&app, "Get ready for your visit") < top(&app, "Booked a laser session?"));

    app.world_mut()
        .resource_mut::<PlayerProgress>()
        .treatment
        .add(day(2027, 3, 1), day(2027, 3, 3))
        .unwrap();
    frames(&mut app, 2);
    assert!(top(&app, "Day 2 after session 1") < top(&app, "Get ready for your visit"));
    assert!(
        !visible_names(&app)
            .iter()
            .any(|n| n.contains("Booked a laser session?"))
    );
}
