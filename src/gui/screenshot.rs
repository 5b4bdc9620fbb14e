//! Screenshot mode: render N frames, save the window to a PNG, then exit; on the way,
//! report the frame times (mean and 95th percentile, the first frames left out as
//! warm-up), which `faultline bench --render` reads.
//!
//! The renderer compiles its pipelines in the background, so a frame can come out
//! before the floor's or the panels' pipelines are ready: on a loaded machine the
//! sixth frame once held only gizmos. The capture waits until no pipeline has been
//! waiting to compile for two frames, as a person would wait for the picture to settle.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::render_resource::PipelineCache;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::render::{ExtractSchedule, MainWorld, RenderApp};

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
    /// Real time when `frames` frames were done: the wait for pipelines counts from it.
    due_s: Option<f64>,
}

/// Frames left out of the frame-time figures while caches and pipelines warm up.
const WARM_UP_FRAMES: usize = 10;

/// Frames in a row with no pipeline left to compile before the capture is taken: a
/// pipeline queued by the first frame that draws with it shows up one frame later.
const SETTLED_FRAMES: u32 = 2;

/// Frames and real seconds past the requested count the capture waits for pipelines
/// at most, whichever comes first, so a renderer that never settles (a pipeline whose
/// shader fails is retried every frame) still yields a picture, and says so. On
/// lavapipe a frame takes over a second, so the frame count alone could be minutes.
const MOST_EXTRA_FRAMES: u32 = 600;
const MOST_EXTRA_WAIT_S: f64 = 60.0;

/// What the render world has seen, in seconds since the app's clock started (the
/// scenario is loaded before it): when the first frame was extracted for drawing,
/// and how many frames in a row, since when, no pipeline was waiting to compile.
#[derive(Resource, Debug, Default)]
struct PipelinesSettled {
    first_drawn_s: Option<f64>,
    ready_frames: u32,
    ready_since_s: Option<f64>,
}

pub(super) fn plugin(app: &mut App, path: PathBuf, frames: u32) {
    app.insert_resource(ScreenshotPlan {
        path,
        frames,
        rendered: 0,
        requested: false,
        last_frame_s: None,
        frame_times: Vec::new(),
        measured_from: None,
        due_s: None,
    })
    .add_systems(Update, request_screenshot);
    match app.get_sub_app_mut(RenderApp) {
        Some(render_app) => {
            render_app.add_systems(ExtractSchedule, count_settled_frames);
            app.init_resource::<PipelinesSettled>();
        }
        // No renderer, no pipelines to wait for.
        None => {
            app.insert_resource(PipelinesSettled {
                ready_frames: SETTLED_FRAMES,
                ..default()
            });
        }
    }
}

/// Runs in the render world, which alone sees the pipeline cache; writes to the main
/// world during extraction, the one point where both are open.
fn count_settled_frames(mut main_world: ResMut<MainWorld>, pipelines: Res<PipelineCache>) {
    let waiting = pipelines.waiting_pipelines().next().is_some();
    let now = main_world
        .get_resource::<Time<Real>>()
        .map(|time| time.startup().elapsed().as_secs_f64());
    if let Some(mut settled) = main_world.get_resource_mut::<PipelinesSettled>() {
        settled.first_drawn_s = settled.first_drawn_s.or(now);
        if waiting {
            settled.ready_frames = 0;
            settled.ready_since_s = None;
        } else {
            settled.ready_frames += 1;
            settled.ready_since_s = settled.ready_since_s.or(now);
        }
    }
}

fn request_screenshot(
    mut commands: Commands,
    time: Res<Time<Real>>,
    clock: Res<SimClock>,
    dock: Option<Res<super::dock::DockState>>,
    settled: Res<PipelinesSettled>,
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
    let due_s = *plan.due_s.get_or_insert(now);
    let pipelines_ready = settled.ready_frames >= SETTLED_FRAMES;
    let waited_enough =
        plan.rendered >= plan.frames + MOST_EXTRA_FRAMES || now - due_s >= MOST_EXTRA_WAIT_S;
    if !pipelines_ready && !waited_enough {
        return;
    }
    if !pipelines_ready {
        warn!(
            "the renderer still had pipelines to compile {:.0} s and {} frames after --frames; capturing anyway",
            now - due_s,
            plan.rendered - plan.frames
        );
    }
    plan.requested = true;
    // Both start-up figures: the first frame drawn (whatever it held) and the moment
    // every pipeline was ready, after which the picture a person waits for is drawn.
    let seconds = |s: Option<f64>| s.map_or("never".to_string(), |s| format!("{s:.2} s"));
    info!(
        "start-up, from the app's clock starting: first frame drawn {}, pipelines ready {}; capturing frame {} ({} past --frames while pipelines compiled)",
        seconds(settled.first_drawn_s),
        seconds(settled.ready_since_s),
        plan.rendered,
        plan.rendered - plan.frames
    );
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
