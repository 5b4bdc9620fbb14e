//! Verification and return to service: after the repair the equipment is back in
//! service (its locks and lockouts off, a unit released to the planner) and a test
//! cycle showed it working (the unit drove its route, the line delivered its test
//! totes, the charger its rated current, the sticker read on every pass; no alarm).

use std::collections::BTreeSet;

use super::report::{self, Finding};
use super::{Attempted, Done};
use crate::floor::Cell;
use crate::scenario::ResolvedTarget;
use crate::trainee::{Effect, Isolation, TraineeAction};

pub(super) fn points(a: &Attempted, min_cells: u64, findings: &mut Vec<Finding>) -> f32 {
    let (key, repaired) = (&a.key, &a.repaired);
    let done: Vec<&Done> = a.done().collect();
    let weight = a.rubric.weights.verification;
    let policy = &a.rubric.policy;
    if key.is_empty() {
        return weight;
    }
    let share = weight / key.len() as f32;
    let mut total = 0.0;
    for f in key {
        let at = repaired.get(f.id.as_str()).copied().unwrap_or(u64::MAX);
        let after: Vec<&&Done> = done.iter().filter(|d| d.tick >= at).collect();
        let restored = match f.target {
            ResolvedTarget::Unit(u) => released_at_the_end(&done, u, at),
            ResolvedTarget::Zone { line, .. } | ResolvedTarget::Line(line) => {
                isolation_off(&done, Isolation::Line(line))
            }
            ResolvedTarget::Charger(c) => isolation_off(&done, Isolation::Charger(c)),
            ResolvedTarget::Cell(_) => true,
        };
        let checked = after.iter().any(|d| {
            let TraineeAction::RunTestCycle { target } = d.action else {
                return false;
            };
            let covers = *target == f.target || target.covers_target(f.target);
            covers
                && d.has(
                    |e| matches!(e, Effect::TestRun { run, alarms: 0 } if run.working(min_cells)),
                )
        });
        let mut value = share;
        let mut lose = |why: String, loss: f32| {
            let lost = share * loss;
            value -= lost;
            findings.push(Finding::general(
                "verification",
                format!("{why}: −{}", report::points(lost)),
                -lost,
            ));
        };
        if !restored {
            lose(
                format!(
                    "{} was not returned to service after the repair (a lock or lockout left on, or the unit not released)",
                    f.target.describe()
                ),
                policy.unrestored_loss,
            );
        }
        if !checked {
            lose(
                format!(
                    "Nothing showed {} working after the repair: run a test cycle once it is back in service (it must run as it should, with no alarm)",
                    f.target.describe()
                ),
                policy.unchecked_loss,
            );
        }
        total += value;
    }
    let left_locked = cells_left_locked(&done);
    if left_locked > 0 {
        let taken = (weight * policy.locks_left_loss).min(total);
        total -= taken;
        findings.push(Finding::general(
            "verification",
            format!(
                "You left {left_locked} cell(s) locked in the management system: −{}",
                report::points(taken)
            ),
            -taken,
        ));
    }
    total
}

/// The unit was released to the planner after the repair and not made safe again since.
fn released_at_the_end(done: &[&Done], unit: u32, repaired_at: u64) -> bool {
    let mut released = false;
    for d in done {
        for e in &d.outcome.effects {
            match e {
                Effect::UnitReleased { unit: u } if *u == unit && d.tick >= repaired_at => {
                    released = true;
                }
                Effect::UnitMadeSafe { unit: u } if *u == unit => released = false,
                Effect::LockoutApplied {
                    on: Isolation::Unit(u),
                } if *u == unit => released = false,
                _ => {}
            }
        }
    }
    released
}

/// Every lock and tag hung on this isolation point was taken off again.
fn isolation_off(done: &[&Done], point: Isolation) -> bool {
    let mut on = false;
    for d in done {
        for e in &d.outcome.effects {
            match e {
                Effect::LockoutApplied { on: p } if *p == point => on = true,
                Effect::LockoutRemoved { on: p } if *p == point => on = false,
                _ => {}
            }
        }
    }
    !on
}

/// No floor is wider or longer than this many cells.
const MAX_GRID_SIDE: i32 = 4096;

/// Cells still locked in the management system at the end (a cell locked twice and
/// unlocked once is unlocked: the system keeps one flag per cell).
fn cells_left_locked(done: &[&Done]) -> usize {
    let mut locked: BTreeSet<(i32, i32)> = BTreeSet::new();
    // The simulation records rectangles clipped to its floor; clip again here so that
    // a hand-made log cannot make scoring walk a huge rectangle.
    let clip = |v: i32| v.clamp(0, MAX_GRID_SIDE);
    let cells = |from: &Cell, to: &Cell| {
        let (x0, x1) = (clip(from.x.min(to.x)), clip(from.x.max(to.x)));
        let (y0, y1) = (clip(from.y.min(to.y)), clip(from.y.max(to.y)));
        (y0..=y1).flat_map(move |y| (x0..=x1).map(move |x| (x, y)))
    };
    for d in done {
        for e in &d.outcome.effects {
            match e {
                Effect::ZoneLocked { from, to } => locked.extend(cells(from, to)),
                Effect::ZoneUnlocked { from, to } => {
                    for c in cells(from, to) {
                        locked.remove(&c);
                    }
                }
                _ => {}
            }
        }
    }
    locked.len()
}
