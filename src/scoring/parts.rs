//! Parts efficiency: good parts replaced cost points (more for dearer parts), repairs
//! that changed nothing cost points (trial and error), and the price of every part
//! fitted is reported. What costs more than the category's weight comes off the total.

use super::Attempted;
use super::report::{self, Finding};
use crate::trainee::{ActionCatalogue, Effect};

/// The category's points, what its charges came to beyond its weight, and the price of
/// every part fitted.
pub(super) struct PartsScore {
    pub points: f32,
    pub beyond_weight: f32,
    pub cost: f32,
}

pub(super) fn points(
    a: &Attempted,
    actions: &ActionCatalogue,
    findings: &mut Vec<Finding>,
) -> PartsScore {
    let weight = a.rubric.weights.parts_efficiency;
    let policy = &a.rubric.policy;
    let done: Vec<_> = a.done().collect();
    let mut charged = 0.0;
    let mut cost = 0.0;
    for (i, d) in done.iter().enumerate() {
        let part = d.outcome.effects.iter().find_map(|e| match e {
            Effect::PartFitted { .. } => actions.part(d.action),
            _ => None,
        });
        if let Some(part) = part {
            cost += part.cost;
        }
        if !d.has(|e| matches!(e, Effect::NoChange)) {
            continue;
        }
        let (charge, text) = match part {
            Some(part) => {
                let tested = d.action.equipment().is_some_and(|target| {
                    done[..i].iter().any(|e| {
                        actions.tests.contains_key(&e.action.test_key())
                            && e.action.equipment() == Some(target)
                    })
                });
                let charge = a.rubric.good_part_cost
                    + part.cost * policy.part_price_points_per_1000 / 1000.0;
                let text = format!(
                    "You replaced the {}{}; it was good (cost {:.0})",
                    part.part,
                    if tested {
                        ""
                    } else {
                        " without testing it first"
                    },
                    part.cost,
                );
                (charge, text)
            }
            None => (
                policy.no_change_repair_cost,
                "This repair changed nothing: there was no such cause here (trial and error)"
                    .to_string(),
            ),
        };
        charged += charge;
        findings.push(Finding::at(
            "parts efficiency",
            d.started,
            d.action,
            format!("{text}: −{}", report::points(charge)),
            -charge,
        ));
    }
    PartsScore {
        points: (weight - charged).max(0.0),
        beyond_weight: (charged - weight).max(0.0),
        cost,
    }
}
