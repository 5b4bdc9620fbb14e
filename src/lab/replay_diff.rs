//! Where a recorded attempt log and its replay part, said as a person would: an entry
//! added, missing or changed, or the log cut short; each entry in a few words.

use crate::trainee::{LogEntry, LogLine};

/// The first place the recorded log and the replay part, named as what a person would
/// call it: an entry added, missing or changed, or the log cut short.
pub(super) fn compare(
    lines: &[(usize, LogLine)],
    replayed: &[LogEntry],
    unended: bool,
) -> Vec<String> {
    let recorded: Vec<&LogEntry> = lines.iter().map(|(_, l)| &l.entry).collect();
    let line_no = |i: usize| lines.get(i).map_or(lines.len() + 1, |(n, _)| *n);
    for i in 0..recorded.len().max(replayed.len()) {
        match (recorded.get(i), replayed.get(i)) {
            (Some(a), Some(b)) if *a == b => continue,
            (Some(a), Some(b)) => {
                let what = if recorded.get(i + 1) == Some(&b) {
                    format!(
                        "added: line {} is not in the replay: {}",
                        line_no(i),
                        short(a)
                    )
                } else if replayed.get(i + 1) == Some(*a) {
                    format!(
                        "missing: the replay has {} before line {}, which the log lacks",
                        short(b),
                        line_no(i)
                    )
                } else {
                    format!(
                        "changed: line {} records {}; the replay gives {}",
                        line_no(i),
                        short(a),
                        short(b)
                    )
                };
                return vec![what];
            }
            (Some(a), None) => {
                return vec![format!(
                    "added: line {} is past the end of the replay: {}",
                    line_no(i),
                    short(a)
                )];
            }
            (None, Some(b)) => {
                let kind = if unended { "truncated" } else { "missing" };
                return vec![format!(
                    "{kind}: the log ends at line {} ({} whole lines) and the attempt goes on: next {}",
                    lines.last().map_or(0, |(n, _)| *n),
                    lines.len(),
                    short(b)
                )];
            }
            (None, None) => break,
        }
    }
    Vec::new()
}

pub(super) fn short_hex(chain: &str) -> String {
    chain.chars().take(12).collect()
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
            "{} at ticks {started}-{tick} \"{}\"",
            action.describe(),
            observation.chars().take(80).collect::<String>()
        ),
        LogEntry::SafetyViolation { tick, rule, what } => {
            format!("safety violation {rule:?} at tick {tick} ({what})")
        }
        LogEntry::Fault {
            tick,
            fault,
            change,
        } => format!("fault {fault} {change:?} at tick {tick}"),
        LogEntry::Alarm { tick, event } => format!("alarm at tick {tick} {event}"),
        LogEntry::Ended { tick, why, .. } => {
            format!("the end at tick {tick} ({})", why.describe())
        }
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}
