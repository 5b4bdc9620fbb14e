//! Screenshot mode: render N frames, save the window to a PNG, then exit; on the way,
//! report the frame times (mean and 95th percentile, the first frames left out as
//! warm-up), which `faultline bench --render` reads.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::sim::SimClock;

#[derive(Resource, Debug, Clone)]
struct ScreenshotPlan {
    path: PathBuf,
    frames: u32,
    rendered: u32,
    requested: bool,
    /// Real time of the last frame, and each frame's time since the one before, s.
    last_frame_s: Option<f64>,
    frame_times: Vec<f64>,
    /// (real, sim) seconds when the warm-up frames were done: the sim speed achieved
    /// over the measured frames is reported with their times.
    measured_from: Option<(f64, f64)>,
}

/// Frames left out of the frame-time figures while caches and pipelines warm up.
const WARM_UP_FRAMES: usize = 10;

pub(super) fn plugin(app: &mut App, path: PathBuf, frames: u32) {
    app.insert_resource(ScreenshotPlan {
        path,
        frames,
        rendered: 0,
        requested: false,
        last_frame_s: None,
        frame_times: Vec::new(),
        measured_from: None,
    })
    .add_systems(Update, request_screenshot);
}

fn request_screenshot(
    mut commands: Commands,
    time: Res<Time<Real>>,
    clock: Res<SimClock>,
    dock: Option<Res<super::dock::DockState>>,
    mut plan: ResMut<ScreenshotPlan>,
) {
    plan.rendered += 1;
    let now = time.elapsed_secs_f64();
    if let Some(last) = plan.last_frame_s.replace(now)
        && !plan.requested
    {
        plan.frame_times.push(now - last);
        if plan.frame_times.len() == WARM_UP_FRAMES {
            plan.measured_from = Some((now, clock.seconds()));
        }
    }
    if plan.requested || plan.rendered < plan.frames {
        return;
    }
    plan.requested = true;
    // The layout's promise (most of the window is floor), for tests and people to check.
    if let Some(dock) = dock {
        info!(
            "the floor view covers {:.0}% of the window",
            dock.floor_share * 100.0
        );
    }
    if let Some((mean, p95, n)) = frame_time_figures(&plan.frame_times) {
        info!("frame times: mean {mean:.2} ms, p95 {p95:.2} ms over {n} frames");
    }
    if let Some((real, sim)) = plan.measured_from
        && now > real
    {
        info!(
            "sim speed: {:.2}x over the measured frames",
            (clock.seconds() - sim) / (now - real)
        );
    }
    let path = plan.path.clone();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
            // Exit only once the file is written, or the capture is lost.
            let saved = captured
                .image
                .clone()
                .try_into_dynamic()
                .map_err(|e| e.to_string())
                .and_then(|image| image.to_rgb8().save(&path).map_err(|e| e.to_string()));
            match saved {
                Ok(()) => {
                    info!("screenshot saved to {}", path.display());
                    exit.write(AppExit::Success);
                }
                Err(e) => {
                    error!("could not save the screenshot to {}: {e}", path.display());
                    exit.write(AppExit::error());
                }
            }
        },
    );
}

/// Mean and 95th-percentile frame time in ms, and the frames counted, leaving out the
/// warm-up frames (None: too few frames to say).
pub fn frame_time_figures(times: &[f64]) -> Option<(f64, f64, usize)> {
    let mut counted: Vec<f64> = times
        .iter()
        .skip(WARM_UP_FRAMES)
        .map(|t| t * 1000.0)
        .collect();
    if counted.is_empty() {
        return None;
    }
    let mean = counted.iter().sum::<f64>() / counted.len() as f64;
    counted.sort_by(f64::total_cmp);
    let at = ((counted.len() as f64 * 0.95).ceil() as usize).clamp(1, counted.len()) - 1;
    Some((mean, counted[at], counted.len()))
}
