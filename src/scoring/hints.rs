//! Hints: each hint used costs what the scenario says.

use super::Attempted;
use super::report::{self, Finding};
use crate::scenario::Hint;
use crate::trainee::{Effect, TraineeAction};

/// What each hint shown costs, in the order they were used (each finding says which);
/// a hint asked for again is charged once.
pub(super) fn charges(a: &Attempted, hints: &[Hint], findings: &mut Vec<Finding>) -> Vec<f32> {
    let mut charges = Vec::new();
    let mut seen = Vec::new();
    for d in &a.done {
        if let TraineeAction::UseHint { index } = d.action
            && d.has(|e| matches!(e, Effect::HintShown { .. }))
            && !seen.contains(index)
            && let Some(hint) = hints.get(*index as usize)
        {
            seen.push(*index);
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
