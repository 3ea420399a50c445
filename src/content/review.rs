//! The clinical review sheet: every lesson sentence and quiz item in one language, with its
//! right answer, its explanation and the full citation of each source it rests on, grouped by
//! module, with a sign-off block per module. A clinic's doctor reads and signs it before the
//! clinic gives Scarwise to patients. Generated from the same content and locale files as
//! the app and the text version (`text-version` writes it beside them; `review-sheet` writes
//! it alone), so it never drifts from what patients see.

use std::fmt::Write as _;

use super::cited::{Cited, CitedKind, Role};
use super::claims::{is_claim, sentences};
use super::html::{escape, head};
use super::library::ContentLibrary;
use crate::i18n::{Localizer, args};

/// The review sheet in `loc`'s current language, as an HTML document. `blocks` are every
/// cited block to list (the modules' pages, scenes and quiz items from
/// [`ContentLibrary::cited_with`], and others such as the consultation prep's questions);
/// those of a module are grouped under it, in the journey's order, the rest come last.
/// `english` reads the same messages in English, which decides which texts carry a medical
/// claim.
pub fn review_sheet(
    library: &ContentLibrary,
    loc: &Localizer,
    english: &Localizer,
    lang: &str,
    blocks: &[Cited],
) -> String {
    let mut body = String::new();
    let _ = writeln!(body, "<h1>{}</h1>", escape(&loc.t("review-title")));
    for id in ["review-intro", "review-how", "review-change"] {
        let _ = writeln!(body, "<p>{}</p>", escape(&loc.t(id)));
    }
    let _ = writeln!(
        body,
        "<p class=\"legend\"><span class=\"claim\">✱</span> {}</p>",
        escape(&loc.t("review-claim-legend"))
    );
    let _ = writeln!(body, "<p>{}</p>", escape(&loc.t("review-placeholders")));

    for (number, module) in library.modules.iter().enumerate() {
        let of_module: Vec<&Cited> = blocks
            .iter()
            .filter(|c| c.group == module.entry.id)
            .collect();
        if of_module.is_empty() {
            continue;
        }
        let heading = format!(
            "{} · {}",
            loc.t_args(
                "journey-module-number",
                &args(&[("number", (number + 1).into())])
            ),
            loc.t(&module.entry.title)
        );
        section(&mut body, library, loc, english, &heading, &of_module);
    }
    let others: Vec<&Cited> = blocks
        .iter()
        .filter(|c| library.module(&c.group).is_none())
        .collect();
    if !others.is_empty() {
        section(
            &mut body,
            library,
            loc,
            english,
            &loc.t("review-other"),
            &others,
        );
    }
    document(lang, &loc.t("review-title"), loc, &body)
}

/// One module (or the other blocks): its pages and items, the sources they cite, and the
/// sign-off lines.
fn section(
    body: &mut String,
    library: &ContentLibrary,
    loc: &Localizer,
    english: &Localizer,
    heading: &str,
    blocks: &[&Cited],
) {
    let _ = writeln!(body, "<section>\n<h2>{}</h2>", escape(heading));
    let mut quiz_started = false;
    for block in blocks {
        if block.kind == CitedKind::Quiz && !quiz_started {
            let _ = writeln!(body, "<h3>{}</h3>", escape(&loc.t("review-quiz")));
            quiz_started = true;
        }
        let name = match block.texts.first() {
            Some(first) if first.role == Role::Title => loc.t(&first.id),
            _ => block.id.clone(),
        };
        let _ = writeln!(
            body,
            "<h4 id=\"{}-{}\">{}</h4>",
            escape(&block.group),
            escape(&block.id),
            escape(&name)
        );
        let _ = writeln!(
            body,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            escape(&loc.t("review-col-part")),
            escape(&loc.t("review-col-text")),
            escape(&loc.t("review-col-id")),
        );
        for text in block.texts.iter().filter(|t| t.role != Role::Title) {
            let words = loc.t(&text.id);
            let claim = is_claim(&english.t(&text.id)) && text.role.is_stated();
            let mut cell = String::new();
            for sentence in sentences(&words) {
                let _ = write!(
                    cell,
                    "<span class=\"sentence\">{}</span> ",
                    escape(sentence)
                );
            }
            let _ = writeln!(
                body,
                "<tr class=\"{}\"><td>{}{}</td><td>{}</td><td><code>{}</code></td></tr>",
                role_class(text.role),
                if claim {
                    "<span class=\"claim\">✱</span> "
                } else {
                    ""
                },
                escape(&loc.t(role_label(text.role))),
                cell.trim_end(),
                escape(&text.id),
            );
        }
        body.push_str("</tbody>\n</table>\n");
        let _ = writeln!(
            body,
            "<p class=\"sources\">{}</p>\n<ul class=\"citations\">",
            escape(&loc.t("review-sources"))
        );
        for tag in &block.sources {
            let citation = library
                .source(tag)
                .map_or_else(|| loc.t("review-source-missing"), |s| s.citation.clone());
            let _ = writeln!(
                body,
                "<li><strong>{}</strong>: {}</li>",
                escape(tag),
                escape(&citation)
            );
        }
        body.push_str("</ul>\n");
    }
    let _ = writeln!(
        body,
        "<div class=\"sign-off\">\n<p><strong>{}</strong></p>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n</div>\n</section>",
        escape(&loc.t("review-sign-off")),
        escape(&loc.t("review-reviewer")),
        escape(&loc.t("review-date")),
        escape(&loc.t("review-signature")),
        escape(&loc.t("review-changes")),
    );
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Title => "review-role-title",
        Role::Paragraph => "review-role-paragraph",
        Role::Prompt => "review-role-prompt",
        Role::RightAnswer => "review-role-right",
        Role::WrongAnswer => "review-role-wrong",
        Role::Step => "review-role-step",
        Role::Explanation => "review-role-explanation",
        Role::Scene => "review-role-scene",
    }
}

fn role_class(role: Role) -> &'static str {
    match role {
        Role::RightAnswer => "right",
        Role::WrongAnswer => "wrong",
        _ => "text",
    }
}

fn document(lang: &str, title: &str, loc: &Localizer, body: &str) -> String {
    format!(
        "{}<body class=\"review\">\n<main>\n{body}<p><a href=\"index.html\">{}</a></p>\n\
         </main>\n</body>\n</html>\n",
        head(lang, title),
        escape(&loc.t("text-version-contents")),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixture::library;
    use super::*;

    #[test]
    fn the_sheet_lists_every_text_its_answers_and_full_citations() {
        let library = library();
        let (loc, _) = Localizer::for_tools(&[]);
        let sheet = review_sheet(
            &library,
            &loc,
            &loc,
            "en",
            &library.cited_with(&|_| Vec::new()),
        );
        assert!(sheet.starts_with("<!doctype html>\n<html lang=\"en\">"));
        // The page's policy lets its empty favicon load (the browser test logs a violation).
        assert!(sheet.contains("default-src 'self'; img-src 'self' data:"));
        for id in [
            "p1-body",
            "q1-prompt",
            "q1-a",
            "q1-b",
            "q1-why",
            "q2-why",
            "quiz-false",
        ] {
            assert!(sheet.contains(&format!("<code>{id}</code>")), "{id}");
        }
        // The right choice is marked right, the distractor wrong.
        assert!(sheet.contains(&format!(
            "<tr class=\"right\"><td>{}</td>",
            loc.t("review-role-right")
        )));
        assert!(sheet.contains("<tr class=\"wrong\">"));
        // Each block names its sources in full, and the module has its sign-off.
        assert_eq!(sheet.matches("A. Author. A paper. 2001.").count(), 3);
        assert_eq!(sheet.matches("class=\"sign-off\"").count(), 1);
    }
}
