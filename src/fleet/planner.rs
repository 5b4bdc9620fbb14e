//! The central planner: sends units below the charge threshold to free chargers and
//! gives stations with room in their lane a pod to pick from.

use bevy::prelude::*;
use rand::RngExt;

use super::battery::Battery;
use super::claims::{CellReservations, SpurClaims, StationLoad};
use super::mission::{FetchStep, Mission};
use super::unit::Route;
use super::{FleetParams, FleetRoster};
use crate::floor::{FloorGrid, PodRoster};
use crate::sim::{SimClock, SimRng};

/// The planner looks for work this often, ticks (a quarter second).
const PLANNING_INTERVAL_TICKS: u64 = 15;
/// Random pods tried per station request before giving up until the next pass.
const POD_ATTEMPTS: usize = 8;

pub fn assign_jobs(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    grid: Res<FloorGrid>,
    reservations: Res<CellReservations>,
    mut pods: ResMut<PodRoster>,
    mut rng: ResMut<SimRng>,
    mut claims: ResMut<SpurClaims>,
    mut load: ResMut<StationLoad>,
    mut units: Query<(&mut Mission, &mut Route, &Battery)>,
) {
    if !clock.tick.is_multiple_of(PLANNING_INTERVAL_TICKS) {
        return;
    }
    let threshold = params.fleet.battery.charge_below_soc;
    send_low_units_to_charge(&roster, &grid, threshold, &mut claims, &mut units);
    if pods.entities.is_empty() {
        return;
    }
    for station in 0..grid.stations.len() as u16 {
        while load.has_room(station) {
            let Some((pod, unit)) = choose_pod_and_unit(
                &roster,
                &grid,
                &reservations,
                &pods,
                &claims,
                threshold,
                &mut rng,
                &units,
            ) else {
                break;
            };
            let home = pods.homes[pod as usize];
            let Ok((mut mission, mut route, _)) = units.get_mut(unit) else {
                break;
            };
            pods.in_use[pod as usize] = true;
            claims.claim(&grid, home, unit);
            load.take(station);
            *mission = Mission::FetchPod {
                pod,
                home,
                station,
                step: FetchStep::ToPod,
            };
            route.go_to(home);
        }
    }
}

fn send_low_units_to_charge(
    roster: &FleetRoster,
    grid: &FloorGrid,
    threshold: f32,
    claims: &mut SpurClaims,
    units: &mut Query<(&mut Mission, &mut Route, &Battery)>,
) {
    for &entity in &roster.units {
        let Ok((mut mission, mut route, battery)) = units.get_mut(entity) else {
            continue;
        };
        if *mission != Mission::Parked || battery.soc() >= threshold {
            continue;
        }
        let Some(charger) = claims.nearest_free_charger(grid, route.current) else {
            return;
        };
        let cell = grid.chargers[charger as usize].cell;
        claims.claim(grid, cell, entity);
        *mission = Mission::Charge {
            charger,
            docked: false,
        };
        route.go_to(cell);
    }
}

fn is_available(mission: &Mission, battery: &Battery, threshold: f32) -> bool {
    *mission == Mission::Parked && battery.soc() >= threshold
}

fn choose_pod_and_unit(
    roster: &FleetRoster,
    grid: &FloorGrid,
    reservations: &CellReservations,
    pods: &PodRoster,
    claims: &SpurClaims,
    threshold: f32,
    rng: &mut SimRng,
    units: &Query<(&mut Mission, &mut Route, &Battery)>,
) -> Option<(u32, Entity)> {
    for _ in 0..POD_ATTEMPTS {
        let pod = rng.0.random_range(0..pods.entities.len()) as u32;
        if pods.in_use[pod as usize] {
            continue;
        }
        let home = pods.homes[pod as usize];
        match claims.claimant(grid, home) {
            // A unit parked under the pod takes the job itself, if it can.
            Some(parked) => {
                if let Ok((mission, _, battery)) = units.get(parked)
                    && is_available(mission, battery, threshold)
                {
                    return Some((pod, parked));
                }
            }
            None if reservations.holder(grid, home).is_none() => {
                let nearest = roster
                    .units
                    .iter()
                    .enumerate()
                    .filter_map(|(order, &e)| {
                        let (mission, route, battery) = units.get(e).ok()?;
                        is_available(mission, battery, threshold)
                            .then(|| (route.current.manhattan(home), order, e))
                    })
                    .min_by_key(|(distance, order, _)| (*distance, *order));
                if let Some((_, _, unit)) = nearest {
                    return Some((pod, unit));
                }
                return None;
            }
            None => {}
        }
    }
    None
}
