//! Hints: each hint used costs what the scenario says.

use super::Attempted;
use super::report::{self, Finding};
use crate::scenario::Hint;
use crate::trainee::TraineeAction;

/// What each hint used costs, in the order they were used (each finding says which).
pub(super) fn charges(a: &Attempted, hints: &[Hint], findings: &mut Vec<Finding>) -> Vec<f32> {
    let mut charges = Vec::new();
    for d in &a.done {
        if let TraineeAction::UseHint { index } = d.action
            && let Some(hint) = hints.get(*index as usize)
        {
            charges.push(hint.cost);
            findings.push(Finding::at(
                "hints",
                d.started,
                d.action,
                format!(
                    "You used the hint for \"{}\": −{}",
                    hint.step,
                    report::points(hint.cost)
                ),
                -hint.cost,
            ));
        }
    }
    charges
}
