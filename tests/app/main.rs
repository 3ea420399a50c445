//! The app-level tests, in one test binary: each module below was a binary of its own, and
//! every one of them linked Bevy, which cost more time than running them all. The kiosk soak
//! (`tests/kiosk_soak.rs`) stays apart: it measures the memory of its whole process.
//!
//! Run one module with `cargo test --test app kiosk::` (a name filter).

#[path = "../common/mod.rs"]
mod common;

mod a11y;
mod companion;
mod consult;
mod content;
mod content_errors;
mod every_module;
mod evidence;
mod journey;
mod kiosk;
mod kiosk_visit;
mod languages;
mod layers;
mod progress;
mod quiz;
mod read_aloud;
mod redraws;
mod reset_link;
mod screen_reader;
mod take_home;
mod touch;
mod webapp;
