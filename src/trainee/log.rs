//! The attempt log: every action with its tick and the observation it returned, and
//! every alarm event, appended as one JSON object per line and flushed as it happens,
//! so a crash loses at most the entry in flight.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::action::TraineeAction;
use super::outcome::Outcome;
use crate::alarms::AlarmEvent;
use crate::error::{Error, Result, SourcePosition};

/// One line of the attempt log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "entry", rename_all = "snake_case")]
pub enum LogEntry {
    /// First line: what was attempted, by whom.
    Header {
        scenario: String,
        trainee: String,
        seed: u64,
        /// The trainee's place on a lab session's roster, which chose their variant
        /// (none outside a session: the variant comes from the trainee's id).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        slot: Option<u32>,
    },
    /// For an attempt in a lab session: which scenario file (and its content hash), which
    /// session, under which conditions. Written right after the header.
    Attempt {
        scenario_file: String,
        scenario_hash: String,
        session: String,
        exam: bool,
        /// The attempt's time limit, simulated minutes.
        limit_min: f32,
    },
    /// A trainee action: the tick the technician started it, the tick it was done and
    /// took effect, and what the trainee saw.
    Action {
        started: u64,
        tick: u64,
        action: TraineeAction,
        observation: String,
        /// What the action achieved, as data (logs written before outcomes were
        /// recorded have none; see [`LogEntry::outcome`]).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome: Option<Outcome>,
    },
    /// A critical safety violation: the rule broken and what happened.
    SafetyViolation {
        tick: u64,
        rule: crate::scenario::SafetyRule,
        what: String,
    },
    /// An alarm raised or cleared by the floor.
    Alarm { tick: u64, event: serde_json::Value },
    /// A scripted fault changed: started or stopped acting, or its cause was removed.
    Fault {
        tick: u64,
        fault: String,
        change: FaultChange,
    },
    /// The last line of a finished attempt: when and why it ended, and the actions the
    /// trainee had asked for that were not done by then (in words). A log without it
    /// was cut short (a crash, a kill).
    Ended {
        tick: u64,
        why: EndReason,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        not_done: Vec<String>,
    },
}

/// Why an attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// Every action was done (a script, played to its end).
    AllDone,
    /// The scenario's shift ran out.
    ShiftOver,
    /// The lab session's time limit was reached.
    TimeLimit,
    /// The trainee ended the shift.
    EndedByTrainee,
}

impl EndReason {
    pub fn describe(&self) -> &'static str {
        match self {
            EndReason::AllDone => "every action was done",
            EndReason::ShiftOver => "the shift ran out",
            EndReason::TimeLimit => "the time limit was reached",
            EndReason::EndedByTrainee => "the trainee ended the shift",
        }
    }
}

impl LogEntry {
    /// An action line's outcome: as recorded, or (for a log written before outcomes were
    /// recorded) as its observation implies. None for other entries.
    pub fn outcome(&self) -> Option<std::borrow::Cow<'_, Outcome>> {
        match self {
            LogEntry::Action {
                outcome: Some(outcome),
                ..
            } => Some(std::borrow::Cow::Borrowed(outcome)),
            LogEntry::Action {
                action,
                observation,
                outcome: None,
                ..
            } => Some(std::borrow::Cow::Owned(super::legacy::infer(
                action,
                observation,
            ))),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultChange {
    Active,
    Inactive,
    Repaired,
}

/// A line of the log file: the entry, its sequence number and a hash chained over every
/// line so far, so a deleted, inserted, reordered or edited line shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogLine {
    #[serde(default)]
    pub seq: u64,
    #[serde(default)]
    pub chain: String,
    #[serde(flatten)]
    pub entry: LogEntry,
}

/// FNV-1a, 64 bit: a stable content hash (not a secret; it shows accidental and naive edits).
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= *b as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The chain value after `previous` for an entry serialised as `entry_json`.
pub fn chain_after(previous: &str, entry_json: &str) -> String {
    format!(
        "{:016x}",
        fnv64(format!("{previous}|{entry_json}").as_bytes())
    )
}

/// The attempt so far, in memory and (when a path is given) on disk.
#[derive(Resource, Debug, Default)]
pub struct AttemptLog {
    pub entries: Vec<LogEntry>,
    file: Option<(PathBuf, File)>,
    /// The last line's chain value.
    chain: String,
    /// The first write error, if the disk refused one (the attempt goes on in memory).
    pub write_error: Option<String>,
}

impl AttemptLog {
    /// Starts a new log file. An existing file is never appended to: one file holds one
    /// attempt, so an earlier attempt can be neither lost nor mixed with this one.
    pub fn to_file(path: &Path, header: LogEntry) -> std::io::Result<Self> {
        let file = OpenOptions::new().write(true).create_new(true).open(path)?;
        let mut log = Self {
            entries: Vec::new(),
            file: Some((path.to_path_buf(), file)),
            chain: String::new(),
            write_error: None,
        };
        log.append(header);
        Ok(log)
    }

    pub fn in_memory(header: LogEntry) -> Self {
        let mut log = Self::default();
        log.append(header);
        log
    }

    pub fn append(&mut self, entry: LogEntry) {
        let entry_json = serde_json::to_string(&entry).unwrap_or_default();
        self.chain = chain_after(&self.chain, &entry_json);
        let line = LogLine {
            seq: self.entries.len() as u64,
            chain: self.chain.clone(),
            entry: entry.clone(),
        };
        if let Some((path, file)) = &mut self.file {
            let written = serde_json::to_string(&line)
                .map_err(|e| e.to_string())
                .and_then(|line| {
                    file.write_all(format!("{line}\n").as_bytes())
                        .and_then(|_| file.flush())
                        .map_err(|e| e.to_string())
                });
            if let Err(e) = written
                && self.write_error.is_none()
            {
                self.write_error = Some(format!("{}: {e}", path.display()));
            }
        }
        self.entries.push(entry);
    }

    /// Reads a log file back, naming the line of any entry that does not parse, and
    /// refusing a file that holds more than one attempt (each must be scored alone).
    pub fn read(path: &Path) -> Result<Vec<LogEntry>> {
        let lines = Self::read_lines(path)?;
        let headers: Vec<usize> = lines
            .iter()
            .filter(|(_, l)| matches!(l.entry, LogEntry::Header { .. }))
            .map(|(n, _)| *n)
            .collect();
        if headers.len() > 1 {
            let at = SourcePosition {
                line: headers[1],
                column: 1,
            };
            return Err(Error::at(
                path,
                Some(at),
                format!(
                    "the log holds {} attempts (headers at lines {}): each attempt is scored on its own, from its own file",
                    headers.len(),
                    headers
                        .iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        Ok(lines.into_iter().map(|(_, line)| line.entry).collect())
    }

    /// Reads the log's lines with their numbers (from 1), sequence numbers and chain.
    pub fn read_lines(path: &Path) -> Result<Vec<(usize, LogLine)>> {
        let text =
            std::fs::read_to_string(path).map_err(|e| Error::io(path, "read the file", e))?;
        text.lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| {
                serde_json::from_str(line).map(|l| (i + 1, l)).map_err(|e| {
                    let at = SourcePosition {
                        line: i + 1,
                        column: e.column(),
                    };
                    Error::at(path, Some(at), e.to_string())
                })
            })
            .collect()
    }
}

/// Appends changes of the scripted faults to the attempt log (so scoring can tell a
/// repair that removed the cause from a reset that only hid it).
pub fn record_fault_events(
    clock: Res<crate::sim::SimClock>,
    schedule: Res<crate::faults::FaultSchedule>,
    mut seen: Local<Vec<(bool, bool)>>,
    log: Option<ResMut<AttemptLog>>,
) {
    let Some(mut log) = log else { return };
    seen.resize(schedule.faults.len(), (false, false));
    for (fault, was) in schedule.faults.iter().zip(seen.iter_mut()) {
        let now = (fault.active, fault.repaired);
        if now == *was {
            continue;
        }
        let change = if now.1 && !was.1 {
            FaultChange::Repaired
        } else if now.0 {
            FaultChange::Active
        } else {
            FaultChange::Inactive
        };
        log.append(LogEntry::Fault {
            tick: clock.tick,
            fault: fault.spec.id.clone(),
            change,
        });
        *was = now;
    }
}

/// Appends the floor's alarm events to the attempt log.
pub fn record_alarm_events(
    clock: Res<crate::sim::SimClock>,
    mut events: MessageReader<AlarmEvent>,
    log: Option<ResMut<AttemptLog>>,
) {
    let Some(mut log) = log else {
        events.clear();
        return;
    };
    for event in events.read() {
        let event = serde_json::to_value(event).unwrap_or(serde_json::Value::Null);
        log.append(LogEntry::Alarm {
            tick: clock.tick,
            event,
        });
    }
}
