//! What the tour shows: the list of steps, screen by screen, for the app, the phone sizes
//! and the kiosk. Plain data; `runner` plays it and `capture` takes the pictures.

mod scenes;

use crate::companion::TreatmentEdit;
use crate::consult::PrepEdit;
use crate::consult::model::Reply;
use crate::content::model::{ScarKind, Scene};
use crate::content::profile::MarkColour;
use crate::content::{BADGES_PATH, ContentError, ContentLibrary, MODULE_INDEX_PATH, SOURCES_PATH};
use crate::kiosk::KioskRequest;
use crate::lesson::LessonInput;
use crate::quiz::QuizInput;
use crate::read_aloud::ReadAloudInput;
use crate::scenes::SceneState;
use crate::settings::SettingsEdit;
use crate::state::{Nav, Screen};
use scenes::scene_steps;

/// The module the tour walks through.
const TOUR_MODULE: &str = "scar-types";

/// A message the tour sends, as the click on a view would.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ask {
    Nav(Nav),
    Lesson(LessonInput),
    Quiz(QuizInput),
    Settings(SettingsEdit),
    Prep(PrepEdit),
    Kiosk(KioskRequest),
    /// Erase the progress (in Settings, where it is offered): a fresh visitor for the next
    /// language.
    ResetProgress,
    Treatment(TreatmentEdit),
    ReadAloud(ReadAloudInput),
}

macro_rules! ask_from {
    ($($variant:ident($message:ty)),*) => {
        $(impl From<$message> for Ask {
            fn from(message: $message) -> Self {
                Ask::$variant(message)
            }
        })*
    };
}

ask_from!(
    Nav(Nav),
    Lesson(LessonInput),
    Quiz(QuizInput),
    Settings(SettingsEdit),
    Prep(PrepEdit),
    Kiosk(KioskRequest),
    Treatment(TreatmentEdit),
    ReadAloud(ReadAloudInput)
);

#[derive(Debug, Clone)]
pub(super) enum Step {
    Act(Ask),
    Shot(&'static str),
    /// Real seconds to wait (for the celebration to finish).
    Pause(f32),
    /// Play the whole quiz. The first question of each kind is captured unanswered (on the
    /// first pass) and answered right (`true`) or wrong (`false`); the others are answered
    /// right without a picture.
    QuizPass(bool),
    /// Walk the current module's lesson pages, one shot each.
    LessonPages,
    /// Move the calendar a day on, so missed questions fall due for review.
    NextDay,
    /// Answer every remaining question rightly.
    AnswerAll,
    /// Show the "erase my progress?" question in Settings.
    ConfirmReset,
    /// Jump to a screen no action leads back to (the title).
    GoTo(Screen),
    /// The error screen, fed by validating a deliberately broken copy of the index.
    ShowContentError,
    /// Open the lesson page that holds a scene.
    OpenScene(Scene),
    /// Put a scene in a state (given the app time, for animations), then capture it.
    SceneShot(&'static str, fn(&mut SceneState, f64)),
    /// Kiosk: bring up "Are you still there?" with this many seconds left.
    KioskWarning(f64),
    /// The summary prepared so far, opened as from its code's link on a phone.
    ShowReceived,
    /// From now on, a recording voice that never ends its sentence (read-aloud's pictures are
    /// then the same on every machine, with or without a speech service).
    RecordingVoice,
    /// Read the passage on screen aloud from its block `n` (the picture shows that block's
    /// first sentence highlighted).
    ReadFrom(usize),
}

/// The kiosk's screens (with `--kiosk`): attract, a visit, the idle warning, the PIN pad and
/// the admin screen.
pub(super) fn kiosk_script() -> Vec<Step> {
    use Step::*;
    vec![
        Shot("kiosk-attract"),
        Act(SettingsEdit::Locale("es".into()).into()),
        Shot("kiosk-attract"),
        Act(SettingsEdit::Locale("en".into()).into()),
        Act(Nav::Start.into()),
        Shot("kiosk-journey"),
        // The summary and its code, which opens it on the visitor's phone (the sample clinic
        // names its web build's address).
        Act(Nav::OpenPrepare.into()),
        Act(PrepEdit::ToggleQuestion("prep-q-realistic").into()),
        Act(PrepEdit::Reply("keloids", Reply::Yes).into()),
        Act(Nav::OpenSummary.into()),
        Shot("kiosk-summary"),
        Act(Nav::OpenJourney.into()),
        KioskWarning(12.0),
        Shot("kiosk-still-there"),
        Act(KioskRequest::StillHere.into()),
        Act(KioskRequest::OpenAdmin.into()),
        Act(KioskRequest::Digit(1).into()),
        Act(KioskRequest::Digit(2).into()),
        Shot("kiosk-pin-pad"),
        Act(KioskRequest::Digit(3).into()),
        Act(KioskRequest::Digit(4).into()),
        Act(KioskRequest::Enter.into()),
        Shot("kiosk-pin-wrong"),
        Pause(2.2),
        Act(KioskRequest::Digit(2).into()),
        Act(KioskRequest::Digit(4).into()),
        Act(KioskRequest::Digit(6).into()),
        Act(KioskRequest::Digit(8).into()),
        Act(KioskRequest::Enter.into()),
        Shot("kiosk-admin"),
        Act(KioskRequest::CloseAdmin.into()),
        Shot("kiosk-attract-after-admin"),
    ]
}

/// Every screen once more in each shipped language, at 200 % text and then in high contrast.
fn access_steps(locale: &str) -> Vec<Step> {
    use Step::*;
    let mut steps = vec![
        Act(Nav::OpenSettings.into()),
        Act(Ask::ResetProgress),
        Act(Nav::Back.into()),
        Act(SettingsEdit::Locale(locale.to_owned()).into()),
    ];
    let sets: [(f32, bool, [&'static str; 8]); 2] = [
        (
            2.0,
            false,
            [
                "text200-title",
                "text200-journey",
                "text200-lesson",
                "text200-scene",
                "text200-question",
                "text200-results",
                "text200-settings",
                "text200-prepare",
            ],
        ),
        (
            1.0,
            true,
            [
                "contrast-title",
                "contrast-journey",
                "contrast-lesson",
                "contrast-scene",
                "contrast-question",
                "contrast-results",
                "contrast-settings",
                "contrast-prepare",
            ],
        ),
    ];
    for (
        scale,
        contrast,
        [
            title,
            journey,
            lesson,
            scene,
            question,
            results,
            settings,
            prepare,
        ],
    ) in sets
    {
        steps.extend([
            Act(SettingsEdit::TextScale(scale).into()),
            Act(SettingsEdit::HighContrast(contrast).into()),
            Act(Nav::OpenSettings.into()),
            Act(Ask::ResetProgress),
            Act(Nav::Back.into()),
            GoTo(Screen::Title),
            Shot(title),
            Act(Nav::Start.into()),
            Shot(journey),
            Act(LessonInput::Open(TOUR_MODULE.to_owned()).into()),
            Act(LessonInput::NextPage.into()),
            Shot(lesson),
            OpenScene(Scene::SideLight),
            Shot(scene),
            Act(QuizInput::Start.into()),
            Shot(question),
            AnswerAll,
            Pause(3.0),
            Shot(results),
            Act(Nav::OpenSettings.into()),
            Shot(settings),
            Act(Nav::Back.into()),
            Act(Nav::OpenPrepare.into()),
            Shot(prepare),
            Act(Nav::OpenJourney.into()),
        ]);
    }
    steps.extend([
        Act(SettingsEdit::TextScale(1.0).into()),
        Act(SettingsEdit::HighContrast(false).into()),
    ]);
    steps
}

/// The screens to capture: everything in every shipped language (scenes in all their states
/// in English), then each language at 200 % text and in high contrast. `brief` (phone sizes)
/// keeps English and one state per scene.
pub(super) fn script(brief: bool) -> Vec<Step> {
    use Step::*;
    let mut steps = Vec::new();
    let locales: Vec<&str> = if brief {
        vec!["en"]
    } else {
        crate::i18n::LOCALES.iter().map(|l| l.tag).collect()
    };
    for locale in locales {
        steps.extend([
            Act(Nav::OpenSettings.into()),
            Act(Ask::ResetProgress),
            Act(Nav::Back.into()),
            Act(SettingsEdit::Locale(locale.to_owned()).into()),
            GoTo(Screen::Title),
            Shot("title"),
            Act(Nav::Start.into()),
            Shot("journey"),
            Act(LessonInput::Open(TOUR_MODULE.to_owned()).into()),
            RecordingVoice,
            ReadFrom(2),
            Shot("lesson-read-aloud"),
            Act(ReadAloudInput::Stop.into()),
            LessonPages,
            Act(QuizInput::Start.into()),
            QuizPass(true),
            Pause(0.3),
            Shot("results-celebrating"),
            Pause(3.0),
            Shot("results"),
            Act(QuizInput::Start.into()),
            QuizPass(false),
            Pause(3.0),
            Shot("results-retake"),
            Act(Nav::OpenJourney.into()),
            Shot("journey-after-module-1"),
            NextDay,
            Shot("journey-review-due"),
            Act(QuizInput::StartReview.into()),
            Shot("review-question"),
            AnswerAll,
            Pause(3.0),
            Shot("review-results"),
            Act(Nav::OpenJourney.into()),
            Act(Nav::OpenSettings.into()),
            Shot("settings"),
            ConfirmReset,
            Shot("settings-reset-confirm"),
            Act(SettingsEdit::TextScale(2.0).into()),
            Shot("settings-text-200"),
            Act(Nav::Back.into()),
            Shot("journey-text-200"),
            Act(Nav::OpenSettings.into()),
            Act(SettingsEdit::TextScale(1.0).into()),
            Act(Nav::Back.into()),
            Act(Nav::OpenAbout.into()),
            Shot("about"),
            Act(Nav::Back.into()),
            Act(Nav::OpenPrepare.into()),
            Shot("prepare"),
            Act(Nav::OpenSummary.into()),
            Shot("summary-empty"),
            Act(Nav::Back.into()),
            Act(PrepEdit::ToggleQuestion("prep-q-realistic").into()),
            Act(PrepEdit::ToggleQuestion("prep-q-sessions").into()),
            Act(PrepEdit::ToggleQuestion("prep-q-call-when").into()),
            Act(PrepEdit::Reply("isotretinoin", Reply::NotSure).into()),
            Act(PrepEdit::Reply("keloids", Reply::No).into()),
            Act(PrepEdit::Reply("cold-sores", Reply::Yes).into()),
            Act(PrepEdit::SkinAnswer(0, 3).into()),
            Act(PrepEdit::SkinAnswer(1, 4).into()),
            Act(PrepEdit::SkinAnswer(2, 3).into()),
            Act(PrepEdit::ToggleScar(ScarKind::Rolling).into()),
            Act(PrepEdit::ToggleScar(ScarKind::Boxcar).into()),
            Act(PrepEdit::ToggleMark(MarkColour::Red).into()),
            Shot("prepare-filled"),
            Act(Nav::OpenSummary.into()),
            Shot("summary"),
            ShowReceived,
            Shot("summary-received"),
            Act(Nav::Start.into()),
            // After the consultation: three session days, today two days after the third.
            Act(Nav::OpenTreatment.into()),
            Shot("treatment-empty"),
            Act(TreatmentEdit::Add(tour_day(-56)).into()),
            Act(TreatmentEdit::Add(tour_day(-28)).into()),
            Act(TreatmentEdit::Add(tour_day(-2)).into()),
            Act(TreatmentEdit::Add(tour_day(26)).into()),
            Shot("treatment"),
            Act(Nav::OpenJourney.into()),
            Shot("journey-today"),
            Act(PrepEdit::Clear.into()),
            Act(Nav::OpenJourney.into()),
        ]);
        steps.extend(scene_steps(locale == "en" && !brief));
    }
    if !brief {
        for locale in crate::i18n::LOCALES {
            steps.extend(access_steps(locale.tag));
        }
    }
    steps.push(ShowContentError);
    steps.push(Shot("content-error"));
    steps
}

/// The day `offset` days from the tour's today.
fn tour_day(offset: i64) -> chrono::NaiveDate {
    let (y, m, d) = super::TOUR_TODAY;
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default() + chrono::TimeDelta::days(offset)
}

/// Validation errors of the shipped content with a field of the index misspelt.
/// `has_message` says whether the reference locale defines a message id.
pub(super) fn broken_content_errors(has_message: impl Fn(&str) -> bool) -> Vec<ContentError> {
    let index =
        include_str!("../../../assets/content/modules.ron").replacen("summary:", "sumary:", 1);
    let sources = include_str!("../../../assets/content/sources.ron");
    let badges = include_str!("../../../assets/content/badges.ron");
    let files = [
        (MODULE_INDEX_PATH, index),
        (SOURCES_PATH, sources.to_owned()),
        (BADGES_PATH, badges.to_owned()),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_owned(), t))
    .collect();
    ContentLibrary::from_files(&files, has_message).unwrap_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names a script's pictures are saved under, in order (lesson pages and questions
    /// are named as they are played).
    fn shot_names(steps: &[Step]) -> Vec<&'static str> {
        steps
            .iter()
            .filter_map(|step| match step {
                Step::Shot(name) | Step::SceneShot(name, _) => Some(*name),
                _ => None,
            })
            .collect()
    }

    fn locales_set(steps: &[Step]) -> Vec<&str> {
        steps
            .iter()
            .filter_map(|step| match step {
                Step::Act(Ask::Settings(SettingsEdit::Locale(tag))) => Some(tag.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_brief_tour_keeps_its_shots_and_their_order() {
        assert_eq!(
            shot_names(&script(true)),
            [
                "title",
                "journey",
                "lesson-read-aloud",
                "results-celebrating",
                "results",
                "results-retake",
                "journey-after-module-1",
                "journey-review-due",
                "review-question",
                "review-results",
                "settings",
                "settings-reset-confirm",
                "settings-text-200",
                "journey-text-200",
                "about",
                "prepare",
                "summary-empty",
                "prepare-filled",
                "summary",
                "summary-received",
                "treatment-empty",
                "treatment",
                "journey-today",
                "explorer-rolling",
                "side-light-low",
                "sort-right",
                "pulse-pico-after",
                "wavelength-1064",
                "lens-diffractive-after",
                "remodel-week-24",
                "timeline-day-2",
                "planner-1-day",
                "routine-wrong",
                "scenes-reset",
                "content-error",
            ]
        );
        assert_eq!(locales_set(&script(true)), ["en"]);
    }

    #[test]
    fn the_full_tour_walks_every_language_then_each_at_200_percent_and_in_contrast() {
        let steps = script(false);
        let tags: Vec<&str> = crate::i18n::LOCALES.iter().map(|l| l.tag).collect();
        assert_eq!(locales_set(&steps), [tags.clone(), tags.clone()].concat());
        let names = shot_names(&steps);
        let count = |prefix: &str| names.iter().filter(|n| n.starts_with(prefix)).count();
        assert_eq!(count("text200-"), 8 * tags.len());
        assert_eq!(count("contrast-"), 8 * tags.len());
        // Every state of a scene in English only; the first state in every language.
        assert_eq!(count("explorer-keloid"), 1);
        assert_eq!(count("explorer-rolling"), tags.len());
        assert_eq!(names.last(), Some(&"content-error"));
    }

    #[test]
    fn the_kiosk_script_types_the_pin_the_tour_script_hashes() {
        let steps = kiosk_script();
        let after_wrong_pin = steps
            .iter()
            .position(|s| matches!(s, Step::Shot("kiosk-pin-wrong")))
            .unwrap();
        let digits: Vec<u8> = steps[after_wrong_pin..]
            .iter()
            .map_while(|s| match s {
                Step::Act(Ask::Kiosk(KioskRequest::Digit(d))) => Some(Some(*d)),
                Step::Act(Ask::Kiosk(KioskRequest::Enter)) => None,
                _ => Some(None),
            })
            .flatten()
            .collect();
        // scripts/tour.sh gives the kiosk's copy of the sample clinic the hash of 2468.
        assert_eq!(digits, [2, 4, 6, 8]);
        assert_eq!(
            shot_names(&steps).last(),
            Some(&"kiosk-attract-after-admin")
        );
    }

    #[test]
    fn the_broken_index_is_reported_at_its_misspelt_field() {
        let errors = broken_content_errors(|_| true);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, MODULE_INDEX_PATH);
        assert!(errors[0].message.contains("sumary"), "{}", errors[0]);
        assert!(errors[0].position.is_some());
    }
}
