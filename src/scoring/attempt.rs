//! Playing a script headless on a scenario, and scoring with the bundled catalogues:
//! what `faultline play`, `faultline validate` and the tests share.

use std::path::{Path, PathBuf};

use crate::faults::FaultCatalogue;
use crate::scenario::{LoadedScenario, variant_for};
use crate::sim::{HeadlessSim, SimSetup, TICK_HZ};
use crate::trainee::{
    ActionCatalogue, ActionScript, AttemptLog, LogEntry, PendingActions, ScenarioHints, Technician,
};

use super::Report;

/// Runs the script on the trainee's variant of the scenario until the technician has
/// done every action, then `tail_s` more; `seen` gets each log entry as it is written.
pub fn play(
    loaded: &LoadedScenario,
    trainee: &str,
    script: &ActionScript,
    log: AttemptLog,
    tail_s: f64,
    seen: impl FnMut(&LogEntry),
) -> AttemptLog {
    let conditions = Conditions {
        hints: true,
        limit_min: None,
    };
    play_under(loaded, trainee, script, log, tail_s, conditions, seen)
}

/// How an attempt runs: practice (hints, the scenario's shift) or exam (no hints, a limit).
#[derive(Debug, Clone, Copy)]
pub struct Conditions {
    pub hints: bool,
    /// The attempt ends at this many simulated minutes, whatever is still to do.
    pub limit_min: Option<f32>,
}

/// [`play`] under these conditions.
pub fn play_under(
    loaded: &LoadedScenario,
    trainee: &str,
    script: &ActionScript,
    log: AttemptLog,
    tail_s: f64,
    conditions: Conditions,
    mut seen: impl FnMut(&LogEntry),
) -> AttemptLog {
    let variant = variant_for(loaded, trainee);
    let mut sim = HeadlessSim::new(SimSetup::scenario(loaded, &variant));
    sim.app.insert_resource(log);
    if conditions.hints {
        sim.app
            .insert_resource(ScenarioHints(loaded.scenario.hints.clone()));
    }
    let mut last = 0;
    {
        let mut pending = sim.world_mut().resource_mut::<PendingActions>();
        for step in &script.actions {
            let tick = (step.at_s.max(0.0) as f64 * TICK_HZ).round() as u64;
            last = last.max(tick);
            pending.push(tick, step.action.clone());
        }
    }
    let shift_end = (loaded.scenario.shift_min as f64 * 60.0 * TICK_HZ) as u64;
    let limit = conditions
        .limit_min
        .map(|m| (m as f64 * 60.0 * TICK_HZ) as u64);
    let mut printed = 0;
    let mut end: Option<u64> = None;
    while end.is_none_or(|end| sim.tick() < end) {
        // At the time limit the attempt ends with what was done so far.
        if let Some(limit) = limit
            && sim.tick() >= limit
        {
            break;
        }
        let step = limit.map_or(60, |l| (l - sim.tick()).clamp(1, 60));
        sim.run_ticks(step);
        let log = sim.world().resource::<AttemptLog>();
        for entry in &log.entries[printed..] {
            seen(entry);
        }
        printed = log.entries.len();
        let idle = sim.world().resource::<PendingActions>().queue.is_empty()
            && sim.world().resource::<Technician>().busy.is_none();
        if end.is_none() && ((idle && sim.tick() >= last) || sim.tick() >= shift_end.max(last)) {
            end = Some(sim.tick() + (tail_s.max(0.0) * TICK_HZ) as u64);
        }
    }
    sim.app
        .world_mut()
        .remove_resource::<AttemptLog>()
        .unwrap_or_default()
}

/// Scores with the catalogues shipped in `assets/catalogue/`.
pub fn score_bundled(loaded: &LoadedScenario, entries: &[LogEntry]) -> Result<Report, String> {
    let faults = FaultCatalogue::bundled().map_err(|e| e.to_string())?;
    let actions = ActionCatalogue::bundled().map_err(|e| e.to_string())?;
    Ok(super::score(loaded, entries, &faults, &actions))
}

/// Where a scenario's reference solution lives: `solutions/<file name>` beside it.
pub fn solution_path(scenario: &Path) -> PathBuf {
    let name = scenario.file_name().unwrap_or_default();
    scenario
        .parent()
        .unwrap_or(Path::new("."))
        .join("solutions")
        .join(name)
}

/// Plays a scenario's reference solution (trainee id "") and scores it.
pub fn play_solution(loaded: &LoadedScenario) -> Result<Report, String> {
    let path = solution_path(&loaded.path);
    let script = ActionScript::load(&path).map_err(|e| e.to_string())?;
    let header = LogEntry::Header {
        scenario: loaded.scenario.id.clone(),
        trainee: String::new(),
        seed: variant_for(loaded, "").sim_seed,
    };
    let log = play(
        loaded,
        "",
        &script,
        AttemptLog::in_memory(header),
        60.0,
        |_| {},
    );
    let mut report = score_bundled(loaded, &log.entries)?;
    report.expert_path = report.trainee_path.clone();
    Ok(report)
}
