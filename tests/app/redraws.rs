//! The app sleeps when nothing happens: an idle screen asks for no redraws (in reactive mode
//! each one wakes the renderer), a tap asks for the few that show its result.
//!
//! This runs the whole app headless (egui, every view, the platform plugin with its
//! work-around for `bevy_egui` feeding egui a modifiers event every frame), so it fails when
//! anything on the title screen keeps egui repainting, that work-around included.

use bevy::prelude::*;

use crate::common::app::{frames, headless_app, screen, t};
use crate::common::touch::tap;
use scarwise::state::Screen;

/// How many redraws the app asked for.
#[derive(Resource, Default)]
struct RedrawLog(usize);

fn log_redraws(
    mut redraws: MessageReader<bevy::window::RequestRedraw>,
    mut log: ResMut<RedrawLog>,
) {
    log.0 += redraws.read().count();
}

fn redraws(app: &App) -> usize {
    app.world().resource::<RedrawLog>().0
}

#[test]
fn an_idle_screen_asks_for_no_redraws_and_a_tap_does() {
    let mut app = headless_app("en");
    app.init_resource::<RedrawLog>()
        .add_systems(Last, log_redraws);
    // The first frames after loading lay out and settle (fonts, sizes).
    frames(&mut app, 30);
    assert_eq!(screen(&app), Screen::Title);
    // A simulated idle minute at 60 frames a second: nothing keeps the loop awake.
    let before = redraws(&app);
    frames(&mut app, 3600);
    assert_eq!(
        redraws(&app) - before,
        0,
        "an idle title screen asked for redraws"
    );
    // A tap asks for the frames that apply it and show the next screen...
    let start = t(&app, "title-start");
    tap(&mut app, &start);
    assert_eq!(screen(&app), Screen::Journey);
    assert!(redraws(&app) > before, "the tap did not ask for a redraw");
    // ...more while the new screen settles (egui's short fades run on the clock, and these
    // frames are far quicker than a screen's, so count frames until a quiet stretch)...
    let mut quiet = 0;
    let mut waited = 0;
    while quiet < 60 {
        let asked = redraws(&app);
        frames(&mut app, 1);
        quiet = if redraws(&app) == asked { quiet + 1 } else { 0 };
        waited += 1;
        assert!(
            waited < 3000,
            "the journey map never stopped asking for redraws"
        );
    }
    // ...and then the app rests again.
    let settled = redraws(&app);
    frames(&mut app, 600);
    assert_eq!(
        redraws(&app),
        settled,
        "the journey map asked for redraws again while idle"
    );
}
