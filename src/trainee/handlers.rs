//! Carrying out actions: the technician starts the next one when free and at the
//! place it needs, the safety checks run as hands go on, and the effect and the
//! observation come when the work is done, its simulated time later.

use std::collections::VecDeque;

use bevy::prelude::*;

use super::action::{Spot, TraineeAction};
use super::catalogue::ActionCatalogue;
use super::conveyor_work::ConveyorWork;
use super::log::{AttemptLog, LogEntry};
use super::technician::{ActionInHand, Technician, Walk, fixed_spot, inside_fence, route};
use super::unit_work::UnitWork;
use super::work_order;
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
    catalogue: Option<Res<'w, ActionCatalogue>>,
    hints: Res<'w, ScenarioHints>,
}

/// The running scenario's hints (practice mode shows them on request).
#[derive(Resource, Debug, Default, Clone)]
pub struct ScenarioHints(pub Vec<crate::scenario::Hint>);

impl std::ops::Deref for ScenarioHints {
    type Target = Vec<crate::scenario::Hint>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

pub fn carry_out_actions(
    clock: Res<SimClock>,
    mut pending: ResMut<PendingActions>,
    mut technician: ResMut<Technician>,
    mut grid: ResMut<FloorGrid>,
    view: FloorView,
    mut conveyor: ConveyorWork,
    mut unit_work: UnitWork,
    log: Option<ResMut<AttemptLog>>,
) {
    let Some(mut log) = log else { return };
    loop {
        if technician
            .busy
            .as_ref()
            .is_some_and(|hand| hand.done_tick <= clock.tick)
            && let Some(hand) = technician.busy.take()
        {
            let observation = finish(
                &hand,
                clock.tick,
                &mut technician,
                &mut grid,
                &view,
                &mut conveyor,
                &mut unit_work,
            );
            log.append(LogEntry::Action {
                started: hand.started,
                tick: clock.tick,
                action: hand.action,
                observation,
            });
            continue;
        }
        if technician.busy.is_some() || pending.queue.front().is_none_or(|(t, _)| *t > clock.tick) {
            break;
        }
        let Some((_, action)) = pending.queue.pop_front() else {
            break;
        };
        match start(
            action.clone(),
            clock.tick,
            &technician,
            &grid,
            &view,
            &mut conveyor,
            &unit_work,
            &mut log,
        ) {
            Ok(hand) => technician.busy = Some(hand),
            // Refused at once (too far away, no such equipment): nothing happens.
            Err(observation) => log.append(LogEntry::Action {
                started: clock.tick,
                tick: clock.tick,
                action,
                observation,
            }),
        }
    }
}

/// Where the technician must stand for a spot, if it exists.
fn spot_position(
    spot: Spot,
    grid: &FloorGrid,
    conveyor: &ConveyorWork,
    units: &UnitWork,
) -> Option<Vec2> {
    match spot {
        // Beside the unit, close enough to reach in, inside a 3 × 3 locked zone round it.
        Spot::Unit(unit) => units.position(unit).map(|p| p + Vec2::new(0.0, -0.4)),
        Spot::Zone { .. } | Spot::LinePanel(_) | Spot::Belt(_) | Spot::EstopDevice { .. } => {
            conveyor.spot(spot)
        }
        other => fixed_spot(grid, other),
    }
}

/// Starts an action: checks the technician can reach it and records any safety breach
/// as hands go on. `Err` is the observation of an action refused at once.
#[allow(clippy::too_many_arguments)]
fn start(
    action: TraineeAction,
    tick: u64,
    technician: &Technician,
    grid: &FloorGrid,
    view: &FloorView,
    conveyor: &mut ConveyorWork,
    unit_work: &UnitWork,
    log: &mut AttemptLog,
) -> Result<ActionInHand, String> {
    let Some(catalogue) = view.catalogue.as_deref() else {
        return Err(
            "the action catalogue did not load (assets/catalogue/actions.ron): nothing can be done"
                .into(),
        );
    };
    let tech = &catalogue.technician;
    let mut hand = ActionInHand {
        started: tick,
        done_tick: tick,
        action: action.clone(),
        walk: None,
        baseline: None,
    };
    let mut seconds = catalogue.seconds(&action) as f64;
    if let TraineeAction::WalkTo { to } = action {
        let Some(target) = spot_position(to, grid, conveyor, unit_work) else {
            return Err(format!("there is no such place: {to:?}"));
        };
        let points = route(grid, technician.position, target);
        let in_field = points.iter().any(|&p| inside_fence(grid, p));
        let walk = Walk {
            points,
            speed_mps: if in_field {
                tech.field_walk_speed_mps
            } else {
                tech.walk_speed_mps
            },
        };
        seconds += (walk.length() / walk.speed_mps) as f64;
        hand.walk = Some(walk);
    } else if let Some(spot) = action.work_spot() {
        let Some(place) = spot_position(spot, grid, conveyor, unit_work) else {
            return Err(format!("there is no such equipment: {spot:?}"));
        };
        let distance = technician.position.distance(place);
        if distance > tech.reach_m {
            return Err(format!(
                "{} is {distance:.0} m away: walk there first",
                describe_spot(spot)
            ));
        }
    }
    record_breaches(&action, tick, grid, conveyor, unit_work, log);
    hand.baseline = match &action {
        TraineeAction::RunTestCycle { target } => unit_work
            .test_cycle_baseline(*target)
            .or_else(|| conveyor.test_cycle_baseline(*target)),
        _ => None,
    };
    hand.done_tick = tick + (seconds * TICK_HZ).round() as u64;
    Ok(hand)
}

fn describe_spot(spot: Spot) -> String {
    match spot {
        Spot::Bench => "the bench".into(),
        Spot::Gate => "the gate".into(),
        Spot::Unit(u) => format!("DU-{u:03}"),
        Spot::Cell(c) => format!("cell {c}"),
        Spot::Charger(c) => format!("charger C{c}"),
        Spot::Zone { line, zone } => format!("line {line} zone {}", zone + 1),
        Spot::LinePanel(l) => format!("the line {l} control panel"),
        Spot::Belt(l) => format!("the line {l} belt"),
        Spot::EstopDevice { line, device } => format!("e-stop device {device} on line {line}"),
        Spot::Point { x, y } => format!("({x:.1}, {y:.1})"),
    }
}

/// Hands going on equipment that still holds energy is a critical violation at this tick.
fn record_breaches(
    action: &TraineeAction,
    tick: u64,
    grid: &FloorGrid,
    conveyor: &ConveyorWork,
    unit_work: &UnitWork,
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
        && !unit_work.safe_to_work_on(unit, grid)
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
            if !unit_work.charger_locked_out(*charger) {
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

/// The action's effect, now that the work is done, and what the trainee saw.
fn finish(
    hand: &ActionInHand,
    tick: u64,
    technician: &mut Technician,
    grid: &mut FloorGrid,
    view: &FloorView,
    conveyor: &mut ConveyorWork,
    unit_work: &mut UnitWork,
) -> String {
    let took = clock_text((tick - hand.started) as f64 / TICK_HZ);
    let observation = effect(
        hand, tick, &took, technician, grid, view, conveyor, unit_work,
    );
    // A replacement names the part fitted and its cost, whether or not it was needed.
    match view.catalogue.as_deref().and_then(|c| c.part(&hand.action)) {
        Some(part) => format!(
            "{observation} [fitted: {}, cost {:.0}]",
            part.part, part.cost
        ),
        None => observation,
    }
}

#[allow(clippy::too_many_arguments)]
fn effect(
    hand: &ActionInHand,
    tick: u64,
    took: &str,
    technician: &mut Technician,
    grid: &mut FloorGrid,
    view: &FloorView,
    conveyor: &mut ConveyorWork,
    unit_work: &mut UnitWork,
) -> String {
    match &hand.action {
        TraineeAction::WalkTo { to } => {
            let (distance, end) = hand.walk.as_ref().map_or((0.0, technician.position), |w| {
                (w.length(), w.points.last().copied().unwrap_or_default())
            });
            technician.position = end;
            format!(
                "walked {distance:.0} m to {} in {took}{}",
                describe_spot(*to),
                if technician.in_field {
                    " (inside the field)"
                } else {
                    ""
                }
            )
        }
        TraineeAction::Vest { on } => {
            technician.vest_on = *on;
            if *on {
                "vest on: units near you slow and stop".into()
            } else {
                "vest off: units no longer see you coming".into()
            }
        }
        TraineeAction::LockZone { from, to } => set_lock(grid, *from, *to, true),
        TraineeAction::UnlockZone { from, to } => set_lock(grid, *from, *to, false),
        TraineeAction::LockZoneAround { unit } => match unit_work.cell_of(*unit) {
            Some(c) => {
                let (from, to) = (Cell::new(c.x - 1, c.y - 1), Cell::new(c.x + 1, c.y + 1));
                technician.zones_round_units.retain(|(u, ..)| u != unit);
                technician.zones_round_units.push((*unit, from, to));
                format!("round DU-{unit:03}: {}", set_lock(grid, from, to, true))
            }
            None => format!("there is no unit DU-{unit:03}"),
        },
        TraineeAction::UnlockZoneAround { unit } => {
            match technician
                .zones_round_units
                .iter()
                .position(|(u, ..)| u == unit)
            {
                Some(i) => {
                    let (_, from, to) = technician.zones_round_units.remove(i);
                    set_lock(grid, from, to, false)
                }
                None => format!("no zone is locked round DU-{unit:03}"),
            }
        }
        TraineeAction::UseHint { index } => match view.hints.get(*index as usize) {
            Some(hint) => format!("hint ({}): {}", hint.step, hint.text),
            None => format!("there is no hint {index}"),
        },
        TraineeAction::ReadAlarms => read_alarms(&view.alarms),
        TraineeAction::ReadUnitTelemetry { unit } => unit_work.telemetry(*unit),
        TraineeAction::ReadLineStatus { line } => conveyor.status(*line),
        TraineeAction::FileWorkOrder {
            target,
            root_cause,
            repair,
            notes,
        } => work_order::file(
            conveyor.catalogue.as_deref(),
            *target,
            root_cause,
            repair,
            notes,
        ),
        TraineeAction::RunTestCycle { target } => {
            let since = hand.started;
            let alarms: Vec<String> = view
                .alarms
                .alarms
                .iter()
                .filter(|a| a.raised_tick >= since && target.covers(a.source))
                .map(|a| format!("{} {}", a.source.describe(), a.code.tag()))
                .collect();
            let alarms = if alarms.is_empty() {
                "no alarm".to_string()
            } else {
                format!("alarms: {}", alarms.join(", "))
            };
            let ran = unit_work
                .test_cycle_result(*target, hand.baseline)
                .or_else(|| conveyor.test_cycle_result(*target, hand.baseline))
                .unwrap_or_else(|| "nothing to test".into());
            format!(
                "test cycle of {} over {took}: {ran}; {alarms}",
                target.describe()
            )
        }
        other => {
            let catalogue = conveyor.catalogue.as_deref();
            match unit_work.act(other, tick, &mut conveyor.schedule, catalogue, grid) {
                Some(text) => text,
                None => conveyor
                    .act(other)
                    .unwrap_or_else(|| "nothing happens".into()),
            }
        }
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
