//! Taking the summary home: the summary screen's QR code read back by a decoder written apart
//! from the encoder (`rqrr`), as a link to the clinic's web build or as plain text; a summary
//! opened from such a link; a summary too long for one code; and a kiosk visit's end taking
//! the code away.

use bevy::prelude::*;

use crate::common::app::{act, headless_app_with, loaded_core_app, screen, temp_path};
use crate::common::kiosk::{CONFIG, kiosk_app, run_seconds, short_visit};
use crate::common::reader::visible_names;
use crate::consult::summary_of;
use scarwise::LaunchOptions;
use scarwise::consult::fit::Part;
use scarwise::consult::model::Reply;
use scarwise::consult::qr::Code;
use scarwise::consult::share;
use scarwise::consult::take_home::{ExportReceived, Received, ShareCode};
use scarwise::consult::{LastExport, PrepEdit};
use scarwise::content::model::ScarKind;
use scarwise::kiosk::KioskRequest;
use scarwise::notices::{Notice, Notices};
use scarwise::state::{Nav, Screen};

const ADDRESS: &str = "https://clinic.example/learn/";

/// Reads every QR code in a grey image with `rqrr`.
fn read_codes(width: usize, height: usize, pixels: &[u8]) -> Vec<String> {
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The code read back from its runs, the rectangles the summary screen paints (the painting
/// itself is read back from the tour's pictures: the last test here).
fn read_code(code: &Code) -> String {
    let (side, pixels) = code.raster(3);
    let mut texts = read_codes(side, side, &pixels);
    assert_eq!(texts.len(), 1, "one code");
    texts.remove(0)
}

fn prepare(app: &mut App, custom: &[&str]) {
    act(app, Nav::Start);
    act(app, Nav::OpenPrepare);
    for edit in [
        PrepEdit::ToggleQuestion("prep-q-realistic"),
        PrepEdit::Reply("keloids", Reply::Yes),
        PrepEdit::Reply("isotretinoin", Reply::NotSure),
        PrepEdit::ToggleScar(ScarKind::Rolling),
        PrepEdit::SkinAnswer(0, 2),
        PrepEdit::SkinAnswer(1, 3),
        PrepEdit::SkinAnswer(2, 3),
    ] {
        act(app, edit);
    }
    for text in custom {
        act(app, PrepEdit::AddCustom((*text).to_owned()));
    }
    act(app, Nav::OpenSummary);
    assert_eq!(screen(app), Screen::Summary);
}

fn code_text(app: &App) -> String {
    let code = app.world().resource::<ShareCode>();
    let take_home = code.0.as_ref().expect("the summary screen made a code");
    let read = read_code(&take_home.fitted.code);
    assert_eq!(
        read,
        take_home.text(),
        "the code reads back as what it holds"
    );
    read
}

/// With the clinic's web address the code is a link whose fragment opens the very summary on
/// screen, in the patient's language; the link opens on its own screen in another app.
#[test]
fn the_code_links_to_the_summary_and_the_link_opens_it() {
    let config = format!("(web_address: \"{ADDRESS}\")");
    let mut app = loaded_core_app(LaunchOptions {
        memory_only: true,
        locale: Some("fr".into()),
        config_text: Some(config),
        ..default()
    });
    prepare(&mut app, &["Est-ce que ça fait mal ?"]);
    let link = code_text(&app);
    let fragment = link
        .strip_prefix(&format!("{ADDRESS}#"))
        .unwrap_or_else(|| panic!("a link to the clinic's web build: {link}"));
    let payload = share::from_fragment(fragment).expect("a #summary= fragment");
    let shared = share::open(payload, |_| true).expect("the link opens");
    let sent = summary_of(&app);
    assert_eq!(shared.summary, sent);
    assert_eq!(shared.language, "fr");
    assert!(shared.left_out.is_empty());
    // Changing an answer makes a new code.
    act(&mut app, PrepEdit::Reply("keloids", Reply::No));
    let again = code_text(&app);
    assert_ne!(again, link);
    let shared_again = share::open(
        share::from_fragment(again.split_once('#').unwrap().1).unwrap(),
        |_| true,
    )
    .unwrap();
    assert_eq!(
        shared_again.summary.flags,
        [("isotretinoin", Reply::NotSure)]
    );

    // The patient's phone: the app started with that fragment shows the summary on its own
    // screen (not the title), and saves it as a PDF.
    // The link carries two topics more: one of this content's module titles, and a message
    // id that is no quiz prompt (a crafted link), which is dropped.
    let mut carried = sent.clone();
    carried
        .modules_completed
        .push("module-scar-types-title".to_owned());
    carried.unclear.push("title-start".to_owned());
    let payload = share::payload(&carried, "fr", &[]);
    let export = temp_path("received-export");
    let mut phone = loaded_core_app(LaunchOptions {
        memory_only: true,
        export_dir: Some(export.clone()),
        locale: Some("en".into()),
        shared_summary: Some(payload),
        ..default()
    });
    assert_eq!(screen(&phone), Screen::Received);
    let received = phone.world().resource::<Received>().0.clone();
    let mut expected = sent.clone();
    expected
        .modules_completed
        .push("module-scar-types-title".to_owned());
    assert_eq!(received.map(|r| r.summary), Some(expected));
    act(&mut phone, ExportReceived);
    let path = phone.world().resource::<LastExport>().0.clone();
    let path = path.expect("exported").expect("written");
    let pdf = scarwise::consult::export::text_lines(&std::fs::read(&path).unwrap());
    assert!(
        pdf.contains(&"• Est-ce que ça fait mal ?".to_owned()),
        "{pdf:#?}"
    );
    assert!(pdf.join(" ").contains("get keloids"), "{pdf:#?}");
    assert!(
        pdf.contains(&"• Scar types".to_owned()),
        "a summary with a module learnt is still a PDF, its tick a bullet: {pdf:#?}"
    );
    act(&mut phone, Nav::Start);
    assert_eq!(screen(&phone), Screen::Journey);
    let _ = std::fs::remove_dir_all(&export);
}

/// A link cut short: the patient is told plainly and the app starts as usual.
#[test]
fn a_broken_link_is_told_and_the_app_starts_as_usual() {
    let app = loaded_core_app(LaunchOptions {
        memory_only: true,
        shared_summary: Some("eJzLSM3JyQcABiwCFQ".to_owned()),
        ..default()
    });
    assert_eq!(screen(&app), Screen::Title);
    assert!(app.world().resource::<Received>().0.is_none());
    assert!(
        app.world()
            .resource::<Notices>()
            .contains(&Notice::SummaryLinkBroken)
    );
}

/// Without a web address the code holds the summary as plain text in the patient's language;
/// one too long for a code keeps the flags and the patient's own questions and says what it
/// left out, on screen too.
#[test]
fn plain_text_codes_keep_what_matters_most_when_too_long() {
    let mut app = headless_app_with(LaunchOptions {
        memory_only: true,
        locale: Some("zh-Hans".into()),
        window: Some((1280, 800)),
        seed: Some(7),
        ..default()
    });
    let long = "治疗后第二天我可以化妆吗？我的皮肤很敏感，以前用过很多产品。".repeat(3);
    let own: Vec<String> = (1..=3).map(|i| format!("{i}. {long}")).collect();
    prepare(&mut app, &[&own[0], &own[1], &own[2]]);
    let text = code_text(&app);
    assert!(
        text.contains(&own[0]),
        "the first own question is kept: {text}"
    );
    assert!(!text.contains(&own[2]), "the last one is left out: {text}");
    let loc = app.world().resource::<scarwise::i18n::Localizer>();
    assert!(
        text.contains(&loc.t("prep-flag-keloids")),
        "the flags are kept: {text}"
    );
    let code = app.world().resource::<ShareCode>().0.clone().unwrap();
    assert!(
        code.fitted.left_out.contains(&Part::SkinType)
            && code.fitted.left_out.contains(&Part::Questions),
        "{:?}",
        code.fitted.left_out
    );
    assert!(!code.fitted.left_out.contains(&Part::Flags));
    assert!(
        text.contains(&format!(
            "{}、{}",
            loc.t("prep-summary-skin"),
            loc.t("prep-summary-scars")
        )),
        "Chinese lists with its own comma: {text}"
    );
    let told = loc.t(Part::SkinType.heading_id());
    assert!(text.contains(&told), "the code says what it left out");
    assert!(
        visible_names(&app).iter().any(|n| n.contains(&told)),
        "the screen says what the code left out: {:?}",
        visible_names(&app)
    );
    assert!(
        visible_names(&app)
            .iter()
            .any(|n| *n == loc.t("prep-share-code-name")),
        "the code is named for screen readers"
    );
}

/// A kiosk visitor's code holds their summary, and the end of the visit takes it away.
#[test]
fn the_end_of_a_kiosk_visit_takes_the_code_away() {
    let (mut app, dir) = kiosk_app("take-home", CONFIG);
    short_visit(&mut app);
    assert_eq!(screen(&app), Screen::Summary);
    let text = code_text(&app);
    assert!(text.contains("my own question"), "{text}");
    act(&mut app, KioskRequest::EndVisit);
    run_seconds(&mut app, 2);
    assert_eq!(screen(&app), Screen::Attract);
    assert_eq!(*app.world().resource::<ShareCode>(), ShareCode::default());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The codes in the screenshot tour's pictures of the summary (every language at desktop size,
/// English at both phone sizes), read back from the PNGs as a phone's camera would: each
/// holds the summary in the language on screen. Run by `scripts/test.sh` after the tour, with
/// `SCARWISE_TOUR_DIR` naming the tour's folder.
#[test]
#[ignore = "reads the screenshot tour's pictures: scripts/test.sh runs it after the tour"]
fn the_codes_in_the_tour_screenshots_read_back() {
    let dir = std::env::var("SCARWISE_TOUR_DIR").expect("SCARWISE_TOUR_DIR names the tour folder");
    let mut shots = Vec::new();
    let mut folders = vec![std::path::PathBuf::from(dir)];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the tour folder can be read") {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.to_string_lossy().ends_with("-summary.png") {
                shots.push(path);
            }
        }
    }
    shots.sort();
    let (mut loc, _) = scarwise::i18n::Localizer::new(&[]);
    for tag in ["en", "es", "fr", "zh-Hans"] {
        let ending = format!("-{tag}-summary.png");
        assert!(
            shots.iter().any(|s| s.to_string_lossy().ends_with(&ending)),
            "no {ending} in {shots:?}"
        );
    }
    for shot in &shots {
        let name = shot.file_name().unwrap().to_string_lossy().into_owned();
        let tag = ["zh-Hans", "en", "es", "fr"]
            .into_iter()
            .find(|tag| name.contains(&format!("-{tag}-")))
            .unwrap_or_else(|| panic!("which language is {name}?"));
        loc.select_tag(tag);
        let image = image::open(shot).expect("a PNG").to_luma8();
        let (width, height) = (image.width() as usize, image.height() as usize);
        let texts = read_codes(width, height, image.as_raw());
        assert_eq!(texts.len(), 1, "one code in {}", shot.display());
        let text = &texts[0];
        match text.split_once('#') {
            // The kiosk's: a link to the sample clinic's web build.
            Some((address, fragment)) => {
                assert!(address.starts_with("https://"), "{text}");
                let payload = share::from_fragment(fragment).expect("a #summary= link");
                let shared = share::open(payload, |_| true).expect("the link opens");
                assert_eq!(shared.language, tag, "{}", shot.display());
                assert_eq!(shared.summary.flags, [("keloids", Reply::Yes)]);
            }
            None => assert!(
                text.starts_with(&loc.t("prep-summary-title")),
                "{} holds the {tag} summary: {text:?}",
                shot.display()
            ),
        }
    }
}

/// A part left out of a code is not called empty ("no questions", "not filled in"), on the
/// code and on the screen that opens it.
#[test]
fn a_part_left_out_is_not_called_empty() {
    let (loc, _) = scarwise::i18n::Localizer::new(&[]);
    let empty = scarwise::consult::model::Summary::build(
        &Default::default(),
        &Default::default(),
        &[],
        |_| None,
    );
    let said = |left_out: &[Part]| -> Vec<String> {
        scarwise::consult::summary_lines_fitted(&empty, &loc, left_out)
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    };
    let none = loc.t("prep-summary-none");
    let no_questions = loc.t("prep-summary-no-questions");
    let whole = said(&[]);
    assert!(whole.contains(&no_questions) && whole.contains(&none));
    let cut = said(&[Part::Questions, Part::Scars, Part::SkinType, Part::Learnt]);
    assert!(!cut.contains(&no_questions), "{cut:?}");
    assert!(!cut.contains(&none), "{cut:?}");
}
