//! The browser build's decisions, as plain Rust that compiles and is tested on every
//! platform: what the page's address may ask for, and how the save in `localStorage` is kept
//! (`crate::progress::web` does the JavaScript side).
