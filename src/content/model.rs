//! The shapes of the content files: modules, lesson pages, quiz items and sources.
//!
//! Content holds Fluent message ids and source tags, never display text, so one file
//! serves every language.

use serde::Deserialize;

/// `assets/content/modules.ron`: the journey's modules in unlock order.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModuleIndex {
    pub modules: Vec<ModuleEntry>,
}

/// One module on the journey map.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModuleEntry {
    pub id: String,
    /// Message id of the module's title.
    pub title: String,
    /// Message id of a one-line summary shown on the map.
    pub summary: String,
    /// The module's lesson and quiz file under `assets/content/`, once it has been written.
    #[serde(default)]
    pub content: Option<String>,
}

/// `assets/content/sources.ron`: every reference a content item may cite.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceIndex {
    pub sources: Vec<Source>,
}

/// A reference, cited by its tag. Citations are bibliographic data and stay untranslated.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub tag: String,
    pub citation: String,
}

/// `assets/content/badges.ron`: competency badges, each earned by what it names.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BadgeIndex {
    pub badges: Vec<Badge>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Badge {
    pub id: String,
    /// Message id of the badge's name.
    pub title: String,
    /// Message id of what it means ("You can tell the three dented scar types apart").
    pub description: String,
    pub rule: BadgeRule,
}

/// What earns a badge: real knowledge shown, not time spent.
#[derive(Deserialize, Debug, Clone, PartialEq)]
pub enum BadgeRule {
    /// Every listed quiz item (`module/item`) answered right at least once.
    ItemsRight(Vec<String>),
    /// A module's mastery at or above a percentage.
    Mastery { module: String, at_least: u8 },
    /// Every listed module completed.
    ModulesCompleted(Vec<String>),
}

/// A module's lesson pages and quiz.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModuleContent {
    pub pages: Vec<LessonPage>,
    pub quiz: Vec<QuizItem>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LessonPage {
    pub id: String,
    pub title: String,
    /// Paragraph message ids, shown in order.
    pub body: Vec<String>,
    #[serde(default)]
    pub illustration: Option<Illustration>,
    /// An interactive scene shown under the title, before the paragraphs.
    #[serde(default)]
    pub scene: Option<Scene>,
    pub sources: Vec<String>,
}

/// The interactive scenes a lesson page can hold. Each is a plain-Rust model with unit tests
/// (`crate::scenes`) drawn as shapes egui paints with its controls.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scene {
    /// Module 1: every scar type in one cross-section; tap one to learn about it.
    ScarExplorer,
    /// Module 1: a light angle slider showing why rolling scars show in side light.
    SideLight,
    /// Module 1: put each scar drawing in its type.
    ScarSort,
    /// Module 2: a pulse at a pigment granule, from nanoseconds to picoseconds.
    PulseLength,
    /// Module 2: how deep 532, 755 and 1064 nm reach.
    Wavelength,
    /// Module 2: a fractional lens splitting the beam into microbeams.
    FractionalLens,
    /// Module 2: collagen remodelling raising a scar floor over weeks and sessions.
    Remodelling,
    /// Module 3: a day slider from treatment day to 4 weeks, with a redness chart.
    DowntimeTimeline,
    /// Module 3: "I have an event in N days".
    EventPlanner,
    /// Module 4: sort habits into do / avoid for now / ask your clinic.
    RoutineGame,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuizItem {
    pub id: String,
    pub prompt: String,
    pub kind: QuestionKind,
    /// Why the right answer is right; shown after every answer.
    pub explanation: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub illustration: Option<Illustration>,
}

/// How a question is asked and answered. Every kind works by tap and by keyboard, and none
/// needs dragging: hotspots have a button per spot, ordering has up and down buttons.
#[derive(Deserialize, Debug, Clone, PartialEq)]
pub enum QuestionKind {
    /// Pick the one right choice.
    SingleChoice {
        choices: Vec<Choice>,
    },
    /// Select all that apply: one or more choices are right.
    MultipleChoice {
        choices: Vec<Choice>,
    },
    TrueFalse {
        answer: bool,
    },
    /// Tap the `target` scar in a drawing of several (`picture` must contain it).
    Hotspot {
        picture: Illustration,
        target: ScarKind,
    },
    /// Put the steps (message ids, listed here in the right order) in order.
    Ordering {
        steps: Vec<String>,
    },
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
}

/// A drawing of a skin cross-section (`crate::illustration` paints it).
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Illustration {
    /// Healthy skin with its three layers labelled.
    Skin,
    /// One scar profile: its size to scale, the skin's layers simplified.
    Scar(ScarKind),
    /// The three dented scar types side by side.
    Lineup,
    /// The five scar types in one wide cross-section (sizes to scale, layers simplified),
    /// then a red and a brown colour mark, shown as not scars.
    Explorer,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScarKind {
    Icepick,
    Boxcar,
    Rolling,
    Hypertrophic,
    Keloid,
    ColourMark,
}

impl ScarKind {
    pub const ALL: [ScarKind; 6] = [
        ScarKind::Icepick,
        ScarKind::Boxcar,
        ScarKind::Rolling,
        ScarKind::Hypertrophic,
        ScarKind::Keloid,
        ScarKind::ColourMark,
    ];

    /// Message id of the scar type's short name, used as a label under drawings.
    pub fn label_id(self) -> &'static str {
        match self {
            ScarKind::Icepick => "scar-name-icepick",
            ScarKind::Boxcar => "scar-name-boxcar",
            ScarKind::Rolling => "scar-name-rolling",
            ScarKind::Hypertrophic => "scar-name-hypertrophic",
            ScarKind::Keloid => "scar-name-keloid",
            ScarKind::ColourMark => "scar-name-colour-mark",
        }
    }
}
