//! Verification and return to service: after the repair the equipment is back in
//! service (locks off, unit released) and something showed it working.

use super::report::{self, Finding};
use super::{Attempted, Done};
use crate::scenario::ResolvedTarget;
use crate::trainee::TraineeAction;

/// Restored: the equipment is back in service after the repair (locks off, unit
/// returned). Checked: a test cycle or the alarm list shows it working afterwards.
pub(super) fn points(a: &Attempted, findings: &mut Vec<Finding>) -> f32 {
    let (key, done, repaired) = (&a.key, &a.done[..], &a.repaired);
    let weight = a.rubric.weights.verification;
    let policy = &a.rubric.policy;
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
                    "Nothing showed {} working after the repair (run a test cycle, or read the alarms)",
                    f.target.describe()
                ),
                policy.unchecked_loss,
            );
        }
        total += value;
    }
    let left_locked = locks_left(done);
    if left_locked > 0 {
        let taken = (weight * policy.locks_left_loss).min(total);
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
