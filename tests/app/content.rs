//! The shipped content as a whole: it validates, covers every module, scene and question kind,
//! and reads at about a 6th-grade level in English.
//!
//! `cargo test --test content -- --nocapture` prints the counts and reading levels.

use std::collections::{BTreeMap, BTreeSet};

use scarwise::content::ContentLibrary;
use scarwise::content::model::{QuestionKind, Scene};
use scarwise::content::reading::Counts;
use scarwise::i18n::Localizer;

fn shipped() -> (ContentLibrary, Localizer) {
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let (loc, errors) = Localizer::new(&[]);
    assert!(errors.is_empty(), "{errors:?}");
    let library = ContentLibrary::read_dir(&assets, |id| loc.has_reference_message(id))
        .unwrap_or_else(|errors| panic!("shipped content has errors: {errors}"));
    (library, loc)
}

/// Every message id the scenes' code names: the id-shaped string literals in the files under
/// `src/scenes/` (what `t("...")`, `t_args("...")` and the id-choosing matches hold), and the
/// routine items' names and reasons, which are built as `routine-<id>` and `routine-<id>-why`.
fn scene_message_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut folders = vec![std::path::PathBuf::from(format!(
        "{}/src/scenes",
        env!("CARGO_MANIFEST_DIR")
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/scenes") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable");
                ids.extend(id_literals(&text));
            }
        }
    }
    for item in scarwise::scenes::routine::rules::ITEMS {
        ids.insert(format!("routine-{}", item.id));
        ids.insert(format!("routine-{}-why", item.id));
    }
    ids
}

/// The string literals in `source` shaped like message ids: lower-case words joined by hyphens.
fn id_literals(source: &str) -> Vec<String> {
    let is_id = |s: &str| {
        s.contains('-')
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && !s.ends_with('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let quotes: Vec<usize> = source.match_indices('"').map(|(i, _)| i).collect();
    quotes
        .windows(2)
        .map(|pair| &source[pair[0] + 1..pair[1]])
        .filter(|s| is_id(s))
        .map(String::from)
        .collect()
}

/// The message ids each shipped language's `.ftl` files define.
fn locale_ids() -> Vec<(&'static str, BTreeSet<String>)> {
    scarwise::i18n::LOCALES
        .iter()
        .map(|locale| {
            let ids = locale
                .files
                .iter()
                .flat_map(|(_, text)| text.lines())
                .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|line| line.split_once('='))
                .map(|(id, _)| id.trim().to_string())
                .collect();
            (locale.tag, ids)
        })
        .collect()
}

#[test]
fn every_message_the_scenes_use_exists_in_every_language() {
    let used = scene_message_ids();
    assert!(used.contains("scene-skin-tone-n") && used.contains("routine-sunscreen-why"));
    assert!(
        used.len() > 80,
        "{} ids: is the scan still finding them?",
        used.len()
    );
    for (tag, defined) in locale_ids() {
        let missing: Vec<&String> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
    }
}

/// The review sheet and the evidence tests read each scene's words from its list: every id the
/// scenes' code names is on the list of some scene.
#[test]
fn every_message_the_scenes_use_is_on_a_scenes_word_list() {
    let listed: BTreeSet<String> = scarwise::scenes::words::ALL
        .into_iter()
        .flat_map(scarwise::scenes::words::words)
        .collect();
    let unlisted: Vec<String> = scene_message_ids().difference(&listed).cloned().collect();
    assert!(
        unlisted.is_empty(),
        "add to src/scenes/words.rs: {unlisted:?}"
    );
}

fn kind_name(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice { .. } => "single choice",
        QuestionKind::MultipleChoice { .. } => "select all",
        QuestionKind::TrueFalse { .. } => "true/false",
        QuestionKind::Hotspot { .. } => "tap the picture",
        QuestionKind::Ordering { .. } => "ordering",
    }
}

#[test]
fn every_module_has_lessons_a_quiz_and_at_least_40_items_in_all() {
    let (library, _) = shipped();
    let mut total = 0;
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for module in &library.modules {
        let content = module
            .content
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no content", module.entry.id));
        assert!(content.pages.len() >= 4, "{}: few pages", module.entry.id);
        assert!(
            content.quiz.len() >= 8,
            "{}: few quiz items",
            module.entry.id
        );
        let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
        for item in &content.quiz {
            *by_kind.entry(kind_name(&item.kind)).or_default() += 1;
            *kinds.entry(kind_name(&item.kind)).or_default() += 1;
        }
        println!(
            "{:<16} {:>2} pages, {:>2} items: {by_kind:?}",
            module.entry.id,
            content.pages.len(),
            content.quiz.len()
        );
        total += content.quiz.len();
    }
    println!("total {total} items: {kinds:?}");
    assert!(total >= 40, "{total} quiz items");
    assert_eq!(kinds.len(), 5, "every question kind is used: {kinds:?}");
}

#[test]
fn every_scene_is_on_a_page_of_its_module() {
    let (library, _) = shipped();
    let expected = [
        ("scar-types", Scene::ScarExplorer),
        ("scar-types", Scene::SideLight),
        ("scar-types", Scene::ScarSort),
        ("how-pico-works", Scene::PulseLength),
        ("how-pico-works", Scene::Wavelength),
        ("how-pico-works", Scene::FractionalLens),
        ("how-pico-works", Scene::Remodelling),
        ("downtime", Scene::DowntimeTimeline),
        ("downtime", Scene::EventPlanner),
        ("aftercare", Scene::RoutineGame),
    ];
    for (module, scene) in expected {
        let pages = library
            .module(module)
            .and_then(|m| m.content.as_ref())
            .map(|c| c.pages.as_slice())
            .unwrap_or_default();
        assert!(
            pages.iter().any(|p| p.scene == Some(scene)),
            "{scene:?} is not in {module}"
        );
    }
}

#[test]
fn every_cited_source_is_listed_with_a_citation() {
    let (library, _) = shipped();
    let listed: Vec<&str> = library.sources.iter().map(|s| s.tag.as_str()).collect();
    let mut checked = 0;
    for module in &library.modules {
        let content = module.content.as_ref().expect("every module is written");
        let cited = content
            .pages
            .iter()
            .flat_map(|p| &p.sources)
            .chain(content.quiz.iter().flat_map(|q| &q.sources));
        for tag in cited {
            assert!(
                listed.contains(&tag.as_str()),
                "{tag} in {}",
                module.entry.id
            );
            checked += 1;
        }
    }
    // Not vacuous: the lessons and quizzes cite their sources throughout.
    let items: usize = library
        .modules
        .iter()
        .filter_map(|m| m.content.as_ref())
        .map(|c| c.pages.len() + c.quiz.len())
        .sum();
    assert!(
        checked >= items,
        "{checked} citations for {items} pages and items"
    );
    assert!(
        library
            .sources
            .iter()
            .all(|s| !s.citation.trim().is_empty())
    );
}

/// Flesch-Kincaid grade of every lesson page and quiz item in English; the average must be
/// at most 7 (the aim is 6).
#[test]
fn english_reads_at_about_a_sixth_grade_level() {
    let (library, loc) = shipped();
    let mut units: Vec<(String, Counts)> = Vec::new();
    for module in &library.modules {
        let Some(content) = &module.content else {
            continue;
        };
        for page in &content.pages {
            let text: Vec<String> = page.body.iter().map(|id| loc.t(id)).collect();
            units.push((
                format!("{}/{}", module.entry.id, page.id),
                Counts::of(&text.join(" ")),
            ));
        }
        for item in &content.quiz {
            let mut text = vec![loc.t(&item.prompt), loc.t(&item.explanation)];
            match &item.kind {
                QuestionKind::SingleChoice { choices }
                | QuestionKind::MultipleChoice { choices } => {
                    text.extend(choices.iter().map(|c| loc.t(&c.text)));
                }
                QuestionKind::Ordering { steps } => text.extend(steps.iter().map(|s| loc.t(s))),
                _ => {}
            }
            units.push((
                format!("{}/q/{}", module.entry.id, item.id),
                Counts::of(&text.join(" ")),
            ));
        }
    }
    let scene_text: Vec<String> = scene_message_ids()
        .iter()
        .map(|id| loc.t(id))
        .filter(|t| t.contains(". "))
        .collect();
    units.push(("scenes".into(), Counts::of(&scene_text.join(" "))));

    let grades: Vec<(String, f64)> = units
        .iter()
        .filter_map(|(name, counts)| counts.grade().map(|g| (name.clone(), g)))
        .collect();
    let mean = grades.iter().map(|(_, g)| g).sum::<f64>() / grades.len() as f64;
    let corpus = units
        .iter()
        .fold(Counts::default(), |all, (_, c)| all + *c)
        .grade()
        .unwrap_or_default();
    let mut hardest = grades.clone();
    hardest.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!(
        "reading level: mean of {} units {mean:.2}, whole text {corpus:.2}",
        grades.len()
    );
    for (name, grade) in hardest.iter().take(8) {
        println!("  hardest: {name} {grade:.1}");
    }
    assert!(
        mean <= 7.0,
        "mean grade {mean:.2}; hardest: {:?}",
        &hardest[..5]
    );
    assert!(corpus <= 7.0, "whole-text grade {corpus:.2}");
}

#[test]
fn consultation_flags_cite_listed_sources_and_have_words_in_every_language() {
    let (library, loc) = shipped();
    let listed: Vec<&str> = library.sources.iter().map(|s| s.tag.as_str()).collect();
    for flag in &scarwise::consult::model::FLAGS {
        for tag in flag.sources {
            assert!(listed.contains(tag), "{}: {tag}", flag.id);
        }
        for id in [
            format!("prep-flag-{}", flag.id),
            format!("prep-flag-{}-why", flag.id),
        ] {
            assert!(loc.has_reference_message(&id), "{id}");
        }
    }
    for theme in &scarwise::consult::model::THEMES {
        assert!(loc.has_reference_message(theme.title));
        for id in theme.questions {
            assert!(loc.has_reference_message(id), "{id}");
        }
    }
}

/// The web build's text version: every language, every module, every page title, question
/// and explanation, as HTML with the right language tag, and nothing left unescaped.
#[test]
fn text_version_holds_every_lesson_in_every_language() {
    let (library, _) = shipped();
    let site =
        scarwise::content::html::text_site(&library, &scarwise::consult::cited::cited_flags());
    for locale in scarwise::i18n::LOCALES {
        let mut loc = Localizer::new(&[]).0;
        loc.select_tag(locale.tag);
        let index = &site[&format!("{}/index.html", locale.tag)];
        assert!(index.contains(&format!("<html lang=\"{}\">", locale.tag)));
        for module in &library.modules {
            let content = module.content.as_ref().expect("every module is written");
            let page = site
                .get(&format!("{}/{}.html", locale.tag, module.entry.id))
                .unwrap_or_else(|| panic!("{} has no page for {}", locale.tag, module.entry.id));
            assert!(index.contains(&format!("href=\"{}.html\"", module.entry.id)));
            let escaped = |id: &str| scarwise::content::html::escape(&loc.t(id));
            for lesson in &content.pages {
                assert!(
                    page.contains(&escaped(&lesson.title)),
                    "{}: {}",
                    locale.tag,
                    lesson.title
                );
                for paragraph in &lesson.body {
                    assert!(
                        page.contains(&escaped(paragraph)),
                        "{}: {paragraph}",
                        locale.tag
                    );
                }
            }
            for item in &content.quiz {
                assert!(
                    page.contains(&escaped(&item.prompt)),
                    "{}: {}",
                    locale.tag,
                    item.prompt
                );
                assert!(page.contains(&escaped(&item.explanation)));
            }
            // Only the tags the generator writes: no stray markup from the text.
            let tags: std::collections::BTreeSet<&str> = page
                .split('<')
                .skip(1)
                .filter_map(|t| t.split([' ', '>']).next())
                .collect();
            for tag in tags {
                assert!(
                    [
                        "!doctype", "html", "/html", "head", "/head", "meta", "title", "/title",
                        "link", "body", "/body", "nav", "/nav", "a", "/a", "main", "/main", "h1",
                        "/h1", "h2", "/h2", "p", "/p", "em", "/em", "section", "/section", "ol",
                        "/ol", "ul", "/ul", "li", "/li", "details", "/details", "summary",
                        "/summary", "strong", "/strong", "abbr", "/abbr"
                    ]
                    .contains(&tag),
                    "unexpected <{tag}> in {}/{}",
                    locale.tag,
                    module.entry.id
                );
            }
        }
    }
}
