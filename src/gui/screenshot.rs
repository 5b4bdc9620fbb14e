//! Screenshot mode: render N frames, save the window to a PNG, then exit.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

#[derive(Resource, Debug, Clone)]
struct ScreenshotPlan {
    path: PathBuf,
    frames: u32,
    rendered: u32,
    requested: bool,
    /// Real time at the first frame, to report the frame rate on exit.
    first_frame_s: Option<f64>,
}

pub(super) fn plugin(app: &mut App, path: PathBuf, frames: u32) {
    app.insert_resource(ScreenshotPlan {
        path,
        frames,
        rendered: 0,
        requested: false,
        first_frame_s: None,
    })
    .add_systems(Update, request_screenshot);
}

fn request_screenshot(
    mut commands: Commands,
    time: Res<Time<Real>>,
    dock: Res<super::dock::DockState>,
    mut plan: ResMut<ScreenshotPlan>,
) {
    plan.rendered += 1;
    let now = time.elapsed_secs_f64();
    let first = *plan.first_frame_s.get_or_insert(now);
    if plan.requested || plan.rendered < plan.frames {
        return;
    }
    plan.requested = true;
    // The layout's promise (most of the window is floor), for tests and people to check.
    info!(
        "the floor view covers {:.0}% of the window",
        dock.floor_share * 100.0
    );
    if plan.rendered > 1 && now > first {
        let fps = (plan.rendered - 1) as f64 / (now - first);
        info!(
            "rendered {} frames at {fps:.1} frames per second",
            plan.rendered
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
