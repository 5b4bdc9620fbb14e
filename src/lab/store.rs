//! Durable attempts: one append-only log per attempt under the session's attempts
//! folder (`<trainee>/<scenario>.jsonl`, then `<scenario>.2.jsonl`, … when a station
//! was run again after a crash), each with its report beside it once finished (written
//! by temp file and rename). Every path is built from checked names, so no roster id
//! or scenario id can put a file outside the attempts folder.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::session::{Counted, LoadedSession};
use crate::data::inside;
use crate::error::{Error, Result};
use crate::scenario::LoadedScenario;
use crate::scoring::Report;

/// The content hash of a scenario file (SHA-256), as the attempt line records it.
pub fn scenario_hash(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, "read the file", e))?;
    Ok(Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// One attempt's files: its log and its report (present once it was finished).
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptFiles {
    pub number: u32,
    pub log: PathBuf,
    pub report: PathBuf,
}

/// The trainee's folder in the attempts folder.
pub fn trainee_dir(session: &LoadedSession, trainee: &str) -> Result<PathBuf> {
    inside(&session.attempts_dir(), trainee)
}

/// The files of a trainee's attempt number `number` (from 1) at a scenario.
pub fn attempt_files(
    session: &LoadedSession,
    trainee: &str,
    scenario_id: &str,
    number: u32,
) -> Result<AttemptFiles> {
    let dir = trainee_dir(session, trainee)?;
    let stem = match number {
        0 | 1 => scenario_id.to_string(),
        n => format!("{scenario_id}.{n}"),
    };
    Ok(AttemptFiles {
        number: number.max(1),
        log: inside(&dir, &format!("{stem}.jsonl"))?,
        report: inside(&dir, &format!("{stem}.report.json"))?,
    })
}

/// Every attempt the trainee started at a scenario, in order (a log is there).
pub fn attempts_at(
    session: &LoadedSession,
    trainee: &str,
    scenario_id: &str,
) -> Result<Vec<AttemptFiles>> {
    let mut found = Vec::new();
    for number in 1.. {
        let files = attempt_files(session, trainee, scenario_id, number)?;
        if !files.log.is_file() && !files.report.is_file() {
            break;
        }
        found.push(files);
    }
    Ok(found)
}

/// The files for the trainee's next attempt at a scenario: the first free number.
/// Earlier attempts, finished or cut short by a crash, are never touched.
pub fn next_attempt(
    session: &LoadedSession,
    trainee: &str,
    scenario_id: &str,
) -> Result<AttemptFiles> {
    let number = attempts_at(session, trainee, scenario_id)?.len() as u32 + 1;
    attempt_files(session, trainee, scenario_id, number)
}

/// The trainee's next scenario: the first of theirs without a finished attempt.
pub fn next_scenario<'a>(
    session: &'a LoadedSession,
    trainee: &str,
) -> Result<Option<&'a LoadedScenario>> {
    for s in session.scenarios_for(trainee) {
        let finished = attempts_at(session, trainee, &s.scenario.id)?
            .iter()
            .any(|a| a.report.is_file());
        if !finished {
            return Ok(Some(s));
        }
    }
    Ok(None)
}

/// A finished attempt's stored report.
pub fn read_report(path: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, "read the file", e))?;
    serde_json::from_str::<Report>(&text).map_err(|e| {
        let at = crate::error::SourcePosition {
            line: e.line(),
            column: e.column(),
        };
        Error::at(path, Some(at), e.to_string())
    })
}

/// The finished attempt the session counts for a trainee at a scenario (last, best or
/// first, as the session says) among those `credit` accepts, with its number; and why
/// each other finished attempt was not credited.
pub fn counted_attempt(
    session: &LoadedSession,
    trainee: &str,
    scenario_id: &str,
    credit: impl Fn(&AttemptFiles, &Report) -> Vec<String>,
) -> Result<(Option<(AttemptFiles, Report)>, Vec<String>)> {
    let mut finished = Vec::new();
    let mut refused = Vec::new();
    for files in attempts_at(session, trainee, scenario_id)? {
        if !files.report.is_file() {
            // Shown to the instructor: a crash, or an attempt abandoned to try again.
            refused.push(format!(
                "{}: cut short (no report: the station crashed or was stopped)",
                files.log.display()
            ));
            continue;
        }
        let report = read_report(&files.report)?;
        let problems = credit(&files, &report);
        if problems.is_empty() {
            finished.push((files, report));
        } else {
            refused.push(format!("{}: {}", files.log.display(), problems.join("; ")));
        }
    }
    let pick = match session.session.counts {
        Counted::Last => finished.pop(),
        Counted::First => finished.into_iter().next(),
        Counted::Best => finished.into_iter().rev().max_by(|a, b| {
            a.1.total
                .partial_cmp(&b.1.total)
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
    };
    Ok((pick, refused))
}
