//! One sorting game for the scenes that deal cards into bins (the scar types, the aftercare
//! routine): the cards come one at a time, each guess is right or not at once, and the score
//! counts the right ones. The game is plain Rust; each scene names its cards and bins with a
//! [`Deck`] and builds its view from the shared parts below it (progress, feedback, bins, end).

use bevy_egui::egui;

use crate::i18n::{Localizer, args};
use crate::theme::widgets::{card, paragraph, secondary_button};
use crate::theme::{Palette, c};

/// What a game deals: its cards in order, and the bin each one belongs in.
pub trait Deck {
    type Card: Copy + 'static;
    type Bin: Copy + PartialEq + std::fmt::Debug;
    /// The cards, in the order they are dealt.
    const CARDS: &'static [Self::Card];
    /// The bin `card` belongs in.
    fn bin(card: &Self::Card) -> Self::Bin;
}

/// A game in progress: the bin chosen for each card dealt so far.
#[derive(Debug, Clone, PartialEq)]
pub struct SortGame<D: Deck> {
    guesses: Vec<D::Bin>,
}

impl<D: Deck> Default for SortGame<D> {
    fn default() -> Self {
        SortGame {
            guesses: Vec::new(),
        }
    }
}

impl<D: Deck> SortGame<D> {
    /// The card to sort now, or `None` when all are sorted.
    pub fn current(&self) -> Option<D::Card> {
        D::CARDS.get(self.guesses.len()).copied()
    }

    /// Puts the current card in `bin`; returns whether that is where it belongs (`None` when
    /// nothing is left to sort).
    pub fn place(&mut self, bin: D::Bin) -> Option<bool> {
        let card = self.current()?;
        self.guesses.push(bin);
        Some(D::bin(&card) == bin)
    }

    /// The last card placed, if any, and whether it went in the right bin.
    pub fn last(&self) -> Option<(D::Card, bool)> {
        let index = self.guesses.len().checked_sub(1)?;
        let card = D::CARDS[index];
        Some((card, D::bin(&card) == self.guesses[index]))
    }

    /// How many cards are placed.
    pub fn done(&self) -> usize {
        self.guesses.len()
    }

    /// How many cards the game deals.
    pub fn total(&self) -> usize {
        D::CARDS.len()
    }

    /// How many cards went in the right bin.
    pub fn score(&self) -> usize {
        self.guesses
            .iter()
            .zip(D::CARDS)
            .filter(|(guess, card)| **guess == D::bin(card))
            .count()
    }

    pub fn finished(&self) -> bool {
        self.current().is_none()
    }
}

/// How far the game is: cards placed, of how many, and how many right.
pub fn progress<D: Deck>(ui: &mut egui::Ui, loc: &Localizer, game: &SortGame<D>) {
    ui.label(loc.t_args(
        "sort-progress",
        &args(&[
            ("done", game.done().into()),
            ("total", game.total().into()),
            ("right", game.score().into()),
        ]),
    ));
}

/// Right or wrong, in words and an icon as well as colour (`what` after the verdict, if
/// given), with the reason.
pub fn feedback(ui: &mut egui::Ui, loc: &Localizer, right: bool, what: Option<String>, why: &str) {
    let (fill, icon, verdict, color) = if right {
        (
            Palette::of(ui).right_soft,
            "✔",
            "scene-right",
            Palette::of(ui).right,
        )
    } else {
        (
            Palette::of(ui).wrong_soft,
            "✖",
            "scene-not-quite",
            Palette::of(ui).wrong,
        )
    };
    let verdict = loc.t(verdict);
    let title = match what {
        // "Not quite: Rolling", with each language's own colon ("\u{a0}:" in French).
        Some(what) => format!(
            "{icon} {}",
            loc.t_args(
                "scene-verdict-with",
                &args(&[("verdict", verdict.as_str().into()), ("what", what.into())])
            )
        ),
        None => format!("{icon} {verdict}"),
    };
    card(ui, fill).show(ui, |ui| {
        ui.label(egui::RichText::new(title).strong().color(c(color)));
        paragraph(ui, why);
    });
}

/// A button for each bin, with its name; the one pressed takes the current card.
pub fn bins<D: Deck>(
    ui: &mut egui::Ui,
    game: &mut SortGame<D>,
    bins: impl IntoIterator<Item = (D::Bin, String)>,
) {
    ui.horizontal_wrapped(|ui| {
        for (bin, name) in bins {
            if secondary_button(ui, &name).clicked() {
                game.place(bin);
            }
        }
    });
}

/// The final score.
pub fn summary<D: Deck>(ui: &mut egui::Ui, loc: &Localizer, game: &SortGame<D>) {
    paragraph(
        ui,
        &loc.t_args(
            "sort-done",
            &args(&[
                ("right", game.score().into()),
                ("total", game.total().into()),
            ]),
        ),
    );
}

/// A button that deals the game again from the start.
pub fn play_again<D: Deck>(ui: &mut egui::Ui, loc: &Localizer, game: &mut SortGame<D>) {
    if secondary_button(ui, &loc.t("scene-play-again")).clicked() {
        *game = SortGame::default();
    }
}

#[cfg(test)]
mod tests {
    use super::{Deck, SortGame};

    /// Numbers into odd and even.
    #[derive(Debug, Clone, PartialEq)]
    struct Parity;

    impl Deck for Parity {
        type Card = u32;
        type Bin = bool;
        const CARDS: &'static [u32] = &[3, 8, 5];
        fn bin(card: &u32) -> bool {
            card.is_multiple_of(2)
        }
    }

    #[test]
    fn cards_come_in_order_and_each_guess_is_judged_at_once() {
        let mut game = SortGame::<Parity>::default();
        assert_eq!(game.last(), None);
        assert_eq!((game.current(), game.done(), game.total()), (Some(3), 0, 3));
        assert_eq!(game.place(false), Some(true));
        assert_eq!(game.last(), Some((3, true)));
        assert_eq!(game.place(false), Some(false));
        assert_eq!(game.last(), Some((8, false)));
        assert_eq!((game.current(), game.score()), (Some(5), 1));
        assert!(!game.finished());
        assert_eq!(game.place(false), Some(true));
        assert!(game.finished());
        assert_eq!((game.done(), game.score()), (3, 2));
        assert_eq!(game.place(true), None, "nothing left to place");
        assert_eq!(game.done(), 3);
    }
}
