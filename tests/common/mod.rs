//! Helpers shared by the integration tests.
#![allow(dead_code)]

use faultline::app::{HeadlessSim, SimSetup};
use faultline::floor::FloorLayout;

pub fn preset(name: &str) -> FloorLayout {
    match FloorLayout::preset_or_path(name) {
        Ok(layout) => layout,
        Err(e) => panic!("bundled preset {name} must load: {e}"),
    }
}

pub fn sim(name: &str, seed: u64) -> HeadlessSim {
    HeadlessSim::new(SimSetup::floor(preset(name), seed))
}

pub fn sim_with(layout: FloorLayout, seed: u64) -> HeadlessSim {
    HeadlessSim::new(SimSetup::floor(layout, seed))
}

/// Simulated minutes to ticks.
pub fn minutes(m: u64) -> u64 {
    m * 60 * 60
}

/// Starts an in-memory attempt log so trainee actions are recorded.
pub fn record_attempt(sim: &mut HeadlessSim) {
    use faultline::trainee::{AttemptLog, LogEntry};
    sim.app
        .insert_resource(AttemptLog::in_memory(LogEntry::Header {
            scenario: "test".into(),
            trainee: "t".into(),
            seed: 0,
        }));
}

/// The actions' ticks and observations, in the order they took effect.
pub fn observations(sim: &HeadlessSim) -> Vec<(u64, String)> {
    use faultline::trainee::{AttemptLog, LogEntry};
    sim.world()
        .resource::<AttemptLog>()
        .entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::Action {
                tick, observation, ..
            } => Some((*tick, observation.clone())),
            _ => None,
        })
        .collect()
}

/// Ticks of the safety violations recorded so far.
pub fn violations(sim: &HeadlessSim) -> Vec<u64> {
    use faultline::trainee::{AttemptLog, LogEntry};
    sim.world()
        .resource::<AttemptLog>()
        .entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::SafetyViolation { tick, .. } => Some(*tick),
            _ => None,
        })
        .collect()
}

/// Queues actions due at `from_s` simulated seconds: the technician does them back to
/// back, each when the one before is done.
pub fn queue_actions(
    sim: &mut HeadlessSim,
    from_s: f64,
    actions: impl IntoIterator<Item = faultline::trainee::TraineeAction>,
) {
    let tick = (from_s * faultline::sim::TICK_HZ) as u64;
    let mut pending = sim
        .world_mut()
        .resource_mut::<faultline::trainee::PendingActions>();
    for action in actions {
        pending.push(tick, action);
    }
}

/// Whether the technician has nothing in hand and nothing queued.
pub fn technician_idle(sim: &HeadlessSim) -> bool {
    sim.world()
        .resource::<faultline::trainee::PendingActions>()
        .queue
        .is_empty()
        && sim
            .world()
            .resource::<faultline::trainee::Technician>()
            .busy
            .is_none()
}

/// Runs until every queued action is done (at most `cap_s` simulated seconds).
pub fn run_until_idle(sim: &mut HeadlessSim, cap_s: f64) {
    let cap = sim.tick() + (cap_s * faultline::sim::TICK_HZ) as u64;
    while !technician_idle(sim) {
        assert!(
            sim.tick() < cap,
            "the technician was still busy after {cap_s} s"
        );
        sim.run_ticks(30);
    }
}

/// The actions as logged: (started, done, action, observation).
pub fn actions_done(
    sim: &HeadlessSim,
) -> Vec<(u64, u64, faultline::trainee::TraineeAction, String)> {
    use faultline::trainee::{AttemptLog, LogEntry};
    sim.world()
        .resource::<AttemptLog>()
        .entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::Action {
                started,
                tick,
                action,
                observation,
            } => Some((*started, *tick, action.clone(), observation.clone())),
            _ => None,
        })
        .collect()
}

/// The observation of the first logged action for which `pick` is true.
pub fn observation_of(
    sim: &HeadlessSim,
    pick: impl Fn(&faultline::trainee::TraineeAction) -> bool,
) -> String {
    actions_done(sim)
        .into_iter()
        .find(|(_, _, a, _)| pick(a))
        .map(|(_, _, _, o)| o)
        .unwrap_or_else(|| panic!("no such action in the log"))
}

/// The tick the first logged action for which `pick` is true was started.
pub fn started_tick(
    sim: &HeadlessSim,
    pick: impl Fn(&faultline::trainee::TraineeAction) -> bool,
) -> u64 {
    actions_done(sim)
        .into_iter()
        .find(|(_, _, a, _)| pick(a))
        .map(|(s, ..)| s)
        .unwrap_or_else(|| panic!("no such action in the log"))
}

/// Plays a script as a practice attempt by `trainee` (the runner every command uses)
/// and scores it: the report and the log's entries.
pub fn play(
    loaded: &faultline::scenario::LoadedScenario,
    trainee: &str,
    script: &faultline::trainee::ActionScript,
    tail_s: f64,
) -> (
    faultline::scoring::Report,
    Vec<faultline::trainee::LogEntry>,
) {
    use faultline::app::{Attempt, Conditions};
    let attempt = Attempt::new(loaded, trainee, Conditions::practice());
    let log = attempt.open_log(None).unwrap_or_else(|e| panic!("{e}"));
    let (log, report) = faultline::scoring::run_attempt(&attempt, script, log, tail_s, |_| {})
        .unwrap_or_else(|e| panic!("{e}"));
    (report, log.entries)
}
