//! `faultline verify`: an attempt is verified only if its log is whole (no line missing,
//! added, reordered or cut off), its chain checks with the lab's secret (so nobody
//! without the secret can have edited and re-chained it), it is the attempt of the
//! trainee whose folder it sits in and of the session it names, its scenario file is the
//! one it was played on, re-simulating its actions reproduces every entry it holds
//! (observations, outcomes, alarms, fault changes, safety events, its end), and
//! re-scoring it gives the stored report. Each problem is named with its line; a replay
//! of an attempt recorded on another simulation model that differs is also named with
//! the model it needs.

use std::path::{Path, PathBuf};

use super::integrity::{chain_check, sequence_problems};
use super::replay_diff::{compare, short_hex};
use super::session::{LoadedSession, MAX_TIME_LIMIT_MIN, find_session_file, load_session};
use super::store::scenario_hash;
use crate::app::{Attempt, Conditions, LabBinding};
use crate::error::{Error, Result};
use crate::scenario::{LoadedScenario, load_scenario_reported};
use crate::scoring::{Report, score_bundled};
use crate::sim::{SIM_MODEL, TICK_HZ};
use crate::trainee::{AttemptLog, ChainKey, LogEntry, LogLine, LogSeal, TraineeAction};

/// What `verify` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Everything that does not hold, each naming its line where it has one.
    pub problems: Vec<String>,
    /// Why the log's integrity cannot be proven (no lab secret here, a log recorded
    /// without one); None when its keyed chain was checked with the secret.
    pub unproven: Option<String>,
    /// The log's whole lines and its last chain value.
    pub seal: LogSeal,
    /// Whose attempt at what, as the log says: trainee, scenario id, attempt number.
    pub trainee: String,
    pub scenario: String,
    pub number: u32,
}

impl Verdict {
    pub fn verified(&self) -> bool {
        self.problems.is_empty() && self.unproven.is_none()
    }
}

/// The stored report beside a log: `x.jsonl` → `x.report.json`.
pub fn report_path(log: &Path) -> PathBuf {
    log.with_extension("report.json")
}

/// The session an attempt log belongs to: the one named, else the session file in the
/// folder above the attempts folder the log sits in (or in the attempts folder itself).
pub fn session_of(log_path: &Path, named: Option<&Path>) -> Result<Option<LoadedSession>> {
    if let Some(path) = named {
        return load_session(&find_session_file(path)?).map(Some);
    }
    let absolute = std::path::absolute(log_path).map_err(|e| Error::io(log_path, "find", e))?;
    let attempts = absolute.parent().and_then(Path::parent);
    for folder in [attempts.and_then(Path::parent), attempts]
        .into_iter()
        .flatten()
    {
        if let Ok(file) = find_session_file(folder)
            && file.is_file()
        {
            return load_session(&file).map(Some);
        }
    }
    Ok(None)
}

/// Verifies one attempt log, with its session when known (for the secret, the roster
/// and the scenario files) and, optionally, a scenario file to check against instead.
pub fn verify(
    log_path: &Path,
    session: Option<&LoadedSession>,
    scenario_override: Option<&Path>,
) -> Result<Verdict> {
    let read = AttemptLog::read_log(log_path)?;
    let lines = read.lines;
    let mut problems = Vec::new();
    if let Some(n) = read.torn_at {
        problems.push(format!(
            "truncated: the log ends mid-entry at line {n} (cut off as it was written)"
        ));
    }
    problems.extend(sequence_problems(&lines));
    let entries: Vec<LogEntry> = lines.iter().map(|(_, l)| l.entry.clone()).collect();
    let (trainee, attempt) = identity(&entries).ok_or_else(|| {
        Error::Refused(format!(
            "{}: not a lab attempt (no header and attempt lines)",
            log_path.display()
        ))
    })?;
    let key = match session {
        Some(s) => s.chain_key().ok().flatten(),
        None => None,
    };
    let (chain_problem, unproven) = chain_check(&lines, attempt.keyed, key.as_ref(), session);
    problems.extend(chain_problem);
    if let Some(session) = session {
        problems.extend(binding_problems(log_path, session, &trainee.0, &attempt));
    }
    let scenario_path = match (scenario_override, session) {
        (Some(path), _) => path.to_path_buf(),
        (None, Some(s)) => s.folder().join(&attempt.scenario_file),
        (None, None) => PathBuf::from(&attempt.scenario_file),
    };
    let now_hash = scenario_hash(&scenario_path)?;
    if now_hash != attempt.scenario_hash {
        problems.push(format!(
            "changed scenario file: {} hashes to {now_hash}, the attempt was played on {}",
            scenario_path.display(),
            attempt.scenario_hash
        ));
    }
    let loaded = load_scenario_reported(&scenario_path)?;
    let replayed = replay_problems(&loaded, &trainee, &attempt, &lines);
    // A model's change may or may not reach what an attempt recorded: a replay that gives
    // every entry back verifies on any model, and one that does not is named with the
    // model it needs, beside what differs, so an edit is not excused as the model's doing.
    if attempt.model != SIM_MODEL && !replayed.is_empty() {
        problems.push(format!(
            "another simulation model: the attempt was recorded on model {}, and this faultline simulates model {SIM_MODEL}, so the differences below may be the model's; verify it with a faultline of model {} to tell",
            attempt.model, attempt.model
        ));
    }
    problems.extend(replayed);
    let seal = LogSeal::of_lines(&lines);
    problems.extend(report_problems(log_path, &loaded, &entries, &seal)?);
    Ok(Verdict {
        problems,
        unproven,
        seal,
        trainee: trainee.0,
        scenario: loaded.scenario.id.clone(),
        number: attempt.number,
    })
}

/// What the log's attempt line says.
struct AttemptInfo {
    /// The scenario's id, as the header names it.
    scenario_id: String,
    scenario_file: String,
    scenario_hash: String,
    session: String,
    exam: bool,
    limit_min: f32,
    number: u32,
    nonce: String,
    keyed: bool,
    /// The simulation model the header names.
    model: u32,
}

fn identity(entries: &[LogEntry]) -> Option<((String, Option<u32>), AttemptInfo)> {
    let (trainee, scenario_id, model) = entries.iter().find_map(|e| match e {
        LogEntry::Header {
            trainee,
            slot,
            scenario,
            model,
            ..
        } => Some(((trainee.clone(), *slot), scenario.clone(), *model)),
        _ => None,
    })?;
    let attempt = entries.iter().find_map(|e| match e {
        LogEntry::Attempt {
            scenario_file,
            scenario_hash,
            session,
            exam,
            limit_min,
            number,
            nonce,
            keyed,
        } => Some(AttemptInfo {
            scenario_id: scenario_id.clone(),
            scenario_file: scenario_file.clone(),
            scenario_hash: scenario_hash.clone(),
            session: session.clone(),
            exam: *exam,
            limit_min: *limit_min,
            number: *number,
            nonce: nonce.clone(),
            keyed: *keyed,
            model,
        }),
        _ => None,
    })?;
    Some((trainee, attempt))
}

/// The log must be the attempt of the trainee whose folder holds it, in this session.
fn binding_problems(
    log_path: &Path,
    session: &LoadedSession,
    trainee: &str,
    attempt: &AttemptInfo,
) -> Vec<String> {
    let mut problems = Vec::new();
    if attempt.session != session.session.id {
        problems.push(format!(
            "another session: the log is an attempt in session {}, not {}",
            attempt.session, session.session.id
        ));
    }
    if session.trainee(trainee).is_none() {
        problems.push(format!(
            "`{trainee}` is not on the roster of session {}",
            session.session.id
        ));
    }
    let folder = log_path
        .parent()
        .and_then(Path::file_name)
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    if folder != trainee {
        problems.push(format!(
            "copied: the log is {trainee}'s attempt but sits in {folder}'s folder"
        ));
    }
    // The file's name says which scenario and which attempt it is: a log copied to
    // another scenario's name (or another number) must not stand for that one.
    let expected =
        super::store::attempt_files(session, trainee, &attempt.scenario_id, attempt.number)
            .ok()
            .and_then(|files| {
                files
                    .log
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
            });
    let named = log_path
        .file_name()
        .map(|n| n.to_string_lossy().to_string());
    if expected.is_some() && expected != named {
        problems.push(format!(
            "copied: the log is attempt {} at {}, stored as {} (expected {})",
            attempt.number,
            attempt.scenario_id,
            named.unwrap_or_default(),
            expected.unwrap_or_default()
        ));
    }
    problems
}

/// What the gradebook checks before crediting a finished attempt, without
/// re-simulating it: the log is whole and its chain holds (under the lab secret when it
/// is here), it is this trainee's attempt at this scenario, with this number, in this
/// session, and the stored report is sealed to this log and is the score the log gives.
/// (A full `verify` also replays the actions, which catches an insider holding the
/// secret.)
pub fn credit_problems(
    log_path: &Path,
    session: &LoadedSession,
    trainee: &str,
    scenario: &LoadedScenario,
    report: &Report,
) -> Vec<String> {
    let read = match AttemptLog::read_log(log_path) {
        Ok(read) => read,
        Err(e) => return vec![format!("the log does not read: {e}")],
    };
    let lines = read.lines;
    let mut problems = sequence_problems(&lines);
    let entries: Vec<LogEntry> = lines.iter().map(|(_, l)| l.entry.clone()).collect();
    let Some(((who, _), attempt)) = identity(&entries) else {
        return vec!["not a lab attempt (no header and attempt lines)".into()];
    };
    if who != trainee || attempt.scenario_id != scenario.scenario.id {
        problems.push(format!(
            "the log is {who}'s attempt at {}, not {trainee}'s at {}",
            attempt.scenario_id, scenario.scenario.id
        ));
    }
    let key = session.chain_key().ok().flatten();
    let (chain_problem, _) = chain_check(&lines, attempt.keyed, key.as_ref(), Some(session));
    problems.extend(chain_problem);
    problems.extend(binding_problems(log_path, session, &who, &attempt));
    let seal = LogSeal::of_lines(&lines);
    if report.log_seal.as_ref() != Some(&seal) {
        problems.push("the report is not sealed to this log".into());
    }
    match score_bundled(scenario, &entries) {
        Ok(again) if again.total == report.total && again.passed == report.passed => {}
        Ok(again) => problems.push(format!(
            "edited score: the report says {}, the log scores {}",
            report.total, again.total
        )),
        Err(e) => problems.push(format!("the log does not score: {e}")),
    }
    problems
}

/// How far past its time limit an honest attempt may end: the window ends it at the
/// first frame after the limit, and a frame at the fastest speed covers seconds. Ten
/// simulated minutes is far more; a forged end tick is replayed no further than this.
const LIMIT_OVERSHOOT_TICKS: u64 = (10.0 * 60.0 * TICK_HZ) as u64;

/// Re-simulates the attempt from its actions, each at the tick it started, to the tick
/// it ended, and compares the replay's log with the recorded one entry by entry.
fn replay_problems(
    loaded: &LoadedScenario,
    (trainee, slot): &(String, Option<u32>),
    info: &AttemptInfo,
    lines: &[(usize, LogLine)],
) -> Vec<String> {
    // No session allows more than a day, so neither does a replay: a forged limit or end
    // tick cannot ask for years of simulation, and shows as a changed line instead.
    let limit_min = match info.limit_min > 0.0 {
        true => info.limit_min.min(MAX_TIME_LIMIT_MIN),
        false => MAX_TIME_LIMIT_MIN,
    };
    let conditions = Conditions {
        hints: !info.exam,
        exam: info.exam,
        limit_min: Some(limit_min),
    };
    let attempt = Attempt::new(loaded, trainee, conditions)
        .at_slot(*slot)
        .in_lab(LabBinding {
            scenario_file: info.scenario_file.clone(),
            scenario_hash: info.scenario_hash.clone(),
            session: info.session.clone(),
            number: info.number,
            nonce: info.nonce.clone(),
            // The replay's log stays in memory; only whether it was keyed is recorded.
            key: if info.keyed {
                ChainKey::secret(b"replay")
            } else {
                ChainKey::default()
            },
        });
    let actions: Vec<(u64, TraineeAction)> = lines
        .iter()
        .filter_map(|(_, l)| match &l.entry {
            LogEntry::Action {
                started, action, ..
            } => Some((*started, action.clone())),
            _ => None,
        })
        .collect();
    let log = attempt.open_log(None).unwrap_or_default();
    let ended = lines.iter().rev().find_map(|(_, l)| match &l.entry {
        LogEntry::Ended {
            tick,
            why,
            not_done,
        } => Some((*tick, *why, not_done.clone())),
        _ => None,
    });
    let mut replayed = match &ended {
        Some((tick, why, _)) => {
            let last = attempt
                .limit_tick()
                .map_or(*tick, |limit| (*tick).min(limit + LIMIT_OVERSHOOT_TICKS));
            attempt.replay_to(&actions, log, last, *why)
        }
        // No last line: play on as the station would have, to see what was cut off.
        None => attempt.run_headless(&actions, log, 60.0, |_| {}),
    }
    .entries;
    // The replay runs on this build's model; the header is compared as recorded.
    if let Some(LogEntry::Header { model, .. }) = replayed.first_mut() {
        *model = info.model;
    }
    // What was still queued at the end is the trainee's wish, not a consequence.
    if let (Some((.., not_done)), Some(LogEntry::Ended { not_done: n, .. })) =
        (&ended, replayed.last_mut())
    {
        *n = not_done.clone();
    }
    compare(lines, &replayed, ended.is_none())
}

/// The stored report must be the one the log scores, sealed with this log's length
/// and last chain value.
fn report_problems(
    log_path: &Path,
    loaded: &LoadedScenario,
    entries: &[LogEntry],
    seal: &LogSeal,
) -> Result<Vec<String>> {
    let stored_path = report_path(log_path);
    let stored = match std::fs::read_to_string(&stored_path) {
        Ok(stored) => stored,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(vec![format!(
                "unfinished: no stored report at {}",
                stored_path.display()
            )]);
        }
        Err(e) => {
            return Ok(vec![format!(
                "edited score: the stored report at {} cannot be read: {e}",
                stored_path.display()
            )]);
        }
    };
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&stored) {
        return Ok(vec![format!(
            "edited score: {}:{}:{}: the stored report does not read as JSON: {e}",
            stored_path.display(),
            e.line(),
            e.column()
        )]);
    }
    let mut problems = Vec::new();
    let stored_seal = serde_json::from_str::<Report>(&stored)
        .ok()
        .and_then(|r| r.log_seal);
    let mut recomputed = score_bundled(loaded, entries)?;
    if let Some(stored_seal) = &stored_seal
        && stored_seal != seal
    {
        problems.push(format!(
            "the log is not the one the report was stored with: it had {} lines ending in chain {}, it has {} ending in {}",
            stored_seal.lines,
            short_hex(&stored_seal.chain),
            seal.lines,
            short_hex(&seal.chain)
        ));
    }
    recomputed.log_seal = stored_seal;
    let recomputed = recomputed.json();
    if stored != recomputed {
        let total = |json: &str| {
            serde_json::from_str::<serde_json::Value>(json)
                .ok()
                .and_then(|v| v.get("total").cloned())
                .map_or("?".to_string(), |t| t.to_string())
        };
        problems.push(format!(
            "edited score: the stored report ({}: total {}) is not the one the log scores (total {})",
            stored_path.display(),
            total(&stored),
            total(&recomputed)
        ));
    }
    Ok(problems)
}

/// What the CLI says of a verdict whose problems are none but whose chain is unproven.
pub fn unproven_text(why: &str) -> String {
    format!("integrity unproven: {why}")
}
