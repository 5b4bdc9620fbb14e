//! Scoring an attempt: a pure function of the scenario and the attempt log (no access
//! to the live world), so the same log always gets the same report.

mod attempt;
mod process;
mod report;

use std::collections::BTreeMap;

pub use attempt::{Conditions, play, play_solution, play_under, score_bundled, solution_path};
pub use process::{TestTable, fewest_tests, narrow, splits};
pub use report::{CategoryScore, Finding, ProcessSummary, Report, points as points_text};

use crate::faults::FaultCatalogue;
use crate::scenario::{
    ESTOP_DEVICES_PER_LINE, Equipment, FaultKind, LoadedScenario, ResolvedFault, ResolvedTarget,
    variant_for,
};
use crate::sim::{TICK_HZ, clock_text};
use crate::trainee::{ActionCatalogue, FaultChange, LogEntry, TraineeAction};

/// One logged action, as scoring reads it.
struct Done<'a> {
    started: u64,
    tick: u64,
    action: &'a TraineeAction,
    observation: &'a str,
}

/// Scores an attempt log against its scenario. `faults` and `actions` are the catalogues
/// (causes, parts and their costs, what each test tells apart).
pub fn score(
    loaded: &LoadedScenario,
    entries: &[LogEntry],
    faults: &FaultCatalogue,
    actions: &ActionCatalogue,
) -> Report {
    let trainee = entries
        .iter()
        .find_map(|e| match e {
            LogEntry::Header { trainee, .. } => Some(trainee.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let variant = variant_for(loaded, &trainee);
    let rubric = &loaded.scenario.rubric;
    let w = &rubric.weights;
    let key: Vec<&ResolvedFault> = variant
        .faults
        .iter()
        .filter(|f| rubric.root_causes.contains(&f.id))
        .collect();
    let done: Vec<Done> = entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::Action {
                started,
                tick,
                action,
                observation,
            } => Some(Done {
                started: *started,
                tick: *tick,
                action,
                observation,
            }),
            _ => None,
        })
        .collect();
    let repaired: BTreeMap<&str, u64> = entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::Fault {
                tick,
                fault,
                change: FaultChange::Repaired,
            } => Some((fault.as_str(), *tick)),
            _ => None,
        })
        .collect();
    let mut findings = Vec::new();
    let unsolved: Vec<&&ResolvedFault> = key
        .iter()
        .filter(|f| !repaired.contains_key(f.id.as_str()))
        .collect();
    for f in &unsolved {
        findings.push(Finding::general(
            "repair",
            format!(
                "The fault in {} was never repaired: {} is still there. An unsolved fault scores nothing for root cause, time or verification.",
                f.target.describe(),
                f.kind.simulated_cause()
            ),
            0.0,
        ));
    }
    let solved = unsolved.is_empty();

    let root_cause = root_cause_points(&key, &done, &unsolved, w.root_cause, &mut findings);
    let (parts_efficiency, parts_cost) = parts_points(
        &done,
        actions,
        w.parts_efficiency,
        rubric.good_part_cost,
        &mut findings,
    );
    // Time to repair runs to the last piece of work; the paperwork after it does not count.
    let end_tick = done
        .iter()
        .filter(|d| {
            !matches!(
                d.action,
                TraineeAction::FileWorkOrder { .. } | TraineeAction::UseHint { .. }
            )
        })
        .map(|d| d.tick)
        .max()
        .unwrap_or(0);
    let minutes = end_tick as f64 / TICK_HZ / 60.0;
    let time = if solved {
        time_points(
            minutes,
            rubric.time_target_min as f64,
            w.time,
            &mut findings,
        )
    } else {
        0.0
    };
    let verification = if solved {
        verification_points(&key, &done, &repaired, w.verification, &mut findings)
    } else {
        0.0
    };
    let (logical_sequence, process) = process_points(
        &key,
        &done,
        faults,
        actions,
        w.logical_sequence,
        &mut findings,
    );
    let documentation = documentation_points(&done, w.documentation, &mut findings);

    let categories = vec![
        CategoryScore::new("root cause", w.root_cause, root_cause),
        CategoryScore::new("parts efficiency", w.parts_efficiency, parts_efficiency),
        CategoryScore::new("time", w.time, time),
        CategoryScore::new(
            "verification and return to service",
            w.verification,
            verification,
        ),
        CategoryScore::new(
            "logical test sequence",
            w.logical_sequence,
            logical_sequence,
        ),
        CategoryScore::new("documentation", w.documentation, documentation),
    ];
    let mut total: f32 = categories.iter().map(|c| c.points).sum();

    for d in &done {
        if let TraineeAction::UseHint { index } = d.action
            && let Some(hint) = loaded.scenario.hints.get(*index as usize)
        {
            total -= hint.cost;
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
    let mut gate = None;
    for e in entries {
        if let LogEntry::SafetyViolation { tick, rule, what } = e {
            if rubric.critical_safety.contains(rule) {
                if gate.is_none() {
                    gate = Some(format!(
                        "critical safety violation at {}: {what}",
                        clock_text(*tick as f64 / TICK_HZ)
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
                total -= cost;
                findings.push(Finding::tick(
                    "safety",
                    *tick,
                    format!("Safety event: {what}: −{}", report::points(cost)),
                    -cost,
                ));
            }
        }
    }
    total = total.clamp(0.0, 100.0);
    if gate.is_some() {
        total = total.min(rubric.critical_cap);
    }
    let total = report::round(total);
    let passed = gate.is_none() && solved && total >= rubric.pass_mark;
    findings.sort_by_key(|f| f.tick.unwrap_or(u64::MAX));
    Report {
        scenario: loaded.scenario.id.clone(),
        trainee,
        total,
        pass_mark: rubric.pass_mark,
        passed,
        gate,
        categories,
        findings,
        process,
        parts_cost: report::round(parts_cost),
        duration_min: report::round(minutes as f32),
        trainee_path: done
            .iter()
            .map(|d| {
                format!(
                    "{} {}",
                    clock_text(d.started as f64 / TICK_HZ),
                    describe(d.action)
                )
            })
            .collect(),
        expert_path: Vec::new(),
    }
}

/// An action in a line of the report.
pub fn describe(action: &TraineeAction) -> String {
    let name = action.name();
    match action.equipment() {
        Some(target) => format!("{name} ({})", target.describe()),
        None => name,
    }
}

/// The work orders filed (not refused), in order: (start tick, target, cause).
fn work_orders<'a>(done: &'a [Done]) -> Vec<(&'a Done<'a>, ResolvedTarget, &'a str)> {
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

fn root_cause_points(
    key: &[&ResolvedFault],
    done: &[Done],
    unsolved: &[&&ResolvedFault],
    weight: f32,
    findings: &mut Vec<Finding>,
) -> f32 {
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
            // A wrong answer before the right one halves the points (as Electude does).
            let matches_other = key
                .iter()
                .any(|k| k.target == *target && k.kind.simulated_cause() == *cause);
            if !matches_other {
                value /= 2.0;
                findings.push(Finding::at(
                    "root cause",
                    d.started,
                    d.action,
                    format!(
                        "Your work order named \"{cause}\" for {}: that was not the root cause; the points for it are halved",
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
        } else if unsolved.iter().any(|u| u.id == f.id) {
            value = 0.0;
        }
        total += value;
    }
    total
}

fn parts_points(
    done: &[Done],
    actions: &ActionCatalogue,
    weight: f32,
    deduction: f32,
    findings: &mut Vec<Finding>,
) -> (f32, f32) {
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

fn time_points(minutes: f64, target: f64, weight: f32, findings: &mut Vec<Finding>) -> f32 {
    if minutes <= target || target <= 0.0 {
        return weight;
    }
    let share = ((2.0 * target - minutes) / target).clamp(0.0, 1.0) as f32;
    let points = weight * share;
    findings.push(Finding::general(
        "time",
        format!(
            "You took {minutes:.0} min against a target of {target:.0} min: −{}",
            report::points(weight - points)
        ),
        points - weight,
    ));
    points
}

/// Restored: the equipment is back in service after the repair (locks off, unit
/// returned). Checked: a test cycle or the alarm list shows it working afterwards.
fn verification_points(
    key: &[&ResolvedFault],
    done: &[Done],
    repaired: &BTreeMap<&str, u64>,
    weight: f32,
    findings: &mut Vec<Finding>,
) -> f32 {
    if key.is_empty() {
        return weight;
    }
    let share = weight / key.len() as f32;
    let mut total = 0.0;
    for f in key {
        let at = repaired.get(f.id.as_str()).copied().unwrap_or(u64::MAX);
        let after: Vec<&Done> = done.iter().filter(|d| d.tick >= at).collect();
        let restored = match f.target {
            ResolvedTarget::Unit(u) => after
                .iter()
                .any(|d| matches!(d.action, TraineeAction::ReturnToService { unit } if *unit == u)),
            ResolvedTarget::Zone { line, .. } | ResolvedTarget::Line(line) => lockouts_removed(
                done,
                |a| matches!(a, TraineeAction::ApplyLockout { line: l } if *l == line),
                |a| matches!(a, TraineeAction::RemoveLockout { line: l } if *l == line),
            ),
            ResolvedTarget::Charger(c) => lockouts_removed(
                done,
                |a| matches!(a, TraineeAction::ApplyChargerLockout { charger } if *charger == c),
                |a| matches!(a, TraineeAction::RemoveChargerLockout { charger } if *charger == c),
            ),
            ResolvedTarget::Cell(_) => true,
        };
        let checked = after.iter().any(|d| match d.action {
            TraineeAction::RunTestCycle { target } => {
                (*target == f.target || target.covers_target(f.target))
                    && d.observation.ends_with("no alarm")
            }
            TraineeAction::ReadAlarms => d.observation.starts_with("no active alarms"),
            _ => false,
        });
        let mut value = share;
        let mut lose = |why: String| {
            value -= share / 2.0;
            findings.push(Finding::general(
                "verification",
                format!("{why}: −{}", report::points(share / 2.0)),
                -share / 2.0,
            ));
        };
        if !restored {
            lose(format!(
                "{} was not returned to service after the repair (a lock or lockout left on, or the unit not released)",
                f.target.describe()
            ));
        }
        if !checked {
            lose(format!(
                "Nothing showed {} working after the repair (run a test cycle, or read the alarms)",
                f.target.describe()
            ));
        }
        total += value;
    }
    let left_locked = locks_left(done);
    if left_locked > 0 {
        let taken = (weight * 0.2).min(total);
        total -= taken;
        findings.push(Finding::general(
            "verification",
            format!(
                "You left {left_locked} zone lock(s) on the floor: −{}",
                report::points(taken)
            ),
            -taken,
        ));
    }
    total
}

/// Whether every lock put on the equipment was taken off again.
fn lockouts_removed(
    done: &[Done],
    is_lock: impl Fn(&TraineeAction) -> bool,
    is_unlock: impl Fn(&TraineeAction) -> bool,
) -> bool {
    let mut locked = false;
    for d in done {
        if is_lock(d.action) {
            locked = true;
        } else if is_unlock(d.action) {
            locked = false;
        }
    }
    !locked
}

/// Zones locked (by cell rectangle or round a unit) and not unlocked by the end.
fn locks_left(done: &[Done]) -> usize {
    let mut open: Vec<String> = Vec::new();
    for d in done {
        if !d.observation.contains("locked") {
            continue;
        }
        match d.action {
            TraineeAction::LockZone { from, to } => open.push(format!("{from}{to}")),
            TraineeAction::UnlockZone { from, to } => {
                let k = format!("{from}{to}");
                open.retain(|o| *o != k);
            }
            TraineeAction::LockZoneAround { unit } => open.push(format!("u{unit}")),
            TraineeAction::UnlockZoneAround { unit } => {
                let k = format!("u{unit}");
                open.retain(|o| *o != k);
            }
            _ => {}
        }
    }
    open.len()
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

fn process_points(
    key: &[&ResolvedFault],
    done: &[Done],
    faults: &FaultCatalogue,
    actions: &ActionCatalogue,
    weight: f32,
    findings: &mut Vec<Finding>,
) -> (f32, ProcessSummary) {
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
    for d in done {
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
        points *= 0.5;
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

fn documentation_points(done: &[Done], weight: f32, findings: &mut Vec<Finding>) -> f32 {
    let orders = work_orders(done);
    let Some((d, ..)) = orders.last() else {
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
    if repair.trim().is_empty() || notes.trim().len() < 10 {
        findings.push(Finding::at(
            "documentation",
            d.started,
            d.action,
            format!(
                "The work order needs the repair done and notes on what you found: −{}",
                report::points(weight / 2.0)
            ),
            -weight / 2.0,
        ));
        return weight / 2.0;
    }
    weight
}
