//! `faultline run SCENARIO --watch`: the scenario file is read twice a second; when its
//! contents change and it validates, the window starts again on it (a fresh shift on
//! the new version, the same arguments); when it does not validate, the errors show
//! over the floor (file:line:col) and the last good version keeps running.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::scenario::load_scenario_reported;

/// The file watched and what was last seen of it.
#[derive(Resource, Debug)]
struct Watched {
    path: PathBuf,
    /// The contents the running shift was built from.
    running: String,
    /// The contents last checked (a broken save is checked once).
    checked: String,
    /// Why the last saved version was not taken.
    errors: Option<String>,
    since_check: f32,
}

pub(super) fn plugin(app: &mut App, path: PathBuf) {
    let running = std::fs::read_to_string(&path).unwrap_or_default();
    info!("watching {} for changes", path.display());
    app.insert_resource(Watched {
        path,
        checked: running.clone(),
        running,
        errors: None,
        since_check: 0.0,
    })
    .add_systems(Update, check_file)
    .add_systems(EguiPrimaryContextPass, show_errors);
}

fn check_file(time: Res<Time<Real>>, mut watched: ResMut<Watched>) {
    watched.since_check += time.delta_secs();
    if watched.since_check < 0.5 {
        return;
    }
    watched.since_check = 0.0;
    // A file half-written or moved away mid-save is read again next time.
    let Ok(now) = std::fs::read_to_string(&watched.path) else {
        return;
    };
    if now == watched.checked {
        return;
    }
    watched.checked = now.clone();
    if now == watched.running {
        watched.errors = None;
        return;
    }
    match load_scenario_reported(&watched.path) {
        Ok(_) => {
            info!(
                "{} changed and validates: restarting the shift",
                watched.path.display()
            );
            if let Err(e) = restart() {
                watched.errors = Some(format!("could not restart: {e}"));
            }
        }
        Err(e) => {
            warn!(
                "{} does not validate; the last good version keeps running",
                watched.path.display()
            );
            watched.errors = Some(e.to_string());
        }
    }
}

/// Starts this program again with the same arguments in place of this process.
fn restart() -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // `exec` returns only when it failed.
        Err(std::process::Command::new(exe).args(args).exec())
    }
    #[cfg(not(unix))]
    {
        std::process::Command::new(exe).args(args).spawn()?;
        std::process::exit(0);
    }
}

fn show_errors(mut contexts: EguiContexts, watched: Res<Watched>) -> Result {
    let Some(errors) = &watched.errors else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    egui::Area::new("watch_errors".into())
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(-150.0, 40.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(Color32::from_rgb(70, 20, 20))
                .show(ui, |ui| {
                    ui.set_max_width(600.0);
                    ui.label(
                        RichText::new("The saved scenario does not validate; the last good version keeps running:")
                            .strong()
                            .color(Color32::from_rgb(255, 200, 190)),
                    );
                    ui.label(RichText::new(errors).monospace().color(Color32::WHITE));
                });
        });
    Ok(())
}
