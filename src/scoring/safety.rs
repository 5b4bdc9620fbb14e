//! The safety gate: a breach of one of the rubric's critical rules fails the attempt and
//! caps its score; any other safety event costs the rubric's `safety_event_cost`.

use super::report::{self, Finding};
use crate::scenario::Rubric;
use crate::sim::tick_text;
use crate::trainee::LogEntry;

/// What the safety events cost: each event's charge in order, and the gate (why the
/// attempt failed) if a critical rule was broken.
pub(super) struct SafetyOutcome {
    pub charges: Vec<f32>,
    pub gate: Option<String>,
}

pub(super) fn judge(
    rubric: &Rubric,
    entries: &[LogEntry],
    findings: &mut Vec<Finding>,
) -> SafetyOutcome {
    let mut outcome = SafetyOutcome {
        charges: Vec::new(),
        gate: None,
    };
    for e in entries {
        let LogEntry::SafetyViolation { tick, rule, what } = e else {
            continue;
        };
        if rubric.critical_safety.contains(rule) {
            if outcome.gate.is_none() {
                outcome.gate = Some(format!(
                    "critical safety violation at {}: {what}",
                    tick_text(*tick)
                ));
            }
            findings.push(Finding::tick(
                "safety",
                *tick,
                format!(
                    "Critical: {what} ({rule:?}). The attempt fails and scores at most {}.",
                    rubric.critical_cap
                ),
                0.0,
            ));
        } else {
            let cost = rubric.safety_event_cost;
            outcome.charges.push(cost);
            findings.push(Finding::tick(
                "safety",
                *tick,
                format!("Safety event: {what}: −{}", report::points(cost)),
                -cost,
            ));
        }
    }
    outcome
}
