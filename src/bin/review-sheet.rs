//! Writes the clinical review sheet of every language, for a clinic's doctor to read and sign
//! (`src/content/review.rs` says what is in it). Usage: `review-sheet OUT_DIR [ASSETS_DIR]`;
//! it writes `OUT_DIR/<lang>/review.html` and the style sheet they share. The browser build's
//! text version holds the same sheets (`text/<lang>/review.html`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use scarwise::companion::cited::cited_today;
use scarwise::consult::cited::cited_flags;
use scarwise::content::ContentLibrary;
use scarwise::content::html::STYLE;
use scarwise::content::review::review_sheet;
use scarwise::i18n::{LOCALES, Localizer};
use scarwise::scenes::words::words;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: review-sheet OUT_DIR [ASSETS_DIR]");
        return ExitCode::from(2);
    };
    let assets = args.next().map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"),
        PathBuf::from,
    );
    match run(&out, &assets) {
        Ok(written) => {
            for path in written {
                println!("review-sheet: wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("review-sheet: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(out: &Path, assets: &Path) -> Result<Vec<PathBuf>, String> {
    let (english, _) = Localizer::new(&[]);
    let library = ContentLibrary::read_dir(assets, |id| english.has_reference_message(id))?;
    let mut blocks = library.cited_with(&words);
    blocks.extend(cited_flags());
    blocks.extend(cited_today());
    let mut pages = vec![(out.join("text.css"), STYLE.to_owned())];
    for locale in LOCALES {
        let (mut loc, _) = Localizer::for_tools(&[]);
        loc.select_tag(locale.tag);
        let sheet = review_sheet(&library, &loc, &english, locale.tag, &blocks);
        pages.push((out.join(locale.tag).join("review.html"), sheet));
    }
    let mut written = Vec::new();
    for (path, text) in pages {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
