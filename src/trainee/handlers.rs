//! Carrying out actions at their tick and describing what the trainee observes.

use std::collections::VecDeque;

use bevy::prelude::*;

use super::action::TraineeAction;
use super::conveyor_work::ConveyorWork;
use super::log::{AttemptLog, LogEntry};
use super::unit_work::UnitWork;
use crate::alarms::AlarmLog;
use crate::floor::{Cell, FloorGrid};
use crate::scenario::SafetyRule;
use crate::sim::{SimClock, TICK_HZ, clock_text};

/// Actions waiting for their tick, in order.
#[derive(Resource, Debug, Default, Clone)]
pub struct PendingActions {
    pub queue: VecDeque<(u64, TraineeAction)>,
}

impl PendingActions {
    pub fn push(&mut self, tick: u64, action: TraineeAction) {
        let at = self
            .queue
            .iter()
            .position(|(t, _)| *t > tick)
            .unwrap_or(self.queue.len());
        self.queue.insert(at, (tick, action));
    }
}

/// Everything an observation may need to look at.
#[derive(bevy::ecs::system::SystemParam)]
pub struct FloorView<'w> {
    alarms: Res<'w, AlarmLog>,
}

pub fn carry_out_actions(
    clock: Res<SimClock>,
    mut pending: ResMut<PendingActions>,
    mut grid: ResMut<FloorGrid>,
    view: FloorView,
    mut conveyor: ConveyorWork,
    mut unit_work: UnitWork,
    log: Option<ResMut<AttemptLog>>,
) {
    let Some(mut log) = log else { return };
    while pending.queue.front().is_some_and(|(t, _)| *t <= clock.tick) {
        let Some((_, action)) = pending.queue.pop_front() else {
            break;
        };
        if let Some(line) = action.hands_on_line()
            && !conveyor.safe_to_work_on(line)
        {
            // Hands inside the guarding of a line that could start: critical.
            log.append(LogEntry::SafetyViolation {
                tick: clock.tick,
                rule: SafetyRule::WorkOnEnergisedConveyor,
                what: format!("{action:?} on line {line} without lockout and verified zero energy"),
            });
        }
        if let Some(unit) = action.hands_on_unit()
            && !unit_work.safe_to_work_on(unit, &grid)
        {
            log.append(LogEntry::SafetyViolation {
                tick: clock.tick,
                rule: SafetyRule::WorkOnPoweredUnit,
                what: format!("{action:?} on DU-{unit:03} without it powered down, isolated, verified and inside a locked zone"),
            });
        }
        let floor_cell = match &action {
            TraineeAction::ReplaceSticker { cell } => Some(*cell),
            TraineeAction::CleanChargerPads { charger } => {
                grid.chargers.get(*charger as usize).map(|c| c.cell)
            }
            _ => None,
        };
        if let Some(cell) = floor_cell
            && !grid.is_locked(cell)
        {
            log.append(LogEntry::SafetyViolation {
                tick: clock.tick,
                rule: SafetyRule::EnterFieldUnlocked,
                what: format!("{action:?} in the field at {cell} without a locked zone"),
            });
        }
        let observation = match &action {
            TraineeAction::LockZone { from, to } => set_lock(&mut grid, *from, *to, true),
            TraineeAction::UnlockZone { from, to } => set_lock(&mut grid, *from, *to, false),
            TraineeAction::ReadAlarms => read_alarms(&view.alarms),
            TraineeAction::ReadUnitTelemetry { unit } => unit_work.telemetry(*unit),
            TraineeAction::ReadLineStatus { line } => line_status(&conveyor, *line),
            other => {
                let catalogue = conveyor.catalogue.as_deref();
                match unit_work.act(other, clock.tick, &mut conveyor.schedule, catalogue, &grid) {
                    Some(text) => text,
                    None => conveyor
                        .act(other)
                        .unwrap_or_else(|| "nothing happens".into()),
                }
            }
        };
        log.append(LogEntry::Action {
            tick: clock.tick,
            action,
            observation,
        });
    }
}

fn set_lock(grid: &mut FloorGrid, from: Cell, to: Cell, locked: bool) -> String {
    let mut count = 0;
    for y in from.y.min(to.y)..=from.y.max(to.y) {
        for x in from.x.min(to.x)..=from.x.max(to.x) {
            if let Some(i) = grid.index(Cell::new(x, y)) {
                grid.locked[i] = locked;
                count += 1;
            }
        }
    }
    let verb = if locked { "locked" } else { "unlocked" };
    format!("{count} cells from {from} to {to} {verb} in the management system")
}

fn read_alarms(alarms: &AlarmLog) -> String {
    let active: Vec<String> = alarms
        .active()
        .map(|a| {
            format!(
                "{} {} {} ({})",
                clock_text(a.raised_tick as f64 / TICK_HZ),
                a.source.describe(),
                a.code.tag(),
                a.message
            )
        })
        .collect();
    if active.is_empty() {
        format!("no active alarms ({} in the history)", alarms.alarms.len())
    } else {
        format!("{} active: {}", active.len(), active.join("; "))
    }
}

fn line_status(view: &ConveyorWork, line: u16) -> String {
    let Some(Ok(l)) = view
        .roster
        .lines
        .get(line as usize)
        .map(|&e| view.lines.get(e))
    else {
        return format!("there is no conveyor line {line}");
    };
    let zones: Vec<String> = l
        .zones
        .iter()
        .filter_map(|&z| view.zones.get(z).ok())
        .map(|z| {
            format!(
                "zone {} {} eye {}",
                z.index + 1,
                z.state.describe(),
                if z.photo_eye.blocked {
                    "blocked"
                } else {
                    "clear"
                }
            )
        })
        .collect();
    let vfd = view.belts.get(l.belt).map_or("no belt".to_string(), |b| {
        format!(
            "VFD {:.1} Hz {:.2} A bus {:.0} V {}",
            b.vfd.output_hz,
            b.vfd.output_current_a,
            b.vfd.dc_bus_v,
            b.vfd.trip.map_or("no fault", |t| t.code())
        )
    });
    format!(
        "line {line}: safety relay {}; {}; {vfd}; {} totes delivered",
        if l.safety_relay_closed {
            "closed"
        } else {
            "OPEN"
        },
        zones.join(", "),
        l.delivered
    )
}
