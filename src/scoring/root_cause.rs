//! Root cause: a work order names the cause the fault simulates, on its equipment. Each
//! graded fault is judged on its own; every wrong work order costs, wherever it falls.

use super::report::{self, Finding};
use super::{Attempted, Done};
use crate::scenario::{ResolvedFault, ResolvedTarget};
use crate::trainee::{Effect, TraineeAction};

/// A filed work order: the action, the equipment it names and the cause.
pub(super) struct WorkOrder<'a> {
    pub done: &'a Done<'a>,
    pub target: ResolvedTarget,
    pub cause: &'a str,
}

/// For each graded fault, a work order naming its simulated cause on its equipment.
/// Each wrong work order multiplies the points of the fault it was about (the fault on
/// that equipment, or every fault when it names equipment with none) by the policy's
/// factor, before or after the right one; an unsolved fault scores nothing here.
pub(super) fn points(a: &Attempted, findings: &mut Vec<Finding>) -> f32 {
    let (key, weight) = (&a.key, a.rubric.weights.root_cause);
    let factor = a.rubric.policy.wrong_cause_factor;
    if key.is_empty() {
        return weight;
    }
    let share = weight / key.len() as f32;
    let orders = work_orders(&a.done);
    let right = |o: &WorkOrder, f: &ResolvedFault| {
        o.target == f.target && o.cause == f.kind.simulated_cause()
    };
    let mut values: Vec<f32> = vec![share; key.len()];
    for o in &orders {
        if key.iter().any(|f| right(o, f)) {
            continue;
        }
        let about: Vec<usize> = match key.iter().position(|f| f.target == o.target) {
            Some(i) => vec![i],
            None => (0..key.len()).collect(),
        };
        let mut lost = 0.0;
        for i in about {
            let before = values[i];
            values[i] *= factor;
            lost += before - values[i];
        }
        findings.push(Finding::at(
            "root cause",
            o.done.started,
            o.done.action,
            wrong_order_text(o, key),
            -lost,
        ));
    }
    let mut total = 0.0;
    for (f, value) in key.iter().zip(values) {
        let named = orders.iter().any(|o| right(o, f));
        if !named {
            findings.push(Finding::general(
                "root cause",
                format!(
                    "No work order named the root cause in {}: \"{}\": −{}",
                    f.target.describe(),
                    f.kind.simulated_cause(),
                    report::points(value)
                ),
                -value,
            ));
        } else if a.repaired.contains_key(f.id.as_str()) {
            total += value;
        }
    }
    total
}

/// What was wrong with a work order, as an instructor would say it.
fn wrong_order_text(o: &WorkOrder, key: &[&ResolvedFault]) -> String {
    let same_cause = key
        .iter()
        .find(|f| f.kind.simulated_cause() == o.cause && f.target != o.target);
    match same_cause {
        Some(f) => format!(
            "Right cause, wrong equipment: your work order named \"{}\" for {}, but the fault was in {}",
            o.cause,
            o.target.describe(),
            f.target.describe()
        ),
        None => format!(
            "Your work order named \"{}\" for {}: that was not the root cause",
            o.cause,
            o.target.describe()
        ),
    }
}

/// The work orders filed (accepted, not refused), in order.
pub(super) fn work_orders<'a>(done: &'a [Done<'a>]) -> Vec<WorkOrder<'a>> {
    done.iter()
        .filter(|d| d.has(|e| matches!(e, Effect::WorkOrderFiled)))
        .filter_map(|d| match d.action {
            TraineeAction::FileWorkOrder {
                target, root_cause, ..
            } => Some(WorkOrder {
                done: d,
                target: *target,
                cause: root_cause.as_str(),
            }),
            _ => None,
        })
        .collect()
}
