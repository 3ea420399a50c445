//! The clinic's config file (RON): name and logo, colours, languages, kiosk timing, phone
//! number, aftercare day counts and the admin PIN's hash.
//!
//! Every key is optional. A key with a bad value is reported with its name and the reason, and
//! that key alone falls back to its default; a file that does not parse at all gives the
//! defaults and one error. There is no default PIN: without a valid `admin_pin_hash` the
//! kiosk's admin exit stays shut.

use ron::Value;

use super::values::{
    colour, describe, language_list, number, readable_accent, text_value, web_address, whole,
};

/// The clinic's settings, after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct ClinicConfig {
    pub clinic_name: Option<String>,
    /// A PNG path, relative to the config file.
    pub logo: Option<String>,
    /// Accent colour as sRGB bytes.
    pub accent: Option<[u8; 3]>,
    /// Languages offered, by tag; empty means all shipped ones.
    pub languages: Vec<String>,
    pub default_language: Option<String>,
    /// Seconds without a touch before "Are you still there?".
    pub idle_timeout_secs: u32,
    /// Seconds the warning counts down before the visit is wiped.
    pub warning_secs: u32,
    /// Shown on "call the clinic" cards.
    pub phone: Option<String>,
    /// Days until redness has mostly gone (the downtime scenes' "a few days").
    pub settle_days: Option<f32>,
    /// Day after treatment on which actives (retinoids, acids, scrubs) may come back.
    pub restart_actives_day: Option<u32>,
    pub kiosk: bool,
    /// The admin PIN as a salted Argon2 hash (PHC string, from `scarwise --hash-pin`); `None`
    /// keeps the kiosk's admin exit disabled.
    pub admin_pin_hash: Option<String>,
    /// The public address of the clinic's Scarwise web build: a summary's QR code opens the
    /// summary there (else the code holds it as plain text).
    pub web_address: Option<String>,
    /// Whether a kiosk offers read-aloud (a waiting room may not want speech). Off unless
    /// the clinic turns it on; outside a kiosk read-aloud is always offered.
    pub read_aloud: bool,
}

impl Default for ClinicConfig {
    fn default() -> Self {
        ClinicConfig {
            clinic_name: None,
            logo: None,
            accent: None,
            languages: Vec::new(),
            default_language: None,
            idle_timeout_secs: 60,
            warning_secs: 15,
            phone: None,
            settle_days: None,
            restart_actives_day: None,
            kiosk: false,
            admin_pin_hash: None,
            web_address: None,
            read_aloud: false,
        }
    }
}

/// A problem with one key (or the whole file, with key `None`).
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub key: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.key {
            Some(key) => write!(f, "{key}: {}", self.reason),
            None => write!(f, "{}", self.reason),
        }
    }
}

const KEYS: [&str; 15] = [
    "clinic_name",
    "logo",
    "accent",
    "languages",
    "default_language",
    "idle_timeout_secs",
    "warning_secs",
    "phone",
    "settle_days",
    "restart_actives_day",
    "kiosk",
    "admin_pin_hash",
    "web_address",
    "read_aloud",
    "comment",
];

/// Parses a config file's text. Always returns a usable config, with every problem found.
pub fn parse(text: &str, shipped_languages: &[&str]) -> (ClinicConfig, Vec<ConfigError>) {
    let mut config = ClinicConfig::default();
    let mut errors = Vec::new();
    let value: Value = match ron::from_str(text) {
        Ok(value) => value,
        Err(err) => {
            errors.push(ConfigError {
                key: None,
                reason: format!("the file does not parse ({err}); using the defaults"),
            });
            config.kiosk = says_kiosk(text);
            return (config, errors);
        }
    };
    let Value::Map(map) = value else {
        errors.push(ConfigError {
            key: None,
            reason: "expected a list of settings in ( ... ); using the defaults".to_owned(),
        });
        return (config, errors);
    };
    for (key, value) in map.iter() {
        let Value::String(key) = key else {
            errors.push(ConfigError {
                key: None,
                reason: format!("a setting name must be a word, not {key:?}"),
            });
            continue;
        };
        let mut bad = |reason: String| {
            errors.push(ConfigError {
                key: Some(key.clone()),
                reason: format!("{reason}; using the default"),
            });
        };
        match key.as_str() {
            "clinic_name" => match text_value(value, 60) {
                Ok(v) => config.clinic_name = Some(v),
                Err(e) => bad(e),
            },
            "logo" => match text_value(value, 300) {
                Ok(v) if v.to_ascii_lowercase().ends_with(".png") => config.logo = Some(v),
                Ok(_) => bad("the logo must be a .png file".to_owned()),
                Err(e) => bad(e),
            },
            "accent" => match colour(value) {
                Ok(v) => match readable_accent(v) {
                    Ok(()) => config.accent = Some(v),
                    Err(e) => bad(e),
                },
                Err(e) => bad(e),
            },
            "languages" => match language_list(value, shipped_languages) {
                Ok(v) => config.languages = v,
                Err(e) => bad(e),
            },
            "default_language" => match text_value(value, 20) {
                Ok(v) if shipped_languages.contains(&v.as_str()) => {
                    config.default_language = Some(v);
                }
                Ok(v) => bad(format!(
                    "\"{v}\" is not a shipped language ({})",
                    shipped_languages.join(", ")
                )),
                Err(e) => bad(e),
            },
            "idle_timeout_secs" => match whole(value, 20, 600) {
                Ok(v) => config.idle_timeout_secs = v,
                Err(e) => bad(e),
            },
            "warning_secs" => match whole(value, 5, 120) {
                Ok(v) => config.warning_secs = v,
                Err(e) => bad(e),
            },
            "phone" => match text_value(value, 40) {
                Ok(v)
                    if v.chars()
                        .all(|c| c.is_ascii_digit() || " +-()./".contains(c)) =>
                {
                    config.phone = Some(v);
                }
                Ok(_) => {
                    bad("a phone number may hold digits, spaces and + - ( ) . / only".to_owned());
                }
                Err(e) => bad(e),
            },
            "settle_days" => match number(value) {
                Ok(v) if (1.0..=14.0).contains(&v) => config.settle_days = Some(v as f32),
                Ok(v) => bad(format!("{v} is outside 1 to 14 days")),
                Err(e) => bad(e),
            },
            "restart_actives_day" => match whole(value, 1, 60) {
                Ok(v) => config.restart_actives_day = Some(v),
                Err(e) => bad(e),
            },
            "kiosk" => match value {
                Value::Bool(v) => config.kiosk = *v,
                other => bad(format!("expected true or false, found {}", describe(other))),
            },
            "admin_pin_hash" => match text_value(value, 200).and_then(|v| pin_hash(&v)) {
                Ok(v) => config.admin_pin_hash = Some(v),
                Err(e) => errors.push(ConfigError {
                    key: Some(key.clone()),
                    reason: format!("{e}; the admin exit stays disabled"),
                }),
            },
            "admin_pin" => errors.push(ConfigError {
                key: Some(key.clone()),
                reason: "a PIN is never stored as plain digits: run `scarwise --hash-pin`, and \
                    put what it prints under admin_pin_hash; the admin exit stays disabled"
                    .to_owned(),
            }),
            "web_address" => match web_address(value) {
                Ok(v) => config.web_address = Some(v),
                Err(e) => bad(e),
            },
            "read_aloud" => match value {
                Value::Bool(v) => config.read_aloud = *v,
                other => bad(format!("expected true or false, found {}", describe(other))),
            },
            "comment" => {}
            other => errors.push(ConfigError {
                key: Some(other.to_owned()),
                reason: format!("unknown setting (known: {})", KEYS.join(", ")),
            }),
        }
    }
    if let (Some(default), false) = (&config.default_language, config.languages.is_empty())
        && !config.languages.contains(default)
    {
        errors.push(ConfigError {
            key: Some("default_language".to_owned()),
            reason: format!("\"{default}\" is not in languages; using the first of them"),
        });
        config.default_language = config.languages.first().cloned();
    }
    if config.warning_secs >= config.idle_timeout_secs {
        errors.push(ConfigError {
            key: Some("warning_secs".to_owned()),
            reason: "must be shorter than idle_timeout_secs; using the default".to_owned(),
        });
        config.warning_secs = ClinicConfig::default()
            .warning_secs
            .min(config.idle_timeout_secs / 2);
    }
    (config, errors)
}

/// Whether a file that does not parse still says `kiosk: true` (whatever the spaces or tabs
/// around it, and not in a comment): a kiosk must stay a kiosk even with a broken file.
fn says_kiosk(text: &str) -> bool {
    text.lines().any(|line| {
        let code = line.split("//").next().unwrap_or_default();
        let squeezed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        squeezed.contains("kiosk:true")
    })
}

/// Checks that `text` is an Argon2 hash as `scarwise --hash-pin` prints it.
fn pin_hash(text: &str) -> Result<String, String> {
    use argon2::PasswordHash;
    let parsed = PasswordHash::new(text)
        .map_err(|e| format!("is not a hash from `scarwise --hash-pin` ({e})"))?;
    if !parsed.algorithm.as_str().starts_with("argon2") {
        return Err(format!(
            "uses {}, not Argon2: make a new one with `scarwise --hash-pin`",
            parsed.algorithm
        ));
    }
    Ok(text.to_owned())
}

/// The salted hash of an admin PIN of 4 to 12 digits, to put under `admin_pin_hash`.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    use argon2::PasswordHasher;
    let pin = pin.trim();
    if !(4..=12).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("the PIN must be 4 to 12 digits".to_owned());
    }
    argon2::Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| format!("could not hash the PIN ({e})"))
}

/// Whether `typed` is the PIN whose hash is `hash` (false for a hash that does not parse).
pub fn pin_matches(hash: &str, typed: &str) -> bool {
    use argon2::{PasswordHash, PasswordVerifier};
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(typed.as_bytes(), &parsed)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clinic::values::colour;

    const SHIPPED: [&str; 2] = ["en", "es"];

    #[test]
    fn the_sample_config_parses_without_errors() {
        let text = include_str!("../../examples/sample-clinic/clinic.example.ron");
        let (config, errors) = parse(text, &SHIPPED);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(config.kiosk);
        assert_eq!(config.clinic_name.as_deref(), Some("Riverside Skin Clinic"));
        assert_eq!(config.languages, ["en", "es"]);
        assert_eq!(config.idle_timeout_secs, 60);
    }

    #[test]
    fn a_bad_key_is_named_and_only_it_falls_back() {
        let text = r##"(
            clinic_name: "Clinic",
            idle_timeout_secs: 5,
            accent: "teal",
            languages: ["en", "fr"],
            phone: "call us",
            admin_pin: "12",
            kiosk: "yes",
            colour: "#000000",
        )"##;
        let (config, errors) = parse(text, &SHIPPED);
        assert_eq!(config.clinic_name.as_deref(), Some("Clinic"));
        let keys: Vec<&str> = errors.iter().filter_map(|e| e.key.as_deref()).collect();
        for key in [
            "idle_timeout_secs",
            "accent",
            "languages",
            "phone",
            "admin_pin",
            "kiosk",
            "colour",
        ] {
            assert!(keys.contains(&key), "{key} in {errors:?}");
        }
        assert_eq!(
            config,
            ClinicConfig {
                clinic_name: Some("Clinic".into()),
                ..ClinicConfig::default()
            }
        );
        assert!(errors.iter().all(|e| !e.to_string().is_empty()));
    }

    #[test]
    fn a_plain_pin_is_refused_by_name_and_no_pin_is_ever_assumed() {
        let (config, errors) = parse("(kiosk: true, admin_pin: \"2468\")", &SHIPPED);
        assert_eq!(config.admin_pin_hash, None);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].key.as_deref(), Some("admin_pin"));
        assert!(errors[0].reason.contains("--hash-pin"), "{errors:?}");
        assert_eq!(ClinicConfig::default().admin_pin_hash, None);
        let (config, _) = parse("(kiosk: true", &SHIPPED);
        assert_eq!(config.admin_pin_hash, None, "a broken file has no PIN");
    }

    #[test]
    fn a_hashed_pin_opens_only_for_its_digits() {
        let hash = hash_pin("2468").unwrap();
        assert!(!hash.contains("2468"), "the PIN is not in its hash");
        assert_ne!(hash, hash_pin("2468").unwrap(), "salted: two hashes differ");
        let (config, errors) = parse(&format!("(admin_pin_hash: \"{hash}\")"), &SHIPPED);
        assert!(errors.is_empty(), "{errors:?}");
        let stored = config.admin_pin_hash.unwrap();
        assert!(pin_matches(&stored, "2468"));
        assert!(!pin_matches(&stored, "2469"));
        assert!(!pin_matches(&stored, ""));
        assert!(!pin_matches("not a hash", "2468"));
        assert!(hash_pin("12").is_err() && hash_pin("12ab").is_err());
    }

    #[test]
    fn a_hash_that_is_not_argon2_is_refused() {
        for text in ["2468", "$argon2id$v=19$broken", "$md5$abc$def"] {
            let (config, errors) = parse(&format!("(admin_pin_hash: \"{text}\")"), &SHIPPED);
            assert_eq!(config.admin_pin_hash, None, "{text}");
            assert_eq!(errors[0].key.as_deref(), Some("admin_pin_hash"), "{text}");
        }
    }

    #[test]
    fn a_broken_file_stays_a_kiosk_whatever_the_spaces() {
        for text in [
            "(kiosk: true,",
            "(\tkiosk\t:\ttrue ,",
            "(\n  kiosk :   true\n  idle_timeout_secs: soon",
        ] {
            assert!(parse(text, &SHIPPED).0.kiosk, "{text:?}");
        }
        for text in ["(// kiosk: true\n", "(kiosk: false,", "(kiosk: \"true\""] {
            assert!(!parse(text, &SHIPPED).0.kiosk, "{text:?}");
        }
    }

    #[test]
    fn colours_take_hex_digits_only() {
        for text in ["#+F+F+F", "+F+F+F", "#0B636G", "#0B636", "# B636E"] {
            let (config, errors) = parse(&format!("(accent: \"{text}\")"), &SHIPPED);
            assert_eq!(config.accent, None, "{text}");
            assert_eq!(errors.len(), 1, "{text}: {errors:?}");
        }
        assert_eq!(
            colour(&Value::String("0b636e".into())),
            Ok([0x0B, 0x63, 0x6E])
        );
    }

    #[test]
    fn a_file_that_does_not_parse_gives_the_defaults_and_one_error() {
        let (config, errors) = parse("(clinic_name: \"x\"", &SHIPPED);
        assert_eq!(config, ClinicConfig::default());
        let (config, _) = parse("(\n  kiosk: true,\n  idle_timeout_secs: soon,\n", &SHIPPED);
        assert!(config.kiosk, "a broken kiosk config still starts a kiosk");
        assert_eq!(
            config.idle_timeout_secs,
            ClinicConfig::default().idle_timeout_secs
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].key, None);
        let (_, errors) = parse("[1, 2]", &SHIPPED);
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn a_light_accent_is_refused_for_readability() {
        let (config, errors) = parse("(accent: \"#F3E9A0\")", &SHIPPED);
        assert_eq!(config.accent, None);
        assert!(errors[0].reason.contains("darker"), "{errors:?}");
        let (config, errors) = parse("(accent: \"#5B2A86\")", &SHIPPED);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config.accent, Some([0x5B, 0x2A, 0x86]));
    }

    #[test]
    fn a_web_address_must_be_a_whole_address_without_a_fragment() {
        let (config, errors) = parse("(web_address: \"https://clinic.example/learn/\")", &SHIPPED);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            config.web_address.as_deref(),
            Some("https://clinic.example/learn/")
        );
        for text in [
            "clinic.example",
            "https://",
            "https:///path",
            "https://clinic.example/#top",
            "https://clinic example/",
            "ftp://clinic.example/",
        ] {
            let (config, errors) = parse(&format!("(web_address: \"{text}\")"), &SHIPPED);
            assert_eq!(config.web_address, None, "{text}");
            assert_eq!(errors.len(), 1, "{text}: {errors:?}");
            assert_eq!(errors[0].key.as_deref(), Some("web_address"));
        }
    }

    #[test]
    fn read_aloud_is_off_unless_the_clinic_turns_it_on() {
        let (config, errors) = parse("(kiosk: true)", &SHIPPED);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(!config.read_aloud);
        let (config, errors) = parse("(read_aloud: true)", &SHIPPED);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(config.read_aloud);
        let (config, errors) = parse("(read_aloud: \"yes\")", &SHIPPED);
        assert!(!config.read_aloud);
        assert_eq!(errors[0].key.as_deref(), Some("read_aloud"), "{errors:?}");
    }

    #[test]
    fn the_warning_must_be_shorter_than_the_timeout() {
        let (config, errors) = parse("(idle_timeout_secs: 30, warning_secs: 60)", &SHIPPED);
        assert!(config.warning_secs < config.idle_timeout_secs);
        assert_eq!(errors.len(), 1, "{errors:?}");
    }
}
