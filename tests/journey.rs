//! Headless app tests: the whole journey through module 1 driven by the app's own actions,
//! progress surviving a restart, broken content reaching the error screen, and language choice.

use std::path::{Path, PathBuf};
use std::time::Duration;

use bevy::asset::{AssetMetaCheck, AssetPlugin};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;

use scarwise::content::Content;
use scarwise::i18n::Localizer;
use scarwise::progress::{ModuleStatus, Notice, Notices, PlayerProgress, Today, XP_MODULE_BONUS};
use scarwise::quiz::{
    ActiveQuiz, Answered, POINTS_PER_RIGHT_ANSWER, QuizPhase, right_answer, wrong_answer,
};
use scarwise::screens::{Action, LastResult, Screen};
use scarwise::{CorePlugin, LaunchOptions};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarwise-it-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn shipped_assets() -> String {
    format!("{}/assets", env!("CARGO_MANIFEST_DIR"))
}

fn app(options: LaunchOptions, assets: &str) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin {
            file_path: assets.to_owned(),
            meta_check: AssetMetaCheck::Never,
            ..default()
        },
    ))
    .add_plugins(CorePlugin(options))
    .init_resource::<AnsweredLog>()
    .init_resource::<RedrawLog>()
    .add_systems(Last, (log_answers, log_redraws));
    app
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Runs frames until content has loaded (asset loading is asynchronous).
fn wait_for_loading(app: &mut App) {
    for _ in 0..2000 {
        app.update();
        if screen(app) != Screen::Loading {
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("content never finished loading");
}

/// An app on the shipped content that keeps progress in memory, past loading.
fn loaded_memory_app() -> App {
    let mut app = app(
        LaunchOptions {
            memory_only: true,
            ..default()
        },
        &shipped_assets(),
    );
    wait_for_loading(&mut app);
    app
}

/// Writes an action and runs frames for it and the state change it causes to apply.
fn act(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn statuses(app: &App) -> Vec<ModuleStatus> {
    let content = app.world().resource::<Content>();
    let progress = app.world().resource::<PlayerProgress>();
    let order = content.module_order();
    (0..order.len())
        .map(|i| progress.status(&order, i))
        .collect()
}

/// Every `Answered` message the app wrote, in order (messages only live for two frames).
#[derive(Resource, Default)]
struct AnsweredLog(Vec<bool>);

fn log_answers(mut answers: MessageReader<Answered>, mut log: ResMut<AnsweredLog>) {
    log.0.extend(answers.read().map(|a| a.correct));
}

/// How many redraws the app asked for (in reactive mode each one wakes the renderer).
#[derive(Resource, Default)]
struct RedrawLog(usize);

fn log_redraws(
    mut redraws: MessageReader<bevy::window::RequestRedraw>,
    mut log: ResMut<RedrawLog>,
) {
    log.0 += redraws.read().count();
}

fn answered_count(app: &App) -> (usize, usize) {
    let log = &app.world().resource::<AnsweredLog>().0;
    (log.iter().filter(|c| **c).count(), log.len())
}

/// Plays module 1 from the journey map to the results, right on even questions and wrong on
/// odd ones. Returns the number of right answers.
fn play_module_one(app: &mut App) -> u32 {
    act(app, Action::OpenModule("scar-types".into()));
    assert_eq!(screen(app), Screen::Lesson);
    let pages = app
        .world()
        .resource::<Content>()
        .module("scar-types")
        .unwrap()
        .content
        .as_ref()
        .unwrap()
        .pages
        .len();
    assert!(pages >= 5, "module 1 has {pages} pages");
    // Starting the quiz is only offered on the last page, but previous/next move freely.
    act(app, Action::NextPage);
    act(app, Action::PreviousPage);
    assert_eq!(
        app.world()
            .resource::<scarwise::screens::ActiveLesson>()
            .page,
        0
    );
    for _ in 1..pages {
        act(app, Action::NextPage);
    }
    act(app, Action::NextPage);
    assert_eq!(
        app.world()
            .resource::<scarwise::screens::ActiveLesson>()
            .page,
        pages - 1,
        "stops at the last page"
    );

    act(app, Action::StartQuiz);
    assert_eq!(screen(app), Screen::Quiz);
    let items = app
        .world()
        .resource::<Content>()
        .module("scar-types")
        .unwrap()
        .content
        .as_ref()
        .unwrap()
        .quiz
        .clone();
    assert!(items.len() >= 8, "module 1 has {} quiz items", items.len());

    let mut right = 0;
    for turn in 0..items.len() {
        assert_eq!(
            *app.world().resource::<State<QuizPhase>>().get(),
            QuizPhase::Question
        );
        // Moving on before answering does nothing.
        act(app, Action::NextQuestion);
        let session = app
            .world()
            .resource::<ActiveQuiz>()
            .session
            .clone()
            .unwrap();
        assert_eq!(session.progress(), (turn + 1, items.len()));
        let item = &items[session.current_item().unwrap()];
        let answer = if turn % 2 == 0 {
            right += 1;
            right_answer(item)
        } else {
            wrong_answer(item)
        };
        act(app, Action::Answer(answer));
        assert_eq!(
            *app.world().resource::<State<QuizPhase>>().get(),
            QuizPhase::Feedback
        );
        // A second answer to the same question is not taken.
        act(app, Action::Answer(right_answer(item)));
        let session = app
            .world()
            .resource::<ActiveQuiz>()
            .session
            .clone()
            .unwrap();
        assert_eq!(
            session.current_answer().map(|(_, correct)| *correct),
            Some(turn % 2 == 0)
        );
        act(app, Action::NextQuestion);
    }
    assert_eq!(screen(app), Screen::Results);
    right
}

#[test]
fn walks_module_one_from_title_to_results_and_unlocks_module_two() {
    let data = temp_dir("walk");
    let options = LaunchOptions {
        locale: Some("en".into()),
        data_dir: Some(data.clone()),
        seed: Some(42),
        ..default()
    };
    let mut app = app(options.clone(), &shipped_assets());
    wait_for_loading(&mut app);
    assert_eq!(screen(&app), Screen::Title);

    act(&mut app, Action::Start);
    assert_eq!(screen(&app), Screen::Journey);
    use ModuleStatus::*;
    assert_eq!(statuses(&app), [Unlocked, Locked, Locked, Locked, Locked]);

    // A locked module does not open.
    act(&mut app, Action::OpenModule("downtime".into()));
    assert_eq!(screen(&app), Screen::Journey);

    // Settings and About come back to where they were opened.
    act(&mut app, Action::OpenSettings);
    assert_eq!(screen(&app), Screen::Settings);
    act(&mut app, Action::Back);
    assert_eq!(screen(&app), Screen::Journey);
    act(&mut app, Action::OpenAbout);
    assert_eq!(screen(&app), Screen::About);
    act(&mut app, Action::Back);
    assert_eq!(screen(&app), Screen::Journey);

    let right = play_module_one(&mut app);
    let total = app
        .world()
        .resource::<Content>()
        .module("scar-types")
        .unwrap()
        .content
        .as_ref()
        .unwrap()
        .quiz
        .len() as u32;
    let last = app.world().resource::<LastResult>().clone();
    assert_eq!(last.module, "scar-types");
    assert_eq!(last.result.correct, right);
    assert_eq!(last.result.total, total);
    assert_eq!(last.result.points, right * POINTS_PER_RIGHT_ANSWER);
    assert_eq!(last.unlocked.as_deref(), Some("how-pico-works"));
    assert_eq!(answered_count(&app), (right as usize, total as usize));

    act(&mut app, Action::OpenJourney);
    assert_eq!(
        statuses(&app),
        [Completed, Unlocked, Locked, Locked, Locked]
    );
    let progress = app.world().resource::<PlayerProgress>().0.clone();
    assert_eq!(
        progress.total_points,
        right * POINTS_PER_RIGHT_ANSWER + XP_MODULE_BONUS
    );
    // Mastery rose with the right answers and fell a little with the wrong ones.
    let mastery = progress.mastery["scar-types"];
    assert!(mastery > 0 && mastery < 100, "{mastery}");
    // Every missed question waits for review tomorrow.
    let missed = (total - right) as usize;
    let today = app.world().resource::<Today>().0;
    assert_eq!(progress.review.len(), missed);
    assert!(progress.due_reviews(today).is_empty());
    assert_eq!(progress.due_reviews(today + 1).len(), missed);
    assert_eq!(last.new_badges.len(), progress.badges.len());

    // Module end wrote the save; a new app on the same folder finds it all again.
    assert!(data.join("save.ron").exists());
    drop(app);
    let mut again = self::app(options, &shipped_assets());
    wait_for_loading(&mut again);
    act(&mut again, Action::Start);
    assert_eq!(
        statuses(&again),
        [Completed, Unlocked, Locked, Locked, Locked]
    );
    assert_eq!(again.world().resource::<PlayerProgress>().0, progress);

    // Nothing is due today; tomorrow the missed questions come back, and right answers move
    // them up a box.
    act(&mut again, Action::StartReview);
    assert_eq!(screen(&again), Screen::Journey);
    again.world_mut().insert_resource(Today(today + 1));
    act(&mut again, Action::StartReview);
    assert_eq!(screen(&again), Screen::Quiz);
    let quiz = again.world().resource::<ActiveQuiz>().clone();
    assert!(quiz.is_review());
    assert_eq!(quiz.items.len(), missed);
    for _ in 0..missed {
        let quiz = again.world().resource::<ActiveQuiz>().clone();
        let index = quiz.session.as_ref().unwrap().current_item().unwrap();
        act(&mut again, Action::Answer(right_answer(&quiz.items[index])));
        act(&mut again, Action::NextQuestion);
    }
    assert_eq!(screen(&again), Screen::Results);
    let reviewed = again.world().resource::<PlayerProgress>().0.clone();
    assert!(
        reviewed
            .review
            .values()
            .all(|card| card.level == 2 && card.due == today + 3)
    );
    assert_eq!(
        reviewed.total_points,
        progress.total_points + missed as u32 * POINTS_PER_RIGHT_ANSWER
    );
    assert!(reviewed.mastery["scar-types"] > mastery);
    std::fs::remove_dir_all(data).unwrap();
}

#[test]
fn reset_progress_erases_everything_and_is_saved() {
    let data = temp_dir("reset");
    let options = LaunchOptions {
        data_dir: Some(data.clone()),
        seed: Some(1),
        ..default()
    };
    let mut app = app(options.clone(), &shipped_assets());
    wait_for_loading(&mut app);
    act(&mut app, Action::Start);
    play_module_one(&mut app);
    assert!(app.world().resource::<PlayerProgress>().total_points > 0);
    // Only from Settings.
    act(&mut app, Action::ResetProgress);
    assert!(app.world().resource::<PlayerProgress>().total_points > 0);
    act(&mut app, Action::OpenSettings);
    act(&mut app, Action::ResetProgress);
    assert_eq!(
        app.world().resource::<PlayerProgress>().0,
        Default::default()
    );
    drop(app);
    let mut again = self::app(options, &shipped_assets());
    wait_for_loading(&mut again);
    assert_eq!(
        again.world().resource::<PlayerProgress>().0,
        Default::default()
    );
    std::fs::remove_dir_all(data).unwrap();
}

#[test]
fn an_idle_screen_asks_for_no_redraws_and_an_action_does() {
    let mut app = loaded_memory_app();
    app.update();
    let redraws = |app: &App| app.world().resource::<RedrawLog>().0;
    // A simulated idle minute at 60 frames a second: nothing keeps the loop awake.
    let before = redraws(&app);
    for _ in 0..3600 {
        app.update();
    }
    assert_eq!(
        redraws(&app),
        before,
        "an idle title screen asked for redraws"
    );
    // A click (an action) asks for the frames that apply it and show the next screen...
    app.world_mut().write_message(Action::Start);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Journey);
    assert!(
        redraws(&app) > before,
        "the action did not ask for a redraw"
    );
    // ...a few more while the state change settles...
    for _ in 0..5 {
        app.update();
    }
    let settled = redraws(&app);
    assert!(
        settled - before <= 5,
        "{} redraws for one click",
        settled - before
    );
    // ...and then the app rests again.
    for _ in 0..600 {
        app.update();
    }
    assert_eq!(redraws(&app), settled);
}

#[test]
fn same_seed_gives_the_same_quiz_order() {
    let order = |seed| {
        let mut app = app(
            LaunchOptions {
                seed: Some(seed),
                memory_only: true,
                ..default()
            },
            &shipped_assets(),
        );
        wait_for_loading(&mut app);
        act(&mut app, Action::Start);
        act(&mut app, Action::OpenModule("scar-types".into()));
        act(&mut app, Action::StartQuiz);
        app.world()
            .resource::<ActiveQuiz>()
            .session
            .clone()
            .unwrap()
    };
    assert_eq!(order(5), order(5));
    // And the seed is used: other seeds give other orders (one of several could match by
    // chance, not all of them).
    let five = order(5);
    assert!(
        [6, 7, 8].into_iter().any(|seed| order(seed) != five),
        "every seed gave the same order"
    );
}

/// Copies the shipped assets into a temp folder, applying `edit` to one content file.
fn assets_with(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = temp_dir(name);
    let content = dir.join("content");
    std::fs::create_dir_all(&content).unwrap();
    for entry in std::fs::read_dir(Path::new(&shipped_assets()).join("content")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = if path.file_name().unwrap() == file {
            edit(text)
        } else {
            text
        };
        std::fs::write(content.join(path.file_name().unwrap()), text).unwrap();
    }
    dir
}

fn content_errors(assets: &Path) -> Vec<String> {
    let mut app = app(
        LaunchOptions {
            memory_only: true,
            ..default()
        },
        assets.to_str().unwrap(),
    );
    wait_for_loading(&mut app);
    assert_eq!(screen(&app), Screen::ContentError);
    app.world()
        .resource::<scarwise::content::ContentErrors>()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn broken_content_shows_the_error_screen_with_file_and_position() {
    let cases: [(&str, &str, fn(String) -> String, &str); 5] = [
        (
            "broken-ron",
            "scar-types.ron",
            |t| t.replacen("),", ")", 3),
            "content/scar-types.ron:",
        ),
        (
            "unknown-field",
            "modules.ron",
            |t| t.replacen("summary:", "sumary:", 1),
            "sumary",
        ),
        (
            "no-correct-answer",
            "scar-types.ron",
            |t| t.replace("correct: true", "correct: false"),
            "exactly one correct choice, it has 0",
        ),
        (
            "dangling-id",
            "modules.ron",
            |t| t.replace("module-downtime-title", "module-downtime-titel"),
            "\"module-downtime-titel\" is not defined",
        ),
        (
            "missing-file",
            "modules.ron",
            |t| t.replace("scar-types.ron", "no-such-file.ron"),
            "no-such-file.ron",
        ),
    ];
    for (name, file, edit, expected) in cases {
        let assets = assets_with(name, file, edit);
        let errors = content_errors(&assets);
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{name}: expected {expected:?} in {errors:#?}"
        );
        if name != "missing-file" {
            assert!(
                errors
                    .iter()
                    .any(|e| e.starts_with(&format!("content/{file}:"))
                        && e.split(':')
                            .nth(1)
                            .is_some_and(|l| l.parse::<usize>().is_ok())),
                "{name}: no file:line in {errors:#?}"
            );
        }
        std::fs::remove_dir_all(assets).unwrap();
    }
}

#[test]
fn unknown_locale_falls_back_and_tells_the_patient() {
    let options = LaunchOptions {
        locale: Some("xx-klingon".into()),
        system_locales: vec!["es-MX".into()],
        memory_only: true,
        ..default()
    };
    let mut app = app(options, &shipped_assets());
    wait_for_loading(&mut app);
    assert_eq!(
        app.world().resource::<Localizer>().current().to_string(),
        "es"
    );
    assert!(
        app.world()
            .resource::<Notices>()
            .contains(&Notice::UnknownLocale("xx-klingon".into()))
    );

    // Switching language at run time.
    act(&mut app, Action::SetLocale("en".into()));
    let localizer = app.world().resource::<Localizer>();
    assert_eq!(localizer.current().to_string(), "en");
    assert_eq!(localizer.t("title-start"), "Start learning");
}

#[test]
fn unwritable_data_folder_keeps_progress_in_memory() {
    let blocker = temp_dir("blocker");
    std::fs::write(&blocker, b"a file where a folder should be").unwrap();
    let options = LaunchOptions {
        data_dir: Some(blocker.join("data")),
        ..default()
    };
    let mut app = app(options, &shipped_assets());
    wait_for_loading(&mut app);
    assert_eq!(app.world().resource::<Notices>().0, [Notice::MemoryOnly]);
    act(&mut app, Action::Start);
    play_module_one(&mut app);
    assert!(
        app.world()
            .resource::<PlayerProgress>()
            .completed
            .contains_key("scar-types")
    );
    std::fs::remove_file(blocker).unwrap();
}

#[test]
fn every_content_message_exists_in_every_locale() {
    let app = loaded_memory_app();
    assert_eq!(screen(&app), Screen::Title, "shipped content must validate");
    let content = app.world().resource::<Content>();
    let localizer = app.world().resource::<Localizer>();
    let ids = content.message_ids();
    let mut missing = Vec::new();
    for (lang, lacking) in localizer.missing_messages() {
        for id in lacking.iter().filter(|id| ids.contains(id.as_str())) {
            missing.push(format!("{lang}: {id}"));
        }
    }
    assert!(
        missing.is_empty(),
        "content ids missing from locales: {missing:#?}"
    );
    // And every cited tag has a citation.
    assert!(!content.cited_sources().is_empty());
}

/// A patient works through all five modules in order, reading every page and answering every
/// question rightly: each module unlocks the next, and the journey ends fully completed.
#[test]
fn completes_all_five_modules_in_order() {
    let mut app = loaded_memory_app();
    act(&mut app, Action::Start);
    let order: Vec<String> = app
        .world()
        .resource::<Content>()
        .module_order()
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(order.len(), 5);
    for (index, module) in order.iter().enumerate() {
        assert_eq!(statuses(&app)[index], ModuleStatus::Unlocked, "{module}");
        if index + 1 < order.len() {
            assert_eq!(statuses(&app)[index + 1], ModuleStatus::Locked);
        }
        act(&mut app, Action::OpenModule(module.clone()));
        assert_eq!(screen(&app), Screen::Lesson, "{module}");
        let content = app
            .world()
            .resource::<Content>()
            .module(module)
            .unwrap()
            .content
            .clone();
        let content = content.unwrap_or_else(|| panic!("{module} has content"));
        for _ in 1..content.pages.len() {
            act(&mut app, Action::NextPage);
        }
        act(&mut app, Action::StartQuiz);
        assert_eq!(screen(&app), Screen::Quiz, "{module}");
        for _ in 0..content.quiz.len() {
            let session = app
                .world()
                .resource::<ActiveQuiz>()
                .session
                .clone()
                .unwrap();
            let item = &content.quiz[session.current_item().unwrap()];
            act(&mut app, Action::Answer(right_answer(item)));
            act(&mut app, Action::NextQuestion);
        }
        assert_eq!(screen(&app), Screen::Results, "{module}");
        act(&mut app, Action::OpenJourney);
        assert_eq!(statuses(&app)[index], ModuleStatus::Completed, "{module}");
    }
    let progress = app.world().resource::<PlayerProgress>();
    assert!(
        progress.badges.contains("ready-for-consultation"),
        "{:?}",
        progress.badges
    );
}

/// From the map to the consultation summary: questions, flags, skin check and scars chosen
/// by actions; the summary holds them; the PDF export writes a file with the questions' text;
/// an unwritable folder gives a clear notice and loses nothing.
#[test]
fn prepares_a_consultation_summary_and_saves_it_as_pdf() {
    use scarwise::consult::model::Reply;
    use scarwise::consult::{LastExport, Prep, PrepEdit};
    use scarwise::content::model::ScarKind;

    let export = temp_dir("export");
    let mut app = app(
        LaunchOptions {
            memory_only: true,
            export_dir: Some(export.clone()),
            locale: Some("en".into()),
            ..default()
        },
        &shipped_assets(),
    );
    wait_for_loading(&mut app);
    act(&mut app, Action::Start);
    act(&mut app, Action::OpenPrepare);
    assert_eq!(screen(&app), Screen::Prepare);
    // Nothing chosen yet: the summary says so.
    act(&mut app, Action::OpenSummary);
    assert_eq!(screen(&app), Screen::Summary);
    {
        let world = app.world();
        let summary = scarwise::consult::summary(
            &world.resource::<Prep>().0,
            world.resource::<PlayerProgress>(),
            world.resource::<Content>(),
        );
        assert!(summary.no_questions());
    }
    act(&mut app, Action::Back);
    assert_eq!(screen(&app), Screen::Prepare);
    for edit in [
        PrepEdit::ToggleQuestion("prep-q-realistic"),
        PrepEdit::ToggleQuestion("prep-q-sessions"),
        PrepEdit::AddCustom("Can I go to a wedding 3 days later?".into()),
        PrepEdit::Reply("keloids", Reply::Yes),
        PrepEdit::Reply("tan", Reply::No),
        PrepEdit::SkinAnswer(0, 2),
        PrepEdit::SkinAnswer(1, 3),
        PrepEdit::SkinAnswer(2, 3),
        PrepEdit::ToggleScar(ScarKind::Rolling),
    ] {
        act(&mut app, Action::Prep(edit));
    }
    act(&mut app, Action::OpenSummary);
    let (lines, summary) = {
        let world = app.world();
        let summary = scarwise::consult::summary(
            &world.resource::<Prep>().0,
            world.resource::<PlayerProgress>(),
            world.resource::<Content>(),
        );
        let lines = scarwise::consult::summary_lines(&summary, world.resource::<Localizer>());
        (lines, summary)
    };
    assert_eq!(summary.questions, ["prep-q-realistic", "prep-q-sessions"]);
    assert_eq!(summary.flags, [("keloids", Reply::Yes)]);
    assert_eq!(summary.scars, [ScarKind::Rolling]);
    assert_eq!(summary.skin_type, Some(4));
    let text: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("How many sessions will I need")),
        "{text:#?}"
    );
    assert!(text.iter().any(|t| t.contains("wedding 3 days later")));

    act(&mut app, Action::ExportSummary);
    let saved = app.world().resource::<LastExport>().0.clone();
    let path = saved
        .expect("an export ran")
        .expect("the export was written");
    assert!(path.starts_with(&export));
    let bytes = std::fs::read(&path).expect("the PDF can be read back");
    assert!(bytes.starts_with(b"%PDF-"));
    let pdf = scarwise::consult::export::text_lines(&bytes);
    assert!(
        pdf.contains(&"• How many sessions will I need, and how far apart?".to_owned()),
        "{pdf:#?}"
    );
    assert!(pdf.contains(&"• Can I go to a wedding 3 days later?".to_owned()));
    assert!(pdf.contains(&"Things to tell my doctor".to_owned()));

    // A folder that cannot be written: a clear notice, and the preparation is kept.
    let blocked = temp_dir("export-blocked");
    std::fs::write(&blocked, b"a file where the folder should be").unwrap();
    app.insert_resource(LaunchOptions {
        memory_only: true,
        export_dir: Some(blocked.join("inside")),
        ..default()
    });
    act(&mut app, Action::ExportSummary);
    let failed = app.world().resource::<LastExport>().0.clone();
    assert!(matches!(failed, Some(Err(_))), "{failed:?}");
    assert!(
        app.world()
            .resource::<Notices>()
            .iter()
            .any(|n| matches!(n, Notice::ExportFailed(_)))
    );
    assert_eq!(app.world().resource::<Prep>().0.questions.len(), 2);
    let _ = std::fs::remove_dir_all(&export);
    let _ = std::fs::remove_file(&blocked);
}

/// A phone sends the app to the background mid-lesson: the page is saved, and the next start
/// offers to continue there (the journey map's "Continue reading").
#[test]
fn suspending_keeps_the_page_and_the_next_start_continues_there() {
    let dir = temp_dir("bookmark");
    let options = LaunchOptions {
        data_dir: Some(dir.clone()),
        ..default()
    };
    let mut first = app(options.clone(), &shipped_assets());
    wait_for_loading(&mut first);
    act(&mut first, Action::Start);
    act(&mut first, Action::OpenModule("scar-types".into()));
    act(&mut first, Action::NextPage);
    act(&mut first, Action::NextPage);
    first
        .world_mut()
        .write_message(bevy::window::AppLifecycle::WillSuspend);
    first.update();
    let saved = std::fs::read_to_string(dir.join("save.ron")).expect("saved on suspend");
    assert!(saved.contains("bookmark"), "{saved}");
    drop(first);

    let mut again = app(options, &shipped_assets());
    wait_for_loading(&mut again);
    act(&mut again, Action::Start);
    let bookmark = again.world().resource::<PlayerProgress>().bookmark.clone();
    assert_eq!(
        bookmark,
        Some(scarwise::progress::Bookmark {
            module: "scar-types".into(),
            page: 2
        })
    );
    act(&mut again, Action::ContinueLesson);
    assert_eq!(screen(&again), Screen::Lesson);
    let lesson = again.world().resource::<scarwise::screens::ActiveLesson>();
    assert_eq!((lesson.module.as_str(), lesson.page), ("scar-types", 2));
    let _ = std::fs::remove_dir_all(dir);
}
