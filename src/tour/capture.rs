//! The tour's pictures: a screenshot of the window per shot, numbered in the order taken,
//! saved as a PNG, and failed if it comes out blank.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

/// What became of one screenshot: saved, or why not.
pub(super) type Outcome = (PathBuf, Result<(), String>);

/// The screenshots asked for so far and what became of each.
#[derive(Default)]
pub(super) struct Camera {
    /// Screenshots asked for; numbers the files.
    shots: u32,
    /// Filled in as the screenshots arrive (a frame or more after they are asked for).
    results: Arc<Mutex<Vec<Outcome>>>,
    /// `SCARWISE_BENCH_NO_SHOTS=1`: walk and draw every screen as the tour does, but take no
    /// screenshots (the benchmark's memory walk: a patient takes none).
    pub(super) walk_only: bool,
}

impl Camera {
    /// Asks for a screenshot of the primary window, saved in `dir` as `NN-name.png`.
    pub(super) fn capture(&mut self, commands: &mut Commands, dir: &Path, name: &str) {
        self.shots += 1;
        let path = dir.join(format!("{:02}-{name}.png", self.shots));
        let results = self.results.clone();
        if self.walk_only {
            results
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((path, Ok(())));
            return;
        }
        commands.spawn(Screenshot::primary_window()).observe(
            move |captured: On<ScreenshotCaptured>| {
                let outcome = check_and_save(&captured.image, &path);
                match &outcome {
                    Ok(()) => info!("tour: saved {}", path.display()),
                    Err(err) => error!("tour: {}: {err}", path.display()),
                }
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((path.clone(), outcome));
            },
        );
    }

    /// Records a failure that is no screenshot (its path has no extension).
    pub(super) fn record_failure(&self, path: PathBuf, reason: String) {
        self.results
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path, Err(reason)));
    }

    /// Screenshots asked for so far.
    pub(super) fn shots(&self) -> u32 {
        self.shots
    }

    /// What has become of the screenshots and failures so far, in the order they arrived.
    pub(super) fn results(&self) -> Vec<Outcome> {
        self.results
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// Saves the screenshot, failing if it is blank (one colour nearly everywhere).
fn check_and_save(image: &Image, path: &Path) -> Result<(), String> {
    let dynamic = image
        .clone()
        .try_into_dynamic()
        .map_err(|e| format!("not an image: {e}"))?;
    let rgb = dynamic.to_rgb8();
    let blank = blank_fraction(rgb.as_raw());
    rgb.save(path).map_err(|e| format!("cannot save: {e}"))?;
    if blank > 0.995 {
        return Err(format!("blank screen ({:.1} % one colour)", blank * 100.0));
    }
    Ok(())
}

/// The share of pixels that have the most common colour.
pub fn blank_fraction(rgb: &[u8]) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for pixel in rgb.chunks_exact(3) {
        *counts
            .entry([pixel[0], pixel[1], pixel[2]])
            .or_insert(0usize) += 1;
    }
    let total = rgb.len() / 3;
    counts
        .values()
        .max()
        .map_or(1.0, |&most| most as f64 / total.max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_fraction_tells_blank_from_drawn() {
        let blank = vec![30u8; 300];
        assert_eq!(blank_fraction(&blank), 1.0);
        let mut drawn = blank.clone();
        drawn[..30].fill(200);
        assert!((blank_fraction(&drawn) - 0.9).abs() < 1e-9);
    }

    #[test]
    fn shots_are_numbered_in_order_and_recorded_when_walking_only() {
        let mut camera = Camera {
            walk_only: true,
            ..default()
        };
        let mut world = World::new();
        let mut queue = bevy::ecs::world::CommandQueue::default();
        let mut commands = Commands::new(&mut queue, &world);
        camera.capture(&mut commands, Path::new("out"), "en-title");
        camera.capture(&mut commands, Path::new("out"), "en-journey");
        camera.record_failure(PathBuf::from("out/SideLight"), "no page".to_owned());
        queue.apply(&mut world);
        assert_eq!(camera.shots(), 2);
        let paths: Vec<_> = camera.results().into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                PathBuf::from("out/01-en-title.png"),
                PathBuf::from("out/02-en-journey.png"),
                PathBuf::from("out/SideLight"),
            ]
        );
        // Walking only takes no screenshot.
        assert_eq!(world.query::<&Screenshot>().iter(&world).count(), 0);
    }
}
