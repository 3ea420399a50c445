//! Every text a patient reads as a fact, with the sources it stands on: each lesson page and
//! quiz item of every module, in order. The clinical review sheet lists these, and the
//! content tests hold each claim in them to its sources.
//!
//! Plain Rust, no Bevy.

use super::library::ContentLibrary;
use super::model::{QuestionKind, ScarKind, Scene};

/// A page, a quiz item or another cited block (the consultation prep's "tell your doctor"
/// questions, which the `consult` capability adds), with its texts and source tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    /// Module id, or the name of the group for blocks outside modules.
    pub group: String,
    /// The page's or item's id.
    pub id: String,
    pub kind: CitedKind,
    pub texts: Vec<CitedText>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitedKind {
    Page,
    Quiz,
    /// A block outside the modules, such as a consultation-prep question.
    Other,
}

/// One message of a cited block and the part it plays there.
#[derive(Debug, Clone, PartialEq)]
pub struct CitedText {
    pub id: String,
    pub role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Paragraph,
    Prompt,
    /// A choice marked right, or a true/false item's answer, or the hotspot's target.
    RightAnswer,
    /// A choice marked wrong: a distractor, which may state something false on purpose.
    WrongAnswer,
    /// An ordering step (listed in the right order).
    Step,
    Explanation,
    /// Words of the interactive scene on a page: its labels, read-outs and feedback.
    Scene,
}

impl Role {
    /// Whether the text states what the app holds true: everything but a distractor.
    pub fn is_stated(self) -> bool {
        self != Role::WrongAnswer
    }
}

impl CitedText {
    pub fn new(id: impl Into<String>, role: Role) -> Self {
        CitedText {
            id: id.into(),
            role,
        }
    }
}

impl ContentLibrary {
    /// Every lesson page and quiz item of every written module, in the journey's order. A
    /// page's block holds the words of its scene too, from `scene_words` (the `scenes`
    /// capability knows them), under the page's sources.
    pub fn cited_with(&self, scene_words: &dyn Fn(Scene) -> Vec<String>) -> Vec<Cited> {
        let mut out = Vec::new();
        for module in &self.modules {
            let Some(content) = &module.content else {
                continue;
            };
            let group = module.entry.id.clone();
            for page in &content.pages {
                let mut texts = vec![CitedText::new(&page.title, Role::Title)];
                texts.extend(page.body.iter().map(|p| CitedText::new(p, Role::Paragraph)));
                if let Some(scene) = page.scene {
                    texts.extend(
                        scene_words(scene)
                            .into_iter()
                            .map(|id| CitedText::new(id, Role::Scene)),
                    );
                }
                out.push(Cited {
                    group: group.clone(),
                    id: page.id.clone(),
                    kind: CitedKind::Page,
                    texts,
                    sources: page.sources.clone(),
                });
            }
            for item in &content.quiz {
                let mut texts = vec![CitedText::new(&item.prompt, Role::Prompt)];
                texts.extend(answer_texts(&item.kind));
                texts.push(CitedText::new(&item.explanation, Role::Explanation));
                out.push(Cited {
                    group: group.clone(),
                    id: item.id.clone(),
                    kind: CitedKind::Quiz,
                    texts,
                    sources: item.sources.clone(),
                });
            }
        }
        out
    }
}

fn answer_texts(kind: &QuestionKind) -> Vec<CitedText> {
    match kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            choices
                .iter()
                .map(|c| {
                    let role = if c.correct {
                        Role::RightAnswer
                    } else {
                        Role::WrongAnswer
                    };
                    CitedText::new(&c.text, role)
                })
                .collect()
        }
        QuestionKind::TrueFalse { answer } => vec![CitedText::new(
            if *answer { "quiz-true" } else { "quiz-false" },
            Role::RightAnswer,
        )],
        QuestionKind::Hotspot { target, .. } => {
            vec![CitedText::new(
                ScarKind::label_id(*target),
                Role::RightAnswer,
            )]
        }
        QuestionKind::Ordering { steps } => steps
            .iter()
            .map(|s| CitedText::new(s, Role::Step))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{MODULE, any_message, files};
    use super::*;

    #[test]
    fn pages_and_items_come_in_order_with_their_roles_and_sources() {
        let library = ContentLibrary::from_files(&files(MODULE), any_message).unwrap();
        let cited = library.cited_with(&|_| vec!["scene-word".to_owned()]);
        let pages = cited.iter().filter(|c| c.kind == CitedKind::Page).count();
        let items = cited.iter().filter(|c| c.kind == CitedKind::Quiz).count();
        assert_eq!(items, 2);
        assert_eq!(pages, 1);
        assert!(cited.iter().all(|c| !c.sources.is_empty()));
        // Pages come before their module's quiz, as the patient meets them.
        let first_quiz = cited
            .iter()
            .position(|c| c.kind == CitedKind::Quiz)
            .unwrap();
        assert!(
            cited[..first_quiz]
                .iter()
                .all(|c| c.kind == CitedKind::Page)
        );
        let roles: Vec<Role> = cited
            .iter()
            .flat_map(|c| c.texts.iter().map(|t| t.role))
            .collect();
        assert!(roles.contains(&Role::Explanation));
        assert!(roles.contains(&Role::RightAnswer));
        assert!(!Role::WrongAnswer.is_stated());
        assert!(Role::Paragraph.is_stated());
    }
}
