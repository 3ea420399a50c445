//! The harness the app-level tests share, one file a job: building and driving the apps
//! (`app`), reading them as a screen reader does (`reader`), the keyboard (`keyboard`), one
//! finger (`touch`), answering questions and finishing modules (`quiz`), and the kiosk's
//! visits (`kiosk`).

#![allow(
    dead_code,
    reason = "each test file uses a different part of the harness"
)]

pub mod app;
pub mod keyboard;
pub mod kiosk;
pub mod quiz;
pub mod reader;
pub mod touch;
