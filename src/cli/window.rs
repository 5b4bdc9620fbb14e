//! `faultline run`: the 3D window, on a floor, a scenario, or as a lab station.

use std::path::PathBuf;

use clap::Args;

use crate::app::SimSetup;
use crate::error::{Error, Result};
use crate::floor::FloorLayout;
use crate::scenario::{LoadedScenario, load_scenario_reported, variant_for};

/// Open the 3D window on a floor (the default command).
#[derive(Args, Debug, Clone)]
pub struct RunArgs {
    /// A scenario file to load (its floor, faults and the trainee's variant).
    scenario: Option<PathBuf>,
    /// Trainee id: chooses this trainee's variant of the scenario.
    #[arg(long, default_value = "")]
    trainee: String,
    /// Floor preset name (from assets/floors/) or path to a floor .ron file.
    #[arg(long, default_value = "default")]
    floor: String,
    /// Override the number of drive units in the floor file.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::floor::MAX_FLEET_UNITS)))]
    units: Option<u32>,
    /// Seed for everything random in the simulation.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Simulated seconds to run before the first frame, so the floor is busy.
    #[arg(long, default_value_t = 0.0, value_parser = super::sim_seconds)]
    warmup_seconds: f64,
    #[command(flatten)]
    capture: CaptureArgs,
    /// Select a conveyor zone at start, as LINE:ZONE (zones count from 0).
    #[arg(long, value_parser = parse_zone)]
    select_zone: Option<(u16, u32)>,
    /// Select a conveyor line's control panel at start (lines count from 0).
    #[arg(long)]
    select_line: Option<u16>,
    /// Preload a RON action script (as `faultline play` takes) into the window's shift.
    #[arg(long)]
    script: Option<PathBuf>,
    /// End the shift after the warm-up and show the debrief (for screenshots).
    #[arg(long)]
    debrief: bool,
    /// How the floor is seen at start: the overview, a close-up of the selection (the
    /// work view), or the thermal camera's view.
    #[arg(long, value_enum, default_value_t = ViewArg::Overview)]
    view: ViewArg,
    /// Reload the scenario when its file is saved and start the shift again on it; a
    /// version that does not validate shows its errors and the last good one keeps running.
    #[arg(long)]
    watch: bool,
    /// Take the meter in hand at start: the selection's test points are marked.
    #[arg(long)]
    meter: bool,
    /// Render only the floor, lights and the equipment's meshes, no panels or overlays
    /// (the reference scene `faultline bench --render` compares the window with).
    #[arg(long)]
    plain_scene: bool,
    /// Sim speed at start, times real time (the window offers 1, 4 and 16). A floor the
    /// computer cannot run that fast says so in the top bar.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=64))]
    speed: u32,
    /// Run as a lab station of this session (with --trainee): the trainee's next scenario,
    /// under the session's conditions, logged to the session's attempts folder.
    #[arg(long)]
    session: Option<PathBuf>,
    /// Open the scenario in the editor (set by `faultline edit`).
    #[arg(skip)]
    edit: bool,
}

/// Open a scenario in the window as its editor: click equipment to put a fault in it,
/// choose its kind, figures and trigger, edit the ticket, hints and rubric; *Save*
/// writes only what changed into the file (its comments kept) and only a version that
/// validates.
#[derive(Args, Debug, Clone)]
pub struct EditArgs {
    /// The scenario file (it must validate: fix a broken one from `validate`'s errors).
    file: PathBuf,
    #[command(flatten)]
    capture: CaptureArgs,
}

/// Frames rendered before a screenshot unless `--frames` says otherwise.
const SCREENSHOT_FRAMES: u32 = 30;

/// What the window opens on and captures, the same for `run` and `edit`.
#[derive(Args, Debug, Clone)]
pub struct CaptureArgs {
    /// Save a screenshot of the window to this PNG after `--frames` frames (and once the
    /// renderer has no pipeline left to compile), then exit.
    #[arg(long)]
    screenshot: Option<PathBuf>,
    /// At least this many frames before the screenshot.
    #[arg(long, default_value_t = SCREENSHOT_FRAMES)]
    frames: u32,
    /// Select this drive unit at start (its telemetry panel opens; in the editor, to put
    /// a fault in it).
    #[arg(long)]
    select_unit: Option<u32>,
}

impl Default for CaptureArgs {
    fn default() -> Self {
        Self {
            screenshot: None,
            frames: SCREENSHOT_FRAMES,
            select_unit: None,
        }
    }
}

impl EditArgs {
    pub fn run(self) -> Result<()> {
        RunArgs {
            scenario: Some(self.file),
            capture: self.capture,
            edit: true,
            ..RunArgs::default()
        }
        .run()
    }
}

/// How the window first shows the floor (`--view`).
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewArg {
    Overview,
    CloseUp,
    Thermal,
}

impl Default for RunArgs {
    fn default() -> Self {
        Self {
            scenario: None,
            trainee: String::new(),
            floor: "default".into(),
            units: None,
            seed: 1,
            warmup_seconds: 0.0,
            capture: CaptureArgs::default(),
            select_zone: None,
            select_line: None,
            script: None,
            debrief: false,
            view: ViewArg::Overview,
            meter: false,
            watch: false,
            plain_scene: false,
            speed: 1,
            session: None,
            edit: false,
        }
    }
}

fn parse_zone(text: &str) -> std::result::Result<(u16, u32), String> {
    let (line, zone) = text
        .split_once(':')
        .ok_or("expected LINE:ZONE, for example 1:2")?;
    Ok((
        line.trim()
            .parse()
            .map_err(|_| format!("`{line}` is not a line number"))?,
        zone.trim()
            .parse()
            .map_err(|_| format!("`{zone}` is not a zone number"))?,
    ))
}

impl RunArgs {
    /// The simulation to open: a scenario's variant for the trainee, or a plain floor.
    fn setup(&self) -> Result<(SimSetup, Option<LoadedScenario>)> {
        match &self.scenario {
            Some(path) => {
                let loaded = load_scenario_reported(path)?;
                let variant = variant_for(&loaded, &self.trainee);
                Ok((SimSetup::scenario(&loaded, &variant), Some(loaded)))
            }
            None => {
                let mut layout = FloorLayout::preset_or_path(&self.floor)?;
                // A bigger fleet gets a floor grown to hold it, as `bench` grows its floors.
                if let Some(units) = self.units {
                    layout = layout.sized_for_fleet(units);
                }
                Ok((SimSetup::floor(layout, self.seed), None))
            }
        }
    }

    #[cfg(feature = "gui")]
    pub fn run(self) -> Result<()> {
        use crate::gui::{Opening, WindowOptions, run_window};
        use crate::lab::{OpenStation, load_session};
        use crate::trainee::ActionScript;
        // Only an instructor's practice window reloads: a lab station's attempt is graded.
        let watch_path = match (self.watch, &self.scenario, &self.session) {
            (false, ..) => None,
            (true, Some(path), None) => Some(path.clone()),
            (true, None, _) => {
                return Err(Error::Refused(
                    "--watch needs a scenario file to watch".into(),
                ));
            }
            (true, _, Some(_)) => {
                return Err(Error::Refused(
                    "--watch is for writing scenarios, not for a lab station".into(),
                ));
            }
        };
        let (opening, setup) = match &self.session {
            Some(path) => {
                let session = load_session(path)?;
                let station = OpenStation::open(&session, &self.trainee)?;
                let setup = station.attempt.setup();
                (Opening::Station(Box::new(station)), setup)
            }
            None => {
                let (setup, scenario) = self.setup()?;
                let opening = match scenario {
                    Some(loaded) => Opening::Scenario(Box::new(crate::app::Attempt::new(
                        &loaded,
                        &self.trainee,
                        crate::app::Conditions::practice(),
                    ))),
                    None => Opening::Floor,
                };
                (opening, setup)
            }
        };
        let script = match (&self.script, opening.attempt()) {
            (Some(path), Some(attempt)) => Some(attempt.load_script(path)?),
            (Some(path), None) => Some(ActionScript::load(path)?),
            (None, _) => None,
        };
        run_window(WindowOptions {
            setup,
            opening,
            warmup_seconds: self.warmup_seconds,
            screenshot: self.capture.screenshot,
            frames: self.capture.frames,
            select_unit: self.capture.select_unit,
            select_zone: self.select_zone,
            select_line: self.select_line,
            script,
            debrief: self.debrief,
            view: match self.view {
                ViewArg::Overview => crate::gui::StartView::Overview,
                ViewArg::CloseUp => crate::gui::StartView::CloseUp,
                ViewArg::Thermal => crate::gui::StartView::Thermal,
            },
            meter: self.meter,
            watch: watch_path,
            edit: self.edit.then(|| self.scenario.clone()).flatten(),
            plain_scene: self.plain_scene,
            speed: self.speed as f32,
        })
    }

    #[cfg(not(feature = "gui"))]
    pub fn run(self) -> Result<()> {
        self.setup()?;
        let what = if self.edit { "editor" } else { "window" };
        Err(Error::Refused(format!(
            "this build has no {what}: rebuild with the `gui` feature (on by default)"
        )))
    }
}
