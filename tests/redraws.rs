//! The app sleeps when nothing happens: an idle screen asks for no redraws (in reactive mode
//! each one wakes the renderer), an action asks for the few that show its result.

mod common;

use bevy::prelude::*;

use common::app::{act, core_app, frames, screen, shipped_assets, wait_for_loading};
use scarwise::LaunchOptions;
use scarwise::state::Nav;
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

#[test]
fn an_idle_screen_asks_for_no_redraws_and_an_action_does() {
    let mut app = core_app(
        LaunchOptions {
            memory_only: true,
            ..default()
        },
        &shipped_assets(),
    );
    app.init_resource::<RedrawLog>()
        .add_systems(Last, log_redraws);
    wait_for_loading(&mut app);
    app.update();
    let redraws = |app: &App| app.world().resource::<RedrawLog>().0;
    // A simulated idle minute at 60 frames a second: nothing keeps the loop awake.
    let before = redraws(&app);
    frames(&mut app, 3600);
    assert_eq!(
        redraws(&app),
        before,
        "an idle title screen asked for redraws"
    );
    // A click (an action) asks for the frames that apply it and show the next screen...
    act(&mut app, Nav::Start);
    assert_eq!(screen(&app), Screen::Journey);
    assert!(
        redraws(&app) > before,
        "the action did not ask for a redraw"
    );
    // ...a few more while the state change settles...
    frames(&mut app, 5);
    let settled = redraws(&app);
    assert!(
        settled - before <= 5,
        "{} redraws for one click",
        settled - before
    );
    // ...and then the app rests again.
    frames(&mut app, 600);
    assert_eq!(redraws(&app), settled);
}
