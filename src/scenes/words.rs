//! The words each scene shows, by message id: its labels, read-outs, feedback and its
//! description for screen readers. The clinical review sheet lists them under the page the
//! scene sits on (`content::cited`), and the content tests hold their claims to that page's
//! sources. `tests/content.rs` checks that every id the scenes' code names is listed here.

use crate::content::model::{ScarKind, Scene};

use super::routine::rules::ITEMS;

/// Every message id `scene` may show, in the order a patient meets them.
pub fn words(scene: Scene) -> Vec<String> {
    let fixed: &[&str] = match scene {
        Scene::ScarExplorer => &[
            "a11y-picture-explorer",
            "explorer-hint",
            "explorer-icepick",
            "explorer-boxcar",
            "explorer-rolling",
            "explorer-hypertrophic",
            "explorer-keloid",
            "explorer-colour-mark",
        ],
        Scene::SideLight => &[
            "a11y-scene-side-light",
            "light-angle",
            "light-seen-from-above",
            "light-rolling-shows",
            "light-rolling-hides",
        ],
        Scene::ScarSort => &[
            "sort-which",
            "sort-bin-not-a-scar",
            "sort-progress",
            "scene-right",
            "scene-not-quite",
            "scene-verdict-with",
            "sort-why-icepick",
            "sort-why-boxcar",
            "sort-why-rolling",
            "sort-why-hypertrophic",
            "sort-why-keloid",
            "sort-why-colour-mark",
            "sort-done",
            "scene-play-again",
        ],
        Scene::PulseLength => &[
            "a11y-scene-pulse-length",
            "pulse-target-pigment",
            "pulse-target-tissue",
            "pulse-length",
            "pulse-preset-nano",
            "pulse-preset-pico",
            "pulse-fire",
            "pulse-model",
            "pulse-readout",
            "pulse-outcome-breaks",
            "pulse-outcome-heat-stays",
            "pulse-outcome-heat-leaks",
            "pulse-outcome-tissue",
            "pulse-tissue-about",
            // The scar-tissue text names the lens page by its title.
            "pico-beams-title",
            "label-one-micrometre",
        ],
        Scene::Wavelength => &[
            "a11y-scene-wavelength",
            "wave-532",
            "wave-755",
            "wave-1064",
            "layer-epidermis",
            "layer-dermis",
            "layer-fat",
        ],
        Scene::FractionalLens => &[
            "a11y-scene-fractional-lens",
            "lens-none",
            "lens-none-about",
            "lens-diffractive",
            "lens-diffractive-about",
            "lens-microlens",
            "lens-microlens-about",
            "lens-bubble-rows",
            "pulse-fire",
            "label-half-mm",
            "scene-skin-tone",
            "scene-skin-tone-n",
        ],
        Scene::Remodelling => &[
            "a11y-scene-remodelling",
            "remodel-weeks",
            "remodel-status",
            "remodel-first-floor",
            "remodel-measured",
            "remodel-exaggerated",
        ],
        Scene::DowntimeTimeline => &[
            "a11y-scene-downtime-timeline",
            "timeline-day",
            "timeline-days",
            "timeline-on-day",
            "timeline-phase-day0",
            "timeline-phase-fading",
            "timeline-phase-mostly",
            "timeline-phase-settled",
            "timeline-redness",
            "timeline-swelling",
            "timeline-normal-title",
            "timeline-normal-body",
            "timeline-call-title",
            "timeline-call-body",
            "timeline-call-phone",
        ],
        Scene::EventPlanner => &[
            "a11y-scene-event-planner",
            "planner-event-in",
            "planner-days",
            "planner-real-dates",
            "planner-ask-clinic",
        ],
        Scene::RoutineGame => &[
            "routine-bin-do",
            "routine-bin-avoid",
            "routine-bin-ask",
            "scene-right",
            "scene-not-quite",
            "scene-verdict-with",
            "routine-clinic-first",
            "routine-morning",
            "routine-evening",
            "routine-reapply",
            "routine-later",
            "routine-when-day",
            "routine-when-after-redness",
            "routine-when-clinic-day",
            "routine-when-ask",
            "scene-play-again",
        ],
    };
    let mut words: Vec<String> = fixed.iter().map(|id| (*id).to_owned()).collect();
    if matches!(scene, Scene::ScarExplorer | Scene::ScarSort) {
        // The kinds' names: the explorer's labels and the naming game's bins.
        words.extend(ScarKind::ALL.iter().map(|kind| kind.label_id().to_owned()));
    }
    if scene == Scene::RoutineGame {
        // Each item's name and its reason, built from the item's id.
        for item in &ITEMS {
            words.push(format!("routine-{}", item.id));
            words.push(format!("routine-{}-why", item.id));
        }
    }
    words
}

/// Every scene, for listing all their words.
pub const ALL: [Scene; 10] = [
    Scene::ScarExplorer,
    Scene::SideLight,
    Scene::ScarSort,
    Scene::PulseLength,
    Scene::Wavelength,
    Scene::FractionalLens,
    Scene::Remodelling,
    Scene::DowntimeTimeline,
    Scene::EventPlanner,
    Scene::RoutineGame,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scene_has_words_and_none_twice() {
        for scene in ALL {
            let words = words(scene);
            assert!(!words.is_empty(), "{scene:?}");
            let unique: std::collections::BTreeSet<&String> = words.iter().collect();
            assert_eq!(unique.len(), words.len(), "{scene:?} lists a word twice");
        }
        assert!(words(Scene::RoutineGame).contains(&"routine-pool-why".to_owned()));
    }
}
