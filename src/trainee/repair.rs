//! What every repair and inspection shares: a close look reports the catalogue's
//! observation for each fault present, and a repair removes only the causes the fault
//! catalogue says it removes (`repaired_by` in `assets/catalogue/faults.ron`).

use super::action::TraineeAction;
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::scenario::{FaultKind, ResolvedTarget, VfdTripCause};

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
                            cause: VfdTripCause::GroundFault,
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

/// Carries out a repair action: every started, unrepaired fault at the action's
/// equipment whose cause the catalogue says this action removes is repaired. Returns
/// the ids of the faults repaired (none: nothing changed).
pub fn remove_cause(
    schedule: &mut FaultSchedule,
    catalogue: Option<&FaultCatalogue>,
    action: &TraineeAction,
) -> Vec<String> {
    let (Some(catalogue), Some(target)) = (catalogue, action.equipment()) else {
        return Vec::new();
    };
    let name = action.name();
    let mut fixed = Vec::new();
    for fault in &mut schedule.faults {
        if fault.spec.target == target
            && fault.first_active_tick.is_some()
            && !fault.repaired
            && catalogue.repaired_by(&fault.spec.kind) == Some(name.as_str())
            && reaches(action, &fault.spec.kind)
        {
            fault.repaired = true;
            fixed.push(fault.spec.id.clone());
        }
    }
    fixed
}

/// An action that names one part of the equipment reaches only that part: resetting
/// e-stop device 2 does nothing for device 1.
fn reaches(action: &TraineeAction, kind: &FaultKind) -> bool {
    match (action, kind) {
        (
            TraineeAction::ResetEstopDevice { device, .. },
            FaultKind::EstopChainOpen { device: open },
        ) => device == open,
        _ => true,
    }
}
