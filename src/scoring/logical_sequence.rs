//! Logical test sequence: whether each test could tell apart the causes still possible
//! when it was run, against the fewest tests that would always have isolated the cause.

use super::Attempted;
use super::process::{fewest_tests, narrow, splits};
use super::report::{self, Finding, ProcessSummary};
use crate::conveyor::ESTOP_DEVICES_PER_LINE;
use crate::faults::FaultCatalogue;
use crate::scenario::{Equipment, FaultKind, ResolvedFault};
use crate::trainee::ActionCatalogue;

/// Each test is checked against the causes still possible when it was run; the points
/// are the fewest tests that would always isolate the cause over the tests used.
pub(super) fn points(
    a: &Attempted,
    faults: &FaultCatalogue,
    actions: &ActionCatalogue,
    findings: &mut Vec<Finding>,
) -> (f32, ProcessSummary) {
    let (key, weight) = (&a.key, a.rubric.weights.logical_sequence);
    let table = &actions.tests;
    let mut summary = ProcessSummary::default();
    let mut left: Vec<Vec<String>> = Vec::new();
    let mut truths = Vec::new();
    for f in key {
        let (causes, truth) = suspects(f, faults);
        summary.candidates_start += causes.len() as u32;
        summary.fewest_possible += fewest_tests(table, &causes);
        left.push(causes);
        truths.push(truth);
    }
    // A refused test (from the bench, on equipment that is not there) tells nothing.
    for d in a.done() {
        let test = d.action.test_key();
        if !table.contains_key(&test) {
            continue;
        }
        let Some(target) = d.action.equipment() else {
            continue;
        };
        summary.tests += 1;
        let fault = key.iter().position(|f| f.target == target);
        let useful = match fault {
            Some(i) if splits(table, &test, &left[i]) => {
                left[i] = narrow(table, &test, &left[i], &truths[i]);
                true
            }
            Some(i) => {
                findings.push(Finding::at(
                    "logical test sequence",
                    d.started,
                    d.action,
                    format!(
                        "This test could not tell apart the causes still possible ({}): redundant",
                        left[i].join("; ")
                    ),
                    0.0,
                ));
                false
            }
            None => {
                findings.push(Finding::at(
                    "logical test sequence",
                    d.started,
                    d.action,
                    format!("Nothing was wrong with {}: redundant", target.describe()),
                    0.0,
                ));
                false
            }
        };
        if !useful {
            summary.redundant += 1;
        }
    }
    summary.candidates_end = left.iter().map(|l| l.len() as u32).sum();
    let isolated = left.iter().all(|l| {
        l.len() <= 1 || {
            // Causes no test can tell apart count as isolated.
            fewest_tests(table, l) == 0
        }
    });
    let efficiency = if summary.tests == 0 {
        if summary.fewest_possible == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        (summary.fewest_possible as f32 / summary.tests as f32).min(1.0)
    };
    let mut points = weight * efficiency;
    if !isolated {
        points *= a.rubric.policy.not_isolated_factor;
    }
    summary.text = format!(
        "your {} test(s) narrowed {} possible cause(s) to {}; the fewest possible was {}",
        summary.tests, summary.candidates_start, summary.candidates_end, summary.fewest_possible
    );
    if points < weight {
        findings.push(Finding::general(
            "logical test sequence",
            format!(
                "Test sequence: {}{}: −{}",
                summary.text,
                if isolated {
                    ""
                } else {
                    " (the tests never isolated the cause)"
                },
                report::points(weight - points)
            ),
            points - weight,
        ));
    }
    (points, summary)
}

/// The causes a trainee could suspect for a fault, from its symptom: the causes of
/// every kind in the same subsystem of the same kind of equipment (an open e-stop chain
/// is suspected device by device).
fn suspects(fault: &ResolvedFault, faults: &FaultCatalogue) -> (Vec<String>, String) {
    let equipment: Equipment = fault.target.equipment();
    let subsystem = faults.entry(fault.kind.name()).map(|e| e.subsystem);
    let mut causes = Vec::new();
    for entry in &faults.kinds {
        if FaultKind::equipment_of(&entry.kind) != Some(equipment)
            || Some(entry.subsystem) != subsystem
        {
            continue;
        }
        if entry.kind == "EstopChainOpen" {
            causes.extend((0..ESTOP_DEVICES_PER_LINE).map(estop_suspect));
        } else {
            causes.extend(entry.causes.iter().cloned());
        }
    }
    let truth = match fault.kind {
        FaultKind::EstopChainOpen { device } => estop_suspect(device),
        ref kind => kind.simulated_cause().to_string(),
    };
    if !causes.contains(&truth) {
        causes.push(truth.clone());
    }
    (causes, truth)
}

fn estop_suspect(device: u32) -> String {
    format!("e-stop device {device} open")
}
