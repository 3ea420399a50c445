//! Reading a module's lesson: which page shows, turning pages, and the bookmark that lets the
//! patient continue where they stopped.

use bevy::prelude::*;

use crate::content::Content;
use crate::progress::{Bookmark, ModuleStatus, PlayerProgress};
use crate::state::{AppSystems, Screen};
use crate::visit::ForgetWithVisit;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ActiveLesson>()
        .forget_with_visit::<ActiveLesson>()
        .add_message::<LessonInput>()
        .add_message::<LessonOpened>()
        .add_systems(Update, apply_input.in_set(AppSystems::Apply));
}

/// The module and page being read.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct ActiveLesson {
    pub module: String,
    pub page: usize,
}

/// What the patient does with lessons.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub enum LessonInput {
    /// Open an unlocked module's lesson at its first page (from the map or the results).
    Open(String),
    /// Journey map: back to the lesson page last read (the bookmark).
    Continue,
    /// Journey map's Today card: the page (by id) that explains today, in any written
    /// module, locked or not: reading is never locked away from a patient in treatment.
    OpenPage {
        module: String,
        page: String,
    },
    NextPage,
    PreviousPage,
}

/// A lesson was opened (navigation shows it).
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct LessonOpened;

pub(crate) fn apply_input(
    mut input: MessageReader<LessonInput>,
    screen: Res<State<Screen>>,
    content: Option<Res<Content>>,
    mut progress: ResMut<PlayerProgress>,
    mut lesson: ResMut<ActiveLesson>,
    mut opened: MessageWriter<LessonOpened>,
) {
    let screen = *screen.get();
    let content = content.as_deref();
    for message in input.read() {
        match message {
            LessonInput::Open(id) if matches!(screen, Screen::Journey | Screen::Results) => {
                if let Some(open) = open_module(content, &progress, id) {
                    *lesson = open;
                    mark_page(&mut progress, &lesson);
                    opened.write(LessonOpened);
                }
            }
            LessonInput::Continue if screen == Screen::Journey => {
                let Some(mark) = progress.0.bookmark.clone() else {
                    continue;
                };
                if let Some(open) = open_module(content, &progress, &mark.module) {
                    *lesson = open;
                    lesson.page = mark
                        .page
                        .min(page_count(content, &lesson).saturating_sub(1));
                    opened.write(LessonOpened);
                }
            }
            LessonInput::OpenPage { module, page } if screen == Screen::Journey => {
                let index = content
                    .and_then(|c| c.module(module))
                    .and_then(|m| m.content.as_ref())
                    .and_then(|c| c.pages.iter().position(|p| p.id == *page));
                let Some(index) = index else {
                    warn!("no lesson page \"{module}/{page}\"");
                    continue;
                };
                *lesson = ActiveLesson {
                    module: module.clone(),
                    page: index,
                };
                mark_page(&mut progress, &lesson);
                opened.write(LessonOpened);
            }
            LessonInput::NextPage if screen == Screen::Lesson => {
                if lesson.page + 1 < page_count(content, &lesson) {
                    lesson.page += 1;
                }
                mark_page(&mut progress, &lesson);
            }
            LessonInput::PreviousPage if screen == Screen::Lesson => {
                lesson.page = lesson.page.saturating_sub(1);
                mark_page(&mut progress, &lesson);
            }
            other => debug!("lesson: ignored {other:?} on {screen:?}"),
        }
    }
}

/// Pages in the lesson being read.
fn page_count(content: Option<&Content>, lesson: &ActiveLesson) -> usize {
    content
        .and_then(|c| c.module(&lesson.module))
        .and_then(|m| m.content.as_ref())
        .map_or(0, |c| c.pages.len())
}

/// Remembers the page on screen as the place to continue from.
fn mark_page(progress: &mut PlayerProgress, lesson: &ActiveLesson) {
    progress.0.bookmark = Some(Bookmark {
        module: lesson.module.clone(),
        page: lesson.page,
    });
}

/// The lesson to open at its first page, if the module is unlocked and written.
fn open_module(
    content: Option<&Content>,
    progress: &PlayerProgress,
    id: &str,
) -> Option<ActiveLesson> {
    let content = content?;
    let Some(index) = content.module_index(id) else {
        warn!("no module \"{id}\"");
        return None;
    };
    let order = content.module_order();
    if progress.status(&order, index) == ModuleStatus::Locked {
        debug!("module \"{id}\" is still locked");
        return None;
    }
    content.modules[index].content.as_ref()?;
    Some(ActiveLesson {
        module: id.to_owned(),
        page: 0,
    })
}
