//! Every claim a patient reads holds to the evidence brief: each text that carries a number or a
//! medical claim has a source; each figure appears in a fact of the brief that one of those
//! sources backs; quiz answers use the figures their lesson teaches; and every translation keeps
//! the English figures and hedges ("about", "can", "often").
//!
//! The brief is copied into `tests/fixtures/evidence-brief.md` (a fresh clone has no
//! `../shared`); keep it equal to `shared/content/evidence-brief.md`.

use std::collections::BTreeMap;
use std::path::Path;

use scarwise::companion::cited::cited_today;
use scarwise::consult::cited::cited_flags;
use scarwise::content::ContentLibrary;
use scarwise::content::brief::{Fact, brief_facts};
use scarwise::content::cited::{Cited, CitedKind, Role};
use scarwise::content::claims::{Hedge, is_claim, numbers, sentences};
use scarwise::content::html::{escape, text_site};
use scarwise::content::review::review_sheet;
use scarwise::i18n::{LOCALES, Localizer};
use scarwise::scenes::words::words;

const BRIEF: &str = include_str!("../fixtures/evidence-brief.md");

fn shipped() -> (ContentLibrary, Localizer) {
    let (loc, errors) = Localizer::new(&[]);
    assert!(errors.is_empty(), "{errors:?}");
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let library = ContentLibrary::read_dir(&assets, |id| loc.has_reference_message(id))
        .unwrap_or_else(|e| panic!("{e}"));
    (library, loc)
}

/// Every cited block a patient reads: the modules' pages (with their scenes' words) and quiz
/// items, and the prep's flags.
fn blocks(library: &ContentLibrary) -> Vec<Cited> {
    let mut blocks = library.cited_with(&words);
    blocks.extend(cited_flags());
    blocks.extend(cited_today());
    blocks
}

fn localizer(tag: &str) -> Localizer {
    let (mut loc, _) = Localizer::for_tools(&[]);
    loc.select_tag(tag);
    loc
}

fn sorted(mut list: Vec<String>) -> Vec<String> {
    list.sort();
    list
}

fn fail_with(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every figure of the English is in each translation, and a translation adds none (but the
/// small counts some languages write in digits).
#[test]
fn every_translation_keeps_the_english_figures() {
    let (_, english) = shipped();
    let mut problems = Vec::new();
    for locale in &LOCALES[1..] {
        let loc = localizer(locale.tag);
        // Month names are words in English and numbered in Chinese ("3月" for March).
        for id in english
            .reference_ids()
            .filter(|id| !id.starts_with("date-month-"))
        {
            let want = sorted(numbers(&english.t(id)));
            let mut got = sorted(numbers(&loc.t(id)));
            // A language may write a small count in digits where English has a word: Chinese
            // "1 小时" for "an hour", "每月 1 次" for "monthly", "2 人" for "two of them".
            for small in ["1", "2"] {
                let count = |list: &[String]| list.iter().filter(|n| *n == small).count();
                for _ in 0..count(&got).saturating_sub(count(&want)) {
                    if let Some(at) = got.iter().position(|n| n == small) {
                        got.remove(at);
                    }
                }
            }
            if want != got {
                problems.push(format!(
                    "{} {id}: English has {want:?}, the translation {got:?}",
                    locale.tag
                ));
            }
        }
    }
    fail_with(&problems);
}

#[test]
fn every_translation_keeps_the_english_hedges() {
    let (library, english) = shipped();
    let mut problems = Vec::new();
    for locale in &LOCALES[1..] {
        let loc = localizer(locale.tag);
        for block in blocks(&library) {
            for text in &block.texts {
                let (en, translated) = (english.t(&text.id), loc.t(&text.id));
                for hedge in Hedge::ALL {
                    if hedge.in_english(&en)
                        && hedge.in_language(locale.tag, &translated) == Some(false)
                    {
                        problems.push(format!(
                            "{} {}: {hedge:?} dropped: \"{en}\" -> \"{translated}\"",
                            locale.tag, text.id
                        ));
                    }
                }
            }
        }
    }
    fail_with(&problems);
}

#[test]
fn every_claim_rests_on_a_listed_source() {
    let (library, english) = shipped();
    let mut problems = Vec::new();
    for block in blocks(&library) {
        let claims: Vec<&str> = block
            .texts
            .iter()
            .filter(|t| t.role.is_stated() && is_claim(&english.t(&t.id)))
            .map(|t| t.id.as_str())
            .collect();
        if !claims.is_empty() && block.sources.is_empty() {
            problems.push(format!(
                "{}/{}: {claims:?} have no source",
                block.group, block.id
            ));
        }
        for tag in &block.sources {
            if library.source(tag).is_none() {
                problems.push(format!("{}/{}: {tag} is not listed", block.group, block.id));
            }
        }
    }
    fail_with(&problems);
}

/// Figures that frame another figure rather than claim one: the 100 of "43 in 100" (the
/// brief's 43 %) and the ends of a pain scale ("0 is no pain and 10 is the worst").
fn is_frame(text: &str, figure: &str) -> bool {
    match figure {
        "100" => text.contains(" in 100"),
        "0" | "10" => text.contains("out of 10") && text.contains("0 is no pain"),
        _ => false,
    }
}

#[test]
fn every_figure_is_in_a_fact_the_cited_sources_back() {
    let (library, english) = shipped();
    let facts = brief_facts(BRIEF);
    assert!(
        facts.len() > 50,
        "the brief fixture was read: {}",
        facts.len()
    );
    let backed = |figure: &str, tags: &[String]| {
        facts.iter().any(|fact: &Fact| {
            fact.tags.iter().any(|t| tags.contains(t))
                && numbers(&fact.text).iter().any(|n| n == figure)
        })
    };
    let mut problems = Vec::new();
    for block in blocks(&library) {
        for text in block.texts.iter().filter(|t| t.role.is_stated()) {
            let words = english.t(&text.id);
            // A scene's label ("0.5 mm" under a scale bar, "Skin tone 3 of 6") frames the
            // drawing; its sentences are claims like any other.
            let label = text.role == Role::Scene && !words.trim_end().ends_with(['.', '?', '!']);
            for figure in numbers(&words) {
                if !label && !is_frame(&words, &figure) && !backed(&figure, &block.sources) {
                    problems.push(format!(
                        "{}/{} {}: {figure} is in no fact of {:?}: \"{words}\"",
                        block.group, block.id, text.id, block.sources
                    ));
                }
            }
        }
    }
    fail_with(&problems);
}

#[test]
fn quiz_answers_use_the_figures_their_lessons_teach() {
    let (library, english) = shipped();
    let blocks = library.cited_with(&words);
    // What the patient has been taught by the end of each module's lessons: its own pages
    // and every earlier module's.
    let mut taught: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut so_far: Vec<String> = Vec::new();
    for module in &library.modules {
        for block in blocks
            .iter()
            .filter(|b| b.kind == CitedKind::Page && b.group == module.entry.id)
        {
            for text in &block.texts {
                so_far.extend(numbers(&english.t(&text.id)));
            }
        }
        taught.insert(module.entry.id.as_str(), so_far.clone());
    }
    let mut problems = Vec::new();
    for block in blocks.iter().filter(|b| b.kind == CitedKind::Quiz) {
        let lesson = taught
            .get(block.group.as_str())
            .cloned()
            .unwrap_or_default();
        for text in block
            .texts
            .iter()
            .filter(|t| matches!(t.role, Role::RightAnswer | Role::Step | Role::Explanation))
        {
            let words = english.t(&text.id);
            for figure in numbers(&words) {
                if !lesson.contains(&figure) {
                    problems.push(format!(
                        "{}/{} {}: {figure} is not taught in this or an earlier lesson: \"{words}\"",
                        block.group, block.id, text.id
                    ));
                }
            }
        }
    }
    fail_with(&problems);
}

/// The clinical review sheet of each language holds every text of every block by its message
/// id, marks each claim, gives each cited source in full, and has a sign-off per module.
#[test]
fn the_review_sheet_holds_every_text_its_sources_in_full_and_a_sign_off_per_module() {
    let (library, english) = shipped();
    let all = blocks(&library);
    let claims = all
        .iter()
        .flat_map(|b| &b.texts)
        .filter(|t| t.role != Role::Title && t.role.is_stated() && is_claim(&english.t(&t.id)))
        .count();
    for locale in LOCALES {
        let loc = localizer(locale.tag);
        let sheet = review_sheet(&library, &loc, &english, locale.tag, &all);
        assert!(sheet.contains(&format!("<html lang=\"{}\">", locale.tag)));
        for block in &all {
            for text in block.texts.iter().filter(|t| t.role != Role::Title) {
                assert!(
                    sheet.contains(&format!("<code>{}</code>", escape(&text.id))),
                    "{}: {}",
                    locale.tag,
                    text.id
                );
                for sentence in sentences(&loc.t(&text.id)) {
                    let shown = format!("<span class=\"sentence\">{}</span>", escape(sentence));
                    assert!(sheet.contains(&shown), "{}: {sentence}", locale.tag);
                }
            }
            for tag in &block.sources {
                let source = library.source(tag).expect("listed");
                assert!(sheet.contains(&escape(&source.citation)), "{tag}");
            }
        }
        let marks = sheet.matches("<span class=\"claim\">✱</span> ").count();
        // One mark per claim, and one in the legend.
        assert_eq!(marks, claims + 1, "{}", locale.tag);
        let modules = library
            .modules
            .iter()
            .filter(|m| m.content.is_some())
            .count();
        assert_eq!(
            sheet.matches("class=\"sign-off\"").count(),
            modules + 1,
            "a sign-off per module and one for the prep"
        );
    }
}

/// The text version carries each language's review sheet beside it, linked from its index.
#[test]
fn the_text_version_carries_the_review_sheet_beside_it() {
    let (library, english) = shipped();
    let all = blocks(&library);
    let site = text_site(&library, &all);
    for locale in LOCALES {
        let loc = localizer(locale.tag);
        let sheet = &site[&format!("{}/review.html", locale.tag)];
        assert_eq!(
            sheet,
            &review_sheet(&library, &loc, &english, locale.tag, &all)
        );
        let index = &site[&format!("{}/index.html", locale.tag)];
        assert!(index.contains("<a href=\"review.html\">"), "{}", locale.tag);
        assert!(index.contains(&escape(&loc.t("review-link"))));
    }
}

/// No text the app states promises a result: never "flawless" or "guaranteed", and "perfect"
/// or "gone" said of scars or skin only where the sentence says no ("no treatment gives
/// perfect skin") or speaks of promises ("you ask if the doctor can promise perfect skin"). Wrong
/// choices may state a myth (they are marked wrong and explained), and a question asks.
#[test]
fn no_stated_text_promises_a_result() {
    let (library, english) = shipped();
    let negated = |sentence: &str| {
        let lower = sentence.to_lowercase();
        [" no ", "not ", "never", "n't", "no one", "none", "false."]
            .iter()
            .any(|n| format!(" {lower}").contains(n))
    };
    let mut problems = Vec::new();
    for block in blocks(&library) {
        for text in block.texts.iter().filter(|t| t.role.is_stated()) {
            for sentence in sentences(&english.t(&text.id)) {
                let lower = sentence.to_lowercase();
                let promise = ["flawless", "guarantee", "erase", "cure"]
                    .iter()
                    .any(|w| lower.contains(w));
                // "The redness is gone" is fine; "your scars are gone" is a promise.
                let absolute = ["perfect", "gone", "go away", "disappear"]
                    .iter()
                    .any(|w| lower.contains(w))
                    && (lower.contains("scar") || lower.contains("skin"))
                    && !lower.contains("promise");
                // A question asks; it does not promise ("Can you promise perfect skin?").
                if !sentence.ends_with('?') && (promise || (absolute && !negated(sentence))) {
                    problems.push(format!(
                        "{}/{} {}: \"{sentence}\"",
                        block.group, block.id, text.id
                    ));
                }
            }
        }
    }
    fail_with(&problems);
}
