//! An attempt from start to report: the composition root's runner plays it, this scores
//! it with the bundled catalogues. What `faultline play`, the lab station, `validate`
//! and the tests share; the window scores its live attempt with [`score_bundled`] too.

use std::path::{Path, PathBuf};

use crate::app::Attempt;
use crate::app::attempt::scripted_actions;
use crate::error::{Error, Result};
use crate::faults::FaultCatalogue;
use crate::scenario::LoadedScenario;
use crate::trainee::{ActionCatalogue, ActionScript, AttemptLog, LogEntry};

use super::Report;

/// Plays the script as this attempt, until the technician has done every action, then
/// `tail_s` more; `seen` gets each log entry as it is written. Returns the log and its
/// report (without the expert path: callers add it where the trainee may see it).
pub fn run_attempt(
    attempt: &Attempt,
    script: &ActionScript,
    log: AttemptLog,
    tail_s: f64,
    seen: impl FnMut(&LogEntry),
) -> Result<(AttemptLog, Report)> {
    let log = attempt.run_headless(&scripted_actions(script), log, tail_s, seen);
    if let Some(e) = &log.write_error {
        return Err(Error::Refused(format!(
            "the attempt log could not be written: {e}"
        )));
    }
    let report = score_bundled(&attempt.scenario, &log.entries)?;
    Ok((log, report))
}

/// Scores with the catalogues shipped in `assets/catalogue/`.
pub fn score_bundled(loaded: &LoadedScenario, entries: &[LogEntry]) -> Result<Report> {
    let faults = FaultCatalogue::bundled()?;
    let actions = ActionCatalogue::bundled()?;
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

/// The reference solution's steps on this attempt's variant, one line each (empty when
/// there is none).
pub fn expert_path(attempt: &Attempt) -> Vec<String> {
    attempt
        .load_script(&solution_path(&attempt.scenario.path))
        .map(|script| {
            script
                .actions
                .iter()
                .map(|s| super::describe(&s.action))
                .collect()
        })
        .unwrap_or_default()
}

/// Plays a scenario's reference solution on the reference variant (trainee id "") and scores it.
pub fn play_solution(loaded: &LoadedScenario) -> Result<Report> {
    play_solution_as(&Attempt::new(
        loaded,
        "",
        crate::app::Conditions::practice(),
    ))
}

/// Plays a scenario's reference solution as this attempt (any trainee's variant: the
/// solution names equipment by role) and scores it.
pub fn play_solution_as(attempt: &Attempt) -> Result<Report> {
    let script = attempt.load_script(&solution_path(&attempt.scenario.path))?;
    let log = attempt.open_log(None)?;
    let (_, mut report) = run_attempt(attempt, &script, log, 60.0, |_| {})?;
    report.expert_path = report.trainee_path.clone();
    Ok(report)
}
