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
    problems
}

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
