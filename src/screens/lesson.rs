//! A lesson page: a drawing, a few short paragraphs, the sources, and the way on.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::parts::top_bar;
use super::read_aloud::Voice;
use crate::lesson::ActiveLesson;
use crate::lesson::LessonInput;
use crate::quiz::QuizInput;
use crate::state::Nav;

use crate::content::Content;
use crate::i18n::{Localizer, args};
use crate::illustration;
use crate::read_aloud::Passage;
use crate::scenes::{self, ClinicAdvice, SceneCtx, SceneState};
use crate::settings::Settings;
use crate::theme::widgets::{page, primary_button, secondary_button, sources_line};
use crate::theme::{Palette, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Res<Content>,
    lesson: Res<ActiveLesson>,
    mut scenes: ResMut<SceneState>,
    settings: Res<Settings>,
    clinic: Res<crate::clinic::Clinic>,
    progress: Res<crate::progress::PlayerProgress>,
    today: Res<crate::companion::LocalToday>,
    time: Res<Time<Real>>,
    mut turn: MessageWriter<LessonInput>,
    mut play: MessageWriter<QuizInput>,
    mut nav: MessageWriter<Nav>,
    mut voice: Voice,
) -> Result {
    let Some(module) = content.module(&lesson.module) else {
        return Ok(());
    };
    let Some(pages) = module.content.as_ref().map(|c| &c.pages) else {
        return Ok(());
    };
    let Some(lesson_page) = pages.get(lesson.page) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let is_last = lesson.page + 1 == pages.len();
    // What "Read aloud" reads: the page's title, then its paragraphs.
    let passage = Passage {
        key: format!("lesson/{}/{}", lesson.module, lesson.page),
        language: loc.current().to_string(),
        blocks: std::iter::once(&lesson_page.title)
            .chain(&lesson_page.body)
            .map(|id| loc.t(id))
            .collect(),
        module: Some(lesson.module.clone()),
    };
    page(ctx, |ui| {
        top_bar(ui, &loc, &mut nav, true);
        ui.label(
            egui::RichText::new(format!(
                "{}  ·  {}",
                loc.t(&module.entry.title),
                loc.t_args(
                    "lesson-page-of",
                    &args(&[
                        ("page", (lesson.page + 1).into()),
                        ("pages", pages.len().into())
                    ]),
                )
            ))
            .color(c(Palette::of(ui).text_muted)),
        );
        voice.heading(ui, &passage, 0, 1);
        voice.controls(ui, &loc, &passage);
        if let Some(illustration) = lesson_page.illustration {
            let max_height = (ui.ctx().content_rect().height() * 0.32).min(280.0);
            illustration::show(ui, &loc, illustration, max_height);
        }
        for block in 1..passage.blocks.len() {
            voice.paragraph(ui, &passage, block);
        }
        // A scene's paragraphs say what to try, so they come first.
        if let Some(scene) = lesson_page.scene {
            let max_height = (ui.ctx().content_rect().height() * 0.36).min(320.0);
            // Change detection only when the scene really changed something.
            let mut state = scenes.as_ref().clone();
            scenes::show(
                ui,
                scene,
                &mut SceneCtx {
                    loc: &loc,
                    state: &mut state,
                    now: time.elapsed_secs_f64(),
                    reduced_motion: settings.reduced_motion,
                    max_height,
                    clinic: ClinicAdvice::from_config(&clinic.config),
                    session: next_session(progress.treatment.dates(), today.date),
                },
            );
            scenes.set_if_neq(state);
        }

        // The consultation module leads to the preparation it talks about.
        if lesson.module == "consultation"
            && secondary_button(ui, &loc.t("prep-card-title")).clicked()
        {
            nav.write(Nav::OpenPrepare);
        }
        sources_line(ui, &loc, &lesson_page.sources);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if lesson.page > 0 && secondary_button(ui, &loc.t("lesson-previous")).clicked() {
                turn.write(LessonInput::PreviousPage);
            }
            if is_last {
                if primary_button(ui, &loc.t("lesson-start-quiz")).clicked() {
                    play.write(QuizInput::Start);
                }
            } else if primary_button(ui, &loc.t("lesson-next")).clicked() {
                turn.write(LessonInput::NextPage);
            }
        });
    });
    Ok(())
}

/// The first of the patient's session days from `today` on.
fn next_session(
    sessions: &[chrono::NaiveDate],
    today: chrono::NaiveDate,
) -> Option<chrono::NaiveDate> {
    sessions.iter().copied().find(|d| *d >= today)
}
