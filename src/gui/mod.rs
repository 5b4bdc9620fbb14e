//! The 3D window: a thin client of the simulation that renders the floor, lets a
//! person select equipment and read its telemetry, and controls sim speed.

mod debrief;
mod panels;
mod scene;
mod screenshot;
mod selection;
mod shift;
mod technician;
mod visuals;
mod workbench;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use bevy_panorbit_camera::PanOrbitCameraPlugin;

use crate::sim::{SimPlugin, SimSetup, TICK_HZ};

pub use selection::Selection;

/// How the window should start.
#[derive(Debug, Clone)]
pub struct WindowOptions {
    pub setup: SimSetup,
    /// The scenario being run, if any (its ticket is shown; its faults are in `setup`).
    pub scenario: Option<crate::scenario::LoadedScenario>,
    pub warmup_seconds: f64,
    pub screenshot: Option<PathBuf>,
    pub frames: u32,
    pub select_unit: Option<u32>,
    /// A conveyor zone (line, zone) to select at start.
    pub select_zone: Option<(u16, u32)>,
    /// Actions to preload, at their scripted times.
    pub script: Option<crate::trainee::ActionScript>,
    /// The trainee whose variant this is (named in the attempt log).
    pub trainee: String,
    /// Show the debrief at once (the shift ends after the warm-up).
    pub debrief: bool,
    /// Running as a lab station: where the attempt goes and under which conditions.
    pub station: Option<Station>,
}

/// A lab station's attempt: its log and report files, and the session's conditions.
#[derive(Debug, Clone)]
pub struct Station {
    pub log: PathBuf,
    pub report: PathBuf,
    pub session: String,
    pub exam: bool,
    pub limit_min: f32,
    pub scenario_hash: String,
    /// The session file, for the roster and the LRS the statements go to.
    pub session_file: PathBuf,
}

/// Opens the window and runs until it is closed (or the screenshot is saved).
pub fn run_window(options: WindowOptions) -> Result<(), String> {
    let title = match &options.scenario {
        Some(loaded) => format!("Faultline: {}", loaded.scenario.title),
        None => format!("Faultline: {} floor", options.setup.layout.name),
    };
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title,
            resolution: WindowResolution::new(1280, 720),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(SimPlugin {
        setup: options.setup.clone(),
    })
    .add_plugins(GuiPlugin { options });
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(code) => Err(format!("the window closed with error code {code}")),
    }
}

/// Everything the window adds on top of the simulation.
pub struct GuiPlugin {
    pub options: WindowOptions,
}

/// Ticks to run before the first frame (see `--warmup-seconds`).
#[derive(Resource, Debug, Clone, Copy)]
struct Warmup {
    ticks: u64,
}

impl Plugin for GuiPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins((
            EguiPlugin::default(),
            PanOrbitCameraPlugin,
            MeshPickingPlugin,
        ))
        .insert_resource(Warmup {
            ticks: (self.options.warmup_seconds.max(0.0) * TICK_HZ).round() as u64,
        })
        .add_systems(PostStartup, warm_up)
        .add_systems(Update, speed_keys)
        .insert_resource(shift::ShiftInfo {
            scenario: self.options.scenario.as_ref().map(shift::ShiftTicket::from),
            screenshot_mode: self.options.screenshot.is_some(),
        })
        .add_plugins((
            scene::plugin,
            visuals::plugin,
            selection::plugin,
            panels::plugin,
            shift::plugin,
            workbench::plugin,
            technician::plugin,
        ));
        app.add_plugins(debrief::DebriefPlugin {
            scenario: self.options.scenario.clone(),
            trainee: self.options.trainee.clone(),
            open_at_start: self.options.debrief,
            station: self.options.station.clone(),
        });
        if let Some(unit) = self.options.select_unit {
            app.insert_resource(selection::InitialSelection(unit));
        }
        if let Some(zone) = self.options.select_zone {
            app.insert_resource(selection::InitialZone(zone.0, zone.1));
        }
        if let Some(script) = &self.options.script {
            let mut pending = crate::trainee::PendingActions::default();
            for step in &script.actions {
                pending.push(
                    (step.at_s.max(0.0) as f64 * TICK_HZ).round() as u64,
                    step.action.clone(),
                );
            }
            app.insert_resource(pending);
        }
        if let Some(path) = &self.options.screenshot {
            screenshot::plugin(app, path.clone(), self.options.frames);
        }
    }
}

/// Runs the fixed simulation schedule ahead so the first frame shows a working floor.
fn warm_up(world: &mut World) {
    let ticks = world.resource::<Warmup>().ticks;
    for _ in 0..ticks {
        world.run_schedule(FixedUpdate);
    }
}

/// Space pauses and resumes; 1, 2 and 3 set 1×, 4× and 16×.
fn speed_keys(keys: Res<ButtonInput<KeyCode>>, mut time: ResMut<Time<Virtual>>) {
    if keys.just_pressed(KeyCode::Space) {
        if time.is_paused() {
            time.unpause();
        } else {
            time.pause();
        }
    }
    for (key, speed) in [
        (KeyCode::Digit1, 1.0),
        (KeyCode::Digit2, 4.0),
        (KeyCode::Digit3, 16.0),
    ] {
        if keys.just_pressed(key) {
            set_speed(&mut time, speed);
        }
    }
}

/// Sets simulation speed relative to real time, and lets virtual time catch up at 16×.
pub(crate) fn set_speed(time: &mut Time<Virtual>, speed: f32) {
    time.unpause();
    time.set_relative_speed(speed);
    time.set_max_delta(std::time::Duration::from_secs_f32(0.25 * speed.max(1.0)));
}
