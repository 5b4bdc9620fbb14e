//! Documentation: the work order that closes the job.

use super::Attempted;
use super::report::{self, Finding};
use super::root_cause::work_orders;
use crate::trainee::TraineeAction;

/// The last work order filed has the repair done and notes on what was found.
pub(super) fn points(a: &Attempted, findings: &mut Vec<Finding>) -> f32 {
    let weight = a.rubric.weights.documentation;
    let policy = &a.rubric.policy;
    let orders = work_orders(&a.done);
    let Some(d) = orders.last().map(|o| o.done) else {
        findings.push(Finding::general(
            "documentation",
            format!("No work order was filed: −{}", report::points(weight)),
            -weight,
        ));
        return 0.0;
    };
    let (repair, notes) = match d.action {
        TraineeAction::FileWorkOrder { repair, notes, .. } => (repair, notes),
        _ => return 0.0,
    };
    if repair.trim().is_empty() || notes.trim().chars().count() < policy.min_note_chars as usize {
        let lost = weight * policy.incomplete_work_order_loss;
        findings.push(Finding::at(
            "documentation",
            d.started,
            d.action,
            format!(
                "The work order needs the repair done and notes on what you found: −{}",
                report::points(lost)
            ),
            -lost,
        ));
        return weight - lost;
    }
    weight
}
