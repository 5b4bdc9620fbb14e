//! Safety checks as hands go on equipment: work on a conveyor not locked out and
//! verified, on a unit not proven dead inside a locked zone, on live charger pads, or
//! on the floor of the field outside a locked zone is a safety violation at that tick.

use super::action::TraineeAction;
use super::conveyor_work::ConveyorWork;
use super::log::{AttemptLog, LogEntry};
use super::unit_work::UnitWork;
use crate::floor::FloorGrid;
use crate::scenario::SafetyRule;

/// Hands going on equipment that still holds energy is a critical violation at this tick.
pub(super) fn record_breaches(
    action: &TraineeAction,
    tick: u64,
    grid: &FloorGrid,
    conveyor: &ConveyorWork,
    units: &UnitWork,
    log: &mut AttemptLog,
) {
    if let Some(line) = action.hands_on_line()
        && !conveyor.safe_to_work_on(line)
    {
        // Hands inside the guarding of a line that could start.
        log.append(LogEntry::SafetyViolation {
            tick,
            rule: SafetyRule::WorkOnEnergisedConveyor,
            what: format!("{action:?} on line {line} without lockout and verified zero energy"),
        });
    }
    if let Some(unit) = action.needs_dead_unit()
        && !units.safe_to_work_on(unit, grid)
    {
        log.append(LogEntry::SafetyViolation {
            tick,
            rule: SafetyRule::WorkOnPoweredUnit,
            what: format!("{action:?} on DU-{unit:03} without it powered down, lift lowered, isolated, verified and inside a locked zone"),
        });
    }
    let floor_cell = match action {
        TraineeAction::ReplaceSticker { cell } => Some(*cell),
        TraineeAction::CleanChargerPads { charger } => {
            if !units.charger_locked_out(*charger) {
                log.append(LogEntry::SafetyViolation {
                    tick,
                    rule: SafetyRule::WorkOnEnergisedCharger,
                    what: format!("{action:?} with charger C{charger} not locked out"),
                });
            }
            grid.chargers.get(*charger as usize).map(|c| c.cell)
        }
        _ => None,
    };
    if let Some(cell) = floor_cell
        && !grid.is_locked(cell)
    {
        log.append(LogEntry::SafetyViolation {
            tick,
            rule: SafetyRule::EnterFieldUnlocked,
            what: format!("{action:?} in the field at {cell} without a locked zone"),
        });
    }
}
