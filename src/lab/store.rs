//! Durable attempts: one append-only log per trainee and scenario under the session's
//! attempts folder, with a header naming the scenario's content hash, the session, the
//! trainee and the seed, and the final report beside it (written by temp file and rename).

use std::path::{Path, PathBuf};

use super::session::{LoadedSession, Mode};
use crate::scenario::{LoadedScenario, variant_for};
use crate::scoring::{Conditions, Report, play_under, score_bundled};
use crate::trainee::{ActionScript, AttemptLog, LogEntry, fnv64};

/// The content hash of a scenario file, as the attempt header records it.
pub fn scenario_hash(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("{}: cannot read the file: {e}", path.display()))?;
    Ok(format!("{:016x}", fnv64(&bytes)))
}

/// The log and report files of a trainee's attempt at a scenario.
pub fn attempt_files(
    session: &LoadedSession,
    trainee: &str,
    scenario_id: &str,
) -> (PathBuf, PathBuf) {
    let dir = session.attempts_dir().join(trainee);
    (
        dir.join(format!("{scenario_id}.jsonl")),
        dir.join(format!("{scenario_id}.report.json")),
    )
}

/// The trainee's next scenario: the first of theirs without a report yet.
pub fn next_scenario<'a>(session: &'a LoadedSession, trainee: &str) -> Option<&'a LoadedScenario> {
    session
        .scenarios_for(trainee)
        .into_iter()
        .find(|s| !attempt_files(session, trainee, &s.scenario.id).1.is_file())
}

/// Writes a file through a temporary file and a rename, so no reader sees half of it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// The report as stored beside the log (pretty JSON, one trailing newline).
pub fn report_json(report: &Report) -> Result<String, String> {
    serde_json::to_string_pretty(report)
        .map(|j| j + "\n")
        .map_err(|e| e.to_string())
}

/// A station's attempt, headless: refuses a trainee not on the roster, gives them their
/// next scenario's variant under the session's conditions, logs to the attempts folder as
/// it goes, and stores the report. Returns the log path and the report.
pub fn run_attempt(
    session: &LoadedSession,
    trainee: &str,
    script: &ActionScript,
) -> Result<(PathBuf, Report), String> {
    if session.trainee(trainee).is_none() {
        return Err(format!(
            "`{trainee}` is not on the roster of session {} ({})",
            session.session.id,
            session.path.display()
        ));
    }
    let loaded = next_scenario(session, trainee).ok_or_else(|| {
        format!(
            "{trainee} has already attempted every scenario of session {}",
            session.session.id
        )
    })?;
    let (log_path, report_path) = attempt_files(session, trainee, &loaded.scenario.id);
    if let Some(dir) = log_path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let exam = session.session.mode == Mode::Exam;
    let header = LogEntry::Header {
        scenario: loaded.scenario.id.clone(),
        trainee: trainee.to_string(),
        seed: variant_for(loaded, trainee).sim_seed,
    };
    let mut log = AttemptLog::to_file(&log_path, header)
        .map_err(|e| format!("{}: cannot write the log: {e}", log_path.display()))?;
    log.append(LogEntry::Attempt {
        scenario_file: loaded.path.display().to_string(),
        scenario_hash: scenario_hash(&loaded.path)?,
        session: session.session.id.clone(),
        exam,
        limit_min: session.session.time_limit_min,
    });
    let conditions = Conditions {
        hints: !exam,
        limit_min: Some(session.session.time_limit_min),
    };
    let log = play_under(loaded, trainee, script, log, 60.0, conditions, |_| {});
    if let Some(e) = &log.write_error {
        return Err(format!("the attempt log could not be written: {e}"));
    }
    let report = score_bundled(loaded, &log.entries)?;
    write_atomically(&report_path, report_json(&report)?.as_bytes())?;
    Ok((log_path, report))
}
