//! What each unit is doing, and the steps of a job: fetch a pod, lift it, queue at
//! a station, wait for the pick, return the pod and park under it; or charge.

use bevy::prelude::*;

use super::battery::Battery;
use super::claims::{SpurClaims, StationLoad};
use super::unit::{DriveUnit, Lift, LiftPhase, Route};
use super::{FleetParams, FleetRoster, FleetStats};
use crate::floor::{Cell, FloorGrid, Pod, PodRoster};
use crate::sim::{SimClock, SimRng, ticks_for};
use rand::RngExt;

/// A unit's job.
#[derive(Component, Debug, Clone, PartialEq, Reflect)]
pub enum Mission {
    /// Waiting for work, normally parked under a pod in the storage field.
    Parked,
    /// Bring a pod to a station and back.
    FetchPod {
        pod: u32,
        home: Cell,
        station: u16,
        step: FetchStep,
    },
    /// Go to a charger and charge until the pack is full enough.
    Charge { charger: u16, docked: bool },
    /// Drive to a free storage cell and park there.
    Park { cell: Cell },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Reflect)]
pub enum FetchStep {
    ToPod,
    Lifting,
    ToStation,
    Picking { until_tick: u64 },
    ToStorage,
    Lowering,
}

impl Mission {
    /// Short state text for panels and logs.
    pub fn describe(&self) -> String {
        match self {
            Mission::Parked => "parked".into(),
            Mission::FetchPod {
                pod, station, step, ..
            } => match step {
                FetchStep::ToPod => format!("to pod P{pod}"),
                FetchStep::Lifting => format!("lifting pod P{pod}"),
                FetchStep::ToStation => format!("carrying P{pod} to station {station}"),
                FetchStep::Picking { .. } => format!("picking at station {station}"),
                FetchStep::ToStorage => format!("returning P{pod} to storage"),
                FetchStep::Lowering => format!("lowering pod P{pod}"),
            },
            Mission::Charge {
                charger,
                docked: false,
            } => format!("to charger C{charger}"),
            Mission::Charge {
                charger,
                docked: true,
            } => format!("charging at C{charger}"),
            Mission::Park { cell } => format!("to park at {cell}"),
        }
    }

    /// The spur cell (pod home) a unit must keep claimed even after driving out of it.
    pub fn keeps_claim_on(&self, cell: Cell) -> bool {
        match self {
            Mission::FetchPod { home, .. } => *home == cell,
            Mission::Park { cell: c } => *c == cell,
            Mission::Charge { .. } | Mission::Parked => false,
        }
    }
}

/// A pick finished at a station: the conveyor takes the totes away.
#[derive(Message, Debug, Clone, Copy)]
pub struct PickCompleted {
    pub station: u16,
    pub unit: u32,
    pub pod: u32,
}

/// Whether a unit's job has a step due this tick: it has arrived, or a timed step (the
/// lift, the pick, the charge) is over. The only place these conditions are written:
/// `step_missions` looks only at the units this says are due (a charged unit with no
/// free storage cell to go to stays on the pads until one frees).
fn step_due(
    mission: &Mission,
    route: &Route,
    lift: &Lift,
    battery: &Battery,
    tick: u64,
    charge_until_soc: f32,
) -> bool {
    match mission {
        Mission::Park { .. } => route.arrived(),
        Mission::Parked => false,
        Mission::FetchPod { step, .. } => match step {
            FetchStep::ToPod | FetchStep::ToStation | FetchStep::ToStorage => route.arrived(),
            FetchStep::Lifting => lift.phase == LiftPhase::Raised,
            FetchStep::Picking { until_tick } => tick >= *until_tick,
            FetchStep::Lowering => lift.phase == LiftPhase::Lowered,
        },
        Mission::Charge { docked: false, .. } => route.arrived(),
        Mission::Charge { docked: true, .. } => battery.soc() >= charge_until_soc,
    }
}

/// Advances each unit's job once it has arrived or a timed step is over.
///
/// Which units have a step due is read in storage order (cheap, and each unit's own
/// state); the steps are taken in id order, the order the shared random sequence,
/// claims and station queues are defined in.
pub fn step_missions(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    grid: Res<FloorGrid>,
    mut pods: ResMut<PodRoster>,
    mut rng: ResMut<SimRng>,
    mut claims: ResMut<SpurClaims>,
    mut load: ResMut<StationLoad>,
    mut picks: MessageWriter<PickCompleted>,
    mut stats: ResMut<FleetStats>,
    mut units: Query<(&DriveUnit, &mut Mission, &mut Route, &mut Lift, &Battery)>,
    mut pod_query: Query<&mut Pod>,
) {
    let spec = &params.fleet;
    let charge_until = spec.battery.charge_until_soc;
    let due = units
        .iter()
        .filter(|(_, mission, route, lift, battery)| {
            step_due(mission, route, lift, battery, clock.tick, charge_until)
        })
        .map(|(unit, ..)| (unit.id, ()))
        .collect();
    for (entity, ()) in roster.in_id_order(due) {
        let Ok((unit, mut mission, mut route, mut lift, _)) = units.get_mut(entity) else {
            continue;
        };
        let next = match mission.clone() {
            Mission::Park { .. } => Some(Mission::Parked),
            // Never due (see `step_due`).
            Mission::Parked => None,
            Mission::FetchPod {
                pod,
                home,
                station,
                step,
            } => {
                let pod_entity = pods.entities.get(pod as usize).copied();
                match step {
                    FetchStep::ToPod => {
                        lift.phase = LiftPhase::Raising;
                        Some(FetchStep::Lifting)
                    }
                    FetchStep::Lifting => {
                        if let Some(pe) = pod_entity {
                            lift.pod = Some(pe);
                            if let Ok(mut p) = pod_query.get_mut(pe) {
                                p.carried_by = Some(entity);
                            }
                        }
                        if let Some(site) = grid.stations.get(station as usize) {
                            route.go_to(site.pick);
                        }
                        Some(FetchStep::ToStation)
                    }
                    FetchStep::ToStation => {
                        let (lo, hi) = params.pick_time_s;
                        let seconds = if hi > lo {
                            rng.0.random_range(lo..=hi)
                        } else {
                            lo
                        };
                        Some(FetchStep::Picking {
                            until_tick: clock.tick + ticks_for(seconds),
                        })
                    }
                    FetchStep::Picking { .. } => {
                        picks.write(PickCompleted {
                            station,
                            unit: unit.id,
                            pod,
                        });
                        load.release(station);
                        stats.picks += 1;
                        route.go_to(home);
                        Some(FetchStep::ToStorage)
                    }
                    FetchStep::ToStorage => {
                        lift.phase = LiftPhase::Lowering;
                        Some(FetchStep::Lowering)
                    }
                    FetchStep::Lowering => {
                        if let Some(pe) = lift.pod.take()
                            && let Ok(mut p) = pod_query.get_mut(pe)
                        {
                            p.carried_by = None;
                            // Set down where the roster now homes it (it may have moved).
                            p.home = home;
                        }
                        stats.pods_returned += 1;
                        if let Some(in_use) = pods.in_use.get_mut(pod as usize) {
                            *in_use = false;
                        }
                        *mission = Mission::Parked;
                        route.goal = None;
                        None
                    }
                }
                .map(|step| Mission::FetchPod {
                    pod,
                    home,
                    station,
                    step,
                })
            }
            Mission::Charge {
                charger,
                docked: false,
            } => {
                stats.charges_started += 1;
                Some(Mission::Charge {
                    charger,
                    docked: true,
                })
            }
            // Full enough: leave the pads for the next unit and park.
            Mission::Charge { docked: true, .. } => claims
                .nearest_free_storage(&grid, &pods, route.current)
                .map(|cell| {
                    claims.claim(&grid, cell, entity);
                    route.go_to(cell);
                    Mission::Park { cell }
                }),
        };
        if let Some(next) = next {
            *mission = next;
        }
    }
}

/// Raises and lowers lifts at the rate the spec gives (slower when the screw nut is
/// worn); the lift motor draws current while moving, more when it labours.
pub fn drive_lifts(
    params: Res<FleetParams>,
    mut lifts: Query<(&mut Lift, &super::unit::UnitCondition)>,
) {
    let d = &params.fleet.drive;
    for (mut lift, condition) in &mut lifts {
        let slowdown = condition.lift_slowdown.max(1.0);
        let rate = d.lift_height_m / d.lift_time_s * crate::sim::TICK_DT / slowdown;
        match lift.phase {
            LiftPhase::Raising => {
                lift.height_m = (lift.height_m + rate).min(d.lift_height_m);
                lift.current_a = d.lift_current_a * (1.0 + 0.6 * (slowdown - 1.0)).min(3.0);
                lift.raising_s += crate::sim::TICK_DT;
                if lift.height_m >= d.lift_height_m {
                    lift.phase = LiftPhase::Raised;
                }
            }
            LiftPhase::Lowering => {
                lift.height_m = (lift.height_m - rate).max(0.0);
                // Lowering is mostly gravity; the motor only brakes.
                lift.current_a = d.lift_current_a * 0.2;
                if lift.height_m <= 0.0 {
                    lift.phase = LiftPhase::Lowered;
                }
            }
            LiftPhase::Lowered | LiftPhase::Raised => {
                lift.current_a = 0.0;
                lift.raising_s = 0.0;
            }
        }
    }
}
