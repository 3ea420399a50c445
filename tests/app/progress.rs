//! Progress kept safe: a reset from Settings is saved, a folder that cannot be written keeps
//! progress in memory, and a phone sent to the background saves the page it was on.

use bevy::prelude::*;

use crate::common::app::{act, loaded_core_app, screen, send, temp_path};
use crate::common::quiz::play_module_one;
use scarwise::LaunchOptions;
use scarwise::lesson::ActiveLesson;
use scarwise::lesson::LessonInput;
use scarwise::notices::{Notice, Notices};
use scarwise::progress::ResetProgress;
use scarwise::progress::{Bookmark, PlayerProgress};
use scarwise::state::Nav;
use scarwise::state::Screen;

#[test]
fn reset_progress_erases_everything_and_is_saved() {
    let data = temp_path("reset");
    let options = LaunchOptions {
        data_dir: Some(data.clone()),
        seed: Some(1),
        ..default()
    };
    let mut app = loaded_core_app(options.clone());
    act(&mut app, Nav::Start);
    play_module_one(&mut app);
    assert!(app.world().resource::<PlayerProgress>().total_points > 0);
    // Only from Settings.
    act(&mut app, ResetProgress);
    assert!(app.world().resource::<PlayerProgress>().total_points > 0);
    act(&mut app, Nav::OpenSettings);
    act(&mut app, ResetProgress);
    assert_eq!(
        app.world().resource::<PlayerProgress>().0,
        Default::default()
    );
    drop(app);
    let again = loaded_core_app(options);
    assert_eq!(
        again.world().resource::<PlayerProgress>().0,
        Default::default()
    );
    std::fs::remove_dir_all(data).unwrap();
}

#[test]
fn unwritable_data_folder_keeps_progress_in_memory() {
    let blocker = temp_path("blocker");
    std::fs::write(&blocker, b"a file where a folder should be").unwrap();
    let options = LaunchOptions {
        data_dir: Some(blocker.join("data")),
        ..default()
    };
    let mut app = loaded_core_app(options);
    assert_eq!(app.world().resource::<Notices>().0, [Notice::MemoryOnly]);
    act(&mut app, Nav::Start);
    play_module_one(&mut app);
    assert!(
        app.world()
            .resource::<PlayerProgress>()
            .completed
            .contains_key("scar-types")
    );
    std::fs::remove_file(blocker).unwrap();
}

/// A phone sends the app to the background mid-lesson: the page is saved, and the next start
/// offers to continue there (the journey map's "Continue reading").
#[test]
fn suspending_keeps_the_page_and_the_next_start_continues_there() {
    let dir = temp_path("bookmark");
    let options = LaunchOptions {
        data_dir: Some(dir.clone()),
        ..default()
    };
    let mut first = loaded_core_app(options.clone());
    act(&mut first, Nav::Start);
    act(&mut first, LessonInput::Open("scar-types".into()));
    act(&mut first, LessonInput::NextPage);
    act(&mut first, LessonInput::NextPage);
    send(&mut first, bevy::window::AppLifecycle::WillSuspend);
    first.update();
    let saved = std::fs::read_to_string(dir.join("save.ron")).expect("saved on suspend");
    assert!(saved.contains("bookmark"), "{saved}");
    drop(first);

    let mut again = loaded_core_app(options);
    act(&mut again, Nav::Start);
    let bookmark = again.world().resource::<PlayerProgress>().bookmark.clone();
    assert_eq!(
        bookmark,
        Some(Bookmark {
            module: "scar-types".into(),
            page: 2
        })
    );
    act(&mut again, LessonInput::Continue);
    assert_eq!(screen(&again), Screen::Lesson);
    let lesson = again.world().resource::<ActiveLesson>();
    assert_eq!((lesson.module.as_str(), lesson.page), ("scar-types", 2));
    let _ = std::fs::remove_dir_all(dir);
}
