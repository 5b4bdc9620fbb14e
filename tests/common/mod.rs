//! Helpers shared by the integration tests.
#![allow(dead_code)]

use faultline::floor::FloorLayout;
use faultline::sim::{HeadlessSim, SimSetup};

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
