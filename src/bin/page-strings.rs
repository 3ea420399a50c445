//! Writes the browser page's words in every language (`strings.js`, read by `web/loader.js`)
//! for the browser build (`scripts/build-web.sh` runs it). Usage: `page-strings OUT_FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: page-strings OUT_FILE");
        return ExitCode::from(2);
    };
    match std::fs::write(&out, scarwise::i18n::page::page_words_module()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("page-strings: cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
