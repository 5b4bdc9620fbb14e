//! The central planner: sends units below the charge threshold to free chargers and
//! gives stations with room in their lane a pod to pick from.

use bevy::prelude::*;
use rand::RngExt;

use super::battery::Battery;
use super::claims::{CellReservations, SpurClaims, StationLoad};
use super::idle_units::IdleUnits;
use super::mission::{FetchStep, Mission};
use super::unit::Route;
use super::{FleetParams, FleetRoster};
use crate::floor::{CellKind, FloorGrid, PodRoster, StationSite};
use crate::sim::{SimClock, SimRng};

/// The planner looks for work this often, ticks (a quarter second).
const PLANNING_INTERVAL_TICKS: u64 = 15;
/// Random pods tried per station request before giving up until the next pass.
const POD_ATTEMPTS: usize = 8;

/// Units a technician has asked the fleet manager to put back to work (a test cycle):
/// the planner gives each the next job it can, before any other unit.
#[derive(Resource, Debug, Default, Clone)]
pub struct TestDrives {
    pub units: Vec<u32>,
}

pub fn assign_jobs(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    grid: Res<FloorGrid>,
    reservations: Res<CellReservations>,
    mut test_drives: ResMut<TestDrives>,
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
    drop_fetches_into_locked_zones(
        &roster,
        &grid,
        &mut pods,
        &mut claims,
        &mut load,
        &mut units,
    );
    rehome_pods_from_locked_zones(&roster, &grid, &mut pods, &mut claims, &mut units);
    park_strays(&roster, &grid, &pods, &mut claims, &mut units);
    if pods.entities.is_empty() {
        return;
    }
    // Built when a station first needs a unit: the jobs above have taken theirs.
    let mut idle: Option<IdleUnits> = None;
    for site in &grid.stations {
        let station = site.id;
        while load.has_room(station) {
            let chosen = test_drive_job(&roster, &grid, &pods, &claims, &mut test_drives, &units)
                .or_else(|| {
                    let idle =
                        idle.get_or_insert_with(|| idle_units(&roster, &grid, threshold, &units));
                    let pick = PodPick {
                        grid: &grid,
                        reservations: &reservations,
                        pods: &pods,
                        claims: &claims,
                        threshold,
                    };
                    pick.choose(site, idle, &mut rng, &units)
                });
            let Some((pod, unit)) = chosen else {
                break;
            };
            let home = pods.homes[pod as usize];
            let Ok((mut mission, mut route, _)) = units.get_mut(unit) else {
                break;
            };
            if let Some(idle) = idle.as_mut() {
                idle.remove(unit, route.current);
            }
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

/// A unit on its way to fetch a pod that is now inside a locked zone gives the job
/// back; the planner finds the station another pod.
fn drop_fetches_into_locked_zones(
    roster: &FleetRoster,
    grid: &FloorGrid,
    pods: &mut PodRoster,
    claims: &mut SpurClaims,
    load: &mut StationLoad,
    units: &mut Query<(&mut Mission, &mut Route, &Battery)>,
) {
    for &unit in &roster.units {
        let Ok((mut mission, mut route, _)) = units.get_mut(unit) else {
            continue;
        };
        let Mission::FetchPod {
            pod,
            home,
            station,
            step: FetchStep::ToPod,
        } = *mission
        else {
            continue;
        };
        if !grid.is_locked(home) {
            continue;
        }
        pods.in_use[pod as usize] = false;
        claims.release(grid, home, unit);
        load.release(station);
        *mission = Mission::Parked;
        // Stop at the next fiducial: replanning to where it stands gives back the rest.
        let here = route.current;
        route.go_to(here);
    }
}

/// A pod out on a job whose storage cell has since been locked trades homes with
/// another pod that is out (not yet heading home), so its unit need not wait at the
/// edge of the zone, blocking the aisle.
fn rehome_pods_from_locked_zones(
    roster: &FleetRoster,
    grid: &FloorGrid,
    pods: &mut PodRoster,
    claims: &mut SpurClaims,
    units: &mut Query<(&mut Mission, &mut Route, &Battery)>,
) {
    let away = |step: FetchStep| matches!(step, FetchStep::ToStation | FetchStep::Picking { .. });
    for &a in &roster.units {
        let Ok((mission, ..)) = units.get(a) else {
            continue;
        };
        let Mission::FetchPod {
            pod: pa,
            home: ha,
            step,
            ..
        } = *mission
        else {
            continue;
        };
        if !grid.is_locked(ha) || !(away(step) || step == FetchStep::ToStorage) {
            continue;
        }
        let partner = roster.units.iter().copied().find(|&b| {
            units.get(b).is_ok_and(|(m, ..)| {
                matches!(*m, Mission::FetchPod { home, step, .. } if away(step) && !grid.is_locked(home))
            })
        });
        let Some(b) = partner else { continue };
        let Ok((mut mb, ..)) = units.get_mut(b) else {
            continue;
        };
        let Mission::FetchPod {
            pod: pb, home: hb, ..
        } = &mut *mb
        else {
            continue;
        };
        let (pb, hb_old) = (*pb, *hb);
        *hb = ha;
        claims.release(grid, hb_old, b);
        claims.claim(grid, ha, b);
        let Ok((mut ma, mut route_a, _)) = units.get_mut(a) else {
            continue;
        };
        if let Mission::FetchPod { home, step, .. } = &mut *ma {
            *home = hb_old;
            if *step == FetchStep::ToStorage {
                route_a.go_to(hb_old);
            }
        }
        claims.release(grid, ha, a);
        claims.claim(grid, hb_old, a);
        pods.swap_homes(grid, pa, pb);
    }
}

fn is_available(mission: &Mission, battery: &Battery, threshold: f32) -> bool {
    *mission == Mission::Parked && battery.soc() >= threshold
}

/// A unit left parked where it stopped (it gave back a job, or was stopped there for a
/// repair) drives to a free storage cell: parked in an aisle or a station lane it would
/// block the traffic behind it for as long as it waits for work.
fn park_strays(
    roster: &FleetRoster,
    grid: &FloorGrid,
    pods: &PodRoster,
    claims: &mut SpurClaims,
    units: &mut Query<(&mut Mission, &mut Route, &Battery)>,
) {
    for &entity in &roster.units {
        let Ok((mut mission, mut route, _)) = units.get_mut(entity) else {
            continue;
        };
        let at = route.current;
        let stray = matches!(
            grid.kind(at),
            CellKind::Aisle | CellKind::StationLane { .. } | CellKind::StationPick { .. }
        );
        let moving = route.goal.is_some_and(|goal| goal != at);
        if *mission != Mission::Parked || !stray || moving || grid.is_locked(at) {
            continue;
        }
        let Some(cell) = claims.nearest_free_storage(grid, pods, at) else {
            return;
        };
        claims.claim(grid, cell, entity);
        *mission = Mission::Park { cell };
        route.go_to(cell);
    }
}

/// A job for a unit waiting for its test drive: the pod it is parked under, if free.
fn test_drive_job(
    roster: &FleetRoster,
    grid: &FloorGrid,
    pods: &PodRoster,
    claims: &SpurClaims,
    test_drives: &mut TestDrives,
    units: &Query<(&mut Mission, &mut Route, &Battery)>,
) -> Option<(u32, Entity)> {
    while let Some(&id) = test_drives.units.first() {
        let entity = roster.unit(id);
        let ready = entity.and_then(|e| {
            let (mission, route, _) = units.get(e).ok()?;
            (*mission == Mission::Parked && !grid.is_locked(route.current))
                .then_some((e, route.current))
        });
        let Some((entity, at)) = ready else {
            // Busy already (charging, or at work): it is driving, nothing to arrange.
            test_drives.units.remove(0);
            continue;
        };
        // The pod it is parked under, else the nearest free pod.
        let own = pods
            .pod_at_home_cell(grid, at)
            .filter(|p| !pods.in_use[*p as usize] && claims.claimant(grid, at) == Some(entity));
        let pod = own.or_else(|| {
            pods.homes
                .iter()
                .enumerate()
                .filter(|(p, home)| {
                    !pods.in_use[*p]
                        && !grid.is_locked(**home)
                        && claims.claimant(grid, **home).is_none()
                })
                .min_by_key(|(p, home)| (home.manhattan(at), *p))
                .map(|(p, _)| p as u32)
        });
        test_drives.units.remove(0);
        return pod.map(|pod| (pod, entity));
    }
    None
}

/// Every unit free for a job and not inside a locked zone, in roster order.
fn idle_units(
    roster: &FleetRoster,
    grid: &FloorGrid,
    threshold: f32,
    units: &Query<(&mut Mission, &mut Route, &Battery)>,
) -> IdleUnits {
    IdleUnits::new(roster.units.iter().enumerate().filter_map(|(order, &e)| {
        let (mission, route, battery) = units.get(e).ok()?;
        (is_available(mission, battery, threshold) && !grid.is_locked(route.current)).then_some((
            order,
            route.current,
            e,
        ))
    }))
}

/// What choosing a pod for a station reads.
struct PodPick<'a> {
    grid: &'a FloorGrid,
    reservations: &'a CellReservations,
    pods: &'a PodRoster,
    claims: &'a SpurClaims,
    threshold: f32,
}

impl PodPick<'_> {
    /// A free pod for `station` (a random one from its catchment, or from the whole field
    /// when it has none) and the unit to fetch it: the one parked under it, else the
    /// nearest free unit.
    fn choose(
        &self,
        station: &StationSite,
        idle: &IdleUnits,
        rng: &mut SimRng,
        units: &Query<(&mut Mission, &mut Route, &Battery)>,
    ) -> Option<(u32, Entity)> {
        let (grid, pods) = (self.grid, self.pods);
        for _ in 0..POD_ATTEMPTS {
            let pod = if station.catchment.is_empty() {
                rng.0.random_range(0..pods.entities.len()) as u32
            } else {
                let cell = station.catchment[rng.0.random_range(0..station.catchment.len())];
                let Some(pod) = pods.pod_at_home_cell(grid, cell) else {
                    continue;
                };
                pod
            };
            if pods.in_use[pod as usize] {
                continue;
            }
            let home = pods.homes[pod as usize];
            // Pods inside a locked zone are out of reach until it is lifted.
            if grid.is_locked(home) {
                continue;
            }
            match self.claims.claimant(grid, home) {
                // A unit parked under the pod takes the job itself, if it can.
                Some(parked) => {
                    if let Ok((mission, _, battery)) = units.get(parked)
                        && is_available(mission, battery, self.threshold)
                    {
                        return Some((pod, parked));
                    }
                }
                None if self.reservations.holder(grid, home).is_none() => {
                    return idle.nearest(home).map(|unit| (pod, unit));
                }
                None => {}
            }
        }
        None
    }
}
