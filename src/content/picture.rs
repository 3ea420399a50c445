//! What a picture shows, in words: the screen reader's description of each drawing, and how
//! the scars in it are labelled.

use crate::content::model::{Illustration, ScarKind};
use crate::i18n::Localizer;

/// How the scars in a drawing of several are labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// Their type names.
    Names,
    /// Letters A, B, C from left to right, for "tap the ..." questions that must not give the
    /// answer away. The picture can then be tapped: the tapped scar is returned.
    Letters,
    /// As in a question about the drawing ("which type does this drawing show?"): a drawing of
    /// one scar is described to screen readers by its shape, never by its name; drawings of
    /// several keep their names.
    Shapes,
}

/// What a drawing shows, in words, for screen readers: a drawing of one scar names it, except
/// under [`Labels::Shapes`] (a question about it), where its shape is described instead.
pub fn description(loc: &Localizer, illustration: Illustration, labels: Labels) -> String {
    match illustration {
        Illustration::Skin => loc.t("a11y-picture-skin"),
        Illustration::Lineup => loc.t("a11y-picture-lineup"),
        Illustration::Explorer => loc.t("a11y-picture-explorer"),
        Illustration::Scar(kind) if labels == Labels::Shapes => loc.t_args(
            "a11y-picture-one-scar",
            &crate::i18n::args(&[("shape", loc.t(shape_id(kind)).into())]),
        ),
        Illustration::Scar(kind) => loc.t_args(
            "a11y-picture-scar",
            &crate::i18n::args(&[("scar", loc.t(kind.label_id()).into())]),
        ),
    }
}

/// Message id of the words for a scar's shape as drawn, without its name.
fn shape_id(kind: ScarKind) -> &'static str {
    match kind {
        ScarKind::Icepick => "a11y-shape-icepick",
        ScarKind::Boxcar => "a11y-shape-boxcar",
        ScarKind::Rolling => "a11y-shape-rolling",
        ScarKind::Hypertrophic => "a11y-shape-hypertrophic",
        ScarKind::Keloid => "a11y-shape-keloid",
        ScarKind::ColourMark => "a11y-shape-colour-mark",
    }
}
