//! The shipped languages' own tests: files parse, every language is complete, plurals
//! and French punctuation follow each language's rules, and missing text falls back.

use super::*;

fn localizer(tag: &str) -> Localizer {
    let (localizer, errors) = Localizer::new(&[tag.parse().unwrap()]);
    assert!(errors.is_empty(), "{errors:?}");
    localizer
}

#[test]
fn shipped_locale_files_parse_cleanly() {
    let (_, errors) = Localizer::new(&Localizer::available());
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_shipped_locale_is_complete() {
    let localizer = localizer("en");
    let report: Vec<String> = localizer
        .missing_messages()
        .into_iter()
        .chain(
            localizer
                .extra_messages()
                .into_iter()
                .map(|(l, ids)| (format!("{l} (not in en)"), ids)),
        )
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(lang, ids)| format!("{lang}: {}", ids.join(", ")))
        .collect();
    assert!(
        report.is_empty(),
        "locale ids out of step:\n{}",
        report.join("\n")
    );
}

#[test]
fn plurals_follow_each_language() {
    let en = localizer("en");
    assert_eq!(
        en.t_args("points-earned", &args(&[("points", 1.into())])),
        "1 point"
    );
    assert_eq!(
        en.t_args("points-earned", &args(&[("points", 3.into())])),
        "3 points"
    );
    let es = localizer("es");
    assert_eq!(
        es.t_args("points-earned", &args(&[("points", 1.into())])),
        "1 punto"
    );
    assert_eq!(
        es.t_args("points-earned", &args(&[("points", 30.into())])),
        "30 puntos"
    );
}

#[test]
fn french_text_keeps_a_no_break_space_before_high_punctuation() {
    // French puts a space before : ; ? ! % and inside « »; a no-break one keeps the mark
    // from wrapping onto a line of its own.
    let fr = LOCALES
        .iter()
        .find(|l| l.tag == "fr")
        .expect("French ships");
    let mut bad = Vec::new();
    for (file, text) in fr.files {
        for (n, line) in text.lines().enumerate() {
            let plain_space = [" :", " ;", " ?", " !", " %", " »", "« "]
                .iter()
                .any(|pair| line.contains(pair));
            if plain_space && !line.starts_with('#') {
                bad.push(format!("{file}:{}: {line}", n + 1));
            }
        }
    }
    assert!(bad.is_empty(), "use U+00A0:\n{}", bad.join("\n"));
}

/// The shape of a plural message with its number masked, so languages compare by form.
fn plural_shape(localizer: &Localizer, id: &str, n: i64) -> String {
    localizer
        .t_args(id, &args(&[("points", n.into())]))
        .replace(&n.to_string(), "#")
}

#[test]
fn plural_forms_follow_each_languages_rules() {
    // English: 0 takes the plural form, 1 the singular.
    let en = localizer("en");
    assert_ne!(
        plural_shape(&en, "points-earned", 0),
        plural_shape(&en, "points-earned", 1)
    );
    assert_eq!(
        plural_shape(&en, "points-earned", 0),
        plural_shape(&en, "points-earned", 2)
    );
    // French: 0 and 1 are both singular.
    let fr = localizer("fr");
    assert_eq!(
        plural_shape(&fr, "points-earned", 0),
        plural_shape(&fr, "points-earned", 1)
    );
    assert_ne!(
        plural_shape(&fr, "points-earned", 1),
        plural_shape(&fr, "points-earned", 2)
    );
    assert_eq!(
        fr.t_args("points-earned", &args(&[("points", 0.into())])),
        "0 point"
    );
    // Chinese: one form for every number.
    let zh = localizer("zh-Hans");
    assert_eq!(
        plural_shape(&zh, "points-earned", 1),
        plural_shape(&zh, "points-earned", 5)
    );
    assert_ne!(zh.t("title-start"), en.t("title-start"));
}

#[test]
fn missing_message_falls_back_to_english_then_to_its_id() {
    let mut es = localizer("es");
    assert_eq!(es.current().to_string(), "es");
    assert_ne!(es.t("title-start"), localizer("en").t("title-start"));
    // Bundles are built from shipped files, so fake a gap by selecting a chain whose first
    // language has no such id: the reference always answers.
    es.select_tag("es");
    assert_eq!(
        es.t("no-such-message-anywhere"),
        "[no-such-message-anywhere]"
    );
    let gap = "scarwise-test-only-english";
    assert!(!es.locales[1].ids.contains(gap));
    es.locales[0]
        .bundle
        .as_mut()
        .unwrap()
        .add_resource_overriding(
            FluentResource::try_new(format!("{gap} = Only in English\n")).unwrap(),
        );
    assert_eq!(es.t(gap), "Only in English");
}

/// The browser build's start: a language's words not there yet (only English is compiled in
/// there), then handed over by the page.
#[test]
fn a_language_waits_for_its_words_then_takes_them() {
    let mut loc = localizer("en");
    let zh = LOCALES.iter().position(|l| l.tag == "zh-Hans").unwrap();
    loc.locales[zh] = build_locale(&LOCALES[zh], std::iter::empty(), &mut Vec::new());
    loc.select_tag("zh-Hans");
    assert_eq!(loc.current().to_string(), "zh-Hans");
    assert_eq!(
        loc.awaited().map(ToString::to_string).as_deref(),
        Some("zh-Hans")
    );
    let english = localizer("en").t("title-start");
    assert_eq!(
        loc.t("title-start"),
        english,
        "English until the words arrive"
    );
    assert!(
        loc.reported.lock().unwrap().is_empty(),
        "words on their way are not reported missing"
    );

    let files: Vec<(String, String)> = LOCALES[zh]
        .files
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    assert!(loc.install("zh-Hans", &files).is_empty());
    assert_eq!(loc.awaited(), None);
    assert_eq!(loc.t("title-start"), localizer("zh-Hans").t("title-start"));
    assert_ne!(loc.t("title-start"), english);
}

#[test]
fn handed_over_files_that_do_not_belong_are_reported() {
    let mut loc = localizer("en");
    let stray = vec![
        ("ui.ftl".to_owned(), "title-start = Empezar\n".to_owned()),
        ("evil.ftl".to_owned(), "x = y\n".to_owned()),
        ("journey.ftl".to_owned(), "broken = {\n".to_owned()),
    ];
    let errors = loc.install("es", &stray);
    assert!(
        errors.iter().any(|e| e.file == "locales/es/evil.ftl"),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.file == "locales/es/journey.ftl"),
        "a syntax error is reported: {errors:?}"
    );
    // The known, well-formed part is still used.
    loc.select_tag("es");
    assert_eq!(loc.t("title-start"), "Empezar");
    assert!(
        !loc.install("xx", &stray).is_empty(),
        "not a shipped language"
    );
}
