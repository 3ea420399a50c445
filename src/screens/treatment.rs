//! My treatment days: a month calendar to pick the day of a booked or done session, the list
//! of sessions with a way to remove each, and "Add to my calendar". Never on a kiosk.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use chrono::{Datelike, Months, NaiveDate};

use super::parts::top_bar;
use crate::companion::{ExportCalendar, LastDateEdit, LocalToday, TreatmentEdit, calendar};
use crate::i18n::dates::{
    first_weekday, long_date, month_grid, month_year, relative_day, weekday_letter,
};
use crate::i18n::{Localizer, args};
use crate::progress::{DateRefusal, PlayerProgress};
use crate::state::Nav;
use crate::theme::widgets::{
    card, heading, name_control, page, paragraph, primary_button, secondary_button,
};
use crate::theme::{Palette, TARGET_SIZE, bold, c};

/// The calendar's month on screen and the day picked in it (view state, forgotten with a
/// kiosk visit like every view's).
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DatePick {
    /// The first day of the month shown; `None`: this month.
    pub month: Option<NaiveDate>,
    pub picked: Option<NaiveDate>,
}

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    progress: Res<PlayerProgress>,
    today: Res<LocalToday>,
    last: Res<LastDateEdit>,
    mut pick: ResMut<DatePick>,
    mut edits: MessageWriter<TreatmentEdit>,
    mut export: MessageWriter<ExportCalendar>,
    mut nav: MessageWriter<Nav>,
) -> Result {
    let today = today.date;
    let sessions = progress.treatment.dates();
    // A day just added is no longer the one to add.
    if let Some((date, Ok(()))) = last.0
        && pick.picked == Some(date)
    {
        pick.picked = None;
    }
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    page(ctx, |ui| {
        top_bar(ui, &loc, &mut nav, true);
        heading(ui, loc.t("companion-heading"), 1);
        paragraph(ui, &loc.t("companion-about"));

        // The picker.
        card(ui, palette.surface).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(loc.t("companion-pick-heading")));
            month_calendar(ui, &loc, today, sessions, &mut pick);
            match pick.picked {
                Some(date) => {
                    let label = loc.t_args(
                        "companion-add",
                        &args(&[("date", long_date(&loc, date).into())]),
                    );
                    if primary_button(ui, &label).clicked() {
                        edits.write(TreatmentEdit::Add(date));
                    }
                }
                None => paragraph(ui, &loc.t("companion-pick-first")),
            }
            match last.0 {
                Some((date, Err(refusal))) => {
                    ui.label(
                        egui::RichText::new(refusal_text(&loc, date, refusal))
                            .color(c(palette.wrong)),
                    );
                }
                Some((date, Ok(()))) => paragraph(
                    ui,
                    &loc.t_args(
                        "companion-added",
                        &args(&[("date", long_date(&loc, date).into())]),
                    ),
                ),
                None => {}
            }
        });
        ui.add_space(8.0);

        // The sessions.
        heading(ui, bold(loc.t("companion-list-heading")), 2);
        if sessions.is_empty() {
            paragraph(ui, &loc.t("companion-list-empty"));
        }
        for (index, date) in sessions.iter().enumerate() {
            card(ui, palette.accent_soft).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(bold(loc.t_args(
                    "companion-session",
                    &args(&[("session", (index + 1).into())]),
                )));
                paragraph(
                    ui,
                    &format!(
                        "{} · {}",
                        long_date(&loc, *date),
                        relative_day(&loc, *date, today)
                    ),
                );
                let remove = secondary_button(ui, &loc.t("companion-remove"));
                name_control(
                    &remove,
                    &loc.t_args(
                        "companion-remove-named",
                        &args(&[("date", long_date(&loc, *date).into())]),
                    ),
                );
                if remove.clicked() {
                    edits.write(TreatmentEdit::Remove(*date));
                }
            });
            ui.add_space(4.0);
        }

        // The phone's own calendar.
        if !sessions.is_empty() {
            ui.add_space(8.0);
            card(ui, palette.surface).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(bold(loc.t("companion-ics-heading")));
                paragraph(ui, &loc.t("companion-ics-about"));
                if calendar::planned(sessions, today).is_empty() {
                    paragraph(ui, &loc.t("companion-ics-nothing-ahead"));
                } else if primary_button(ui, &loc.t("companion-ics-button")).clicked() {
                    export.write(ExportCalendar);
                }
            });
        }
        ui.add_space(8.0);
        paragraph(ui, &loc.t("companion-private"));
    });
    Ok(())
}

/// Why a date was not added, in the patient's words.
fn refusal_text(loc: &Localizer, date: NaiveDate, refusal: DateRefusal) -> String {
    let id = match refusal {
        DateRefusal::SameDay => "companion-refused-same-day",
        DateRefusal::LongerThanAYear => "companion-refused-year",
        DateRefusal::TooFarFromToday => "companion-refused-far",
        DateRefusal::TooMany => "companion-refused-many",
    };
    loc.t_args(id, &args(&[("date", long_date(loc, date).into())]))
}

/// A month of days to tap, with the month's name and the way to the months before and after
/// (a year either way of today, as far as a date may be).
fn month_calendar(
    ui: &mut egui::Ui,
    loc: &Localizer,
    today: NaiveDate,
    sessions: &[NaiveDate],
    pick: &mut DatePick,
) {
    let palette = Palette::of(ui);
    let this_month = today.with_day(1).unwrap_or(today);
    let month = pick.month.unwrap_or(this_month);
    let earliest = this_month - Months::new(12);
    let latest = this_month + Months::new(12);
    // "← December 2026 →" across the card: the arrows a finger wide, the month's name
    // centred between them (on two lines where a long name must).
    let spacing = ui.spacing().clone();
    ui.spacing_mut().button_padding = egui::vec2(2.0, 2.0);
    let arrow = egui::vec2(TARGET_SIZE, TARGET_SIZE);
    let name_width = (ui.available_width() - 2.0 * (TARGET_SIZE + spacing.item_spacing.x)).max(0.0);
    ui.horizontal_top(|ui| {
        let before = ui
            .add_enabled_ui(month > earliest, |ui| {
                ui.add_sized(arrow, egui::Button::new("←"))
            })
            .inner;
        name_control(&before, &loc.t("companion-month-before"));
        if before.clicked() {
            pick.month = Some(month - Months::new(1));
        }
        let line = ui.text_style_height(&egui::TextStyle::Body);
        ui.allocate_ui_with_layout(
            egui::vec2(name_width, TARGET_SIZE),
            egui::Layout::top_down(egui::Align::Center),
            |ui| {
                ui.set_width(name_width);
                ui.add_space(((TARGET_SIZE - line) / 2.0).max(0.0));
                ui.add(egui::Label::new(bold(month_year(loc, month.year(), month.month()))).wrap());
            },
        );
        let after = ui
            .add_enabled_ui(month < latest, |ui| {
                ui.add_sized(arrow, egui::Button::new("→"))
            })
            .inner;
        name_control(&after, &loc.t("companion-month-after"));
        if after.clicked() {
            pick.month = Some(month + Months::new(1));
        }
    });
    let first = first_weekday(loc);
    // Seven columns across the card, each at least a finger's height. The day's number is
    // small: the buttons' usual padding would make a week wider than a phone.
    let cell = egui::vec2((ui.available_width() / 7.0).floor().min(72.0), TARGET_SIZE);
    ui.spacing_mut().item_spacing.x = 0.0;
    ui.horizontal(|ui| {
        let mut day = first;
        for _ in 0..7 {
            ui.add_sized(
                cell * egui::vec2(1.0, 0.6),
                egui::Label::new(
                    egui::RichText::new(weekday_letter(loc, day)).color(c(palette.text_muted)),
                ),
            );
            day = day.succ();
        }
    });
    for week in month_grid(month.year(), month.month(), first) {
        ui.horizontal(|ui| {
            for date in week {
                let Some(date) = date else {
                    ui.add_space(cell.x);
                    continue;
                };
                let booked = sessions.contains(&date);
                let picked = pick.picked == Some(date);
                let mut text = egui::RichText::new(date.day().to_string());
                if date == today {
                    text = text.strong().underline();
                }
                let button = if picked {
                    egui::Button::new(text.color(c(palette.on_accent)))
                        .fill(ui.visuals().hyperlink_color)
                } else if booked {
                    egui::Button::new(text).fill(c(palette.right_soft))
                } else {
                    egui::Button::new(text).frame(false)
                };
                let response = ui.add(button.min_size(cell));
                let mut name = long_date(loc, date);
                if date == today {
                    name = format!("{name}, {}", loc.t("date-today"));
                }
                if booked {
                    name = format!("{name}, {}", loc.t("companion-day-booked"));
                }
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::WidgetType::Button, true, picked, &name)
                });
                if response.clicked() {
                    pick.picked = Some(date);
                }
            }
        });
    }
    *ui.spacing_mut() = spacing;
}
