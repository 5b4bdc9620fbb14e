//! The attempt log: every action with its tick and the observation it returned, and
//! every alarm event, appended as one JSON object per line and flushed as it happens,
//! so a crash loses at most the entry in flight.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::action::TraineeAction;
use super::chain::ChainKey;
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
        /// The simulation model the attempt ran on ([`crate::sim::SIM_MODEL`]). A log
        /// that names none was recorded before logs did, on model 1, and model 1 is
        /// written as nothing, so such a log's lines read back and chain as written.
        #[serde(default = "first_model", skip_serializing_if = "is_first_model")]
        model: u32,
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
        /// Which of the trainee's attempts at this scenario this is (1, 2, … when a
        /// station was run again after a crash).
        #[serde(default = "first_attempt")]
        number: u32,
        /// A random value drawn for this attempt alone: two attempts never chain alike.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        nonce: String,
        /// Whether the chain is keyed with the lab's secret (HMAC-SHA256).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        keyed: bool,
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
    /// The first line of an attempt played now, on this build's simulation model.
    pub fn header(scenario: String, trainee: String, seed: u64, slot: Option<u32>) -> Self {
        Self::Header {
            scenario,
            trainee,
            seed,
            slot,
            model: crate::sim::SIM_MODEL,
        }
    }

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

fn first_attempt() -> u32 {
    1
}

fn first_model() -> u32 {
    1
}

fn is_first_model(model: &u32) -> bool {
    *model == first_model()
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

/// The attempt so far, in memory and (when a path is given) on disk.
#[derive(Resource, Debug, Default)]
pub struct AttemptLog {
    pub entries: Vec<LogEntry>,
    file: Option<(PathBuf, File)>,
    /// The last line's chain value.
    chain: String,
    key: ChainKey,
    /// The first write error, if the disk refused one (the attempt goes on in memory).
    pub write_error: Option<String>,
}

impl AttemptLog {
    /// Starts a new log file. An existing file is never appended to: one file holds one
    /// attempt, so an earlier attempt can be neither lost nor mixed with this one.
    pub fn to_file(path: &Path, header: LogEntry, key: ChainKey) -> std::io::Result<Self> {
        let file = OpenOptions::new().write(true).create_new(true).open(path)?;
        let mut log = Self {
            entries: Vec::new(),
            file: Some((path.to_path_buf(), file)),
            chain: String::new(),
            key,
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

    /// The log's length and last chain value, for the report to record.
    pub fn seal(&self) -> LogSeal {
        LogSeal {
            lines: self.entries.len(),
            chain: self.chain.clone(),
        }
    }

    pub fn append(&mut self, entry: LogEntry) {
        let entry_json = serde_json::to_string(&entry).unwrap_or_default();
        self.chain = self.key.next(&self.chain, &entry_json);
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

    /// Reads the log's lines with their numbers (from 1), sequence numbers and chain; a
    /// torn last line (power lost mid-write) is left out (see [`AttemptLog::read_log`]).
    pub fn read_lines(path: &Path) -> Result<Vec<(usize, LogLine)>> {
        Self::read_log(path).map(|read| read.lines)
    }

    /// Reads the log's lines. A last line cut off mid-entry (no line end, does not
    /// parse: the power went or the disk filled as it was written) is reported as torn
    /// and the rest is kept; any other line that does not parse is an error naming it.
    pub fn read_log(path: &Path) -> Result<ReadLog> {
        let text = crate::data::read_text(path, LOG_FILE_LIMIT)?;
        let count = text.lines().count();
        let mut read = ReadLog::default();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str(line) {
                Ok(parsed) => read.lines.push((i + 1, parsed)),
                Err(_) if i + 1 == count && !text.ends_with('\n') => read.torn_at = Some(i + 1),
                Err(e) => {
                    let at = SourcePosition {
                        line: i + 1,
                        column: e.column(),
                    };
                    return Err(Error::at(path, Some(at), e.to_string()));
                }
            }
        }
        Ok(read)
    }
}

/// What a stored report records of its log: the number of lines and the last chain value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogSeal {
    pub lines: usize,
    pub chain: String,
}

impl LogSeal {
    /// The seal of a log as read back: its whole lines and the last one's chain value.
    pub fn of_lines(lines: &[(usize, LogLine)]) -> Self {
        Self {
            lines: lines.len(),
            chain: lines
                .last()
                .map(|(_, l)| l.chain.clone())
                .unwrap_or_default(),
        }
    }
}

/// The most an attempt log may hold (a full shift of busy work is a few megabytes).
pub const LOG_FILE_LIMIT: u64 = 256 << 20;

/// A log file as read: its whole lines, and the line cut off mid-entry, if one was.
#[derive(Debug, Clone, Default)]
pub struct ReadLog {
    pub lines: Vec<(usize, LogLine)>,
    pub torn_at: Option<usize>,
}

impl ReadLog {
    /// What a person is told of a torn log.
    pub fn torn_note(&self) -> Option<String> {
        self.torn_at
            .map(|n| format!("the log ends mid-entry at line {n} (cut off as it was written); the lines before it are used"))
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
