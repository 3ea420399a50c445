//! The screenshot tour: walks every screen of the journey in English and Spanish with the
//! app's own actions, saves a PNG of each, and fails if any comes out blank.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::winit::WinitSettings;

use crate::LaunchOptions;
use crate::consult::PrepEdit;
use crate::consult::model::Reply;
use crate::content::model::{ScarKind, Scene};
use crate::content::{
    BADGES_PATH, Content, ContentErrors, ContentLibrary, MODULE_INDEX_PATH, SOURCES_PATH,
};
use crate::progress::{PlayerProgress, Today};
use crate::quiz::{ActiveQuiz, right_answer, wrong_answer};
use crate::scenes::SceneState;
use crate::scenes::pico::fractional::Lens;
use crate::scenes::pico::pulse::{self, Target};
use crate::scenes::routine::rules::Bin;
use crate::scenes::scar::sort;
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
    /// Open the lesson page that holds a scene.
    OpenScene(Scene),
    /// Put a scene in a state (given the app time, for animations), then capture it.
    SceneShot(&'static str, fn(&mut SceneState, f64)),
    /// Kiosk: bring up "Are you still there?" with this many seconds left.
    KioskWarning(f64),
}

/// The kiosk's screens (with `--kiosk`): attract, a visit, the idle warning, the PIN pad and
/// the admin screen.
fn kiosk_script() -> Vec<Step> {
    use Step::*;
    vec![
        Shot("kiosk-attract"),
        Act(Action::SetLocale("es".into())),
        Shot("kiosk-attract"),
        Act(Action::SetLocale("en".into())),
        Act(Action::Start),
        Shot("kiosk-journey"),
        KioskWarning(12.0),
        Shot("kiosk-still-there"),
        Act(Action::StillHere),
        Act(Action::OpenAdmin),
        Act(Action::AdminDigit(1)),
        Act(Action::AdminDigit(2)),
        Shot("kiosk-pin-pad"),
        Act(Action::AdminDigit(3)),
        Act(Action::AdminDigit(4)),
        Act(Action::AdminEnter),
        Shot("kiosk-pin-wrong"),
        Pause(2.2),
        Act(Action::AdminDigit(2)),
        Act(Action::AdminDigit(4)),
        Act(Action::AdminDigit(6)),
        Act(Action::AdminDigit(8)),
        Act(Action::AdminEnter),
        Shot("kiosk-admin"),
        Act(Action::CloseAdmin),
        Shot("kiosk-attract-after-admin"),
    ]
}

/// Every scene in the states a patient would see, captured in English; in Spanish, one state
/// each.
fn scene_steps(all_states: bool) -> Vec<Step> {
    use Step::*;
    type Set = fn(&mut SceneState, f64);
    let fresh: Set = |s, _| *s = SceneState::default();
    let mut shots: Vec<(Scene, Vec<(&'static str, Set)>)> = vec![
        (
            Scene::ScarExplorer,
            vec![
                ("explorer-rolling", |s, _| {
                    s.explorer = Some(ScarKind::Rolling);
                }),
                ("explorer-start", fresh),
                ("explorer-keloid", |s, _| {
                    s.explorer = Some(ScarKind::Keloid);
                }),
            ],
        ),
        (
            Scene::SideLight,
            vec![
                ("side-light-low", |s, _| s.light_degrees = 15.0),
                ("side-light-above", |s, _| s.light_degrees = 90.0),
            ],
        ),
        (
            Scene::ScarSort,
            vec![
                ("sort-right", |s, _| {
                    s.sort = default();
                    s.sort.place(sort::ORDER[0]);
                }),
                ("sort-start", |s, _| s.sort = default()),
                ("sort-wrong", |s, _| {
                    s.sort = default();
                    s.sort.place(sort::ORDER[0]);
                    s.sort.place(sort::ORDER[0]);
                }),
                ("sort-done", |s, _| {
                    s.sort = default();
                    for kind in sort::ORDER {
                        s.sort.place(kind);
                    }
                }),
            ],
        ),
        (
            Scene::PulseLength,
            vec![
                ("pulse-pico-after", |s, now| {
                    s.pulse.pulse_s = pulse::PICO_PULSE_S;
                    s.pulse.fired_at = Some(now - 10.0);
                }),
                ("pulse-before", |s, _| s.pulse = default()),
                ("pulse-nano-after", |s, now| {
                    s.pulse = default();
                    s.pulse.fired_at = Some(now - 10.0);
                }),
                ("pulse-pico-during", |s, now| {
                    s.pulse.pulse_s = pulse::PICO_PULSE_S;
                    s.pulse.fired_at = Some(now - 0.7);
                }),
                ("pulse-tissue-pico-after", |s, now| {
                    s.pulse.pulse_s = pulse::PICO_PULSE_S;
                    s.pulse.target = Target::ScarTissue;
                    s.pulse.fired_at = Some(now - 10.0);
                }),
            ],
        ),
        (
            Scene::Wavelength,
            vec![
                ("wavelength-1064", |s, _| {
                    s.wavelength_nm = 1064;
                    s.tone = 5;
                }),
                ("wavelength-532", |s, _| {
                    s.wavelength_nm = 532;
                    s.tone = 0;
                }),
            ],
        ),
        (
            Scene::FractionalLens,
            vec![
                ("lens-diffractive-after", |s, now| {
                    s.lens = Lens::Diffractive;
                    s.lens_fired_at = Some(now - 10.0);
                }),
                ("lens-none-after", |s, now| {
                    s.lens = Lens::None;
                    s.lens_fired_at = Some(now - 10.0);
                }),
                ("lens-microlens-after", |s, now| {
                    s.lens = Lens::MicroLens;
                    s.lens_fired_at = Some(now - 10.0);
                    s.tone = 4;
                }),
            ],
        ),
        (
            Scene::Remodelling,
            vec![
                ("remodel-week-24", |s, _| s.weeks = 24.0),
                ("remodel-week-0", |s, _| s.weeks = 0.0),
                ("remodel-week-10", |s, _| s.weeks = 10.0),
            ],
        ),
        (
            Scene::DowntimeTimeline,
            vec![
                ("timeline-day-2", |s, _| s.day = 2),
                ("timeline-day-0", |s, _| s.day = 0),
                ("timeline-day-7", |s, _| s.day = 7),
                ("timeline-day-28", |s, _| {
                    s.day = 28;
                    s.tone = 5;
                }),
            ],
        ),
        (
            Scene::EventPlanner,
            vec![
                ("planner-1-day", |s, _| s.event_in = 1),
                ("planner-10-days", |s, _| s.event_in = 10),
            ],
        ),
        (
            Scene::RoutineGame,
            vec![
                ("routine-wrong", |s, _| {
                    s.routine = default();
                    s.routine.place(Bin::AskClinic);
                }),
                ("routine-right", |s, _| {
                    s.routine = default();
                    s.routine.place(Bin::Do);
                }),
                ("routine-done", |s, _| {
                    s.routine = default();
                    while let Some(item) = s.routine.current() {
                        s.routine.place(item.bin);
                    }
                }),
            ],
        ),
    ];
    if !all_states {
        for (_, states) in &mut shots {
            states.truncate(1);
        }
    }
    let mut steps = Vec::new();
    for (scene, states) in shots {
        steps.push(OpenScene(scene));
        for (name, set) in states {
            steps.push(SceneShot(name, set));
        }
    }
    steps.push(SceneShot("scenes-reset", fresh));
    steps
}

/// Every screen once more in each shipped language, at 200 % text and then in high contrast.
fn access_steps(locale: &str) -> Vec<Step> {
    use Step::*;
    let mut steps = vec![ResetProgress, Act(Action::SetLocale(locale.to_owned()))];
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
            Act(Action::SetTextScale(scale)),
            Act(Action::SetHighContrast(contrast)),
            ResetProgress,
            GoTo(Screen::Title),
            Shot(title),
            Act(Action::Start),
            Shot(journey),
            Act(Action::OpenModule(TOUR_MODULE.to_owned())),
            Act(Action::NextPage),
            Shot(lesson),
            OpenScene(Scene::SideLight),
            Shot(scene),
            Act(Action::StartQuiz),
            Shot(question),
            AnswerAll,
            Pause(3.0),
            Shot(results),
            Act(Action::OpenSettings),
            Shot(settings),
            Act(Action::Back),
            Act(Action::OpenPrepare),
            Shot(prepare),
            Act(Action::OpenJourney),
        ]);
    }
    steps.extend([
        Act(Action::SetTextScale(1.0)),
        Act(Action::SetHighContrast(false)),
    ]);
    steps
}

/// The screens to capture: everything in every shipped language (scenes in all their states
/// in English), then each language at 200 % text and in high contrast. `brief` (phone sizes)
/// keeps English and one state per scene.
fn script(brief: bool) -> Vec<Step> {
    use Step::*;
    let mut steps = Vec::new();
    let locales: Vec<&str> = if brief {
        vec!["en"]
    } else {
        crate::i18n::LOCALES.iter().map(|l| l.tag).collect()
    };
    for locale in locales {
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
            Act(Action::OpenPrepare),
            Shot("prepare"),
            Act(Action::OpenSummary),
            Shot("summary-empty"),
            Act(Action::Back),
            Act(Action::Prep(PrepEdit::ToggleQuestion("prep-q-realistic"))),
            Act(Action::Prep(PrepEdit::ToggleQuestion("prep-q-sessions"))),
            Act(Action::Prep(PrepEdit::ToggleQuestion("prep-q-call-when"))),
            Act(Action::Prep(PrepEdit::Reply(
                "isotretinoin",
                Reply::NotSure,
            ))),
            Act(Action::Prep(PrepEdit::Reply("keloids", Reply::No))),
            Act(Action::Prep(PrepEdit::Reply("cold-sores", Reply::Yes))),
            Act(Action::Prep(PrepEdit::SkinAnswer(0, 3))),
            Act(Action::Prep(PrepEdit::SkinAnswer(1, 4))),
            Act(Action::Prep(PrepEdit::SkinAnswer(2, 3))),
            Act(Action::Prep(PrepEdit::ToggleScar(ScarKind::Rolling))),
            Act(Action::Prep(PrepEdit::ToggleScar(ScarKind::Boxcar))),
            Shot("prepare-filled"),
            Act(Action::OpenSummary),
            Shot("summary"),
            Act(Action::Prep(PrepEdit::Clear)),
            Act(Action::OpenJourney),
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
    /// `SCARWISE_BENCH_NO_SHOTS=1`: walk and draw every screen as the tour does, but take no
    /// screenshots (the benchmark's memory walk: a patient takes none).
    walk_only: bool,
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
    scenes: Res<SceneState>,
    real: Res<Time<Real>>,
    kiosk: Res<crate::clinic::Kiosk>,
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
        tour.walk_only = std::env::var_os("SCARWISE_BENCH_NO_SHOTS").is_some();
        tour.steps = if kiosk.on {
            kiosk_script()
        } else {
            script(options.tour_brief)
        };
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
        Step::OpenScene(scene) => {
            let found = content.modules.iter().find_map(|m| {
                let pages = &m.content.as_ref()?.pages;
                let page = pages.iter().position(|p| p.scene == Some(scene))?;
                Some((m.entry.id.clone(), page))
            });
            let Some((module, page)) = found else {
                // Record the failure, skip this scene's shots and go on with the others.
                let missing = dir.join(format!("{scene:?}"));
                tour.results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((missing, Err("no lesson page holds this scene".to_owned())));
                while matches!(tour.steps.get(tour.next), Some(Step::SceneShot(..))) {
                    tour.next += 1;
                }
                return;
            };
            commands.insert_resource(crate::screens::ActiveLesson { module, page });
            next_screen.set(Screen::Lesson);
            tour.wait_frames = SETTLE_FRAMES;
        }
        Step::SceneShot(name, set) => {
            let mut state = scenes.clone();
            set(&mut state, real.elapsed_secs_f64());
            commands.insert_resource(state);
            // Capture once the view has drawn the new state.
            let at = tour.next;
            tour.steps.insert(at, Step::Shot(name));
            tour.wait_frames = SETTLE_FRAMES;
        }
        Step::KioskWarning(seconds) => {
            let mut state = kiosk.clone();
            state.warning_until = Some(real.elapsed_secs_f64() + seconds);
            commands.insert_resource(state);
            tour.wait_frames = SETTLE_FRAMES;
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
    tour.wait_frames = SETTLE_FRAMES;
    if tour.walk_only {
        results
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path, Ok(())));
        return;
    }
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
    if results
        .iter()
        .filter(|(p, _)| p.extension().is_some())
        .count()
        < tour.shots as usize
        && tour.done_frames < 600
    {
        tour.done_frames += 1;
        return;
    }
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    let missing = (tour.shots as usize).saturating_sub(results.len());
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
