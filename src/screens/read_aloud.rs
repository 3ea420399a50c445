//! The "Read aloud" controls and the text they read: the sentence being read is highlighted,
//! and while a passage is read a touch (or Enter on a focused paragraph) reads from there.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui;

use crate::i18n::{Localizer, args};
use crate::read_aloud::passage::sentences;
use crate::read_aloud::{
    Passage, Playback, ReadAloud, ReadAloudInput, ReadAloudOffered, Reading, ShownPassages,
    SpeechError,
};
use crate::theme::widgets::{card, heading, secondary_button};
use crate::theme::{Palette, c};

/// What a view needs to offer read-aloud.
#[derive(SystemParam)]
pub(super) struct Voice<'w> {
    state: Res<'w, ReadAloud>,
    offered: Res<'w, ReadAloudOffered>,
    shown: ResMut<'w, ShownPassages>,
    input: MessageWriter<'w, ReadAloudInput>,
    kiosk: Option<Res<'w, crate::clinic::KioskMode>>,
    settings: Res<'w, crate::settings::Settings>,
}

impl Voice<'_> {
    /// "Read aloud", or while reading "Pause" / "Go on" and "Stop", where it was, and why it
    /// cannot read if it tried and could not. Nothing where read-aloud is not offered.
    pub fn controls(&mut self, ui: &mut egui::Ui, loc: &Localizer, passage: &Passage) {
        self.controls_named(ui, loc, passage, "read-aloud");
    }

    /// [`Self::controls`] with the start button named by message `start` (where a screen
    /// has two passages, each button says which it reads).
    pub fn controls_named(
        &mut self,
        ui: &mut egui::Ui,
        loc: &Localizer,
        passage: &Passage,
        start: &str,
    ) {
        if !self.offered.0 {
            return;
        }
        self.shown.show(passage);
        let reading = self.state.reading_of(&passage.key);
        ui.horizontal_wrapped(|ui| match reading {
            None => {
                if secondary_button(ui, &loc.t(start)).clicked() {
                    self.input.write(ReadAloudInput::Read {
                        passage: passage.clone(),
                        block: 0,
                        offset: 0,
                    });
                }
            }
            Some(reading) => {
                let (label, input) = match reading.playback {
                    Playback::Speaking => ("read-aloud-pause", ReadAloudInput::Pause),
                    Playback::Paused => ("read-aloud-resume", ReadAloudInput::Resume),
                };
                if secondary_button(ui, &loc.t(label)).clicked() {
                    self.input.write(input);
                }
                if secondary_button(ui, &loc.t("read-aloud-stop")).clicked() {
                    self.input.write(ReadAloudInput::Stop);
                }
                ui.label(
                    egui::RichText::new(loc.t_args(
                        "read-aloud-where",
                        &args(&[
                            ("number", (reading.at + 1).into()),
                            ("total", reading.sentences.len().into()),
                        ]),
                    ))
                    .color(c(Palette::of(ui).text_muted)),
                );
            }
        });
        if reading.is_some() {
            ui.label(
                egui::RichText::new(loc.t("read-aloud-from-here"))
                    .text_style(egui::TextStyle::Small)
                    .color(c(Palette::of(ui).text_muted)),
            );
        }
        if let Some(problem) = self.state.problem_with(&passage.key) {
            let text = match problem {
                SpeechError::NoVoice => {
                    let language = loc
                        .languages()
                        .find(|(tag, _)| *tag == passage.language)
                        .map_or(passage.language.clone(), |(_, name)| name.to_owned());
                    loc.t_args(
                        "read-aloud-no-voice",
                        &args(&[("language", language.into())]),
                    )
                }
                SpeechError::NoSpeech(_) => loc.t("read-aloud-no-speech"),
            };
            card(ui, Palette::of(ui).surface).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(text).wrap());
                // A kiosk writes no files.
                if let Some(module) = &passage.module
                    && !self.kiosk.as_ref().is_some_and(|k| k.0)
                {
                    ui.add(egui::Label::new(loc.t("read-aloud-text-offer")).wrap());
                    if secondary_button(ui, &loc.t("read-aloud-text-version")).clicked() {
                        self.input.write(ReadAloudInput::SaveTextVersion {
                            module: module.clone(),
                            language: passage.language.clone(),
                        });
                    }
                }
            });
        }
    }

    /// Block `block` of `passage` as a heading.
    pub fn heading(&mut self, ui: &mut egui::Ui, passage: &Passage, block: usize, level: usize) {
        let text = passage.blocks.get(block).cloned().unwrap_or_default();
        self.heading_styled(ui, passage, block, text.into(), level);
    }

    /// Block `block` of `passage`, written as `text`, as a heading.
    pub fn heading_styled(
        &mut self,
        ui: &mut egui::Ui,
        passage: &Passage,
        block: usize,
        text: egui::RichText,
        level: usize,
    ) {
        self.marked(ui, passage, block, |ui| heading(ui, text, level));
    }

    /// Block `block` of `passage`, written as `text`, as a plain label.
    pub fn label(
        &mut self,
        ui: &mut egui::Ui,
        passage: &Passage,
        block: usize,
        text: egui::RichText,
    ) {
        self.marked(ui, passage, block, |ui| ui.label(text));
    }

    /// Draws block `block` of `passage` with `add`, on the highlight (and kept in view) while
    /// it holds the sentence being read.
    fn marked(
        &self,
        ui: &mut egui::Ui,
        passage: &Passage,
        block: usize,
        add: impl FnOnce(&mut egui::Ui) -> egui::Response,
    ) {
        if self.is_read(passage, block) {
            let shown = egui::Frame::new()
                .fill(highlight(ui))
                .corner_radius(4.0)
                .show(ui, add);
            self.follow(ui, passage, &shown.response);
        } else {
            add(ui);
        }
    }

    /// Block `block` of `passage` as a paragraph, the sentence being read highlighted.
    pub fn paragraph(&mut self, ui: &mut egui::Ui, passage: &Passage, block: usize) {
        let text = passage.blocks.get(block).map_or("", String::as_str);
        let Some(reading) = self.state.reading_of(&passage.key) else {
            ui.add(egui::Label::new(text).wrap());
            return;
        };
        let job = highlighted(ui, text, block, reading);
        let label = egui::Label::new(job).wrap().sense(egui::Sense::click());
        let (pos, galley, response) = label.layout_in_ui(ui);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Label, ui.is_enabled(), galley.text())
        });
        let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
        if self.is_read(passage, block) {
            self.follow(ui, passage, &response);
        }
        if ui.is_rect_visible(response.rect) {
            ui.painter()
                .galley(pos, galley.clone(), ui.visuals().text_color());
        }
        if response.clicked() {
            // A touch reads from the sentence touched; Enter on the focused paragraph from
            // its start.
            let pointer = ui.input(|i| i.pointer.any_click());
            let at = response.interact_pointer_pos().filter(|_| pointer);
            let offset = at.map_or(0, |at| {
                let cursor = galley.cursor_from_pos(at - pos);
                text.char_indices()
                    .nth(cursor.index.into())
                    .map_or(text.len(), |(byte, _)| byte)
            });
            self.input.write(ReadAloudInput::Read {
                passage: passage.clone(),
                block,
                offset,
            });
        }
    }

    /// Scrolls the block being read into view once per sentence, so that a long page (or a
    /// phone's short screen) never reads a sentence the patient cannot see; at once with
    /// reduced motion.
    fn follow(&self, ui: &egui::Ui, passage: &Passage, shown: &egui::Response) {
        let Some(at) = self.state.reading_of(&passage.key).map(|r| r.at) else {
            return;
        };
        let id = egui::Id::new("read-aloud-followed");
        let now = (passage.key.clone(), at);
        if ui
            .ctx()
            .data(|d| d.get_temp::<(String, usize)>(id))
            .as_ref()
            == Some(&now)
        {
            return;
        }
        ui.ctx().data_mut(|d| d.insert_temp(id, now));
        // Only a block out of view moves the page (a scroll under the patient's finger, or
        // away from the keyboard focus, would lose their place).
        if ui.clip_rect().contains_rect(shown.rect) {
            return;
        }
        let animation = if self.settings.reduced_motion {
            egui::style::ScrollAnimation::none()
        } else {
            egui::style::ScrollAnimation::default()
        };
        shown.scroll_to_me_animation(Some(egui::Align::Center), animation);
    }

    /// Whether block `block` of `passage` holds the sentence being read.
    pub fn is_read(&self, passage: &Passage, block: usize) -> bool {
        self.read_block(passage) == Some(block)
    }

    /// The block of `passage` holding the sentence being read (for views that draw the block
    /// themselves, such as a quiz's choices).
    pub fn read_block(&self, passage: &Passage) -> Option<usize> {
        self.state
            .reading_of(&passage.key)
            .and_then(Reading::current)
            .map(|s| s.block)
    }
}

/// The reading highlight: the accent's soft tint (black on white in high contrast), which
/// every theme's text colour reads on.
fn highlight(ui: &egui::Ui) -> egui::Color32 {
    c(Palette::of(ui).accent_soft)
}

/// `text` with the sentence being read (if it is in this block) on the highlight, underlined.
fn highlighted(
    ui: &egui::Ui,
    text: &str,
    block: usize,
    reading: &Reading,
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let plain = egui::TextFormat::simple(font.clone(), color);
    let mut read = egui::TextFormat::simple(font, color);
    read.background = highlight(ui);
    read.underline = egui::Stroke::new(2.0, c(Palette::of(ui).accent));
    let current = reading
        .current()
        .filter(|s| s.block == block)
        .map(|s| s.range.clone());
    let mut job = egui::text::LayoutJob::default();
    let mut from = 0;
    for range in sentences(text) {
        if current.as_ref() == Some(&range) {
            job.append(&text[from..range.start], 0.0, plain.clone());
            job.append(&text[range.clone()], 0.0, read.clone());
            from = range.end;
        }
    }
    job.append(&text[from..], 0.0, plain);
    job
}
