//! Helpers shared by the integration tests.
#![allow(dead_code)]

use faultline::app::{HeadlessSim, SimSetup};
use faultline::floor::FloorLayout;

pub mod scratch;
pub use scratch::Scratch;

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
        .insert_resource(AttemptLog::in_memory(LogEntry::header(
            "test".into(),
            "t".into(),
            0,
            None,
        )));
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
                ..
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

/// A shipped scenario, loaded and checked.
pub fn scenario(name: &str) -> faultline::scenario::LoadedScenario {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{name}.ron"));
    faultline::scenario::load_scenario_reported(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// A shipped scenario's reference solution, for the variant of `trainee` (its roles filled in).
pub fn solution_script(
    loaded: &faultline::scenario::LoadedScenario,
    trainee: &str,
) -> faultline::trainee::ActionScript {
    use faultline::app::{Attempt, Conditions};
    let attempt = Attempt::new(loaded, trainee, Conditions::practice());
    let path = faultline::scoring::solution_path(&loaded.path);
    attempt.load_script(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// The reference solution's actions, for the variant of `trainee`.
pub fn solution_for(
    loaded: &faultline::scenario::LoadedScenario,
    trainee: &str,
) -> Vec<faultline::trainee::TraineeAction> {
    solution_script(loaded, trainee)
        .actions
        .into_iter()
        .map(|s| s.action)
        .collect()
}

/// Plays actions wanted at `at_s` (done back to back) as `trainee`, and scores them.
pub fn play_actions(
    loaded: &faultline::scenario::LoadedScenario,
    trainee: &str,
    at_s: f32,
    actions: Vec<faultline::trainee::TraineeAction>,
) -> (
    faultline::scoring::Report,
    Vec<faultline::trainee::LogEntry>,
) {
    let script = faultline::trainee::ActionScript {
        actions: actions
            .into_iter()
            .map(|action| faultline::trainee::ScriptedAction { at_s, action })
            .collect(),
    };
    play(loaded, trainee, &script, 20.0)
}

/// Whether a finding's text holds this.
pub fn has_finding(report: &faultline::scoring::Report, text: &str) -> bool {
    report.findings.iter().any(|f| f.text.contains(text))
}

/// A category's points in a report.
pub fn points(report: &faultline::scoring::Report, category: &str) -> f32 {
    report
        .categories
        .iter()
        .find(|c| c.name == category)
        .map(|c| c.points)
        .unwrap_or_else(|| panic!("no category {category}"))
}

/// Every reading a log shows (observations and alarm messages) that no real equipment
/// could give: a number with a unit outside what the floor's equipment can do.
pub fn unphysical_readings(entries: &[faultline::trainee::LogEntry]) -> Vec<String> {
    use faultline::trainee::LogEntry;
    let mut texts: Vec<String> = Vec::new();
    for e in entries {
        match e {
            LogEntry::Action { observation, .. } => texts.push(observation.clone()),
            LogEntry::Alarm { event, .. } => texts.push(event.to_string()),
            _ => {}
        }
    }
    // (unit as written after a number, lowest, highest)
    let bounds: [(&str, f64, f64); 8] = [
        (" V", 0.0, 800.0),
        (" A", -150.0, 150.0),
        (" °C", -20.0, 200.0),
        (" %", 0.0, 100.5),
        (" mV", 0.0, 5000.0),
        (" Ω", 0.0, 1000.0),
        (" MΩ", 0.0, 10000.0),
        (" Hz", 0.0, 120.0),
    ];
    let mut bad = Vec::new();
    for text in &texts {
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let starts = (chars[i].is_ascii_digit()
                || (chars[i] == '-' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
                && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '.'));
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                j += 1;
            }
            let number: String = chars[i..j].iter().collect();
            let rest: String = chars[j..chars.len().min(j + 4)].iter().collect();
            if let Ok(value) = number.parse::<f64>() {
                for (unit, lo, hi) in bounds {
                    let whole = rest.starts_with(unit)
                        && !rest[unit.len()..].starts_with(|c: char| c.is_alphanumeric());
                    if whole && !(lo..=hi).contains(&value) {
                        bad.push(format!("{value}{unit} in: {text}"));
                    }
                }
            }
            i = j;
        }
    }
    bad
}

/// An empty scratch folder for one test, removed when it passes (see [`scratch`]).
pub fn fresh_dir(name: &str) -> Scratch {
    Scratch::new(name)
}
