//! The journey through the modules, driven by the app's own actions: module 1 from the
//! title to its results (scoring, unlocking, mastery, missed questions reviewed the next
//! day, all kept over a restart), and all five modules in order.

use bevy::prelude::*;

use crate::common::app::{
    act, core_app, loaded_core_app, loaded_memory_app, screen, shipped_assets, temp_path,
    wait_for_loading,
};
use crate::common::quiz::{
    answer_right_and_next, module_content, module_order, play_module_one, statuses,
};
use scarwise::LaunchOptions;
use scarwise::lesson::LessonInput;
use scarwise::progress::{ModuleStatus, PlayerProgress, Today, XP_MODULE_BONUS};
use scarwise::quiz::LastResult;
use scarwise::quiz::QuizInput;
use scarwise::quiz::{ActiveQuiz, Answered, POINTS_PER_RIGHT_ANSWER};
use scarwise::state::Nav;
use scarwise::state::Screen;

/// Every `Answered` message the app wrote, in order (messages only live for two frames).
#[derive(Resource, Default)]
struct AnsweredLog(Vec<bool>);

fn log_answers(mut answers: MessageReader<Answered>, mut log: ResMut<AnsweredLog>) {
    log.0.extend(answers.read().map(|a| a.correct));
}

fn answered_count(app: &App) -> (usize, usize) {
    let log = &app.world().resource::<AnsweredLog>().0;
    (log.iter().filter(|c| **c).count(), log.len())
}

#[test]
fn walks_module_one_from_title_to_results_and_unlocks_module_two() {
    let data = temp_path("walk");
    let options = LaunchOptions {
        locale: Some("en".into()),
        data_dir: Some(data.clone()),
        seed: Some(42),
        ..default()
    };
    let mut app = core_app(options.clone(), &shipped_assets());
    app.init_resource::<AnsweredLog>()
        .add_systems(Last, log_answers);
    wait_for_loading(&mut app);
    assert_eq!(screen(&app), Screen::Title);

    act(&mut app, Nav::Start);
    assert_eq!(screen(&app), Screen::Journey);
    use ModuleStatus::*;
    assert_eq!(statuses(&app), [Unlocked, Locked, Locked, Locked, Locked]);

    // A locked module does not open.
    act(&mut app, LessonInput::Open("downtime".into()));
    assert_eq!(screen(&app), Screen::Journey);

    // Settings and About come back to where they were opened.
    act(&mut app, Nav::OpenSettings);
    assert_eq!(screen(&app), Screen::Settings);
    act(&mut app, Nav::Back);
    assert_eq!(screen(&app), Screen::Journey);
    act(&mut app, Nav::OpenAbout);
    assert_eq!(screen(&app), Screen::About);
    act(&mut app, Nav::Back);
    assert_eq!(screen(&app), Screen::Journey);

    let right = play_module_one(&mut app);
    let total = module_content(&app, "scar-types").quiz.len() as u32;
    let last = app.world().resource::<LastResult>().clone();
    assert_eq!(last.module, "scar-types");
    assert_eq!(last.result.correct, right);
    assert_eq!(last.result.total, total);
    assert_eq!(last.result.points, right * POINTS_PER_RIGHT_ANSWER);
    assert_eq!(last.unlocked.as_deref(), Some("how-pico-works"));
    assert_eq!(answered_count(&app), (right as usize, total as usize));

    act(&mut app, Nav::OpenJourney);
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
    let mut again = loaded_core_app(options);
    act(&mut again, Nav::Start);
    assert_eq!(
        statuses(&again),
        [Completed, Unlocked, Locked, Locked, Locked]
    );
    assert_eq!(again.world().resource::<PlayerProgress>().0, progress);

    // Nothing is due today; tomorrow the missed questions come back, and right answers move
    // them up a box.
    act(&mut again, QuizInput::StartReview);
    assert_eq!(screen(&again), Screen::Journey);
    again.world_mut().insert_resource(Today(today + 1));
    act(&mut again, QuizInput::StartReview);
    assert_eq!(screen(&again), Screen::Quiz);
    let quiz = again.world().resource::<ActiveQuiz>().clone();
    assert!(quiz.is_review());
    assert_eq!(quiz.items.len(), missed);
    answer_right_and_next(&mut again, missed);
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

/// A patient works through all five modules in order, reading every page and answering every
/// question rightly: each module unlocks the next, and the journey ends fully completed.
#[test]
fn completes_all_five_modules_in_order() {
    let mut app = loaded_memory_app();
    act(&mut app, Nav::Start);
    let order = module_order(&app);
    assert_eq!(order.len(), 5);
    for (index, module) in order.iter().enumerate() {
        assert_eq!(statuses(&app)[index], ModuleStatus::Unlocked, "{module}");
        if index + 1 < order.len() {
            assert_eq!(statuses(&app)[index + 1], ModuleStatus::Locked);
        }
        act(&mut app, LessonInput::Open(module.clone()));
        assert_eq!(screen(&app), Screen::Lesson, "{module}");
        let content = module_content(&app, module);
        for _ in 1..content.pages.len() {
            act(&mut app, LessonInput::NextPage);
        }
        act(&mut app, QuizInput::Start);
        assert_eq!(screen(&app), Screen::Quiz, "{module}");
        answer_right_and_next(&mut app, content.quiz.len());
        assert_eq!(screen(&app), Screen::Results, "{module}");
        act(&mut app, Nav::OpenJourney);
        assert_eq!(statuses(&app)[index], ModuleStatus::Completed, "{module}");
    }
    let progress = app.world().resource::<PlayerProgress>();
    assert!(
        progress.badges.contains("ready-for-consultation"),
        "{:?}",
        progress.badges
    );
}
