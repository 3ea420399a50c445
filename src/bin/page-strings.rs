//! Writes what the browser page serves for the languages (`scripts/build-web.sh` runs it):
//! the page's words in every language (`strings.js`, read by `web/loader.js`), and, with a
//! folder, the app's words in every language but English (`<folder>/locales/<tag>/*.ftl`),
//! which the browser build fetches when a language is shown.
//! Usage: `page-strings OUT_FILE [PAGE_FOLDER]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let Some(out) = args.next() else {
        eprintln!("usage: page-strings OUT_FILE [PAGE_FOLDER]");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::write(&out, scarwise::i18n::page::page_words_module()) {
        eprintln!("page-strings: cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    if let Some(folder) = args.next() {
        for (path, text) in scarwise::i18n::page::fetched_language_files() {
            if let Err(e) = write(&folder.join(&path), text) {
                eprintln!(
                    "page-strings: cannot write {}: {e}",
                    folder.join(&path).display()
                );
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}
