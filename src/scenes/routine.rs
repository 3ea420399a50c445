//! Module 4's scene: the aftercare routine game. Sort items and habits into "do", "avoid for
//! now" and "ask your clinic", then see them on a morning / evening / later schedule.

use bevy_egui::egui;

use super::SceneCtx;
use super::sort as sorting;
use crate::i18n::args;
use crate::theme::Palette;
use crate::theme::widgets::{card, paragraph};

/// The rules, from the evidence brief's section 8 (typical advice; the clinic's comes first).
pub mod rules {
    use crate::scenes::sort::Deck;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Bin {
        Do,
        AvoidForNow,
        AskClinic,
    }

    /// When a habit belongs in the schedule.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum When {
        /// Morning and evening.
        MorningAndEvening,
        /// Every morning, and again about every 2 hours outdoors.
        MorningAndOutdoors,
        /// Back after a day or two, once the redness has gone.
        AfterRedness,
        /// Back on the day the clinic says.
        ClinicDay,
        /// Not part of the routine at any time.
        Never,
        /// As the clinic says.
        AsClinicSays,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Item {
        pub id: &'static str,
        pub bin: Bin,
        pub when: When,
    }

    /// Every item in the game, in the order they are dealt. Names and reasons are
    /// `routine-<id>` and `routine-<id>-why`.
    pub const ITEMS: [Item; 12] = [
        Item {
            id: "sunscreen",
            bin: Bin::Do,
            when: When::MorningAndOutdoors,
        },
        Item {
            id: "scrub",
            bin: Bin::AvoidForNow,
            when: When::ClinicDay,
        },
        Item {
            id: "cleanser",
            bin: Bin::Do,
            when: When::MorningAndEvening,
        },
        Item {
            id: "sauna",
            bin: Bin::AvoidForNow,
            when: When::AfterRedness,
        },
        Item {
            id: "makeup",
            bin: Bin::AskClinic,
            when: When::AsClinicSays,
        },
        Item {
            id: "retinoid",
            bin: Bin::AvoidForNow,
            when: When::ClinicDay,
        },
        Item {
            id: "moisturiser",
            bin: Bin::Do,
            when: When::MorningAndEvening,
        },
        Item {
            id: "picking",
            bin: Bin::AvoidForNow,
            when: When::Never,
        },
        Item {
            id: "pool",
            bin: Bin::AvoidForNow,
            when: When::AfterRedness,
        },
        Item {
            id: "acids",
            bin: Bin::AvoidForNow,
            when: When::ClinicDay,
        },
        Item {
            id: "sun",
            bin: Bin::AvoidForNow,
            when: When::Never,
        },
        Item {
            id: "lightening",
            bin: Bin::AvoidForNow,
            when: When::ClinicDay,
        },
    ];

    /// What the morning routine holds. The brief names these habits but gives no order for
    /// them, so the schedule lists them without one.
    pub const MORNING: [&str; 3] = ["cleanser", "moisturiser", "sunscreen"];
    pub const EVENING: [&str; 2] = ["cleanser", "moisturiser"];

    pub fn item(id: &str) -> Option<&'static Item> {
        ITEMS.iter().find(|i| i.id == id)
    }

    /// Items that come back on a later day, and when.
    pub fn later() -> Vec<(&'static str, When)> {
        ITEMS
            .iter()
            .filter(|i| {
                matches!(
                    i.when,
                    When::AfterRedness | When::ClinicDay | When::AsClinicSays
                )
            })
            .map(|i| (i.id, i.when))
            .collect()
    }

    /// The items, dealt in the order of [`ITEMS`], each into its own bin.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Routine;

    impl Deck for Routine {
        type Card = Item;
        type Bin = Bin;
        const CARDS: &'static [Item] = &ITEMS;
        fn bin(card: &Item) -> Bin {
            card.bin
        }
    }

    /// The game: one item at a time.
    pub type Game = crate::scenes::sort::SortGame<Routine>;
}

use rules::{Bin, When};

fn bin_id(bin: Bin) -> &'static str {
    match bin {
        Bin::Do => "routine-bin-do",
        Bin::AvoidForNow => "routine-bin-avoid",
        Bin::AskClinic => "routine-bin-ask",
    }
}

pub(super) fn game(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let loc = ctx.loc;
    let game = &mut ctx.state.routine;
    sorting::progress(ui, loc, game);
    if let Some((item, right)) = game.last() {
        let what = format!(
            "{} → {}",
            loc.t(&format!("routine-{}", item.id)),
            loc.t(bin_id(item.bin))
        );
        let why = loc.t(&format!("routine-{}-why", item.id));
        sorting::feedback(ui, loc, right, Some(what), &why);
    }
    match game.current() {
        Some(item) => {
            card(ui, Palette::of(ui).surface).show(ui, |ui| {
                ui.label(
                    egui::RichText::new(loc.t(&format!("routine-{}", item.id)))
                        .size(26.0)
                        .strong(),
                );
            });
            let names =
                [Bin::Do, Bin::AvoidForNow, Bin::AskClinic].map(|bin| (bin, loc.t(bin_id(bin))));
            sorting::bins(ui, game, names);
        }
        None => {
            sorting::summary(ui, loc, game);
            schedule(ui, ctx);
            sorting::play_again(ui, loc, &mut ctx.state.routine);
        }
    }
}

/// The routine the rules give: morning, evening, and what comes back later.
fn schedule(ui: &mut egui::Ui, ctx: &mut SceneCtx) {
    let loc = ctx.loc;
    let name = |id: &str| loc.t(&format!("routine-{id}"));
    card(ui, Palette::of(ui).accent_soft).show(ui, |ui| {
        ui.label(egui::RichText::new(loc.t("routine-morning")).strong());
        let morning: Vec<String> = rules::MORNING.iter().map(|id| name(id)).collect();
        paragraph(ui, &morning.join(" · "));
        paragraph(ui, &loc.t("routine-reapply"));
        ui.label(egui::RichText::new(loc.t("routine-evening")).strong());
        let evening: Vec<String> = rules::EVENING.iter().map(|id| name(id)).collect();
        paragraph(ui, &evening.join(" · "));
        ui.label(egui::RichText::new(loc.t("routine-later")).strong());
        for (id, when) in rules::later() {
            let when_text = match (when, ctx.clinic.restart_actives_day) {
                (When::AfterRedness, _) => loc.t("routine-when-after-redness"),
                (When::ClinicDay, Some(day)) => {
                    loc.t_args("routine-when-day", &args(&[("day", i64::from(day).into())]))
                }
                (When::ClinicDay, None) => loc.t("routine-when-clinic-day"),
                _ => loc.t("routine-when-ask"),
            };
            paragraph(ui, &format!("• {}: {when_text}", name(id)));
        }
        paragraph(ui, &loc.t("routine-clinic-first"));
    });
}

#[cfg(test)]
mod tests {
    use super::rules::{self, Bin, Game, ITEMS, When};

    #[test]
    fn the_rules_follow_the_brief() {
        let bin = |id| rules::item(id).map(|i| i.bin);
        // Daily sunscreen, gentle cleanser, plain moisturiser.
        for id in ["sunscreen", "cleanser", "moisturiser"] {
            assert_eq!(bin(id), Some(Bin::Do), "{id}");
        }
        // No scrubs, acids, retinoids or lightening creams until the skin settles.
        for id in ["scrub", "acids", "retinoid", "lightening"] {
            assert_eq!(bin(id), Some(Bin::AvoidForNow), "{id}");
            assert_eq!(rules::item(id).map(|i| i.when), Some(When::ClinicDay));
        }
        // Heat and pools: a day or two while red. Picking and direct sun: not at all.
        for id in ["sauna", "pool"] {
            assert_eq!(
                rules::item(id).map(|i| i.when),
                Some(When::AfterRedness),
                "{id}"
            );
        }
        for id in ["picking", "sun"] {
            assert_eq!(rules::item(id).map(|i| i.when), Some(When::Never), "{id}");
        }
        // Make-up: often allowed soon after, but the clinic decides.
        assert_eq!(bin("makeup"), Some(Bin::AskClinic));
        assert_eq!(
            rules::item("sunscreen").map(|i| i.when),
            Some(When::MorningAndOutdoors)
        );
    }

    #[test]
    fn the_schedule_holds_the_daily_habits_and_sunscreen_in_the_morning() {
        assert!(rules::MORNING.contains(&"sunscreen"));
        for id in rules::MORNING.iter().chain(rules::EVENING.iter()) {
            assert_eq!(rules::item(id).map(|i| i.bin), Some(Bin::Do), "{id}");
        }
        let later: Vec<&str> = rules::later().iter().map(|(id, _)| *id).collect();
        assert!(later.contains(&"retinoid") && later.contains(&"pool"));
        assert!(!later.contains(&"picking"), "picking never comes back");
    }

    #[test]
    fn the_game_gives_instant_feedback_and_a_score() {
        let mut game = Game::default();
        assert_eq!(game.place(ITEMS[0].bin), Some(true));
        let wrong = if ITEMS[1].bin == Bin::Do {
            Bin::AskClinic
        } else {
            Bin::Do
        };
        assert_eq!(game.place(wrong), Some(false));
        assert_eq!(
            game.last().map(|(i, r)| (i.id, r)),
            Some((ITEMS[1].id, false))
        );
        while let Some(item) = game.current() {
            game.place(item.bin);
        }
        assert!(game.finished());
        assert_eq!(game.score(), ITEMS.len() - 1);
        assert_eq!(game.place(Bin::Do), None);
        // Ids are unique, and every bin is used.
        for (i, a) in ITEMS.iter().enumerate() {
            assert!(ITEMS[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
        }
        for bin in [Bin::Do, Bin::AvoidForNow, Bin::AskClinic] {
            assert!(ITEMS.iter().any(|i| i.bin == bin));
        }
    }
}

#[cfg(test)]
mod word_tests {
    use super::rules::ITEMS;
    use crate::i18n::{LOCALES, Localizer};

    /// How each shipped language writes broad-spectrum on a sunscreen.
    const BROAD_SPECTRUM: [(&str, &str); 4] = [
        ("en", "Broad-spectrum"),
        ("es", "amplio espectro"),
        ("fr", "large spectre"),
        ("zh-Hans", "广谱"),
    ];

    /// The numbers in a text, in order: "SPF 30, every 2 hours" gives ["30", "2"].
    fn numbers(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect()
    }

    /// Every card name and reason the game shows, and the schedule's reapply line.
    fn ids() -> Vec<String> {
        ITEMS
            .iter()
            .flat_map(|i| [format!("routine-{}", i.id), format!("routine-{}-why", i.id)])
            .chain(["routine-reapply".to_owned()])
            .collect()
    }

    #[test]
    fn every_language_keeps_the_numbers_and_says_broad_spectrum() {
        let (english, _) = Localizer::new(&[]);
        for locale in LOCALES {
            let mut loc = Localizer::new(&[]).0;
            loc.select_tag(locale.tag);
            let (_, broad) = BROAD_SPECTRUM
                .iter()
                .find(|(tag, _)| *tag == locale.tag)
                .unwrap_or_else(|| panic!("say how {} writes broad-spectrum", locale.tag));
            let sunscreen = loc.t("routine-sunscreen");
            assert!(sunscreen.contains(broad), "{}: {sunscreen}", locale.tag);
            for id in ids() {
                let (text, reference) = (loc.t(&id), english.t(&id));
                assert_eq!(
                    numbers(&text),
                    numbers(&reference),
                    "{} {id}: {text}",
                    locale.tag
                );
            }
        }
    }
}
