//! The clinic: its config file and logo, read once at start-up, and the plain facts other
//! layers take from it (whether this is a kiosk, the accent colour).

pub mod config;
pub mod logo;
mod values;

use bevy::prelude::*;

use crate::launch::LaunchOptions;
use crate::theme::Accent;
use config::{ClinicConfig, ConfigError};

pub(super) fn plugin(app: &mut App) {
    let options = app.world().resource::<LaunchOptions>().clone();
    let clinic = Clinic::load(&options);
    for error in &clinic.errors {
        warn!("clinic config: {error}");
    }
    let on = options.kiosk || clinic.config.kiosk;
    if on && clinic.config.admin_pin_hash.is_none() {
        warn!(
            "kiosk: no valid admin_pin_hash in the clinic config, so the admin exit is disabled \
             (make one with `scarwise --hash-pin`)"
        );
    }
    if on {
        info!("kiosk mode: nothing of a visitor is written to disk");
    }
    app.insert_resource(Accent(clinic.config.accent))
        .insert_resource(clinic)
        .insert_resource(KioskMode(on));
}

/// Whether the app runs as a waiting-room kiosk (`--kiosk` or the clinic's config).
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KioskMode(pub bool);

/// Run condition: the app is a kiosk.
pub fn kiosk_on(mode: Option<Res<KioskMode>>) -> bool {
    mode.is_some_and(|m| m.0)
}

/// The clinic's config, what was wrong with it (shown on the admin screen), and its logo.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Clinic {
    pub config: ClinicConfig,
    pub errors: Vec<ConfigError>,
    /// The logo, decoded once at start-up; `None` when there is none or it could not be used
    /// (then the clinic name shows alone, and `errors` says why).
    pub logo: Option<logo::Logo>,
}

impl Clinic {
    /// Reads the config (a file, or the text the platform handed over) and decodes the logo.
    pub fn load(options: &LaunchOptions) -> Clinic {
        let (config, mut errors, folder) = Self::read_config(options);
        let logo = config.logo.as_ref().and_then(|file| {
            let path = folder
                .as_ref()
                .map_or_else(|| std::path::PathBuf::from(file), |dir| dir.join(file));
            // The browser page hands the bytes over; elsewhere the file is read.
            let decoded = match &options.logo_bytes {
                Some(bytes) => logo::decode(bytes),
                None => logo::read(&path).and_then(|bytes| logo::decode(&bytes)),
            };
            match decoded {
                Ok(logo) => Some(logo),
                Err(reason) => {
                    errors.push(ConfigError {
                        key: Some("logo".to_owned()),
                        reason: format!(
                            "{}: {reason}; showing the clinic name alone",
                            path.display()
                        ),
                    });
                    None
                }
            }
        });
        Clinic {
            config,
            errors,
            logo,
        }
    }

    /// The config alone, without decoding the logo (to decide the window before the app runs).
    pub fn read_config(
        options: &LaunchOptions,
    ) -> (ClinicConfig, Vec<ConfigError>, Option<std::path::PathBuf>) {
        let shipped: Vec<&str> = crate::i18n::LOCALES.iter().map(|l| l.tag).collect();
        if let Some(text) = &options.config_text {
            let (config, errors) = config::parse(text, &shipped);
            return (config, errors, None);
        }
        let Some(path) = &options.config else {
            return (ClinicConfig::default(), Vec::new(), None);
        };
        let folder = path.parent().map(std::path::Path::to_path_buf);
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let (config, errors) = config::parse(&text, &shipped);
                (config, errors, folder)
            }
            Err(err) => {
                // A kiosk whose file cannot be read still fills the screen and keeps its exit
                // shut: `--kiosk` decides, and no PIN is assumed.
                let error = ConfigError {
                    key: None,
                    reason: format!("cannot read {}: {err}; using the defaults", path.display()),
                };
                (ClinicConfig::default(), vec![error], folder)
            }
        }
    }
}
