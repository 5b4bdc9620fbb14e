//! Safety checks, on what the trainee does (never on the luck of where a unit happens
//! to be): hands on a conveyor not locked out and verified, on a unit not proven dead
//! inside a locked zone, on live charger pads, or on the floor outside a locked zone; a
//! bypassed e-stop; a walk in the field whose destination is not in a locked zone, or
//! that crosses open cells without the vest; and making oneself unsafe where one stands
//! (the vest off, or the zone unlocked, in an open part of the field).

use super::action::{Spot, TraineeAction};
use super::conveyor_work::ConveyorWork;
use super::log::{AttemptLog, LogEntry};
use super::technician::{Technician, Walk, inside_fence};
use super::unit_work::UnitWork;
use super::words::unit_name;
use crate::floor::{Cell, FloorGrid};
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
            what: format!(
                "{} without lockout and verified zero energy on line {line}",
                action.describe()
            ),
        });
    }
    if let Some(unit) = action.needs_dead_unit()
        && !units.safe_to_work_on(unit, grid)
    {
        log.append(LogEntry::SafetyViolation {
            tick,
            rule: SafetyRule::WorkOnPoweredUnit,
            what: format!(
                "{} without {} powered down, its lift lowered, isolated, proven dead and inside a locked zone",
                action.describe(),
                unit_name(unit)
            ),
        });
    }
    let floor_cell = match action {
        TraineeAction::ReplaceSticker { cell } => Some(*cell),
        TraineeAction::CleanChargerPads { charger } => {
            if !units.charger_locked_out(*charger) {
                log.append(LogEntry::SafetyViolation {
                    tick,
                    rule: SafetyRule::WorkOnEnergisedCharger,
                    what: format!(
                        "{} with charger C{charger} not locked out",
                        action.describe()
                    ),
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
            what: format!(
                "{} in the field at {cell} without a locked zone",
                action.describe()
            ),
        });
    }
    if let TraineeAction::JumperEstopDevice { line, device } = action {
        log.append(LogEntry::SafetyViolation {
            tick,
            rule: SafetyRule::BypassSafetyDevice,
            what: format!("jumpered e-stop device {device} on line {line} out of its safety chain"),
        });
    }
}

/// A walk in the fenced field is safe when its destination lies in a locked zone and,
/// on the way there, the technician wears the vest or stays on locked cells.
pub(super) fn check_walk(
    walk: &Walk,
    to: Spot,
    vest_on: bool,
    tick: u64,
    grid: &FloorGrid,
    log: &mut AttemptLog,
) {
    let cells = cells_walked(walk, grid);
    let Some(&end) = walk.points.last() else {
        return;
    };
    let destination_open = inside_fence(grid, end) && !grid.is_locked(grid.cell_at(end));
    let open_on_the_way = if vest_on {
        0
    } else {
        cells.iter().filter(|c| !grid.is_locked(**c)).count()
    };
    let what = if destination_open {
        format!(
            "walked to {} in the field, which is not in a locked zone",
            to.describe()
        )
    } else if open_on_the_way > 0 {
        format!(
            "walked to {} through {open_on_the_way} open cell(s) of the field without the vest",
            to.describe()
        )
    } else {
        return;
    };
    log.append(LogEntry::SafetyViolation {
        tick,
        rule: SafetyRule::EnterFieldUnlocked,
        what,
    });
}

/// The cells of the fenced field a walk crosses, in order, each once.
fn cells_walked(walk: &Walk, grid: &FloorGrid) -> Vec<Cell> {
    const STEP_M: f32 = 0.25;
    let mut cells: Vec<Cell> = Vec::new();
    let steps = (walk.length() / STEP_M).ceil() as u32;
    for i in 0..=steps {
        let point = walk.at(i as f32 * STEP_M);
        if !inside_fence(grid, point) {
            continue;
        }
        let cell = grid.cell_at(point);
        if cells.last() != Some(&cell) && !cells.contains(&cell) {
            cells.push(cell);
        }
    }
    cells
}

/// Taking the vest off or unlocking the zone while standing in an open part of the
/// field leaves the technician where units drive: one event each time it happens.
pub(super) fn check_standing(
    technician: &mut Technician,
    tick: u64,
    grid: &FloorGrid,
    log: &mut AttemptLog,
    report: bool,
) {
    let at = technician.position;
    let exposed =
        inside_fence(grid, at) && !technician.vest_on && !grid.is_locked(grid.cell_at(at));
    if report && exposed && !technician.exposed {
        log.append(LogEntry::SafetyViolation {
            tick,
            rule: SafetyRule::InPathOfMovingUnit,
            what: format!(
                "stood in an open aisle at {} without the vest, where units drive",
                grid.cell_at(at)
            ),
        });
    }
    technician.exposed = exposed;
}
