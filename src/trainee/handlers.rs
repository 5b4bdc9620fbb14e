//! Carrying out actions: the technician starts the next one when free and at the
//! place it needs, the safety checks run as hands go on, and the effect and the
//! observation come when the work is done, its simulated time later (see `dispatch`).

use std::collections::VecDeque;

use bevy::prelude::*;

use super::action::{Spot, TraineeAction};
use super::catalogue::ActionCatalogue;
use super::conveyor_work::ConveyorWork;
use super::log::{AttemptLog, LogEntry};
use super::outcome::{Observed, Refusal};
use super::safety::{check_standing, check_walk, record_breaches};
use super::technician::{
    ActionInHand, FloorPlaces, Technician, Walk, fixed_spot, inside_fence, route,
};
use super::unit_work::UnitWork;
use crate::alarms::AlarmLog;
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::floor::FloorGrid;
use crate::instruments::InstrumentFigures;
use crate::sim::{SimClock, TICK_HZ};

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

/// The catalogues, figures and lists an action's effect may read.
#[derive(bevy::ecs::system::SystemParam)]
pub struct FloorView<'w> {
    pub alarms: Res<'w, AlarmLog>,
    pub actions: Option<Res<'w, ActionCatalogue>>,
    pub faults: Option<Res<'w, FaultCatalogue>>,
    pub figures: Option<Res<'w, InstrumentFigures>>,
    pub hints: Res<'w, ScenarioHints>,
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

/// Everything the technician's work reaches: where they are, the floor's management
/// system, the faults, the catalogues, and the equipment.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Workshop<'w, 's> {
    pub technician: ResMut<'w, Technician>,
    pub grid: ResMut<'w, FloorGrid>,
    pub schedule: ResMut<'w, FaultSchedule>,
    pub view: FloorView<'w>,
    pub conveyor: ConveyorWork<'w, 's>,
    pub units: UnitWork<'w, 's>,
    pub meter: ResMut<'w, super::findings::MeterDisplay>,
    pub questions: ResMut<'w, super::asking::ScenarioQuestions>,
}

pub fn carry_out_actions(
    clock: Res<SimClock>,
    mut pending: ResMut<PendingActions>,
    mut work: Workshop,
    log: Option<ResMut<AttemptLog>>,
) {
    let Some(mut log) = log else { return };
    loop {
        if work
            .technician
            .busy
            .as_ref()
            .is_some_and(|hand| hand.done_tick <= clock.tick)
            && let Some(hand) = work.technician.busy.take()
        {
            let observed = work.finish(&hand, clock.tick);
            if observed.outcome.is_done() {
                // A fault may wait on this action (`Trigger::OnAction`).
                work.schedule
                    .action_done(&hand.action.name(), hand.action.equipment());
            }
            // A walk was judged as it began (its route and destination).
            let walked = matches!(hand.action, TraineeAction::WalkTo { .. });
            check_standing(
                &mut work.technician,
                clock.tick,
                &work.grid,
                &mut log,
                !walked,
            );
            log.append(LogEntry::Action {
                started: hand.started,
                tick: clock.tick,
                action: hand.action,
                observation: observed.text,
                outcome: Some(observed.outcome),
            });
            continue;
        }
        if work.technician.busy.is_some()
            || pending.queue.front().is_none_or(|(t, _)| *t > clock.tick)
        {
            break;
        }
        let Some((_, action)) = pending.queue.pop_front() else {
            break;
        };
        let Workshop {
            technician,
            grid,
            view,
            conveyor,
            units,
            ..
        } = &mut work;
        match start(
            action.clone(),
            clock.tick,
            technician,
            grid,
            view,
            conveyor,
            units,
            &mut log,
        ) {
            Ok(hand) => work.technician.busy = Some(hand),
            // Refused at once (too far away, no such equipment): nothing happens.
            Err(refused) => log.append(LogEntry::Action {
                started: clock.tick,
                tick: clock.tick,
                action,
                observation: refused.text,
                outcome: Some(refused.outcome),
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
/// as hands go on. `Err` is an action refused at once (it takes no time and no effect).
#[allow(clippy::too_many_arguments)]
fn start(
    action: TraineeAction,
    tick: u64,
    technician: &Technician,
    grid: &FloorGrid,
    view: &FloorView,
    conveyor: &mut ConveyorWork,
    units: &mut UnitWork,
    log: &mut AttemptLog,
) -> Result<ActionInHand, Observed> {
    let Some(catalogue) = view.actions.as_deref() else {
        return Err(Observed::refused(
            "the action catalogue did not load (assets/catalogue/actions.ron): nothing can be done",
            Refusal::NoCatalogue,
        ));
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
        let Some(target) =
            spot_position(to, grid, conveyor, units).filter(|p| FloorPlaces::of(grid).in_hall(*p))
        else {
            return Err(Observed::refused(
                format!("there is no such place on this floor: {}", to.describe()),
                Refusal::NoSuchEquipment,
            ));
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
        check_walk(&walk, to, technician.vest_on, tick, grid, log);
        hand.walk = Some(walk);
    } else if let Some(spot) = action.work_spot() {
        let Some(place) = spot_position(spot, grid, conveyor, units) else {
            return Err(Observed::refused(
                format!("there is no such equipment: {}", spot.describe()),
                Refusal::NoSuchEquipment,
            ));
        };
        let distance = technician.position.distance(place);
        if distance > tech.reach_m {
            return Err(Observed::refused(
                format!(
                    "{} is {distance:.0} m away: walk there first",
                    spot.describe()
                ),
                Refusal::TooFar,
            ));
        }
    }
    record_breaches(&action, tick, grid, conveyor, units, log);
    hand.baseline = match &action {
        TraineeAction::RunTestCycle { target } => units
            .test_cycle_baseline(*target)
            .or_else(|| conveyor.test_cycle_baseline(*target, catalogue.test_cycle.test_totes)),
        _ => None,
    };
    hand.done_tick = tick + (seconds * TICK_HZ).round() as u64;
    Ok(hand)
}
