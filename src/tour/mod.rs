//! The screenshot tour: walks every screen of the journey in English and Spanish with the
//! app's own actions, saves a PNG of each, and fails if any comes out blank.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::winit::WinitSettings;

use crate::LaunchOptions;
use crate::content::{
    BADGES_PATH, Content, ContentErrors, ContentLibrary, MODULE_INDEX_PATH, SOURCES_PATH,
};
use crate::progress::{PlayerProgress, Today};
use crate::quiz::{ActiveQuiz, right_answer, wrong_answer};
use crate::screens::{Action, Screen};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::continuous())
        .init_resource::<Tour>()
        .add_systems(Update, run_tour.after(crate::AppSystems::Update));
}

/// The module the tour walks through.
const TOUR_MODULE: &str = "scar-types";
/// Frames to let a screen settle (state change, egui layout) before capturing it.
const SETTLE_FRAMES: u32 = 6;

#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    Shot(&'static str),
    /// Real seconds to wait (for the celebration to finish).
    Pause(f32),
    /// Play the whole quiz. The first question of each kind is captured unanswered (on the
    /// first pass) and answered right (`true`) or wrong (`false`); the others are answered
    /// right without a picture.
    QuizPass(bool),
    /// Walk the current module's lesson pages, one shot each.
    LessonPages,
    /// A fresh visitor for the next language.
    ResetProgress,
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
}

fn script() -> Vec<Step> {
    use Step::*;
    let mut steps = Vec::new();
    for locale in ["en", "es"] {
        steps.extend([
            ResetProgress,
            Act(Action::SetLocale(locale.to_owned())),
            GoTo(Screen::Title),
            Shot("title"),
            Act(Action::Start),
            Shot("journey"),
            Act(Action::OpenModule(TOUR_MODULE.to_owned())),
            LessonPages,
            Act(Action::StartQuiz),
            QuizPass(true),
            Pause(0.3),
            Shot("results-celebrating"),
            Pause(3.0),
            Shot("results"),
            Act(Action::StartQuiz),
            QuizPass(false),
            Pause(3.0),
            Shot("results-retake"),
            Act(Action::OpenJourney),
            Shot("journey-after-module-1"),
            NextDay,
            Shot("journey-review-due"),
            Act(Action::StartReview),
            Shot("review-question"),
            AnswerAll,
            Pause(3.0),
            Shot("review-results"),
            Act(Action::OpenJourney),
            Act(Action::OpenSettings),
            Shot("settings"),
            ConfirmReset,
            Shot("settings-reset-confirm"),
            Act(Action::SetTextScale(2.0)),
            Shot("settings-text-200"),
            Act(Action::Back),
            Shot("journey-text-200"),
            Act(Action::OpenSettings),
            Act(Action::SetTextScale(1.0)),
            Act(Action::Back),
            Act(Action::OpenAbout),
            Shot("about"),
            Act(Action::Back),
        ]);
    }
    steps.push(ShowContentError);
    steps.push(Shot("content-error"));
    steps
}

/// Where a quiz pass is with the question on screen.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Stage {
    #[default]
    Ask,
    Answer,
    Captured,
    Next,
}

#[derive(Default)]
struct QuizPassState {
    /// Question kinds already captured in this pass.
    seen: std::collections::BTreeSet<&'static str>,
    stage: Stage,
}

fn kind_name(kind: &crate::content::model::QuestionKind) -> &'static str {
    use crate::content::model::QuestionKind::*;
    match kind {
        SingleChoice { .. } => "single-choice",
        MultipleChoice { .. } => "multiple-choice",
        TrueFalse { .. } => "true-false",
        Hotspot { .. } => "hotspot",
        Ordering { .. } => "ordering",
    }
}

#[derive(Resource, Default)]
struct Tour {
    quiz: QuizPassState,
    steps: Vec<Step>,
    next: usize,
    wait_frames: u32,
    wait_until: f32,
    shots: u32,
    page_shots: Option<usize>,
    results: Arc<Mutex<Vec<(PathBuf, Result<(), String>)>>>,
    done_frames: u32,
}

fn run_tour(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    options: Res<LaunchOptions>,
    screen: Res<State<Screen>>,
    time: Res<Time>,
    quiz: Res<ActiveQuiz>,
    content: Option<Res<Content>>,
    lesson: Res<crate::screens::ActiveLesson>,
    localizer: Res<crate::i18n::Localizer>,
    today: Res<Today>,
    mut actions: MessageWriter<Action>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(dir) = options.tour.clone() else {
        return;
    };
    if matches!(screen.get(), Screen::Loading) {
        return;
    }
    if tour.steps.is_empty() && tour.next == 0 {
        if let Err(err) = std::fs::create_dir_all(&dir) {
            error!("tour: cannot create {}: {err}", dir.display());
            exit.write(AppExit::error());
            return;
        }
        tour.steps = script();
        tour.wait_frames = SETTLE_FRAMES;
    }
    if tour.wait_frames > 0 {
        tour.wait_frames -= 1;
        return;
    }
    if time.elapsed_secs() < tour.wait_until {
        return;
    }

    let Some(step) = tour.steps.get(tour.next).cloned() else {
        finish(&mut tour, &mut exit);
        return;
    };
    let Some(content) = content else {
        error!("tour: content did not load");
        exit.write(AppExit::error());
        return;
    };
    let items = &quiz.items;
    let current_item = quiz.session.as_ref().and_then(|s| s.current_item());

    tour.next += 1;
    match step {
        Step::Act(action) => {
            actions.write(action);
            tour.wait_frames = 2;
        }
        Step::Shot(name) => {
            let locale = localizer.current().to_string();
            capture(&mut commands, &mut tour, &dir, &format!("{locale}-{name}"));
        }
        Step::Pause(seconds) => tour.wait_until = time.elapsed_secs() + seconds,
        Step::QuizPass(right) => {
            let Some(index) = current_item else {
                tour.quiz = QuizPassState::default();
                tour.wait_frames = 2;
                return;
            };
            // Come back to this step until the quiz is over.
            tour.next -= 1;
            let item = &items[index];
            let kind = kind_name(&item.kind);
            let locale = localizer.current().to_string();
            let verdict = if right { "right" } else { "wrong" };
            let stage = tour.quiz.stage;
            match stage {
                Stage::Ask if tour.quiz.seen.insert(kind) => {
                    tour.quiz.stage = Stage::Answer;
                    if right {
                        let name = format!("{locale}-quiz-{kind}-unanswered");
                        capture(&mut commands, &mut tour, &dir, &name);
                        return;
                    }
                }
                Stage::Ask => {
                    actions.write(Action::Answer(right_answer(item)));
                    actions.write(Action::NextQuestion);
                }
                Stage::Answer => {
                    let answer = if right {
                        right_answer(item)
                    } else {
                        wrong_answer(item)
                    };
                    actions.write(Action::Answer(answer));
                    tour.quiz.stage = Stage::Captured;
                }
                Stage::Captured => {
                    let name = format!("{locale}-quiz-{kind}-{verdict}");
                    capture(&mut commands, &mut tour, &dir, &name);
                    tour.quiz.stage = Stage::Next;
                    return;
                }
                Stage::Next => {
                    actions.write(Action::NextQuestion);
                    tour.quiz.stage = Stage::Ask;
                }
            }
            tour.wait_frames = 2;
        }
        Step::LessonPages => {
            let pages = content
                .module(&lesson.module)
                .and_then(|m| m.content.as_ref())
                .map_or(0, |c| c.pages.len());
            let shown = tour.page_shots.unwrap_or(0);
            if shown < pages {
                let locale = localizer.current().to_string();
                capture(
                    &mut commands,
                    &mut tour,
                    &dir,
                    &format!("{locale}-lesson-{:02}", shown + 1),
                );
                actions.write(Action::NextPage);
                tour.page_shots = Some(shown + 1);
                tour.next -= 1;
            } else {
                tour.page_shots = None;
            }
        }
        Step::GoTo(to) => {
            next_screen.set(to);
            tour.wait_frames = 2;
        }
        Step::NextDay => {
            commands.insert_resource(Today(today.0 + 1));
        }
        Step::AnswerAll => {
            if let Some(index) = current_item {
                actions.write(Action::Answer(right_answer(&items[index])));
                actions.write(Action::NextQuestion);
                tour.next -= 1;
            }
            tour.wait_frames = 2;
        }
        Step::ConfirmReset => {
            commands.insert_resource(crate::screens::ResetStep::Confirm);
            tour.wait_frames = 2;
        }
        Step::ResetProgress => {
            commands.insert_resource(PlayerProgress::default());
        }
        Step::ShowContentError => {
            let errors = broken_content_errors(&localizer);
            commands.insert_resource(ContentErrors(errors));
            next_screen.set(Screen::ContentError);
            tour.wait_frames = SETTLE_FRAMES;
        }
    }
}

/// Validation errors of the shipped content with a field of the index misspelt.
fn broken_content_errors(localizer: &crate::i18n::Localizer) -> Vec<crate::content::ContentError> {
    let index = include_str!("../../assets/content/modules.ron").replacen("summary:", "sumary:", 1);
    let sources = include_str!("../../assets/content/sources.ron");
    let badges = include_str!("../../assets/content/badges.ron");
    let files = [
        (MODULE_INDEX_PATH, index),
        (SOURCES_PATH, sources.to_owned()),
        (BADGES_PATH, badges.to_owned()),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_owned(), t))
    .collect();
    ContentLibrary::from_files(&files, |id| localizer.has_reference_message(id)).unwrap_err()
}

fn capture(commands: &mut Commands, tour: &mut Tour, dir: &std::path::Path, name: &str) {
    tour.shots += 1;
    let path = dir.join(format!("{:02}-{name}.png", tour.shots));
    let results = tour.results.clone();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>| {
            let outcome = check_and_save(&captured.image, &path);
            match &outcome {
                Ok(()) => info!("tour: saved {}", path.display()),
                Err(err) => error!("tour: {}: {err}", path.display()),
            }
            results
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((path.clone(), outcome));
        },
    );
    tour.wait_frames = SETTLE_FRAMES;
}

/// Saves the screenshot, failing if it is blank (one colour nearly everywhere).
fn check_and_save(image: &Image, path: &std::path::Path) -> Result<(), String> {
    let dynamic = image
        .clone()
        .try_into_dynamic()
        .map_err(|e| format!("not an image: {e}"))?;
    let rgb = dynamic.to_rgb8();
    let blank = blank_fraction(rgb.as_raw());
    rgb.save(path).map_err(|e| format!("cannot save: {e}"))?;
    if blank > 0.995 {
        return Err(format!("blank screen ({:.1} % one colour)", blank * 100.0));
    }
    Ok(())
}

/// The share of pixels that have the most common colour.
pub fn blank_fraction(rgb: &[u8]) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for pixel in rgb.chunks_exact(3) {
        *counts
            .entry([pixel[0], pixel[1], pixel[2]])
            .or_insert(0usize) += 1;
    }
    let total = rgb.len() / 3;
    counts
        .values()
        .max()
        .map_or(1.0, |&most| most as f64 / total.max(1) as f64)
}

fn finish(tour: &mut Tour, exit: &mut MessageWriter<AppExit>) {
    let results = tour
        .results
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    if (results.len() as u32) < tour.shots && tour.done_frames < 600 {
        tour.done_frames += 1;
        return;
    }
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    let missing = tour.shots as usize - results.len();
    info!(
        "tour: {} screenshots, {} blank or unsaved, {missing} never captured",
        results.len(),
        failed.len()
    );
    if failed.is_empty() && missing == 0 {
        exit.write(AppExit::Success);
    } else {
        for (path, err) in failed {
            error!("tour: {}: {err:?}", path.display());
        }
        exit.write(AppExit::error());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_fraction_tells_blank_from_drawn() {
        let blank = vec![30u8; 300];
        assert_eq!(blank_fraction(&blank), 1.0);
        let mut drawn = blank.clone();
        drawn[..30].fill(200);
        assert!((blank_fraction(&drawn) - 0.9).abs() < 1e-9);
    }
}
