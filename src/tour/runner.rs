//! Plays the tour's script frame by frame: waits for each screen to settle, sends the app's
//! own actions, plays the quiz and the lesson pages, asks `capture` for the pictures, and
//! quits with an error if any came out blank or never came.

use std::path::Path;

use bevy::prelude::*;

use super::capture::Camera;
use super::script::{Ask, Step, broken_content_errors, kiosk_script, script};
use crate::clinic::KioskMode;
use crate::consult::PrepEdit;
use crate::content::{Content, ContentError, ContentErrors};
use crate::kiosk::{Kiosk, KioskRequest};
use crate::launch::LaunchOptions;
use crate::lesson::{ActiveLesson, LessonInput};
use crate::progress::{ResetProgress, Today};
use crate::quiz::{ActiveQuiz, QuizInput, right_answer, wrong_answer};
use crate::read_aloud::{ReadAloudInput, RecordingSpeaker, ShownPassages, SpeechOutput};
use crate::scenes::SceneState;
use crate::screens::ResetStep;
use crate::settings::SettingsEdit;
use crate::state::{Nav, Screen};

/// Frames to let a screen settle (state change, egui layout) before capturing it.
const SETTLE_FRAMES: u32 = 6;

/// Frames to wait at most for egui's font atlas to settle (a screen that writes new glyphs
/// every frame would never let it).
const MAX_ATLAS_WAITS: u32 = 30;

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

/// The app's messages, which the tour sends as the views would.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct Outbox<'w> {
    nav: MessageWriter<'w, Nav>,
    lesson: MessageWriter<'w, LessonInput>,
    quiz: MessageWriter<'w, QuizInput>,
    settings: MessageWriter<'w, SettingsEdit>,
    prep: MessageWriter<'w, PrepEdit>,
    kiosk: MessageWriter<'w, KioskRequest>,
    reset: MessageWriter<'w, ResetProgress>,
    treatment: MessageWriter<'w, crate::companion::TreatmentEdit>,
    read_aloud: MessageWriter<'w, ReadAloudInput>,
    shown: Res<'w, ShownPassages>,
}

impl Outbox<'_> {
    fn ask(&mut self, ask: Ask) {
        match ask {
            Ask::Nav(m) => drop(self.nav.write(m)),
            Ask::Lesson(m) => drop(self.lesson.write(m)),
            Ask::Quiz(m) => drop(self.quiz.write(m)),
            Ask::Settings(m) => drop(self.settings.write(m)),
            Ask::Prep(m) => drop(self.prep.write(m)),
            Ask::Kiosk(m) => drop(self.kiosk.write(m)),
            Ask::ResetProgress => drop(self.reset.write(ResetProgress)),
            Ask::Treatment(m) => drop(self.treatment.write(m)),
            Ask::ReadAloud(m) => drop(self.read_aloud.write(m)),
        }
    }

    /// Reads the first passage on screen aloud from its block `block`.
    fn read_from(&mut self, block: usize) {
        if let Some(passage) = self.shown.passages().first() {
            self.read_aloud.write(ReadAloudInput::Read {
                passage: passage.clone(),
                block,
                offset: 0,
            });
        }
    }
}

/// Where the tour is in its script.
#[derive(Resource, Default)]
pub(super) struct Tour {
    quiz: QuizPassState,
    steps: Vec<Step>,
    next: usize,
    wait_frames: u32,
    wait_until: f32,
    camera: Camera,
    page_shots: Option<usize>,
    done_frames: u32,
    /// Frames waited in a row for egui's font atlas to settle.
    atlas_waits: u32,
}

impl Tour {
    /// Captures the screen as `name` once it has settled.
    fn shoot(&mut self, commands: &mut Commands, dir: &Path, name: &str) {
        self.camera.capture(commands, dir, name);
        self.wait_frames = SETTLE_FRAMES;
    }
}

pub(super) fn run_tour(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    options: Res<LaunchOptions>,
    screen: Res<State<Screen>>,
    time: Res<Time>,
    quiz: Res<ActiveQuiz>,
    content: Option<Res<Content>>,
    lesson: Res<ActiveLesson>,
    localizer: Res<crate::i18n::Localizer>,
    today: Res<Today>,
    scenes: Res<SceneState>,
    (real, atlas): (Res<Time<Real>>, Res<super::atlas::FontAtlas>),
    (kiosk, kiosk_mode): (Res<Kiosk>, Res<KioskMode>),
    mut send: Outbox,
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
        tour.camera.walk_only = std::env::var_os("SCARWISE_BENCH_NO_SHOTS").is_some();
        tour.steps = if kiosk_mode.0 {
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

    // Egui draws nothing in the frame it begins a new font atlas in (see `atlas`): no step
    // while a screen's words are still going into the atlas.
    if !atlas.steady() && tour.atlas_waits < MAX_ATLAS_WAITS {
        tour.atlas_waits += 1;
        return;
    }
    tour.atlas_waits = 0;

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
        Step::Act(ask) => {
            send.ask(ask);
            tour.wait_frames = 2;
        }
        Step::Shot(name) => {
            let locale = localizer.current().to_string();
            tour.shoot(&mut commands, &dir, &format!("{locale}-{name}"));
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
                        tour.shoot(&mut commands, &dir, &name);
                        return;
                    }
                }
                Stage::Ask => {
                    send.quiz.write(QuizInput::Answer(right_answer(item)));
                    send.quiz.write(QuizInput::Next);
                }
                Stage::Answer => {
                    let answer = if right {
                        right_answer(item)
                    } else {
                        wrong_answer(item)
                    };
                    send.quiz.write(QuizInput::Answer(answer));
                    tour.quiz.stage = Stage::Captured;
                }
                Stage::Captured => {
                    let name = format!("{locale}-quiz-{kind}-{verdict}");
                    tour.shoot(&mut commands, &dir, &name);
                    tour.quiz.stage = Stage::Next;
                    return;
                }
                Stage::Next => {
                    send.quiz.write(QuizInput::Next);
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
                tour.shoot(
                    &mut commands,
                    &dir,
                    &format!("{locale}-lesson-{:02}", shown + 1),
                );
                send.lesson.write(LessonInput::NextPage);
                tour.page_shots = Some(shown + 1);
                tour.next -= 1;
            } else {
                tour.page_shots = None;
            }
        }
        Step::GoTo(to) => {
            change_directly(&mut commands, &mut next_screen, Direct::Screen(to));
            tour.wait_frames = 2;
        }
        Step::ShowReceived => {
            change_directly(&mut commands, &mut next_screen, Direct::Received);
            tour.wait_frames = 2;
        }
        Step::RecordingVoice => {
            let tags: Vec<&str> = crate::i18n::LOCALES.iter().map(|l| l.tag).collect();
            commands.insert_resource(SpeechOutput::with(RecordingSpeaker::new(&tags).0));
        }
        Step::ReadFrom(block) => {
            send.read_from(block);
            tour.wait_frames = 2;
        }
        Step::NextDay => {
            change_directly(&mut commands, &mut next_screen, Direct::Today(today.0 + 1));
        }
        Step::AnswerAll => {
            if let Some(index) = current_item {
                send.quiz
                    .write(QuizInput::Answer(right_answer(&items[index])));
                send.quiz.write(QuizInput::Next);
                tour.next -= 1;
            }
            tour.wait_frames = 2;
        }
        Step::ConfirmReset => {
            change_directly(&mut commands, &mut next_screen, Direct::ConfirmReset);
            tour.wait_frames = 2;
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
                tour.camera
                    .record_failure(missing, "no lesson page holds this scene".to_owned());
                while matches!(tour.steps.get(tour.next), Some(Step::SceneShot(..))) {
                    tour.next += 1;
                }
                return;
            };
            let lesson = ActiveLesson { module, page };
            change_directly(&mut commands, &mut next_screen, Direct::OpenLesson(lesson));
            tour.wait_frames = SETTLE_FRAMES;
        }
        Step::SceneShot(name, set) => {
            let mut state = scenes.clone();
            set(&mut state, real.elapsed_secs_f64());
            change_directly(&mut commands, &mut next_screen, Direct::Scenes(state));
            // Capture once the view has drawn the new state.
            let at = tour.next;
            tour.steps.insert(at, Step::Shot(name));
            tour.wait_frames = SETTLE_FRAMES;
        }
        Step::KioskWarning(seconds) => {
            let mut state = kiosk.clone();
            state.warning_until = Some(real.elapsed_secs_f64() + seconds);
            change_directly(&mut commands, &mut next_screen, Direct::Kiosk(state));
            tour.wait_frames = SETTLE_FRAMES;
        }
        Step::ShowContentError => {
            let errors = broken_content_errors(|id| localizer.has_reference_message(id));
            change_directly(
                &mut commands,
                &mut next_screen,
                Direct::ContentError(errors),
            );
            tour.wait_frames = SETTLE_FRAMES;
        }
    }
}

/// Quits once every screenshot asked for has arrived (or after 600 more frames): with an error
/// if any is blank, unsaved or missing, or a scene had no page.
fn finish(tour: &mut Tour, exit: &mut MessageWriter<AppExit>) {
    let results = tour.camera.results();
    let shots = tour.camera.shots();
    if results
        .iter()
        .filter(|(p, _)| p.extension().is_some())
        .count()
        < shots as usize
        && tour.done_frames < 600
    {
        tour.done_frames += 1;
        return;
    }
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    let missing = (shots as usize).saturating_sub(results.len());
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

/// A change the tour makes by writing the app's state itself: staging what no click can bring
/// about in a screenshot run (a day passing, the idle clock running out, a scene caught
/// mid-animation, broken content files, a view's own confirmation step, a page deep in a
/// module still locked, the title screen again).
enum Direct {
    /// Jump to a screen (the title, which no action leads back to).
    Screen(Screen),
    /// Move the calendar to this day, so missed questions fall due for review.
    Today(u32),
    /// Show the "erase my progress?" question in Settings.
    ConfirmReset,
    /// Open this lesson page (one that holds a scene) on the lesson screen.
    OpenLesson(ActiveLesson),
    /// Put the scenes in this state.
    Scenes(SceneState),
    /// The kiosk in this state (its idle warning up).
    Kiosk(Kiosk),
    /// The summary prepared so far, as a phone opens it from its code's link.
    Received,
    /// The content error screen with these errors.
    ContentError(Vec<ContentError>),
}

/// Every place the tour changes the app directly, writing `NextState<Screen>` or a resource,
/// instead of sending the app's messages (see [`Direct`]).
fn change_directly(commands: &mut Commands, next_screen: &mut NextState<Screen>, change: Direct) {
    match change {
        Direct::Screen(to) => next_screen.set(to),
        Direct::Today(day) => commands.insert_resource(Today(day)),
        Direct::ConfirmReset => commands.insert_resource(ResetStep::Confirm),
        Direct::OpenLesson(lesson) => {
            commands.insert_resource(lesson);
            next_screen.set(Screen::Lesson);
        }
        Direct::Scenes(state) => commands.insert_resource(state),
        Direct::Kiosk(state) => commands.insert_resource(state),
        Direct::Received => {
            commands.queue(|world: &mut World| {
                let Some(content) = world.get_resource::<Content>() else {
                    return;
                };
                let summary = crate::consult::summary(
                    &world.resource::<crate::consult::Prep>().0,
                    world.resource::<crate::progress::PlayerProgress>(),
                    content,
                );
                let language = world
                    .resource::<crate::i18n::Localizer>()
                    .current()
                    .to_string();
                let shared = crate::consult::share::Shared {
                    summary,
                    language,
                    left_out: Vec::new(),
                };
                world.insert_resource(crate::consult::take_home::Received(Some(shared)));
            });
            next_screen.set(Screen::Received);
        }
        Direct::ContentError(errors) => {
            commands.insert_resource(ContentErrors(errors));
            next_screen.set(Screen::ContentError);
        }
    }
}
