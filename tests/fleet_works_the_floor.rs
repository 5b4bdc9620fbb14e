//! The fleet really works the floor: picks complete, pods go back, traffic never
//! puts two units in one cell, and low units charge.

mod common;

use std::collections::HashMap;

use faultline::fleet::{Battery, DriveUnit, FleetRoster, FleetStats, Mission, Pose, TrafficStats};
use faultline::floor::{FloorGrid, Pod};

#[test]
fn picks_complete_and_pods_return_to_storage_in_an_hour() {
    let mut sim = common::sim("default", 7);
    sim.run_ticks(common::minutes(60));
    let stats = *sim.world().resource::<FleetStats>();
    assert!(
        stats.picks > 100,
        "only {} picks in a simulated hour",
        stats.picks
    );
    assert!(
        stats.pods_returned > 100,
        "only {} pods returned",
        stats.pods_returned
    );
    // Every pod is either at its home cell or on a unit that is working with it.
    let world = sim.world_mut();
    let grid = world.resource::<FloorGrid>().clone();
    let mut pods = world.query::<(&Pod, &bevy::prelude::Transform)>();
    let mut away = 0;
    for (pod, transform) in pods.iter(world) {
        match pod.carried_by {
            None => {
                let home = grid.center(pod.home);
                assert!(
                    (transform.translation.x - home.x).abs() < 1e-4
                        && (transform.translation.z - home.y).abs() < 1e-4
                );
            }
            Some(_) => away += 1,
        }
    }
    assert!(
        away <= grid.stations.len() * 4 + 4,
        "{away} pods away from storage"
    );
}

#[test]
fn every_station_gets_work() {
    let mut sim = common::sim("default", 3);
    sim.run_ticks(common::minutes(20));
    let world = sim.world_mut();
    let mut counts: HashMap<u16, u32> = HashMap::new();
    let mut reader = world.query::<&Mission>();
    for mission in reader.iter(world) {
        if let Mission::FetchPod { station, .. } = mission {
            *counts.entry(*station).or_default() += 1;
        }
    }
    let stations = world.resource::<FloorGrid>().stations.len();
    assert_eq!(counts.len(), stations, "stations with work: {counts:?}");
}

/// On a floor grown for a big fleet each station is sent pods from the storage nearest
/// it, so a trip does not grow with the floor; every station still gets work.
#[test]
fn a_grown_floor_fetches_each_stations_pods_from_its_own_catchment() {
    let layout = common::preset("default").sized_for_fleet(200);
    let mut sim = common::sim_with(layout, 5);
    let mut seen_stations = std::collections::HashSet::new();
    for _ in 0..4 {
        sim.run_ticks(common::minutes(1) / 2);
        let world = sim.world_mut();
        let grid = world.resource::<FloorGrid>().clone();
        let mut reader = world.query::<&Mission>();
        for mission in reader.iter(world) {
            if let Mission::FetchPod { station, home, .. } = mission {
                let site = &grid.stations[*station as usize];
                assert!(
                    site.catchment.contains(home),
                    "station {station} fetches from {home:?}, outside its catchment"
                );
                seen_stations.insert(*station);
            }
        }
    }
    let stations = sim.world().resource::<FloorGrid>().stations.len();
    assert_eq!(seen_stations.len(), stations, "stations with work");
    assert!(sim.world().resource::<FleetStats>().picks > 0);
}

/// 200 units for 30 simulated minutes: the traffic invariants hold at every tick.
#[test]
fn two_hundred_units_never_share_a_cell_and_never_jam() {
    const STUCK_BOUND_S: f32 = 90.0;
    let mut sim = common::sim("large", 11);
    let grid = sim.world().resource::<FloorGrid>().clone();
    let mut occupied = vec![u32::MAX; grid.cell_count()];
    let mut stamp = 0u32;
    let mut violations = Vec::new();
    sim.run_ticks_checked(common::minutes(30), |world| {
        stamp += 1;
        let mut units = world.query::<(&DriveUnit, &Pose)>();
        for (unit, pose) in units.iter(world) {
            let cell = grid.cell_at(pose.position);
            let Some(i) = grid.index(cell) else {
                violations.push(format!(
                    "{} left the grid at {:?}",
                    unit.label(),
                    pose.position
                ));
                continue;
            };
            if occupied[i] == stamp {
                violations.push(format!("two units in cell {cell}"));
            }
            occupied[i] = stamp;
        }
    });
    assert!(
        violations.is_empty(),
        "{:?}",
        &violations[..violations.len().min(5)]
    );
    let world = sim.world_mut();
    let stats = *world.resource::<FleetStats>();
    assert!(
        stats.picks > 500,
        "only {} picks by 200 units in 30 minutes",
        stats.picks
    );
    let mut traffic = world.query::<(&DriveUnit, &TrafficStats)>();
    let (worst_unit, worst) = traffic
        .iter(world)
        .map(|(u, t)| (u.label(), t.longest_wait_ticks as f32 / 60.0))
        .fold(
            (String::new(), 0.0),
            |acc, x| if x.1 > acc.1 { x } else { acc },
        );
    eprintln!(
        "longest wait for a cell: {worst_unit} {worst:.1} s, picks {}",
        stats.picks
    );
    assert!(
        worst < STUCK_BOUND_S,
        "{worst_unit} waited {worst:.1} s for a cell (bound {STUCK_BOUND_S} s)"
    );
}

#[test]
fn units_below_threshold_charge_and_go_back_to_work() {
    let mut sim = common::sim("default", 5);
    let threshold = common::preset("default").fleet.battery.charge_below_soc;
    let roster = sim.world().resource::<FleetRoster>().clone();
    let low = roster.units[3];
    set_soc(sim.world_mut(), low, threshold - 0.02);
    // Give it time to finish any job, drive to a charger and dock.
    let mut docked_soc = None;
    for _ in 0..(10 * 60) {
        sim.run_ticks(60);
        let mission = sim.world().get::<Mission>(low).cloned();
        if let Some(Mission::Charge { docked: true, .. }) = mission {
            docked_soc = Some(
                sim.world()
                    .get::<Battery>(low)
                    .map(|b| b.soc())
                    .unwrap_or(0.0),
            );
            break;
        }
    }
    let start = docked_soc.expect("the low unit never docked at a charger in 10 minutes");
    assert!(start < threshold, "docked at {start}");
    sim.run_ticks(common::minutes(5));
    let battery = sim.world().get::<Battery>(low).expect("unit has a battery");
    assert!(
        battery.soc() > start + 0.05,
        "SoC went from {start} to {} in 5 minutes on the charger",
        battery.soc()
    );
    assert!(sim.world().resource::<FleetStats>().charges_started >= 1);
    // Charge until the upper limit, then the unit leaves the pads.
    sim.run_ticks(common::minutes(60));
    let mission = sim.world().get::<Mission>(low).cloned();
    assert!(
        !matches!(mission, Some(Mission::Charge { .. })),
        "still charging after an hour: {mission:?}"
    );
}

#[test]
fn motion_drains_the_pack_and_draws_motor_current() {
    let mut sim = common::sim("default", 9);
    let roster = sim.world().resource::<FleetRoster>().clone();
    let before: Vec<f32> = roster
        .units
        .iter()
        .map(|&u| sim.world().get::<Battery>(u).map_or(0.0, |b| b.soc()))
        .collect();
    let mut peak_current: f32 = 0.0;
    let mut peak_sag: f32 = 0.0;
    for _ in 0..600 {
        sim.run_ticks(6);
        for &u in &roster.units {
            let motors = sim.world().get::<faultline::fleet::DriveMotors>(u).copied();
            let battery = sim.world().get::<Battery>(u).cloned();
            if let (Some(m), Some(b)) = (motors, battery) {
                peak_current = peak_current.max(m.left.current_a.max(m.right.current_a));
                peak_sag = peak_sag.max(b.open_circuit_v() - b.voltage_v);
            }
        }
    }
    assert!(
        peak_current > 2.0,
        "motor current never rose above {peak_current} A"
    );
    assert!(
        peak_sag > 0.1,
        "pack voltage never sagged under load ({peak_sag} V)"
    );
    let drained = roster
        .units
        .iter()
        .zip(before)
        .filter(|(u, b)| {
            sim.world()
                .get::<Battery>(**u)
                .is_some_and(|bat| bat.soc() < *b)
        })
        .count();
    assert!(
        drained >= roster.units.len() / 2,
        "only {drained} units used any charge"
    );
}

#[test]
fn encoder_counts_follow_the_distance_driven() {
    let mut sim = common::sim("default", 2);
    sim.run_ticks(common::minutes(3));
    let world = sim.world_mut();
    let mut units = world.query::<(&DriveUnit, &faultline::fleet::DriveMotors, &TrafficStats)>();
    let mut checked = 0;
    for (_, motors, traffic) in units.iter(world) {
        if traffic.cells_travelled == 0 {
            continue;
        }
        let counts = (motors.left.encoder_count + motors.right.encoder_count) as f32 / 2.0;
        assert!(
            counts > 0.0,
            "a unit that travelled {} cells counted nothing",
            traffic.cells_travelled
        );
        checked += 1;
    }
    assert!(checked > 5);
}

fn set_soc(world: &mut bevy::prelude::World, unit: bevy::prelude::Entity, soc: f32) {
    if let Some(mut battery) = world.get_mut::<Battery>(unit) {
        for cell in battery.cells_mut() {
            cell.soc = soc;
        }
    }
}
