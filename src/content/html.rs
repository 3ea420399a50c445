//! The plain HTML text version of every lesson, for the browser build: screen readers on the
//! web and iOS (which AccessKit cannot reach yet) and search engines read it. It is generated
//! at build time from the same content and locale files as the app, never kept by hand.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::cited::Cited;
use super::library::{ContentLibrary, Module};
use super::model::{LessonPage, QuestionKind, QuizItem, Scene};
use super::review::review_sheet;
use crate::content::picture::{Labels, description};
use crate::i18n::{LOCALES, Localizer, args};

/// Every page of the text version, and beside it each language's clinical review sheet
/// (`<lang>/review.html`, see [`review_sheet`]): its path under the output folder and its
/// HTML. `blocks` are the cited blocks the review sheet lists (see [`review_sheet`]).
pub fn text_site(library: &ContentLibrary, blocks: &[Cited]) -> BTreeMap<String, String> {
    let mut site = BTreeMap::new();
    let (english, _) = Localizer::new(&[]);
    for locale in LOCALES {
        let (mut loc, _) = Localizer::for_tools(&[]);
        loc.select_tag(locale.tag);
        let lang = locale.tag;
        site.insert(
            format!("{lang}/index.html"),
            index_page(library, &loc, lang),
        );
        site.insert(
            format!("{lang}/review.html"),
            review_sheet(library, &loc, &english, lang, blocks),
        );
        for (number, module) in library.modules.iter().enumerate() {
            if let Some(page) = module_document(library, &loc, lang, number, module) {
                site.insert(format!("{lang}/{}.html", module.entry.id), page);
            }
        }
    }
    site
}

/// The text version's page of one module (the `number`th) in `lang`, if it has lessons.
fn module_document(
    library: &ContentLibrary,
    loc: &Localizer,
    lang: &str,
    number: usize,
    module: &Module,
) -> Option<String> {
    let content = module.content.as_ref()?;
    let title = loc.t(&module.entry.title);
    let mut body = String::new();
    let _ = write!(
        body,
        "<p><a href=\"index.html\">{}</a></p>\n<h1>{}</h1>\n<p>{}</p>\n",
        escape(&loc.t("text-version-contents")),
        escape(&format!(
            "{} · {title}",
            loc.t_args(
                "journey-module-number",
                &args(&[("number", (number + 1).into())])
            )
        )),
        escape(&loc.t(&module.entry.summary)),
    );
    for page in &content.pages {
        lesson_page(&mut body, library, loc, page);
    }
    if !content.quiz.is_empty() {
        let _ = writeln!(body, "<h2>{}</h2>", escape(&loc.t("text-version-check")));
        body.push_str("<ol>\n");
        for item in &content.quiz {
            quiz_item(&mut body, loc, item);
        }
        body.push_str("</ol>\n");
    }
    Some(document(lang, &title, loc, &body))
}

/// The text version's page of the module `id` alone (for the patient who asks for it in the
/// app), without building the whole site: in `loc`'s language, which `lang` names. The app's
/// own localizer, since in the browser it is the one that holds the language's words.
pub fn module_text_page(
    library: &ContentLibrary,
    loc: &Localizer,
    lang: &str,
    id: &str,
) -> Option<String> {
    let number = library.modules.iter().position(|m| m.entry.id == id)?;
    module_document(library, loc, lang, number, &library.modules[number])
}

fn index_page(library: &ContentLibrary, loc: &Localizer, lang: &str) -> String {
    let mut body = String::new();
    let _ = writeln!(body, "<h1>{}</h1>", escape(&loc.t("text-version-title")));
    let _ = writeln!(body, "<p>{}</p>", escape(&loc.t("title-intro")));
    let _ = writeln!(body, "<p>{}</p>", escape(&loc.t("title-disclaimer")));
    body.push_str("<ol>\n");
    for module in &library.modules {
        if module.content.is_some() {
            let _ = writeln!(
                body,
                "<li><a href=\"{}.html\">{}</a>: {}</li>",
                module.entry.id,
                escape(&loc.t(&module.entry.title)),
                escape(&loc.t(&module.entry.summary)),
            );
        }
    }
    body.push_str("</ol>\n");
    let _ = writeln!(
        body,
        "<h2>{}</h2>\n<ul>",
        escape(&loc.t("about-references"))
    );
    for source in library.cited_sources() {
        let _ = writeln!(
            body,
            "<li><strong>{}</strong>: {}</li>",
            escape(&source.tag),
            escape(&source.citation)
        );
    }
    body.push_str("</ul>\n");
    let _ = writeln!(
        body,
        "<p><a href=\"../../index.html?lang={lang}\">{}</a></p>",
        escape(&loc.t("text-version-open-app"))
    );
    let _ = writeln!(
        body,
        "<p class=\"sources\"><a href=\"review.html\">{}</a></p>",
        escape(&loc.t("review-link"))
    );
    document(lang, &loc.t("text-version-title"), loc, &body)
}

fn lesson_page(body: &mut String, library: &ContentLibrary, loc: &Localizer, page: &LessonPage) {
    let _ = writeln!(body, "<section>\n<h2>{}</h2>", escape(&loc.t(&page.title)));
    let picture = page
        .scene
        .and_then(scene_description)
        .map(|id| loc.t(id))
        .or_else(|| {
            page.illustration
                .map(|i| description(loc, i, Labels::Names))
        });
    if let Some(picture) = picture {
        let _ = writeln!(body, "<p><em>{}</em></p>", escape(&picture));
    }
    for paragraph in &page.body {
        let _ = writeln!(body, "<p>{}</p>", escape(&loc.t(paragraph)));
    }
    sources(body, library, loc, &page.sources);
    body.push_str("</section>\n");
}

fn quiz_item(body: &mut String, loc: &Localizer, item: &QuizItem) {
    let _ = writeln!(body, "<li>\n<p>{}</p>", escape(&loc.t(&item.prompt)));
    // The drawing the question is about, in words that do not give the answer away.
    if let Some(illustration) = item.illustration {
        let picture = description(loc, illustration, Labels::Shapes);
        let _ = writeln!(body, "<p><em>{}</em></p>", escape(&picture));
    }
    let answer = match &item.kind {
        QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices } => {
            body.push_str("<ul>\n");
            for choice in choices {
                let _ = writeln!(body, "<li>{}</li>", escape(&loc.t(&choice.text)));
            }
            body.push_str("</ul>\n");
            choices
                .iter()
                .filter(|c| c.correct)
                .map(|c| loc.t(&c.text))
                .collect::<Vec<_>>()
                .join(" · ")
        }
        QuestionKind::TrueFalse { answer } => {
            loc.t(if *answer { "quiz-true" } else { "quiz-false" })
        }
        QuestionKind::Hotspot { target, .. } => loc.t(target.label_id()),
        QuestionKind::Ordering { steps } => steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {}", i + 1, loc.t(s)))
            .collect::<Vec<_>>()
            .join(" "),
    };
    let _ = writeln!(
        body,
        "<details><summary>{}</summary>\n<p><strong>{}</strong></p>\n<p>{}</p>\n</details>\n</li>",
        escape(&loc.t("text-version-answer")),
        escape(&answer),
        escape(&loc.t(&item.explanation)),
    );
}

fn sources(body: &mut String, library: &ContentLibrary, loc: &Localizer, tags: &[String]) {
    if tags.is_empty() {
        return;
    }
    let cited: Vec<String> = tags
        .iter()
        .map(|tag| {
            library.source(tag).map_or_else(
                || escape(tag),
                |s| {
                    format!(
                        "<abbr title=\"{}\">{}</abbr>",
                        escape(&s.citation),
                        escape(tag)
                    )
                },
            )
        })
        .collect();
    let _ = writeln!(
        body,
        "<p class=\"sources\">{} {}</p>",
        escape(&loc.t("sources-label")),
        cited.join(", ")
    );
}

/// The words for a drawing a scene shows (scenes drawn as illustrations use those).
fn scene_description(scene: Scene) -> Option<&'static str> {
    Some(match scene {
        Scene::SideLight => "a11y-scene-side-light",
        Scene::PulseLength => "a11y-scene-pulse-length",
        Scene::Wavelength => "a11y-scene-wavelength",
        Scene::FractionalLens => "a11y-scene-fractional-lens",
        Scene::Remodelling => "a11y-scene-remodelling",
        Scene::DowntimeTimeline => "a11y-scene-downtime-timeline",
        Scene::EventPlanner => "a11y-scene-event-planner",
        Scene::ScarExplorer => "a11y-picture-explorer",
        Scene::ScarSort | Scene::RoutineGame => return None,
    })
}

fn document(lang: &str, title: &str, loc: &Localizer, body: &str) -> String {
    let mut languages = String::new();
    for locale in LOCALES {
        let _ = write!(
            languages,
            " <a href=\"../{0}/index.html\" hreflang=\"{0}\" lang=\"{0}\">{1}</a>",
            locale.tag,
            escape(locale.native_name)
        );
    }
    format!(
        "{}<body>\n<nav aria-label=\"{}\">{languages}</nav>\n<main>\n{body}</main>\n\
         </body>\n</html>\n",
        head(lang, title),
        escape(&loc.t("settings-language")),
    )
}

/// The start of a page of the text version (or of the review sheet beside it), up to its
/// `<body>`: language, title, the shared style sheet, and a policy that lets the page load
/// only its own files (and its empty icon).
pub fn head(lang: &str, title: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <title>{} · Scarwise</title>\n<link rel=\"stylesheet\" href=\"../text.css\">\n\
         </head>\n",
        escape(title),
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// The style sheet the pages link to (large, readable text; the page's own origin only).
pub const STYLE: &str = "body{font:1.2rem/1.6 system-ui,sans-serif;margin:0 auto;max-width:44rem;\
padding:1rem;color:#1b2830;background:#fff}a{color:#0b636e}nav a{margin-right:.8rem}\
.sources{color:#4a5a64;font-size:1rem}details{margin:.5rem 0 1.5rem}summary{cursor:pointer;\
color:#0b636e}section{border-top:1px solid #b8c6cc;margin-top:1.5rem}\
body.review{max-width:64rem}table{border-collapse:collapse;width:100%;font-size:1rem}\
th,td{border:1px solid #b8c6cc;padding:.3rem .5rem;text-align:left;vertical-align:top}\
td code{font-size:.8rem;word-break:break-all}.sentence{display:block}.claim{color:#a03a00;\
font-weight:bold}tr.right td:first-child{font-weight:bold}tr.wrong{color:#4a5a64}\
.sign-off{border:2px solid #1b2830;padding:.5rem 1rem;margin:1.5rem 0;break-inside:avoid}\
@media print{body{font-size:11pt}nav{display:none}section{break-before:page}}\
@media (prefers-color-scheme: dark){body{background:#111;color:#eee}a,summary{color:#8fd3dc}\
.claim{color:#ffb38a}tr.wrong{color:#aab}.sign-off{border-color:#eee}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    /// The page the patient saves is in the words the app holds: in the browser, those the
    /// page handed over (here Spanish with one module title changed), not a copy of its own.
    #[test]
    fn a_saved_page_uses_the_apps_own_words() {
        let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        let (mut loc, _) = Localizer::new(&[]);
        let library = ContentLibrary::read_dir(&assets, |id| loc.has_reference_message(id))
            .unwrap_or_else(|e| panic!("{e}"));
        let module = &library.modules[0];
        let (spanish, _) = Localizer::new(&["es".parse().unwrap()]);
        let shipped = format!(
            "{} = {}",
            module.entry.title,
            spanish.t(&module.entry.title)
        );
        let handed = format!("{} = Entregado por la página", module.entry.title);
        let es = LOCALES.iter().find(|l| l.tag == "es").unwrap();
        let files: Vec<(String, String)> = es
            .files
            .iter()
            .map(|(name, text)| ((*name).to_owned(), text.replace(&shipped, &handed)))
            .collect();
        assert!(files.iter().any(|(_, text)| text.contains(&handed)));
        assert!(loc.install("es", &files).is_empty());
        loc.select_tag("es");
        let page = module_text_page(&library, &loc, "es", &module.entry.id).unwrap();
        assert!(page.contains("Entregado por la página"), "{page}");
        assert!(page.contains("lang=\"es\""));
    }
}
