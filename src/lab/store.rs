//! Durable attempts: one append-only log per trainee and scenario under the session's
//! attempts folder, with a header naming the scenario's content hash, the session, the
//! trainee and the seed, and the final report beside it (written by temp file and rename).

use std::path::{Path, PathBuf};

use super::session::LoadedSession;
use crate::error::{Error, Result};
use crate::scenario::LoadedScenario;
use crate::trainee::fnv64;

/// The content hash of a scenario file, as the attempt header records it.
pub fn scenario_hash(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, "read the file", e))?;
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
