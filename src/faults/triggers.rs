//! When each fault acts: at a time, in a seeded window, when a condition holds,
//! on and off, or growing over time.

use bevy::prelude::*;

use super::FaultSchedule;
use crate::conveyor::LineOccupancy;
use crate::fleet::{Battery, FleetRoster, Lift};
use crate::scenario::{Condition, ResolvedTarget, ResolvedTrigger};
use crate::sim::SimClock;

pub fn update_triggers(
    clock: Res<SimClock>,
    roster: Res<FleetRoster>,
    occupancy: Res<LineOccupancy>,
    units: Query<(&Lift, &Battery)>,
    mut schedule: ResMut<FaultSchedule>,
) {
    let tick = clock.tick;
    // Faults are listed causes first (validation sees to it), so a consequence reads its
    // cause's running time as of this tick.
    for i in 0..schedule.faults.len() {
        let cause_ran = match &schedule.faults[i].spec.trigger {
            ResolvedTrigger::AfterFault { fault, .. } => {
                schedule.get(fault).map_or(0, |f| f.active_ticks)
            }
            _ => 0,
        };
        let fault = &mut schedule.faults[i];
        let (active, severity) = match &fault.spec.trigger {
            ResolvedTrigger::At { tick: at } => (tick >= *at, 1.0),
            ResolvedTrigger::Intermittent {
                start_tick,
                on_ticks,
                off_ticks,
            } => {
                let on = tick >= *start_tick
                    && (tick - start_tick) % (on_ticks + off_ticks).max(1) < *on_ticks;
                (on, 1.0)
            }
            ResolvedTrigger::Drifting {
                start_tick,
                ramp_ticks,
            } => {
                let active = tick >= *start_tick;
                let grown = tick.saturating_sub(*start_tick) as f32 / (*ramp_ticks).max(1) as f32;
                (active, grown.min(1.0))
            }
            ResolvedTrigger::When {
                condition,
                after_tick,
            } => {
                if !fault.latched && tick >= *after_tick {
                    fault.latched =
                        condition_holds(condition, &fault.spec.target, &roster, &occupancy, &units);
                }
                (fault.latched, 1.0)
            }
            // Latched by `FaultSchedule::action_done` when the trainee does the action.
            ResolvedTrigger::OnAction { .. } => (fault.latched, 1.0),
            ResolvedTrigger::AfterFault { running_ticks, .. } => {
                // The cause has acted `running_ticks` whole ticks before this one.
                fault.latched |= cause_ran > *running_ticks;
                (fault.latched, 1.0)
            }
        };
        let active = active && !fault.repaired;
        fault.active = active;
        fault.severity = if active { severity } else { 0.0 };
        if active {
            fault.active_ticks += 1;
            if fault.first_active_tick.is_none() {
                fault.first_active_tick = Some(tick);
            }
        }
    }
    // Who acts is now known: order the effect systems that follow (in place, no
    // allocation a tick; a system of its own would cost more than the sort).
    schedule.order_effects();
}

fn condition_holds(
    condition: &Condition,
    target: &ResolvedTarget,
    roster: &FleetRoster,
    occupancy: &LineOccupancy,
    units: &Query<(&Lift, &Battery)>,
) -> bool {
    let unit = |id: u32| {
        roster
            .units
            .get(id as usize)
            .and_then(|&e| units.get(e).ok())
    };
    let line_totes = |line: u16| occupancy.on_line.get(line as usize).copied().unwrap_or(0);
    match (condition, target) {
        (Condition::CarryingPod, ResolvedTarget::Unit(id)) => {
            unit(*id).is_some_and(|(lift, _)| lift.pod.is_some())
        }
        (Condition::SocBelow(x), ResolvedTarget::Unit(id)) => {
            unit(*id).is_some_and(|(_, b)| b.soc() < *x)
        }
        (
            Condition::TotesOnLineAbove(n),
            ResolvedTarget::Zone { line, .. } | ResolvedTarget::Line(line),
        ) => line_totes(*line) > *n,
        _ => false,
    }
}
