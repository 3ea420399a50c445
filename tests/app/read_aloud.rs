//! Read-aloud in the whole headless app, through a recording speaker: what was spoken, in
//! which language, in which order, at which speed, and that it stops when the page, the
//! question or the screen changes, when a kiosk visit ends, and where no voice exists.

use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use crate::common::app::{act, frames, headless_app_with, screen, t, temp_dir};
use crate::common::keyboard::{activate, activate_message};
use crate::common::kiosk::{CONFIG, kiosk_app, run_seconds};
use crate::common::quiz::{answer_current, current_item};
use crate::common::reader::visible_names;
use crate::common::touch::{scroll_to_and_tap, tap};
use scarwise::LaunchOptions;
use scarwise::content::Content;
use scarwise::lesson::LessonInput;
use scarwise::notices::{Notice, Notices};
use scarwise::quiz::{ActiveQuiz, QuizInput};
use scarwise::read_aloud::passage::sentences;
use scarwise::read_aloud::{
    Playback, ReadAloud, ReadAloudOffered, RecordingSpeaker, SpeechError, SpeechLog, SpeechOutput,
};
use scarwise::settings::{ReadingSpeed, SettingsEdit};
use scarwise::state::{Nav, Screen};

type Log = Arc<Mutex<SpeechLog>>;

/// The app in `locale`, its voice a recorder with voices for `voices`.
fn app_with_voices(name: &str, locale: &str, voices: &[&str]) -> (App, Log) {
    let mut app = headless_app_with(LaunchOptions {
        memory_only: true,
        locale: Some(locale.to_owned()),
        window: Some((1280, 800)),
        seed: Some(7),
        export_dir: Some(temp_dir(&format!("read-aloud-{name}"))),
        ..default()
    });
    let (speaker, log) = RecordingSpeaker::new(voices);
    app.insert_resource(SpeechOutput::with(speaker));
    (app, log)
}

/// A touch on the control named by message `id`.
fn press_named(app: &mut App, id: &str) {
    let name = t(app, id);
    tap(app, &name);
}

fn spoken(log: &Log) -> Vec<String> {
    log.lock()
        .unwrap()
        .texts()
        .iter()
        .map(|t| t.to_string())
        .collect()
}

/// Lets the voice finish its sentence, and the app move on.
fn finish(app: &mut App, log: &Log) {
    log.lock().unwrap().finish();
    frames(app, 2);
}

fn reading(app: &App) -> Option<scarwise::read_aloud::Reading> {
    app.world().resource::<ReadAloud>().reading.clone()
}

/// The sentences of the lesson page on screen, as "Read aloud" should say them: the title,
/// then each paragraph's sentences.
fn page_sentences(app: &App, module: &str, page: usize) -> Vec<String> {
    let content = app.world().resource::<Content>();
    let page = &content
        .module(module)
        .unwrap()
        .content
        .as_ref()
        .unwrap()
        .pages[page];
    std::iter::once(&page.title)
        .chain(&page.body)
        .flat_map(|id| {
            let text = t(app, id);
            sentences(&text)
                .into_iter()
                .map(|r| text[r].to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn a_lesson_page_is_read_in_order_in_its_language_and_stops_when_the_page_turns() {
    let (mut app, log) = app_with_voices("lesson", "es", &["en", "es"]);
    act(&mut app, Nav::Start);
    act(&mut app, LessonInput::Open("scar-types".into()));
    assert_eq!(screen(&app), Screen::Lesson);
    let expected = page_sentences(&app, "scar-types", 0);
    assert!(expected.len() >= 3, "{expected:?}");

    press_named(&mut app, "read-aloud");
    frames(&mut app, 1);
    for _ in 1..expected.len() {
        finish(&mut app, &log);
    }
    assert_eq!(spoken(&log), expected, "every sentence, once, in order");
    assert!(
        log.lock()
            .unwrap()
            .spoken
            .iter()
            .all(|s| s.language == "es"),
        "spoken in the patient's language"
    );
    // The last sentence is highlighted and counted.
    let names = visible_names(&app);
    let total = expected.len();
    assert!(
        names
            .iter()
            .any(|n| n.contains(&format!("{total} de {total}"))),
        "{names:?}"
    );
    finish(&mut app, &log);
    assert_eq!(reading(&app), None, "done at the end of the page");
    assert_eq!(spoken(&log).len(), expected.len());

    // Again, paused by keyboard and resumed by touch: the paused sentence is read again.
    activate_message(&mut app, "read-aloud");
    finish(&mut app, &log);
    let stops = log.lock().unwrap().stops;
    activate_message(&mut app, "read-aloud-pause");
    assert_eq!(reading(&app).unwrap().playback, Playback::Paused);
    assert!(log.lock().unwrap().stops > stops, "pausing stops the voice");
    frames(&mut app, 5);
    assert_eq!(spoken(&log).len(), total + 2, "nothing spoken while paused");
    press_named(&mut app, "read-aloud-resume");
    frames(&mut app, 1);
    assert_eq!(spoken(&log).last(), Some(&expected[1]));

    // Read from here: a touch on the last paragraph reads from a sentence of it.
    let last = t(&app, page_body(&app).last().unwrap());
    tap(&mut app, &last);
    frames(&mut app, 1);
    let now = reading(&app).expect("reading from the paragraph touched");
    assert_eq!(now.current().unwrap().block, now.passage.blocks.len() - 1);
    assert!(last.contains(spoken(&log).last().unwrap().as_str()));

    // By keyboard: Enter on a paragraph (focusable while a page is read) reads from its start.
    let first = t(&app, &page_body(&app)[0]);
    activate(&mut app, &first, false);
    frames(&mut app, 1);
    let now = reading(&app).expect("reading from the focused paragraph");
    assert_eq!(now.current().unwrap().block, 1);
    assert_eq!(spoken(&log).last(), Some(&expected[1]));

    // Turning the page stops the voice, and nothing more is said.
    let stops = log.lock().unwrap().stops;
    act(&mut app, LessonInput::NextPage);
    assert_eq!(reading(&app), None);
    assert!(
        log.lock().unwrap().stops > stops,
        "the page turn stopped the voice"
    );
    let said = spoken(&log).len();
    finish(&mut app, &log);
    frames(&mut app, 3);
    assert_eq!(spoken(&log).len(), said);
}

fn page_body(app: &App) -> Vec<String> {
    let content = app.world().resource::<Content>();
    let module = content.module("scar-types").unwrap();
    module.content.as_ref().unwrap().pages[0].body.clone()
}

#[test]
fn a_question_reads_its_prompt_and_choices_then_the_answer_and_stops_on_the_next_one() {
    let (mut app, log) = app_with_voices("quiz", "en", &["en"]);
    act(&mut app, SettingsEdit::ReadingSpeed(ReadingSpeed::Slower));
    act(&mut app, Nav::Start);
    act(&mut app, LessonInput::Open("scar-types".into()));
    act(&mut app, QuizInput::Start);
    assert_eq!(screen(&app), Screen::Quiz);
    let item = current_item(&app);
    let prompt = t(&app, &item.prompt);

    press_named(&mut app, "read-aloud");
    frames(&mut app, 1);
    let mut heard = spoken(&log);
    while reading(&app).is_some() {
        finish(&mut app, &log);
        heard = spoken(&log);
    }
    assert!(
        heard[0] == prompt || prompt.starts_with(&heard[0]),
        "{heard:?}"
    );
    // The choices follow the prompt in the order they are shown.
    let quiz = app.world().resource::<ActiveQuiz>();
    let order = quiz.session.as_ref().unwrap().shown_order().to_vec();
    if let scarwise::content::model::QuestionKind::SingleChoice { choices }
    | scarwise::content::model::QuestionKind::MultipleChoice { choices } = &item.kind
    {
        let shown: Vec<String> = order.iter().map(|&i| t(&app, &choices[i].text)).collect();
        let tail: Vec<&String> = heard.iter().rev().take(shown.len()).rev().collect();
        assert_eq!(tail, shown.iter().collect::<Vec<_>>(), "{heard:?}");
    }
    assert!(
        log.lock()
            .unwrap()
            .spoken
            .iter()
            .all(|s| s.speed == ReadingSpeed::Slower),
        "the speed follows the setting"
    );

    // The answer's explanation has its own control, named apart from the question's.
    answer_current(&mut app, false);
    let explanation = t(&app, &item.explanation);
    let before = spoken(&log).len();
    let name = t(&app, "read-aloud-answer");
    scroll_to_and_tap(&mut app, &name);
    frames(&mut app, 1);
    assert_eq!(spoken(&log)[before], t(&app, "quiz-wrong"));
    finish(&mut app, &log);
    assert!(
        explanation.starts_with(spoken(&log)[before + 1].as_str()),
        "{:?}",
        spoken(&log)
    );
    // The next question stops it.
    act(&mut app, QuizInput::Next);
    assert_eq!(reading(&app), None, "the next question stopped the reading");
}

#[test]
fn no_voice_for_the_language_is_said_plainly_with_the_text_version_offered() {
    let (mut app, log) = app_with_voices("no-voice", "fr", &["en"]);
    act(&mut app, Nav::Start);
    act(&mut app, LessonInput::Open("scar-types".into()));
    press_named(&mut app, "read-aloud");
    frames(&mut app, 3);
    assert!(spoken(&log).is_empty());
    let problem = app.world().resource::<ReadAloud>().problem.clone();
    assert!(
        matches!(problem, Some((_, SpeechError::NoVoice))),
        "{problem:?}"
    );
    let names = visible_names(&app);
    assert!(
        names
            .iter()
            .any(|n| n.contains("Français") && n.contains("pas de voix")),
        "{names:?}"
    );
    press_named(&mut app, "read-aloud-text-version");
    frames(&mut app, 2);
    let notices = app.world().resource::<Notices>();
    let saved = notices.0.iter().find_map(|n| match n {
        Notice::TextVersionSaved(path) => Some(path.clone()),
        _ => None,
    });
    let saved = saved.expect("the text version was saved");
    let html = std::fs::read_to_string(&saved).unwrap();
    assert!(html.contains("lang=\"fr\""), "{html:.300}");
    assert!(html.contains("<style>"), "the page stands alone");

    // A device with no speech at all: said once, no error loop, nothing spoken.
    log.lock().unwrap().voices = None;
    act(&mut app, LessonInput::NextPage);
    press_named(&mut app, "read-aloud");
    frames(&mut app, 10);
    let problem = app.world().resource::<ReadAloud>().problem.clone();
    assert!(
        matches!(problem, Some((_, SpeechError::NoSpeech(_)))),
        "{problem:?}"
    );
    assert!(visible_names(&app).contains(&t(&app, "read-aloud-no-speech")));
    assert!(spoken(&log).is_empty());
}

#[test]
fn the_summary_is_read_aloud_and_leaving_the_screen_stops_it() {
    let (mut app, log) = app_with_voices("summary", "zh-Hans", &["zh-CN"]);
    act(&mut app, Nav::Start);
    act(&mut app, Nav::OpenPrepare);
    act(&mut app, Nav::OpenSummary);
    assert_eq!(screen(&app), Screen::Summary);
    press_named(&mut app, "read-aloud");
    frames(&mut app, 1);
    assert_eq!(spoken(&log), [t(&app, "prep-summary-title")]);
    assert_eq!(log.lock().unwrap().spoken[0].language, "zh-Hans");
    finish(&mut app, &log);
    assert_eq!(spoken(&log).len(), 2);
    let stops = log.lock().unwrap().stops;
    act(&mut app, Nav::Back);
    assert_ne!(screen(&app), Screen::Summary);
    assert_eq!(reading(&app), None);
    assert!(log.lock().unwrap().stops > stops);
}

#[test]
fn a_kiosk_reads_aloud_only_when_its_clinic_turns_it_on_and_forgets_it_with_the_visit() {
    let (mut app, _dir) = kiosk_app("no-read-aloud", CONFIG);
    assert!(!app.world().resource::<ReadAloudOffered>().0);
    act(&mut app, Nav::Start);
    act(&mut app, LessonInput::Open("scar-types".into()));
    assert!(!visible_names(&app).contains(&t(&app, "read-aloud")));

    let config = CONFIG.replace("kiosk: true,", "kiosk: true,\n    read_aloud: true,");
    let (mut app, _dir) = kiosk_app("read-aloud", &config);
    let (speaker, log) = RecordingSpeaker::new(&["en"]);
    app.insert_resource(SpeechOutput::with(speaker));
    assert!(app.world().resource::<ReadAloudOffered>().0);
    act(&mut app, Nav::Start);
    act(&mut app, LessonInput::Open("scar-types".into()));
    // By keyboard: a kiosk frame lasts a simulated second, longer than a tap.
    activate_message(&mut app, "read-aloud");
    frames(&mut app, 1);
    assert!(
        reading(&app).is_some(),
        "{:?} {:?} {:?}",
        app.world().resource::<ReadAloud>(),
        spoken(&log),
        screen(&app)
    );
    assert_eq!(spoken(&log).len(), 1);
    // The visitor walks away mid-sentence: the visit ends and the voice stops.
    run_seconds(&mut app, 120);
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(*app.world().resource::<ReadAloud>(), ReadAloud::default());
    assert!(log.lock().unwrap().stops >= 1);
    assert!(!log.lock().unwrap().speaking);
}

#[test]
fn the_sentence_read_is_scrolled_into_view_on_a_phone() {
    let mut app = crate::common::app::headless_app_sized("en", (360, 740));
    let (speaker, _log) = RecordingSpeaker::new(&["en"]);
    app.insert_resource(SpeechOutput::with(speaker));
    act(&mut app, SettingsEdit::ReducedMotion(true));
    act(&mut app, Nav::Start);
    act(&mut app, LessonInput::Open("scar-types".into()));
    let last = t(&app, page_body(&app).last().unwrap());
    let below = crate::common::reader::rect_of(&app, &last).expect("the last paragraph");
    assert!(
        below.y1 > 740.0,
        "the last paragraph starts below the fold: {below:?}"
    );
    // The passages of the last whole frame (the first frame of a screen is its first drawing).
    frames(&mut app, 1);
    let passage = app
        .world()
        .resource::<scarwise::read_aloud::ShownPassages>()
        .passages()
        .first()
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "the page's passage: {:?} on {:?}",
                app.world()
                    .resource::<scarwise::read_aloud::ShownPassages>(),
                screen(&app)
            )
        });
    let block = passage.blocks.len() - 1;
    act(
        &mut app,
        scarwise::read_aloud::ReadAloudInput::Read {
            passage,
            block,
            offset: 0,
        },
    );
    frames(&mut app, 4);
    let shown = crate::common::reader::rect_of(&app, &last).expect("the last paragraph");
    assert!(
        shown.y0 >= 0.0 && shown.y0 < 740.0,
        "the paragraph being read is on screen: {shown:?}"
    );
}
