//! The naming game's cards and bins: one drawing at a time; the patient names its scar type,
//! or says it is not a scar (the flat colour marks, red and brown: many doctors do not count
//! them as scars). Plain Rust; the view is in `scar.rs`.

use crate::content::model::ScarKind;
use crate::scenes::sort::Deck;

/// The order the drawings are shown in: mixed, so neighbours in the lesson are not
/// neighbours here.
pub const ORDER: [ScarKind; 6] = [
    ScarKind::Rolling,
    ScarKind::Icepick,
    ScarKind::Keloid,
    ScarKind::ColourMark,
    ScarKind::Boxcar,
    ScarKind::Hypertrophic,
];

/// Where a drawing goes: the type of scar it shows, or "not a scar".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bin {
    Scar(ScarKind),
    /// Flat colour marks, red or brown: the skin's shape is unchanged.
    NotAScar,
}

impl Bin {
    /// Message id of the bin's name on its button.
    pub fn name_id(self) -> &'static str {
        match self {
            Bin::Scar(kind) => kind.label_id(),
            Bin::NotAScar => "sort-bin-not-a-scar",
        }
    }
}

/// The bins offered, in the lesson's order: the five scar types, then "not a scar".
pub const BINS: [Bin; 6] = [
    Bin::Scar(ScarKind::Icepick),
    Bin::Scar(ScarKind::Boxcar),
    Bin::Scar(ScarKind::Rolling),
    Bin::Scar(ScarKind::Hypertrophic),
    Bin::Scar(ScarKind::Keloid),
    Bin::NotAScar,
];

/// The bin a drawing belongs in.
pub fn bin_of(kind: ScarKind) -> Bin {
    match kind {
        ScarKind::ColourMark => Bin::NotAScar,
        scar => Bin::Scar(scar),
    }
}

/// The drawings, dealt in [`ORDER`].
#[derive(Debug, Clone, PartialEq)]
pub struct Scars;

impl Deck for Scars {
    type Card = ScarKind;
    type Bin = Bin;
    const CARDS: &'static [ScarKind] = &ORDER;
    fn bin(card: &ScarKind) -> Bin {
        bin_of(*card)
    }
}

/// The game: the patient names each scar's type, or says it is not a scar.
pub type SortGame = crate::scenes::sort::SortGame<Scars>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_game_counts_right_answers_and_ends() {
        let mut game = SortGame::default();
        assert_eq!(game.current(), Some(ORDER[0]));
        assert_eq!(game.place(bin_of(ORDER[0])), Some(true));
        assert_eq!(
            game.place(Bin::Scar(ScarKind::Keloid)),
            Some(ORDER[1] == ScarKind::Keloid)
        );
        assert_eq!(game.last(), Some((ORDER[1], false)));
        for kind in &ORDER[2..] {
            game.place(bin_of(*kind));
        }
        assert!(game.finished());
        assert_eq!(game.score(), ORDER.len() - 1);
        assert_eq!(
            game.place(Bin::Scar(ScarKind::Boxcar)),
            None,
            "nothing left to place"
        );
        // Every type appears once.
        for kind in ScarKind::ALL {
            assert_eq!(ORDER.iter().filter(|k| **k == kind).count(), 1);
        }
    }

    #[test]
    fn colour_marks_go_in_not_a_scar_and_no_bin_calls_them_a_scar() {
        assert_eq!(bin_of(ScarKind::ColourMark), Bin::NotAScar);
        assert!(!BINS.contains(&Bin::Scar(ScarKind::ColourMark)));
        // Every card has its bin on offer, and each bin is offered once.
        for kind in ORDER {
            assert_eq!(BINS.iter().filter(|b| **b == bin_of(kind)).count(), 1);
        }
        // Calling the colour mark a scar, of any kind, is not right.
        let at = ORDER
            .iter()
            .position(|k| *k == ScarKind::ColourMark)
            .unwrap();
        for wrong in BINS.into_iter().filter(|b| *b != Bin::NotAScar) {
            let mut game = SortGame::default();
            for kind in &ORDER[..at] {
                game.place(bin_of(*kind));
            }
            assert_eq!(game.place(wrong), Some(false), "{wrong:?}");
        }
        // The bins have names; "not a scar" has its own.
        assert_eq!(Bin::NotAScar.name_id(), "sort-bin-not-a-scar");
    }
}
