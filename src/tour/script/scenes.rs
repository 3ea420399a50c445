//! The scenes' part of the tour: each interactive scene opened on its lesson page and put in
//! the states a patient would see, one picture each.

use bevy::prelude::default;

use super::Step;
use crate::content::model::{ScarKind, Scene};
use crate::scenes::SceneState;
use crate::scenes::pico::fractional::Lens;
use crate::scenes::pico::pulse;
use crate::scenes::pico::pulse::Target;
use crate::scenes::routine::rules::Bin;
use crate::scenes::scar::sort;

/// Every scene in the states a patient would see, captured in English; in Spanish, one state
/// each.
pub(super) fn scene_steps(all_states: bool) -> Vec<Step> {
    use Step::*;
    type Set = fn(&mut SceneState, f64);
    let fresh: Set = |s, _| *s = SceneState::default();
    let mut shots: Vec<(Scene, Vec<(&'static str, Set)>)> = vec![
        (
            Scene::ScarExplorer,
            vec![
                ("explorer-rolling", |s, _| {
                    s.explorer = Some(ScarKind::Rolling);
                }),
                ("explorer-start", fresh),
                ("explorer-keloid", |s, _| {
                    s.explorer = Some(ScarKind::Keloid);
                }),
                ("explorer-colour-marks", |s, _| {
                    s.explorer = Some(ScarKind::ColourMark);
                }),
            ],
        ),
        (
            Scene::SideLight,
            vec![
                ("side-light-low", |s, _| s.light_degrees = 15.0),
                ("side-light-above", |s, _| s.light_degrees = 90.0),
            ],
        ),
        (
            Scene::ScarSort,
            vec![
                ("sort-right", |s, _| {
                    s.sort = default();
                    s.sort.place(sort::bin_of(sort::ORDER[0]));
                }),
                ("sort-start", |s, _| s.sort = default()),
                ("sort-wrong", |s, _| {
                    s.sort = default();
                    s.sort.place(sort::bin_of(sort::ORDER[0]));
                    s.sort.place(sort::bin_of(sort::ORDER[0]));
                }),
                // The colour marks' drawing, with "not a scar" among the bins.
                ("sort-colour-marks", |s, _| {
                    s.sort = default();
                    for kind in sort::ORDER
                        .into_iter()
                        .take_while(|k| *k != ScarKind::ColourMark)
                    {
                        s.sort.place(sort::bin_of(kind));
                    }
                }),
                ("sort-done", |s, _| {
                    s.sort = default();
                    for kind in sort::ORDER {
                        s.sort.place(sort::bin_of(kind));
                    }
                }),
            ],
        ),
        (
            Scene::PulseLength,
            vec![
                ("pulse-pico-after", |s, now| {
                    s.pulse.pulse_s = pulse::PICO_PULSE_S;
                    s.pulse.fired_at = Some(now - 10.0);
                }),
                ("pulse-before", |s, _| s.pulse = default()),
                ("pulse-nano-after", |s, now| {
                    s.pulse = default();
                    s.pulse.fired_at = Some(now - 10.0);
                }),
                ("pulse-pico-during", |s, now| {
                    s.pulse.pulse_s = pulse::PICO_PULSE_S;
                    s.pulse.fired_at = Some(now - 0.7);
                }),
                ("pulse-tissue-pico-after", |s, now| {
                    s.pulse.pulse_s = pulse::PICO_PULSE_S;
                    s.pulse.target = Target::ScarTissue;
                    s.pulse.fired_at = Some(now - 10.0);
                }),
            ],
        ),
        (
            Scene::Wavelength,
            vec![
                ("wavelength-1064", |s, _| {
                    s.wavelength_nm = 1064;
                    s.tone = 5;
                }),
                ("wavelength-532", |s, _| {
                    s.wavelength_nm = 532;
                    s.tone = 0;
                }),
            ],
        ),
        (
            Scene::FractionalLens,
            vec![
                ("lens-diffractive-after", |s, now| {
                    s.lens = Lens::Diffractive;
                    s.lens_fired_at = Some(now - 10.0);
                }),
                ("lens-none-after", |s, now| {
                    s.lens = Lens::None;
                    s.lens_fired_at = Some(now - 10.0);
                }),
                ("lens-microlens-after", |s, now| {
                    s.lens = Lens::MicroLens;
                    s.lens_fired_at = Some(now - 10.0);
                    s.tone = 4;
                }),
            ],
        ),
        (
            Scene::Remodelling,
            vec![
                ("remodel-week-24", |s, _| s.weeks = 24.0),
                ("remodel-week-0", |s, _| s.weeks = 0.0),
                ("remodel-week-10", |s, _| s.weeks = 10.0),
            ],
        ),
        (
            Scene::DowntimeTimeline,
            vec![
                ("timeline-day-2", |s, _| s.day = 2),
                ("timeline-day-0", |s, _| s.day = 0),
                ("timeline-day-7", |s, _| s.day = 7),
                ("timeline-day-28", |s, _| {
                    s.day = 28;
                    s.tone = 5;
                }),
            ],
        ),
        (
            Scene::EventPlanner,
            vec![
                ("planner-1-day", |s, _| s.event_in = 1),
                ("planner-10-days", |s, _| s.event_in = 10),
            ],
        ),
        (
            Scene::RoutineGame,
            vec![
                ("routine-wrong", |s, _| {
                    s.routine = default();
                    s.routine.place(Bin::AskClinic);
                }),
                ("routine-right", |s, _| {
                    s.routine = default();
                    s.routine.place(Bin::Do);
                }),
                ("routine-done", |s, _| {
                    s.routine = default();
                    while let Some(item) = s.routine.current() {
                        s.routine.place(item.bin);
                    }
                }),
            ],
        ),
    ];
    if !all_states {
        for (_, states) in &mut shots {
            states.truncate(1);
        }
    }
    let mut steps = Vec::new();
    for (scene, states) in shots {
        steps.push(OpenScene(scene));
        for (name, set) in states {
            steps.push(SceneShot(name, set));
        }
    }
    steps.push(SceneShot("scenes-reset", fresh));
    steps
}
