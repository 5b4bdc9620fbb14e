//! Parts efficiency: good parts replaced cost points, and their price is reported.

use super::Attempted;
use super::report::{self, Finding};
use crate::trainee::ActionCatalogue;

/// Each good part replaced costs the rubric's `good_part_cost`, and the finding says
/// whether it was tested first. Returns the points and the cost of every part fitted.
pub(super) fn points(
    a: &Attempted,
    actions: &ActionCatalogue,
    findings: &mut Vec<Finding>,
) -> (f32, f32) {
    let (done, weight, deduction) = (
        &a.done[..],
        a.rubric.weights.parts_efficiency,
        a.rubric.good_part_cost,
    );
    let mut points = weight;
    let mut cost = 0.0;
    for (i, d) in done.iter().enumerate() {
        let Some(part) = actions.part(d.action) else {
            continue;
        };
        cost += part.cost;
        if !d.observation.contains("no change") {
            continue;
        }
        let tested = d.action.equipment().is_some_and(|target| {
            done[..i].iter().any(|e| {
                actions.tests.contains_key(&e.action.test_key())
                    && e.action.equipment() == Some(target)
            })
        });
        let taken = deduction.min(points);
        points -= taken;
        findings.push(Finding::at(
            "parts efficiency",
            d.started,
            d.action,
            format!(
                "You replaced the {}{}; it was good (cost {:.0}): −{}",
                part.part,
                if tested {
                    ""
                } else {
                    " without testing it first"
                },
                part.cost,
                report::points(taken)
            ),
            -taken,
        ));
    }
    (points, cost)
}
