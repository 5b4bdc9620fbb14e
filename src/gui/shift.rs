//! The shift in the window: its phases as Bevy `States` (briefing, on shift, debrief),
//! the speed the floor runs at, and the one system that pauses, resumes and sets the
//! speed of simulated time. Everything else asks for a speed through [`SimSpeed`].

use bevy::prelude::*;

use super::Opening;
use crate::app::attempt::ending;
use crate::faults::FaultCatalogue;
use crate::scenario::LoadedScenario;
use crate::scoring::{Report, expert_path, score};
use crate::sim::{SimClock, TICK_HZ, clock_text};
use crate::trainee::{
    ActionCatalogue, AttemptLog, EndReason, LogEntry, PendingActions, Technician,
};

/// Where the shift stands.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ShiftPhase {
    /// A healthy floor and no scenario: the floor just runs.
    #[default]
    FreeFloor,
    /// The trouble ticket is showing; the floor waits until the trainee starts.
    Briefing,
    /// The trainee works; the floor runs at the chosen speed.
    OnShift,
    /// The attempt is scored and the debrief shows; the floor stands still.
    Debrief,
}

/// The speed the trainee chose, and whether the floor hurries while the technician works.
#[derive(Resource, Debug, Clone)]
pub struct SimSpeed {
    /// Relative to real time: 1, 4 or 16.
    pub chosen: f32,
    /// Paused by the trainee (Space, or the top bar).
    pub paused: bool,
    /// Run at 16× while the technician walks or works (time to repair is sim time).
    pub hurry_when_busy: bool,
    /// The technician is busy now.
    busy: bool,
    /// The shift's phase holds the floor still (briefing, debrief).
    held: bool,
}

impl SimSpeed {
    /// Real time, running; `hurry_when_busy` says whether to run at 16× while the
    /// technician works.
    pub fn new(hurry_when_busy: bool) -> Self {
        Self {
            chosen: 1.0,
            paused: false,
            hurry_when_busy,
            busy: false,
            held: false,
        }
    }

    /// The speed the floor runs at now (before any pause).
    pub fn effective(&self) -> f32 {
        if self.hurry_when_busy && self.busy {
            16.0
        } else {
            self.chosen
        }
    }

    /// Whether the floor stands still now (paused, or held by the shift's phase).
    pub fn stopped(&self) -> bool {
        self.paused || self.held
    }

    /// The same, starting at `speed` (`run --speed`).
    pub fn at(mut self, speed: f32) -> Self {
        self.chosen = speed;
        self
    }

    /// Choose a speed (and resume).
    pub fn set(&mut self, speed: f32) {
        self.chosen = speed;
        self.paused = false;
    }
}

/// What the shift is about: the attempt, and its report once it has ended.
#[derive(Resource)]
pub struct Shift {
    pub opening: Opening,
    /// Set to end the shift now (the button, or `--debrief`).
    pub end_requested: bool,
    pub report: Option<Report>,
    pub ticket: Option<ShiftTicket>,
}

impl Shift {
    pub fn has_scenario(&self) -> bool {
        self.opening.attempt().is_some()
    }
}

/// The scenario as the trainee may see it (no fault details).
#[derive(Debug, Clone)]
pub struct ShiftTicket {
    pub id: String,
    pub title: String,
    pub difficulty: crate::scenario::Difficulty,
    pub ticket: String,
    pub shift_min: f32,
}

impl From<&LoadedScenario> for ShiftTicket {
    fn from(loaded: &LoadedScenario) -> Self {
        let s = &loaded.scenario;
        Self {
            id: s.id.clone(),
            title: s.title.clone(),
            difficulty: s.difficulty,
            ticket: s.ticket.clone(),
            shift_min: s.shift_min,
        }
    }
}

/// Puts the attempt's log and hints into the window's simulation: a station logs to its
/// attempts folder as the attempt goes; a plain floor keeps an unscored log in memory.
pub(super) fn start_attempt(app: &mut App, opening: &Opening) {
    match opening {
        Opening::Floor => {
            let seed = app.world().resource::<crate::app::SimSetup>().seed;
            let header =
                crate::trainee::LogEntry::header("floor".into(), String::new(), seed, None);
            app.insert_resource(AttemptLog::in_memory(header));
        }
        Opening::Scenario(attempt) => {
            attempt.install(app, attempt.open_log(None).unwrap_or_default());
        }
        Opening::Station(station) => {
            let log = station.open_log().unwrap_or_else(|e| {
                error!("{e}");
                station.attempt.open_log(None).unwrap_or_default()
            });
            station.attempt.install(app, log);
        }
    }
}

/// The phase the window opens in: a scenario starts with its briefing (except when
/// rendering a screenshot, which shows the floor at work).
pub(super) fn opening_phase(opening: &Opening, screenshot_mode: bool) -> ShiftPhase {
    match (opening.attempt(), screenshot_mode) {
        (None, _) => ShiftPhase::FreeFloor,
        (Some(_), false) => ShiftPhase::Briefing,
        (Some(_), true) => ShiftPhase::OnShift,
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            speed_keys,
            notice_busy_technician,
            end_of_shift.run_if(in_state(ShiftPhase::OnShift)),
            apply_sim_speed,
        )
            .chain(),
    );
}

/// The one place simulated time is paused, resumed and set to a speed.
fn apply_sim_speed(
    phase: Res<State<ShiftPhase>>,
    shift: Res<Shift>,
    mut speed: ResMut<SimSpeed>,
    mut time: ResMut<Time<Virtual>>,
) {
    // A scored attempt stops at once, before the debrief phase begins next frame.
    let stopped =
        matches!(phase.get(), ShiftPhase::Briefing | ShiftPhase::Debrief) || shift.report.is_some();
    if speed.held != stopped {
        speed.held = stopped;
    }
    if stopped || speed.paused {
        if !time.is_paused() {
            time.pause();
        }
        return;
    }
    if time.is_paused() {
        time.unpause();
    }
    run_virtual_time_at(&mut time, speed.effective());
}

/// Sets how fast virtual (and so simulated) time runs. A frame may carry up to a second
/// of real time (times the speed in sim time), so the floor keeps its speed down to a
/// frame a second (a slow renderer) while a frame's simulation stays bounded and the
/// window answers; below that the floor falls behind, and `pace` says so on screen.
pub(super) fn run_virtual_time_at(time: &mut Time<Virtual>, wanted: f32) {
    if (time.relative_speed() - wanted).abs() > f32::EPSILON {
        time.set_relative_speed(wanted);
    }
    if time.max_delta() != MOST_REAL_TIME_PER_FRAME {
        time.set_max_delta(MOST_REAL_TIME_PER_FRAME);
    }
}

/// Real time one frame may carry (Bevy clamps the real delta before the speed applies);
/// Bevy's default is a quarter second.
const MOST_REAL_TIME_PER_FRAME: std::time::Duration = std::time::Duration::from_secs(1);

/// Space pauses and resumes; 1, 2 and 3 set 1×, 4× and 16×.
fn speed_keys(keys: Res<ButtonInput<KeyCode>>, mut speed: ResMut<SimSpeed>) {
    if keys.just_pressed(KeyCode::Space) {
        speed.paused = !speed.paused;
    }
    for (key, chosen) in [
        (KeyCode::Digit1, 1.0),
        (KeyCode::Digit2, 4.0),
        (KeyCode::Digit3, 16.0),
    ] {
        if keys.just_pressed(key) {
            speed.set(chosen);
        }
    }
}

fn notice_busy_technician(
    technician: Res<Technician>,
    pending: Res<PendingActions>,
    mut speed: ResMut<SimSpeed>,
) {
    let busy = technician.busy.is_some() || !pending.queue.is_empty();
    if speed.busy != busy {
        speed.busy = busy;
    }
}

/// Ends the shift on request or when its time (or the station's limit) is up: the
/// attempt is scored, a station's is closed by the station flow, and the debrief opens.
fn end_of_shift(
    clock: Res<SimClock>,
    mut log: ResMut<AttemptLog>,
    technician: Res<Technician>,
    pending: Res<PendingActions>,
    faults: Option<Res<FaultCatalogue>>,
    actions: Option<Res<ActionCatalogue>>,
    mut shift: ResMut<Shift>,
    mut next: ResMut<NextState<ShiftPhase>>,
) {
    let Some(attempt) = shift.opening.attempt().cloned() else {
        return;
    };
    let end_tick = attempt
        .limit_tick()
        .map_or(attempt.shift_end_tick(), |limit| {
            limit.min(attempt.shift_end_tick())
        });
    if !(shift.end_requested || clock.tick >= end_tick) {
        return;
    }
    let why = if shift.end_requested {
        EndReason::EndedByTrainee
    } else if attempt
        .limit_tick()
        .is_some_and(|limit| clock.tick >= limit)
    {
        EndReason::TimeLimit
    } else {
        EndReason::ShiftOver
    };
    if !matches!(log.entries.last(), Some(LogEntry::Ended { .. })) {
        log.append(ending(clock.tick, &technician, &pending, why));
    }
    let report = match &shift.opening {
        Opening::Station(station) => match station.close(&log) {
            Ok(closed) => {
                if closed.statements_queued {
                    send_statements(station.session.clone());
                }
                closed.shown
            }
            Err(e) => {
                error!("{e}");
                return;
            }
        },
        _ => {
            let (Some(faults), Some(actions)) = (faults, actions) else {
                return;
            };
            let mut report = score(&attempt.scenario, &log.entries, &faults, &actions);
            report.expert_path = expert_path(&attempt);
            report
        }
    };
    shift.report = Some(report);
    next.set(ShiftPhase::Debrief);
}

/// Sends the queued xAPI statements from a background thread, so the window never
/// waits on the LRS; what does not go out stays in the outbox for `faultline outbox`.
fn send_statements(session: crate::lab::LoadedSession) {
    std::thread::spawn(move || match crate::lab::xapi::deliver(&session, None) {
        Ok(d) => info!("xAPI: {} sent, {} waiting", d.sent, d.waiting),
        Err(e) => warn!("xAPI: statements wait in the outbox: {e}"),
    });
}

/// Time left in the scenario's shift, for the top bar.
pub(super) fn shift_left(shift: &Shift, clock: &SimClock) -> Option<String> {
    let ticket = shift.ticket.as_ref()?;
    let left = ticket.shift_min as f64 * 60.0 - clock.tick as f64 / TICK_HZ;
    Some(format!("shift left {}", clock_text(left.max(0.0))))
}
