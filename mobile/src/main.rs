//! The iOS app's executable (Xcode's build phase runs `cargo build --bin scarwise-ios`), and on
//! the desktop a quick way to try the mobile mode: `cargo run -p scarwise-mobile`.

fn main() {
    scarwise::run_mobile();
}
