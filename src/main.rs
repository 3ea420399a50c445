//! The desktop entry: reads the command line, then runs the app.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use scarwise::LaunchOptions;

const HELP: &str = "\
Scarwise: learn about acne scars and picosecond laser treatment.

Usage: scarwise [OPTIONS]

Options:
  --locale LANG      Show text in LANG (en, es, fr, zh-Hans). Default: your system
                     language.
  --data-dir DIR     Keep progress in DIR. Default: your user data folder.
  --export-dir DIR   Save the consultation summary (PDF) in DIR. Default: Documents.
  --config FILE      Read the clinic's settings from FILE (see
                     examples/sample-clinic/clinic.example.ron).
  --kiosk            Run as a waiting-room kiosk: fullscreen, each visit wiped when idle,
                     nothing written to disk. Exit through the admin PIN.
  --memory-only      Keep progress in memory only; write nothing to disk.
  --window WxH       Window size in logical pixels, e.g. 390x844. Default: 1280x800.
  --safe-area T,R,B,L  Leave this many pixels free at the top, right, bottom and left,
                     as a phone's notch and home indicator need (e.g. 47,0,34,0).
  --seed N           Shuffle quiz questions the same way every time.
  --hash-pin         Read a kiosk admin PIN (4 to 12 digits) from standard input, print
                     its salted hash for clinic.ron's admin_pin_hash, and quit.
  --tour DIR         Render every screen (English and Spanish, then each language at
                     200 % text and in high contrast) into PNG files in DIR,
                     check none is blank, and quit.
  --tour-brief       With --tour: English only, one state per scene (for extra sizes).
  -h, --help         Show this help.
";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Run(Box<LaunchOptions>),
    Help,
    HashPin,
}

fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut options = LaunchOptions::default();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let flag = match arg {
            Long(name) => format!("--{name}"),
            Short(c) => format!("-{c}"),
            Value(value) => return Err(format!("unexpected argument {value:?}")),
        };
        let mut text = || -> Result<String, String> {
            let value = parser.value().map_err(|e| e.to_string())?;
            value
                .into_string()
                .map_err(|_| format!("{flag} needs plain text"))
        };
        match flag.as_str() {
            "--locale" => options.locale = Some(text()?),
            "--data-dir" => options.data_dir = Some(PathBuf::from(text()?)),
            "--export-dir" => options.export_dir = Some(PathBuf::from(text()?)),
            "--config" => options.config = Some(PathBuf::from(text()?)),
            "--kiosk" => options.kiosk = true,
            "--memory-only" => options.memory_only = true,
            "--window" => options.window = Some(parse_window(&text()?)?),
            "--seed" => {
                let seed = text()?;
                let parsed = seed.parse();
                options.seed = Some(
                    parsed.map_err(|_| format!("--seed needs a whole number, not \"{seed}\""))?,
                );
            }
            "--tour" => options.tour = Some(PathBuf::from(text()?)),
            "--tour-brief" => options.tour_brief = true,
            "--safe-area" => {
                options.safe_area = Some(scarwise::platform::mobile::SafeArea::parse(&text()?)?);
            }
            "-h" | "--help" => return Ok(Command::Help),
            "--hash-pin" => return Ok(Command::HashPin),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(Command::Run(Box::new(options)))
}

/// `--hash-pin`: reads the PIN from standard input (so it stays out of the shell's history)
/// and prints its hash.
fn hash_pin() -> ExitCode {
    eprintln!("Type the admin PIN (4 to 12 digits), then Enter:");
    let mut line = String::new();
    if let Err(err) = std::io::stdin().read_line(&mut line) {
        eprintln!("scarwise: cannot read the PIN ({err})");
        return ExitCode::from(2);
    }
    match scarwise::clinic::config::hash_pin(&line) {
        Ok(hash) => {
            println!("{hash}");
            eprintln!("Put this in clinic.ron:  admin_pin_hash: \"{hash}\",");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("scarwise: {reason}");
            ExitCode::from(2)
        }
    }
}

fn parse_window(value: &str) -> Result<(u32, u32), String> {
    let bad = || format!("--window needs WIDTHxHEIGHT in pixels, like 1280x800, not \"{value}\"");
    let (w, h) = value.split_once(['x', 'X']).ok_or_else(bad)?;
    let (w, h): (u32, u32) = (
        w.trim().parse().map_err(|_| bad())?,
        h.trim().parse().map_err(|_| bad())?,
    );
    if !(200..=8192).contains(&w) || !(200..=8192).contains(&h) {
        return Err(format!(
            "--window sizes must be between 200 and 8192 pixels, not {w}x{h}"
        ));
    }
    Ok((w, h))
}

fn main() -> ExitCode {
    let mut options = match parse(std::env::args_os().skip(1)) {
        Ok(Command::Run(options)) => *options,
        Ok(Command::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::HashPin) => return hash_pin(),
        Err(message) => {
            eprintln!("scarwise: {message}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    options.system_locales = sys_locale::get_locales().collect();
    // In the browser: the page's address (`?lang=es`, `?reset=1`, `?test=1`) and the
    // browser's languages. A kiosk comes only from the clinic's own `clinic.ron`: a link must
    // not turn the clinic's site into one.
    #[cfg(target_arch = "wasm32")]
    {
        use scarwise::platform::web;
        options.system_locales = web::browser_languages();
        options.locale = web::url_parameter("lang")
            .filter(|l| !l.is_empty())
            // A tag refused here goes on in its shown (sanitised) form, which no language
            // matches: the app says so with that form and picks another language.
            .map(|l| scarwise::platform::browser::language_tag(&l).unwrap_or_else(|shown| shown));
        options.test_hook = web::url_parameter("test").is_some_and(|v| v == "1");
        // The clinic's config and logo, fetched by the page from beside index.html.
        (options.config_text, options.logo_bytes) = web::clinic_files();
        // Forgetting progress is asked in the app (Settings' reset confirmation), never done
        // by the address alone.
        options.ask_reset = web::url_parameter("reset").is_some_and(|v| v == "1");
        // A summary carried here by its QR code's link (`#summary=...`): opened on its own
        // screen, in the language it was made in unless the address names another.
        use scarwise::consult::share;
        options.shared_summary =
            web::fragment().and_then(|f| share::from_fragment(&f).map(str::to_owned));
        // The fragment leaves the address once read: the summary stays in the app only.
        if options.shared_summary.is_some() {
            web::forget_fragment();
        }
        if options.locale.is_none() {
            let shipped = scarwise::i18n::Localizer::available();
            options.locale = options
                .shared_summary
                .as_deref()
                .and_then(share::language_of)
                // Only a language this app ships: a link's text never reaches a notice.
                .filter(|tag| shipped.iter().any(|id| id.to_string() == *tag));
        }
    }
    if let Some(name) = &options.locale {
        let negotiated = scarwise::i18n::negotiate(
            Some(name),
            &options.system_locales,
            &scarwise::i18n::Localizer::available(),
        );
        if let Some(warning) = negotiated.warning {
            eprintln!("scarwise: {warning}");
        }
    }
    let tour = options.tour.is_some();
    let mut app = scarwise::build_app(options);
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(scarwise::platform::web::plugin);
    let exit = app.run();
    if tour && !exit.is_success() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_every_option() {
        let Ok(Command::Run(options)) = run(&[
            "--locale",
            "es",
            "--data-dir",
            "/tmp/x",
            "--window",
            "390x844",
            "--seed",
            "7",
            "--memory-only",
        ]) else {
            panic!("did not parse");
        };
        assert_eq!(options.locale.as_deref(), Some("es"));
        assert_eq!(options.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(options.window, Some((390, 844)));
        assert_eq!(options.seed, Some(7));
        assert!(options.memory_only);
        assert_eq!(run(&["--help"]), Ok(Command::Help));
        assert_eq!(run(&["-h"]), Ok(Command::Help));
        assert_eq!(run(&["--hash-pin"]), Ok(Command::HashPin));
    }

    #[test]
    fn bad_values_say_what_is_wrong() {
        assert!(
            run(&["--window", "big"])
                .unwrap_err()
                .contains("WIDTHxHEIGHT")
        );
        assert!(
            run(&["--window", "10x10"])
                .unwrap_err()
                .contains("between 200 and 8192")
        );
        assert!(run(&["--seed", "x"]).unwrap_err().contains("whole number"));
        assert!(run(&["--locale"]).unwrap_err().contains("--locale"));
        assert!(run(&["--colour", "red"]).unwrap_err().contains("--colour"));
    }
}
