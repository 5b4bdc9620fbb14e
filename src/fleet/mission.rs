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

/// Advances each unit's job once it has arrived or a timed step is over.
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
    for &entity in &roster.units {
        let Ok((unit, mut mission, mut route, mut lift, battery)) = units.get_mut(entity) else {
            continue;
        };
        let arrived = route.arrived();
        let next = match mission.clone() {
            Mission::Park { .. } => arrived.then_some(Mission::Parked),
            Mission::Parked => None,
            Mission::FetchPod {
                pod,
                home,
                station,
                step,
            } => {
                let pod_entity = pods.entities.get(pod as usize).copied();
                match step {
                    FetchStep::ToPod if arrived => {
                        lift.phase = LiftPhase::Raising;
                        Some(FetchStep::Lifting)
                    }
                    FetchStep::Lifting if lift.phase == LiftPhase::Raised => {
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
                    FetchStep::ToStation if arrived => {
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
                    FetchStep::Picking { until_tick } if clock.tick >= until_tick => {
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
                    FetchStep::ToStorage if arrived => {
                        lift.phase = LiftPhase::Lowering;
                        Some(FetchStep::Lowering)
                    }
                    FetchStep::Lowering if lift.phase == LiftPhase::Lowered => {
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
                    _ => None,
                }
                .map(|step| Mission::FetchPod {
                    pod,
                    home,
                    station,
                    step,
                })
            }
            Mission::Charge { charger, docked } => {
                if !docked && arrived {
                    stats.charges_started += 1;
                    Some(Mission::Charge {
                        charger,
                        docked: true,
                    })
                } else if docked && battery.soc() >= spec.battery.charge_until_soc {
                    // Full enough: leave the pads for the next unit and park.
                    match claims.nearest_free_storage(&grid, &pods, route.current) {
                        Some(cell) => {
                            claims.claim(&grid, cell, entity);
                            route.go_to(cell);
                            Some(Mission::Park { cell })
                        }
                        None => None,
                    }
                } else {
                    None
                }
            }
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
