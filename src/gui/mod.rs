//! The 3D window: a thin client of the simulation that renders the floor, lets a
//! person select equipment and act on it, and shows the shift's phases (briefing, on
//! shift, debrief). One file per window or panel; `shift` holds the phases and the one
//! place simulated time is paused and sped up.

mod action_menu;
mod actions_panel;
mod alarm_list;
mod avatar;
mod briefing_window;
mod camera_aim;
mod debrief_window;
mod dock;
mod editor;
mod equipment;
mod evidence;
mod fleet_list;
mod glyphs;
mod job_panel;
mod keyboard_help;
mod line_model;
mod notebook;
mod overlays;
mod pace;
mod renderer;
mod safety_marks;
mod scenario_picker;
mod scene;
mod screenshot;
mod selection;
mod shift;
mod technician_panel;
mod telemetry_panel;
mod test_points;
mod thermal_view;
mod top_bar;
mod unit_model;
mod visuals;
mod watch;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use bevy_panorbit_camera::PanOrbitCameraPlugin;

use crate::app::{Attempt, SimPlugin, SimSetup};
use crate::error::{Error, Result};
use crate::lab::OpenStation;
use crate::sim::TICK_HZ;

pub use evidence::{Evidence, Sign};
pub use line_model::{EstopPost, LinePanel, VfdKeypad};
pub use safety_marks::{AlarmBeacon, Barrier, Padlock};
pub use scene::FloorTile;
pub use selection::Selection;
pub use shift::ShiftPhase;
pub use test_points::{MeterInHand, TestPointMark};
pub use thermal_view::{HeatSource, ThermalPalette, ThermalView};
pub use unit_model::UnitPart;

/// How the window should start.
#[derive(Debug, Clone)]
pub struct WindowOptions {
    pub setup: SimSetup,
    /// What the shift is: a plain floor, a scenario, or a lab station's attempt.
    pub opening: Opening,
    pub warmup_seconds: f64,
    pub screenshot: Option<PathBuf>,
    pub frames: u32,
    pub select_unit: Option<u32>,
    /// A conveyor zone (line, zone) to select at start.
    pub select_zone: Option<(u16, u32)>,
    /// A line's control panel to select at start.
    pub select_line: Option<u16>,
    /// Actions to preload, at their scripted times.
    pub script: Option<crate::trainee::ActionScript>,
    /// Show the debrief at once (the shift ends after the warm-up).
    pub debrief: bool,
    /// How the floor is seen at start.
    pub view: StartView,
    /// The meter in hand at start (the selection's test points marked).
    pub meter: bool,
    /// Reload this scenario file when it is saved (`--watch`).
    pub watch: Option<PathBuf>,
    /// Edit this scenario file in the window (`faultline edit`).
    pub edit: Option<PathBuf>,
    /// Only the floor, its lights and the equipment's meshes: no panels, no overlays,
    /// no evidence (the reference `bench --render` compares the window with).
    pub plain_scene: bool,
    /// The sim speed the floor starts at (1, 4 or 16 in the window's choices).
    pub speed: f32,
}

/// How the window first shows the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Resource)]
pub enum StartView {
    #[default]
    Overview,
    /// Close on the selected equipment (the work view).
    CloseUp,
    /// Through the thermal camera.
    Thermal,
}

/// What the window opens on.
#[derive(Debug, Clone)]
pub enum Opening {
    /// A healthy floor, nothing to score.
    Floor,
    /// A trainee's attempt at a scenario (practice).
    Scenario(Box<Attempt>),
    /// A lab station's attempt: logged to the attempts folder, closed by the station flow.
    Station(Box<OpenStation>),
}

impl Opening {
    /// The attempt, if the window runs one.
    pub fn attempt(&self) -> Option<&Attempt> {
        match self {
            Opening::Floor => None,
            Opening::Scenario(attempt) => Some(attempt),
            Opening::Station(station) => Some(&station.attempt),
        }
    }
}

/// Opens the window and runs until it is closed (or the screenshot is saved).
pub fn run_window(options: WindowOptions) -> Result<()> {
    let title = match options.opening.attempt() {
        Some(attempt) => format!("Faultline: {}", attempt.scenario.scenario.title),
        None => format!("Faultline: {} floor", options.setup.layout.name),
    };
    // Said once per start, so a person (and the `--watch` test) sees which version runs.
    eprintln!("shift: {title}");
    let mut app = App::new();
    app.add_plugins(renderer::default_plugins(Window {
        title,
        resolution: WindowResolution::new(1280, 720),
        ..default()
    }))
    .add_plugins(renderer::plugin)
    .add_plugins(SimPlugin {
        setup: options.setup.clone(),
    })
    .add_plugins(GuiPlugin { options });
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(code) => Err(Error::Refused(format!(
            "the window closed with error code {code}"
        ))),
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
        let options = &self.options;
        let screenshot_mode = options.screenshot.is_some();
        if options.plain_scene {
            plain_scene(app, options);
            return;
        }
        app.add_plugins((
            EguiPlugin::default(),
            PanOrbitCameraPlugin,
            MeshPickingPlugin,
        ))
        .insert_resource(Warmup {
            ticks: (options.warmup_seconds.max(0.0) * TICK_HZ).round() as u64,
        })
        .add_systems(PostStartup, warm_up)
        .insert_state(shift::opening_phase(&options.opening, screenshot_mode))
        // A screenshot shows the floor at the warm-up time, not hurried past it.
        .insert_resource(shift::SimSpeed::new(!screenshot_mode).at(options.speed))
        .insert_resource(shift::Shift {
            ticket: options
                .opening
                .attempt()
                .map(|a| shift::ShiftTicket::from(&a.scenario)),
            opening: options.opening.clone(),
            end_requested: options.debrief,
            report: None,
        });
        shift::start_attempt(app, &options.opening);
        scenario_picker::plugin(app, options.opening.attempt().is_none() && !screenshot_mode);
        app.init_resource::<job_panel::WorkOrderForm>();
        app.add_plugins((
            scene::plugin,
            visuals::plugin,
            FloorVisualsPlugin,
            selection::plugin,
            shift::plugin,
            dock::plugin,
            camera_aim::plugin,
            briefing_window::plugin,
            keyboard_help::plugin,
            overlays::plugin,
            debrief_window::plugin,
            avatar::plugin,
            pace::plugin,
            glyphs::plugin,
        ));
        if let Some(unit) = options.select_unit {
            app.insert_resource(selection::InitialSelection(unit));
        }
        if let Some(line) = options.select_line {
            app.insert_resource(selection::InitialLine(line));
        }
        if let Some(zone) = options.select_zone {
            app.insert_resource(selection::InitialZone(zone.0, zone.1));
        }
        if let Some(script) = &options.script {
            let mut pending = crate::trainee::PendingActions::default();
            for (tick, action) in crate::app::attempt::scripted_actions(script) {
                pending.push(tick, action);
            }
            app.insert_resource(pending);
        }
        if let Some(path) = &options.watch {
            watch::plugin(app, path.clone());
        }
        if let Some(path) = &options.edit {
            editor::plugin(app, path.clone());
        }
        app.insert_resource(options.view)
            .insert_resource(test_points::MeterInHand(options.meter))
            .add_systems(Update, camera_aim::apply_start_view);
        if let Some(path) = &options.screenshot {
            screenshot::plugin(app, path.clone(), options.frames);
        }
    }
}

/// What the floor shows of the equipment and its state, without a window: the units'
/// parts, the lines' panels and e-stops, faults found, locks, barriers and alarm
/// beacons. The window adds it; headless tests add it (with mesh and material assets)
/// to check what a trainee would see.
pub struct FloorVisualsPlugin;

impl Plugin for FloorVisualsPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Selection>()
            .init_resource::<camera_aim::CameraAim>()
            .add_plugins((
                scene::tiles_plugin,
                unit_model::plugin,
                line_model::plugin,
                evidence::plugin,
                safety_marks::plugin,
                thermal_view::plugin,
                test_points::plugin,
            ));
    }
}

/// The plain scene `bench --render` measures the window against: the floor, lights,
/// camera and the equipment's meshes, running the same simulation, and nothing else.
fn plain_scene(app: &mut App, options: &WindowOptions) {
    app.add_plugins(PanOrbitCameraPlugin)
        .init_resource::<Selection>()
        .init_resource::<camera_aim::CameraAim>()
        .init_resource::<thermal_view::ThermalView>()
        .insert_resource(Warmup {
            ticks: (options.warmup_seconds.max(0.0) * TICK_HZ).round() as u64,
        })
        .add_systems(PostStartup, warm_up)
        .add_systems(Startup, {
            let speed = options.speed;
            move |mut time: ResMut<Time<Virtual>>| shift::run_virtual_time_at(&mut time, speed)
        })
        .add_plugins((
            scene::plugin,
            scene::tiles_plugin,
            visuals::plugin,
            unit_model::plugin,
        ));
    if let Some(path) = &options.screenshot {
        screenshot::plugin(app, path.clone(), options.frames);
    }
}

/// Runs the fixed simulation schedule ahead so the first frame shows a working floor.
fn warm_up(world: &mut World) {
    let ticks = world.resource::<Warmup>().ticks;
    for _ in 0..ticks {
        world.run_schedule(FixedUpdate);
    }
}
