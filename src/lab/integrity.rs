//! An attempt log's integrity: every line numbered in order (a deleted, inserted or
//! reordered line shows in the sequence) and chained (an edited line breaks the chain).
//! A chain keyed with the lab secret proves nobody without the secret re-chained it; an
//! unkeyed or old chain only shows accidental and naive edits, so it is "unproven".

use std::collections::BTreeMap;

use super::session::LoadedSession;
use crate::trainee::{ChainKey, LogLine, legacy_chain_after};

/// Deleted, inserted and reordered lines show in the sequence numbers.
pub(super) fn sequence_problems(lines: &[(usize, LogLine)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut count: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (n, line) in lines {
        count.entry(line.seq).or_default().push(*n);
    }
    let gaps = missing_runs(count.keys().copied());
    if !gaps.is_empty() {
        problems.push(format!(
            "deleted: log entries {} are missing",
            runs_text(&gaps)
        ));
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
    problems
}

/// The runs of numbers from 0 that `present` (ascending) leaves out, found from the gaps
/// between them: a forged number near `u64::MAX` is one run, not a list to build.
fn missing_runs(present: impl Iterator<Item = u64>) -> Vec<(u64, u64)> {
    let mut runs = Vec::new();
    let mut next = 0u64;
    for seq in present {
        if seq > next {
            runs.push((next, seq - 1));
        }
        next = seq.saturating_add(1);
    }
    runs
}

/// "3, 7–9", the first [`RUNS_SHOWN`] runs, then how many more.
fn runs_text(runs: &[(u64, u64)]) -> String {
    let mut parts: Vec<String> = runs
        .iter()
        .take(RUNS_SHOWN)
        .map(|&(first, last)| match first == last {
            true => first.to_string(),
            false => format!("{first}–{last}"),
        })
        .collect();
    if runs.len() > RUNS_SHOWN {
        parts.push(format!("and {} more runs", runs.len() - RUNS_SHOWN));
    }
    parts.join(", ")
}

/// How many runs of missing entries a report names before it counts the rest.
const RUNS_SHOWN: usize = 10;

/// Checks every line's chain value. A keyed log is checked with the lab secret when it
/// is here; anything less leaves the integrity unproven, saying why.
pub(super) fn chain_check(
    lines: &[(usize, LogLine)],
    keyed: bool,
    key: Option<&ChainKey>,
    session: Option<&LoadedSession>,
) -> (Option<String>, Option<String>) {
    let legacy = lines.first().is_some_and(|(_, l)| l.chain.len() == 16);
    let unkeyed = ChainKey::default();
    let (next, unproven): (Box<dyn Fn(&str, &str) -> String>, Option<String>) = if legacy {
        (
            Box::new(legacy_chain_after),
            Some("recorded with the old unkeyed chain, which anybody can recompute".into()),
        )
    } else if keyed {
        match key {
            Some(key) => (Box::new(move |p, e| key.next(p, e)), None),
            None => {
                let named = session.and_then(|s| s.session.secret_env.clone());
                let why = match named {
                    Some(name) => format!("the lab secret is not here (set {name} to check it)"),
                    None => "the log is keyed with a lab secret and no session naming it was found (give --session)".into(),
                };
                return (None, Some(why));
            }
        }
    } else {
        (
            Box::new(move |p, e| unkeyed.next(p, e)),
            Some("recorded without a lab secret: an edit re-chained by hand would not show".into()),
        )
    };
    let mut problem = None;
    if legacy && keyed {
        return (
            Some("edited: the log's attempt line says its chain is keyed with the lab secret, and it is chained with the old unkeyed algorithm".into()),
            None,
        );
    }
    if !keyed && session.is_some_and(|s| s.session.secret_env.is_some()) {
        problem = Some("not keyed: the session keys its logs with a lab secret, and this log's chain is not keyed with it".to_string());
    }
    let mut chain = String::new();
    for (n, line) in lines {
        let json = serde_json::to_string(&line.entry).unwrap_or_default();
        chain = next(&chain, &json);
        if chain != line.chain {
            problem = Some(format!(
                "edited: line {n} is not what was recorded (its chain value does not follow{})",
                if keyed { " under the lab's secret" } else { "" }
            ));
            break;
        }
    }
    (problem, unproven)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_entries_are_named_as_runs_however_large_the_numbers() {
        assert_eq!(missing_runs([0, 1, 2].into_iter()), vec![]);
        assert_eq!(missing_runs([1, 2, 5].into_iter()), vec![(0, 0), (3, 4)]);
        let forged = missing_runs([0, 1, u64::MAX].into_iter());
        assert_eq!(forged, vec![(2, u64::MAX - 1)]);
        assert_eq!(runs_text(&forged), format!("2–{}", u64::MAX - 1));
        let many: Vec<(u64, u64)> = (0..12).map(|n| (2 * n, 2 * n)).collect();
        assert!(runs_text(&many).ends_with("18, and 2 more runs"));
    }
}
