//! Writes the plain HTML text version of every lesson, in every language, for the browser
//! build (`scripts/build-web.sh` runs it). Usage: `text-version OUT_DIR [ASSETS_DIR]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use scarwise::companion::cited::cited_today;
use scarwise::consult::cited::cited_flags;
use scarwise::content::ContentLibrary;
use scarwise::content::html::{STYLE, escape, text_site};
use scarwise::i18n::{LOCALES, Localizer};
use scarwise::scenes::words::words;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: text-version OUT_DIR [ASSETS_DIR]");
        return ExitCode::from(2);
    };
    let assets = args.next().map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"),
        PathBuf::from,
    );
    match run(&out, &assets) {
        Ok(count) => {
            println!("text-version: {count} pages in {}", out.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("text-version: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(out: &Path, assets: &Path) -> Result<usize, String> {
    let (loc, _) = Localizer::new(&[]);
    let library = ContentLibrary::read_dir(assets, |id| loc.has_reference_message(id))?;
    let mut blocks = library.cited_with(&words);
    blocks.extend(cited_flags());
    blocks.extend(cited_today());
    let mut site = text_site(&library, &blocks);
    site.insert("text.css".to_owned(), STYLE.to_owned());
    site.insert("index.html".to_owned(), chooser());
    for (path, html) in &site {
        let target = out.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&target, html)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    Ok(site.len())
}

/// The text version's front door: one link per language, each in its own words.
fn chooser() -> String {
    let mut links = String::new();
    for locale in LOCALES {
        let (mut loc, _) = Localizer::new(&[]);
        loc.select_tag(locale.tag);
        links.push_str(&format!(
            "<li lang=\"{0}\"><a href=\"{0}/index.html\" hreflang=\"{0}\">{1}</a> ({2})</li>\n",
            locale.tag,
            escape(&loc.t("text-version-title")),
            escape(locale.native_name),
        ));
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <title>Scarwise</title>\n<link rel=\"stylesheet\" href=\"text.css\">\n</head>\n\
         <body>\n<main>\n<h1>Scarwise</h1>\n<ul>\n{links}</ul>\n</main>\n</body>\n</html>\n"
    )
}
