//! The clinic: its config file, and the waiting-room kiosk built on it.

pub mod config;
pub mod kiosk;

use bevy::prelude::*;

use crate::LaunchOptions;
use config::{ClinicConfig, ConfigError};
pub use kiosk::{AdminGate, Kiosk, VisitEnded, kiosk_on, wipe_visit};

pub(super) fn plugin(app: &mut App) {
    let options = app.world().resource::<LaunchOptions>().clone();
    let clinic = Clinic::load(&options);
    for error in &clinic.errors {
        warn!("clinic config: {error}");
    }
    let on = options.kiosk || clinic.config.kiosk;
    app.insert_resource(clinic)
        .insert_resource(Kiosk { on, ..default() })
        .add_plugins(kiosk::plugin);
    if on {
        info!("kiosk mode: nothing of a visitor is written to disk");
        app.insert_resource(kiosk::kiosk_settings());
    }
}

/// The clinic's config and what was wrong with it (shown on the admin screen).
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Clinic {
    pub config: ClinicConfig,
    pub errors: Vec<ConfigError>,
    /// The config file's folder, for the logo path.
    pub folder: Option<std::path::PathBuf>,
    /// The logo itself, when the platform handed it over (the browser page fetches it).
    pub logo_bytes: Option<Vec<u8>>,
}

impl Clinic {
    pub fn load(options: &LaunchOptions) -> Clinic {
        let shipped: Vec<&str> = crate::i18n::LOCALES.iter().map(|l| l.tag).collect();
        if let Some(text) = &options.config_text {
            let (config, errors) = config::parse(text, &shipped);
            return Clinic {
                config,
                errors,
                folder: None,
                logo_bytes: options.logo_bytes.clone(),
            };
        }
        let Some(path) = &options.config else {
            return Clinic::default();
        };
        let folder = path.parent().map(std::path::Path::to_path_buf);
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let (config, errors) = config::parse(&text, &shipped);
                Clinic {
                    config,
                    errors,
                    folder,
                    logo_bytes: None,
                }
            }
            Err(err) => Clinic {
                config: ClinicConfig::default(),
                errors: vec![ConfigError {
                    key: None,
                    reason: format!("cannot read {}: {err}; using the defaults", path.display()),
                }],
                folder,
                logo_bytes: None,
            },
        }
    }
}
