//! `faultline verify`: an attempt is verified only if its log is intact (sequence and
//! hash chain), its scenario file is the one it was played on, replaying its actions on
//! the scenario reproduces every recorded observation, and re-scoring it gives the
//! stored report. Each kind of tampering is named.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::store::scenario_hash;
use crate::app::{Attempt, Conditions};
use crate::error::{Error, Result};
use crate::scenario::load_scenario_reported;
use crate::scoring::score_bundled;
use crate::trainee::{AttemptLog, LogEntry, LogLine, chain_after};

#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub problems: Vec<String>,
}

impl Verdict {
    pub fn verified(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The stored report beside a log: `x.jsonl` → `x.report.json`.
pub fn report_path(log: &Path) -> PathBuf {
    log.with_extension("report.json")
}

pub fn verify(log_path: &Path, scenario_override: Option<&Path>) -> Result<Verdict> {
    let lines = AttemptLog::read_lines(log_path)?;
    let mut problems = integrity_problems(&lines);
    let entries: Vec<LogEntry> = lines.iter().map(|(_, l)| l.entry.clone()).collect();
    let (trainee, attempt) = identity(&entries).ok_or_else(|| {
        Error::Refused(format!(
            "{}: not a lab attempt (no header and attempt lines)",
            log_path.display()
        ))
    })?;
    let AttemptInfo {
        scenario_file,
        scenario_hash: recorded_hash,
        exam,
        limit_min,
    } = attempt;
    let scenario_path = scenario_override.map_or(PathBuf::from(&scenario_file), Path::to_path_buf);
    let now_hash = scenario_hash(&scenario_path)?;
    if now_hash != recorded_hash {
        problems.push(format!(
            "changed scenario file: {} hashes to {now_hash}, the attempt was played on {recorded_hash}",
            scenario_path.display()
        ));
    }
    let loaded = load_scenario_reported(&scenario_path)?;
    problems.extend(replay_problems(&loaded, &trainee, &lines, exam, limit_min));
    let stored_path = report_path(log_path);
    let stored = std::fs::read_to_string(&stored_path)
        .map_err(|e| Error::io(&stored_path, "read the stored report", e))?;
    let recomputed = score_bundled(&loaded, &entries)?.json();
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
    Ok(Verdict { problems })
}

struct AttemptInfo {
    scenario_file: String,
    scenario_hash: String,
    exam: bool,
    limit_min: f32,
}

fn identity(entries: &[LogEntry]) -> Option<((String, Option<u32>), AttemptInfo)> {
    let trainee = entries.iter().find_map(|e| match e {
        LogEntry::Header { trainee, slot, .. } => Some((trainee.clone(), *slot)),
        _ => None,
    })?;
    let attempt = entries.iter().find_map(|e| match e {
        LogEntry::Attempt {
            scenario_file,
            scenario_hash,
            exam,
            limit_min,
            ..
        } => Some(AttemptInfo {
            scenario_file: scenario_file.clone(),
            scenario_hash: scenario_hash.clone(),
            exam: *exam,
            limit_min: *limit_min,
        }),
        _ => None,
    })?;
    Some((trainee, attempt))
}

/// Deleted, inserted and reordered lines show in the sequence numbers; edited ones in the
/// hash chain.
fn integrity_problems(lines: &[(usize, LogLine)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut count: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (n, line) in lines {
        count.entry(line.seq).or_default().push(*n);
    }
    let max = count.keys().last().copied().unwrap_or(0);
    let missing: Vec<u64> = (0..=max).filter(|s| !count.contains_key(s)).collect();
    if !missing.is_empty() {
        problems.push(format!("deleted: log entries {missing:?} are missing"));
    }
    for (seq, at) in &count {
        if at.len() > 1 {
            problems.push(format!(
                "inserted: entry number {seq} appears {} times (lines {at:?})",
                at.len()
            ));
        }
    }
    if problems.is_empty()
        && let Some(w) = lines.windows(2).find(|w| w[1].1.seq < w[0].1.seq)
    {
        problems.push(format!(
            "reordered: line {} comes before line {} in the log's sequence",
            w[1].0, w[0].0
        ));
    }
    if problems.is_empty() {
        let mut chain = String::new();
        for (n, line) in lines {
            let json = serde_json::to_string(&line.entry).unwrap_or_default();
            chain = chain_after(&chain, &json);
            if chain != line.chain {
                problems.push(format!("edited: line {n} is not what was recorded"));
                break;
            }
        }
    }
    problems
}

/// Replays the recorded actions, each at the tick it started, and compares what happens.
fn replay_problems(
    loaded: &crate::scenario::LoadedScenario,
    (trainee, slot): &(String, Option<u32>),
    lines: &[(usize, LogLine)],
    exam: bool,
    limit_min: f32,
) -> Vec<String> {
    let recorded: Vec<(usize, &LogEntry)> = lines
        .iter()
        .filter(|(_, l)| matches!(l.entry, LogEntry::Action { .. }))
        .map(|(n, l)| (*n, &l.entry))
        .collect();
    let conditions = Conditions {
        hints: !exam,
        exam,
        limit_min: Some(limit_min),
    };
    let attempt = Attempt::new(loaded, trainee, conditions).at_slot(*slot);
    let actions: Vec<_> = recorded
        .iter()
        .filter_map(|(_, entry)| match entry {
            LogEntry::Action {
                started, action, ..
            } => Some((*started, action.clone())),
            _ => None,
        })
        .collect();
    let log = attempt
        .open_log(None)
        .unwrap_or_else(|_| AttemptLog::default());
    let replay = attempt.run_headless(&actions, log, 0.0, |_| {});
    let replayed: Vec<LogEntry> = replay
        .entries
        .iter()
        .filter(|e| matches!(e, LogEntry::Action { .. }))
        .cloned()
        .collect();
    let mut problems = Vec::new();
    for (i, (n, entry)) in recorded.iter().enumerate() {
        match replayed.get(i) {
            Some(again) if again == *entry => {}
            Some(again) => {
                problems.push(format!(
                    "line {n}: the replay does not reproduce this action: recorded {}, replayed {}",
                    short(entry),
                    short(again)
                ));
                break;
            }
            None => {
                problems.push(format!("line {n}: the replay never reaches this action"));
                break;
            }
        }
    }
    if problems.is_empty() && replayed.len() > recorded.len() {
        problems.push(format!(
            "the replay does more than the log records ({} actions, {} recorded)",
            replayed.len(),
            recorded.len()
        ));
    }
    problems
}

fn short(entry: &LogEntry) -> String {
    match entry {
        LogEntry::Action {
            started,
            tick,
            action,
            observation,
            ..
        } => format!(
            "{} at {started}-{tick} \"{}\"",
            action.name(),
            observation.chars().take(80).collect::<String>()
        ),
        other => format!("{other:?}"),
    }
}
