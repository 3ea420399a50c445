//! A quiz question, then feedback on the answer: right or wrong in words and a mark (never
//! colour alone), why, and the sources. Every kind is answered by tapping buttons (which the
//! keyboard reaches too); nothing needs dragging.

use std::collections::BTreeSet;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::parts::top_bar;
use super::read_aloud::Voice;
use crate::quiz::QuizInput;
use crate::read_aloud::Passage;
use crate::state::Nav;

use crate::content::model::{QuestionKind, QuizItem};
use crate::content::profile::Drawing;
use crate::i18n::{Localizer, args};
use crate::illustration::{self, Labels, spot_letter};
use crate::quiz::{ActiveQuiz, Answer, right_answer};
use crate::theme::widgets::{
    card, page, paragraph, primary_button, secondary_button, sources_line,
};
use crate::theme::{Palette, TARGET_SIZE, bold, c};

/// An answer being put together before it is checked: the choices ticked so far, or the
/// steps in their current order. Reset for every question.
#[derive(Resource, Default, Debug, PartialEq)]
pub struct AnswerDraft {
    /// Which question (module, position) this draft belongs to.
    question: Option<(String, usize)>,
    selected: BTreeSet<usize>,
    arrangement: Vec<usize>,
}

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    quiz: Res<ActiveQuiz>,
    mut draft: ResMut<AnswerDraft>,
    mut nav: MessageWriter<Nav>,
    mut play: MessageWriter<QuizInput>,
    mut voice: Voice,
) -> Result {
    let Some(session) = quiz.session.as_ref() else {
        return Ok(());
    };
    let Some(item) = session.current_item().and_then(|i| quiz.items.get(i)) else {
        return Ok(());
    };
    let (number, total) = session.progress();
    let question = Some((quiz.module.clone(), number));
    if draft.question != question {
        *draft = AnswerDraft {
            question,
            selected: BTreeSet::new(),
            arrangement: session.shown_order().to_vec(),
        };
    }
    let given = session.current_answer().cloned();
    // What "Read aloud" reads: the prompt, then the choices as shown.
    let mut blocks = vec![loc.t(&item.prompt)];
    match &item.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            blocks.extend(
                session
                    .shown_order()
                    .iter()
                    .map(|&i| loc.t(&choices[i].text)),
            );
        }
        QuestionKind::TrueFalse { .. } => {
            blocks.extend([loc.t("quiz-true"), loc.t("quiz-false")]);
        }
        QuestionKind::Ordering { steps } => {
            blocks.extend(
                draft
                    .arrangement
                    .iter()
                    .filter_map(|&i| steps.get(i))
                    .map(|s| loc.t(s)),
            );
        }
        QuestionKind::Hotspot { .. } => {}
    }
    let question_passage = Passage {
        key: format!("quiz/{}/{number}", quiz.module),
        language: loc.current().to_string(),
        blocks,
        module: Some(quiz.module.clone()),
    };
    let read_option = voice
        .read_block(&question_passage)
        .filter(|&block| block > 0)
        .and_then(|block| question_passage.blocks.get(block).cloned());

    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    page(ctx, |ui| {
        top_bar(ui, &loc, &mut nav, true);
        ui.label(
            egui::RichText::new(loc.t_args(
                "quiz-question-of",
                &args(&[("number", number.into()), ("total", total.into())]),
            ))
            .color(c(palette.text_muted)),
        );
        ui.add(
            egui::ProgressBar::new(number as f32 / total as f32)
                .desired_height(8.0)
                .fill(c(palette.accent)),
        );
        voice.heading(ui, &question_passage, 0, 1);
        voice.controls(ui, &loc, &question_passage);
        let max_height = (ui.ctx().content_rect().height() * 0.32).min(280.0);
        if let Some(illustration) = item.illustration {
            illustration::show_with(ui, &loc, illustration, max_height, Labels::Shapes);
        }
        ui.add_space(4.0);

        let answer = match &item.kind {
            QuestionKind::SingleChoice { choices } => {
                let options = session
                    .shown_order()
                    .iter()
                    .map(|&i| (loc.t(&choices[i].text), Answer::Choice(i)));
                pick_one(ui, item, options, given.as_ref(), read_option.as_deref())
            }
            QuestionKind::TrueFalse { .. } => {
                let options = [
                    (loc.t("quiz-true"), Answer::TrueFalse(true)),
                    (loc.t("quiz-false"), Answer::TrueFalse(false)),
                ];
                pick_one(
                    ui,
                    item,
                    options.into_iter(),
                    given.as_ref(),
                    read_option.as_deref(),
                )
            }
            QuestionKind::MultipleChoice { choices } => {
                let labels: Vec<(usize, String)> = session
                    .shown_order()
                    .iter()
                    .map(|&i| (i, loc.t(&choices[i].text)))
                    .collect();
                let right: BTreeSet<usize> =
                    (0..choices.len()).filter(|&i| choices[i].correct).collect();
                pick_several(
                    ui,
                    &loc,
                    &labels,
                    &right,
                    &mut draft,
                    given.as_ref(),
                    read_option.as_deref(),
                )
            }
            QuestionKind::Hotspot { picture, target } => {
                hotspot(ui, &loc, *picture, *target, max_height, given.as_ref())
            }
            QuestionKind::Ordering { steps } => {
                put_in_order(ui, &loc, steps, &mut draft, given.as_ref())
            }
        };
        if let Some(answer) = answer
            && given.is_none()
        {
            play.write(QuizInput::Answer(answer));
        }

        if let Some((_, correct)) = &given {
            let answer_passage = answer_passage(&loc, &quiz.module, number, item, *correct);
            feedback(ui, &loc, item, *correct, &mut voice, &answer_passage);
            ui.add_space(8.0);
            let label = if number == total {
                loc.t("quiz-see-results")
            } else {
                loc.t("quiz-next")
            };
            if primary_button(ui, &label).clicked() {
                play.write(QuizInput::Next);
            }
        }
    });
    Ok(())
}

/// Full-width option buttons; once answered, the right one gets a ✔ and a wrong pick a ✘.
fn option_button(
    ui: &mut egui::Ui,
    text: &str,
    state: Mark,
    selected: bool,
    several: bool,
    read: bool,
) -> egui::Response {
    let palette = Palette::of(ui);
    let (fill, mark) = match state {
        Mark::Right => (palette.right_soft, "✔ "),
        Mark::Wrong => (palette.wrong_soft, "✘ "),
        Mark::None if selected => (palette.accent_soft, "☑ "),
        Mark::None => (palette.surface, ""),
    };
    let stroke = if selected {
        palette.accent
    } else {
        palette.border
    };
    // Answered options stay readable (not greyed out); further clicks are ignored.
    let response = ui.add(
        egui::Button::new(egui::RichText::new(format!("{mark}{text}")))
            .fill(c(fill))
            .stroke(egui::Stroke::new(
                if selected { 2.0 } else { 1.0 },
                c(stroke),
            ))
            .wrap()
            .min_size(egui::vec2(ui.available_width(), TARGET_SIZE)),
    );
    if read {
        // Read aloud now: a thick accent outline around the option.
        ui.painter().rect_stroke(
            response.rect.expand(2.0),
            6.0,
            egui::Stroke::new(3.0, c(palette.accent)),
            egui::StrokeKind::Outside,
        );
    }
    // Readers hear the option's words, whether it is picked (a radio button of one answer, a
    // check box of select-all), and after the answer which one was right.
    let verdict = match state {
        Mark::Right => "✔ ",
        Mark::Wrong => "✘ ",
        Mark::None => "",
    };
    response.widget_info(|| {
        let kind = if several {
            egui::WidgetType::Checkbox
        } else {
            egui::WidgetType::RadioButton
        };
        egui::WidgetInfo::selected(kind, true, selected, format!("{verdict}{text}"))
    });
    response
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    Right,
    Wrong,
}

fn pick_one(
    ui: &mut egui::Ui,
    item: &QuizItem,
    options: impl Iterator<Item = (String, Answer)>,
    given: Option<&(Answer, bool)>,
    read: Option<&str>,
) -> Option<Answer> {
    let right = right_answer(item);
    let mut picked = None;
    for (label, answer) in options {
        let mark = match given {
            Some(_) if answer == right => Mark::Right,
            Some((chosen, false)) if *chosen == answer => Mark::Wrong,
            _ => Mark::None,
        };
        let chosen = matches!(given, Some((chosen, _)) if *chosen == answer);
        let being_read = read == Some(label.as_str());
        if option_button(ui, &label, mark, chosen, false, being_read).clicked() {
            picked = Some(answer);
        }
    }
    picked
}

fn pick_several(
    ui: &mut egui::Ui,
    loc: &Localizer,
    labels: &[(usize, String)],
    right: &BTreeSet<usize>,
    draft: &mut AnswerDraft,
    given: Option<&(Answer, bool)>,
    read: Option<&str>,
) -> Option<Answer> {
    paragraph(ui, &loc.t("quiz-select-all"));
    let chosen: BTreeSet<usize> = match given {
        Some((Answer::Choices(chosen), _)) => chosen.iter().copied().collect(),
        _ => draft.selected.clone(),
    };
    for (index, label) in labels {
        let selected = chosen.contains(index);
        let mark = match given {
            Some(_) if right.contains(index) => Mark::Right,
            Some(_) if selected => Mark::Wrong,
            _ => Mark::None,
        };
        let being_read = read == Some(label.as_str());
        let toggled =
            option_button(ui, label, mark, selected, true, being_read).clicked() && given.is_none();
        if toggled && !draft.selected.remove(index) {
            draft.selected.insert(*index);
        }
    }
    if given.is_some() {
        return None;
    }
    ui.add_space(4.0);
    // Always readable and enabled: with nothing ticked yet, checking simply waits.
    let ready = !draft.selected.is_empty();
    let check = primary_button(ui, &loc.t("quiz-check"));
    (check.clicked() && ready).then(|| Answer::Choices(draft.selected.iter().copied().collect()))
}

fn hotspot(
    ui: &mut egui::Ui,
    loc: &Localizer,
    picture: crate::content::model::Illustration,
    target: crate::content::model::ScarKind,
    max_height: f32,
    given: Option<&(Answer, bool)>,
) -> Option<Answer> {
    let tapped = illustration::show_with(ui, loc, picture, max_height, Labels::Letters);
    paragraph(ui, &loc.t("quiz-hotspot-or-buttons"));
    let mut picked = tapped.map(Answer::Spot);
    ui.horizontal_wrapped(|ui| {
        for (index, feature) in Drawing::of(picture).features.iter().enumerate() {
            let answer = Answer::Spot(feature.kind);
            let mark = match given {
                Some(_) if feature.kind == target => "✔ ",
                Some((chosen, false)) if *chosen == answer => "✘ ",
                _ => "",
            };
            let text = loc.t_args(
                "quiz-hotspot-letter",
                &args(&[("letter", spot_letter(index).to_string().into())]),
            );
            if secondary_button(ui, &format!("{mark}{text}")).clicked() {
                picked = Some(answer);
            }
        }
    });
    picked
}

fn put_in_order(
    ui: &mut egui::Ui,
    loc: &Localizer,
    steps: &[String],
    draft: &mut AnswerDraft,
    given: Option<&(Answer, bool)>,
) -> Option<Answer> {
    let palette = Palette::of(ui);
    paragraph(ui, &loc.t("quiz-order-hint"));
    let arrangement = match given {
        Some((Answer::Order(order), _)) => order.clone(),
        _ => draft.arrangement.clone(),
    };
    let last = arrangement.len().saturating_sub(1);
    for (position, &step) in arrangement.iter().enumerate() {
        let mark = match given {
            Some(_) if step == position => "✔ ",
            Some(_) => "✘ ",
            None => "",
        };
        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                if given.is_none() {
                    let up = ui.add_enabled(
                        position > 0,
                        egui::Button::new("↑").min_size(egui::vec2(TARGET_SIZE, TARGET_SIZE)),
                    );
                    let down = ui.add_enabled(
                        position < last,
                        egui::Button::new("↓").min_size(egui::vec2(TARGET_SIZE, TARGET_SIZE)),
                    );
                    let step_text = loc.t(&steps[step]);
                    let step_arg = args(&[("step", step_text.as_str().into())]);
                    crate::theme::name_control(&up, &loc.t_args("a11y-move-up", &step_arg));
                    crate::theme::name_control(&down, &loc.t_args("a11y-move-down", &step_arg));
                    if up.on_hover_text(loc.t("quiz-order-up")).clicked() {
                        draft.arrangement.swap(position, position - 1);
                    }
                    if down.on_hover_text(loc.t("quiz-order-down")).clicked() {
                        draft.arrangement.swap(position, position + 1);
                    }
                }
                ui.add(
                    egui::Label::new(format!("{mark}{}. {}", position + 1, loc.t(&steps[step])))
                        .wrap(),
                );
            });
        });
    }
    if given.is_some() {
        return None;
    }
    ui.add_space(4.0);
    primary_button(ui, &loc.t("quiz-check"))
        .clicked()
        .then(|| Answer::Order(draft.arrangement.clone()))
}

/// What "Read aloud" reads of the feedback: the verdict, the right order where the order was
/// wrong, and the explanation.
fn answer_passage(
    loc: &Localizer,
    module: &str,
    number: usize,
    item: &QuizItem,
    correct: bool,
) -> Passage {
    let mut blocks = vec![loc.t(if correct { "quiz-right" } else { "quiz-wrong" })];
    if !correct && let QuestionKind::Ordering { steps } = &item.kind {
        blocks.push(loc.t("quiz-right-order"));
        blocks.extend(
            steps
                .iter()
                .enumerate()
                .map(|(position, step)| format!("{}. {}", position + 1, loc.t(step))),
        );
    }
    blocks.push(loc.t(&item.explanation));
    Passage {
        key: format!("quiz/{module}/{number}/answer"),
        language: loc.current().to_string(),
        blocks,
        module: Some(module.to_owned()),
    }
}

fn feedback(
    ui: &mut egui::Ui,
    loc: &Localizer,
    item: &QuizItem,
    correct: bool,
    voice: &mut Voice,
    passage: &Passage,
) {
    let palette = Palette::of(ui);
    ui.add_space(8.0);
    let (fill, color, verdict, mark) = if correct {
        (palette.right_soft, palette.right, loc.t("quiz-right"), "✔")
    } else {
        (palette.wrong_soft, palette.wrong, loc.t("quiz-wrong"), "✘")
    };
    card(ui, fill).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let verdict = bold(format!("{mark} {verdict}")).heading().color(c(color));
        voice.label(ui, passage, 0, verdict);
        voice.controls_named(ui, loc, passage, "read-aloud-answer");
        let last = passage.blocks.len() - 1;
        if !correct && matches!(item.kind, QuestionKind::Ordering { .. }) {
            ui.label(bold(&passage.blocks[1]));
            for block in 2..last {
                voice.paragraph(ui, passage, block);
            }
        }
        voice.paragraph(ui, passage, last);
        sources_line(ui, loc, &item.sources);
    });
}
