//! Root cause: the work order names the cause the fault simulates, on its equipment.

use super::report::{self, Finding};
use super::{Attempted, Done};
use crate::scenario::ResolvedTarget;
use crate::trainee::TraineeAction;

/// For each graded fault, a work order naming its simulated cause on its equipment. Each
/// wrong answer before the right one multiplies the points by the policy's factor; an
/// unsolved fault scores nothing here.
pub(super) fn points(a: &Attempted, findings: &mut Vec<Finding>) -> f32 {
    let (key, done, weight) = (&a.key, &a.done[..], a.rubric.weights.root_cause);
    let factor = a.rubric.policy.wrong_cause_factor;
    let cut = if factor == 0.5 {
        "halved".to_string()
    } else {
        format!("multiplied by {factor}")
    };
    if key.is_empty() {
        return weight;
    }
    let share = weight / key.len() as f32;
    let orders = work_orders(done);
    let mut total = 0.0;
    for f in key {
        let expected = f.kind.simulated_cause();
        let mut value = share;
        let mut named = false;
        for (d, target, cause) in &orders {
            if *target == f.target && *cause == expected {
                named = true;
                break;
            }
            // A wrong answer before the right one cuts the points (Electude halves them).
            let matches_other = key
                .iter()
                .any(|k| k.target == *target && k.kind.simulated_cause() == *cause);
            if !matches_other {
                value *= factor;
                findings.push(Finding::at(
                    "root cause",
                    d.started,
                    d.action,
                    format!(
                        "Your work order named \"{cause}\" for {}: that was not the root cause; the points for it are {cut}",
                        target.describe()
                    ),
                    -value,
                ));
            }
        }
        if !named {
            findings.push(Finding::general(
                "root cause",
                format!(
                    "No work order named the root cause in {}: \"{expected}\": −{}",
                    f.target.describe(),
                    report::points(value)
                ),
                -value,
            ));
            value = 0.0;
        } else if !a.repaired.contains_key(f.id.as_str()) {
            value = 0.0;
        }
        total += value;
    }
    total
}

/// The work orders filed (not refused), in order: (start tick, target, cause).
pub(super) fn work_orders<'a>(done: &'a [Done]) -> Vec<(&'a Done<'a>, ResolvedTarget, &'a str)> {
    done.iter()
        .filter(|d| d.observation.starts_with("work order filed"))
        .filter_map(|d| match d.action {
            TraineeAction::FileWorkOrder {
                target, root_cause, ..
            } => Some((d, *target, root_cause.as_str())),
            _ => None,
        })
        .collect()
}
