//! What every repair and inspection shares: a close look reports the catalogue's
//! observation for each fault present, and a repair removes only the causes it fixes.

use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::scenario::{FaultKind, ResolvedTarget};

/// What a close look shows: the catalogue's inspection text for each active fault
/// that can be seen (a shorted motor winding: its last observation).
pub fn inspect(
    schedule: &FaultSchedule,
    catalogue: Option<&FaultCatalogue>,
    target: ResolvedTarget,
) -> String {
    let seen: Vec<String> = schedule
        .faults
        .iter()
        .filter(|f| f.active && f.spec.target == target)
        .filter_map(|f| {
            catalogue
                .and_then(|c| c.entry(f.spec.kind.name()))
                .and_then(|e| {
                    // A winding fault looks different from debris on the axle, and a
                    // ground fault does not show at all.
                    match f.spec.kind {
                        FaultKind::MotorBind {
                            shorted_winding: true,
                            ..
                        } => e.observations.last().cloned(),
                        FaultKind::VfdTrip {
                            cause: crate::scenario::VfdTripCause::GroundFault,
                        } => None,
                        _ => e.inspection.clone(),
                    }
                })
        })
        .collect();
    if seen.is_empty() {
        format!("{}: nothing unusual", target.describe())
    } else {
        format!("{}: {}", target.describe(), seen.join("; "))
    }
}

/// Removes the cause of any started fault of these kinds at the target; otherwise nothing changes.
pub fn repair(
    schedule: &mut FaultSchedule,
    target: ResolvedTarget,
    fixes: &[&str],
    done: &str,
) -> String {
    repair_if(schedule, target, |kind| fixes.contains(&kind.name()), done)
}

/// Like [`repair`], for repairs that fix only some variants of a kind (a VFD trip's cause).
pub fn repair_if(
    schedule: &mut FaultSchedule,
    target: ResolvedTarget,
    fixes: impl Fn(&FaultKind) -> bool,
    done: &str,
) -> String {
    if remove_cause(schedule, target, fixes) {
        done.to_string()
    } else {
        format!("{done}; no change")
    }
}

/// Marks every started, unrepaired fault at the target that `fixes` cures as repaired;
/// true if there was one.
pub fn remove_cause(
    schedule: &mut FaultSchedule,
    target: ResolvedTarget,
    fixes: impl Fn(&FaultKind) -> bool,
) -> bool {
    let mut fixed = false;
    for fault in &mut schedule.faults {
        if fault.spec.target == target
            && fault.first_active_tick.is_some()
            && !fault.repaired
            && fixes(&fault.spec.kind)
        {
            fault.repaired = true;
            fixed = true;
        }
    }
    fixed
}
