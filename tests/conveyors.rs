//! Totes ride the conveyors under physics; zones accumulate without contact.

mod common;

use bevy::prelude::*;
use faultline::conveyor::{
    BeltSection, ConveyorLine, ConveyorRoster, MdrZone, Tote, VfdTrip, ZoneState,
};

/// The default floor with no drive units, so only the test puts totes on the lines.
fn quiet_floor() -> faultline::app::HeadlessSim {
    let mut layout = common::preset("default");
    layout.fleet.units = 0;
    common::sim_with(layout, 1)
}

fn line(sim: &mut faultline::app::HeadlessSim, id: usize) -> Entity {
    sim.world().resource::<ConveyorRoster>().lines[id]
}

fn queue_totes(sim: &mut faultline::app::HeadlessSim, line_entity: Entity, count: u32) {
    if let Some(mut line) = sim.world_mut().get_mut::<ConveyorLine>(line_entity) {
        line.waiting_totes += count;
    }
}

/// Positions along the line of its totes, downstream first.
fn totes_along(sim: &mut faultline::app::HeadlessSim, line_entity: Entity) -> Vec<f32> {
    let world = sim.world_mut();
    let line = world
        .get::<ConveyorLine>(line_entity)
        .cloned()
        .expect("line");
    let mut q = world.query::<(&Tote, &Transform)>();
    let mut along: Vec<f32> = q
        .iter(world)
        .filter(|(t, _)| t.line == line.id)
        .map(|(_, tf)| line.along(Vec2::new(tf.translation.x, tf.translation.z)))
        .collect();
    along.sort_by(|a, b| b.total_cmp(a));
    along
}

#[test]
fn totes_ride_to_the_end_of_the_line() {
    let mut sim = quiet_floor();
    let l = line(&mut sim, 0);
    queue_totes(&mut sim, l, 3);
    sim.run_ticks(60 * 60);
    let delivered = sim
        .world()
        .get::<ConveyorLine>(l)
        .map_or(0, |l| l.delivered);
    assert_eq!(
        delivered, 3,
        "all three totes should reach the takeaway within a minute"
    );
}

/// A tote's friction and spin damping are the floor file's figures, not the code's.
#[test]
fn totes_take_their_friction_and_damping_from_the_floor_file() {
    use bevy_rapier3d::prelude::{Damping, Friction};
    let mut layout = common::preset("default");
    layout.fleet.units = 0;
    layout.conveyors.tote.friction = 0.25;
    layout.conveyors.tote.spin_damping_per_s = 1.5;
    let mut sim = common::sim_with(layout, 1);
    let l = line(&mut sim, 0);
    queue_totes(&mut sim, l, 1);
    sim.run_ticks(30);
    let world = sim.world_mut();
    let mut totes = world.query_filtered::<(&Friction, &Damping), With<Tote>>();
    let (friction, damping) = totes.single(world).expect("one tote on the line");
    assert_eq!(friction.coefficient, 0.25);
    assert_eq!(damping.angular_damping, 1.5);
}

#[test]
fn picks_at_stations_send_totes_down_the_line() {
    let mut sim = common::sim("default", 4);
    sim.run_ticks(common::minutes(10));
    let delivered = sim.world().resource::<ConveyorRoster>().totes_delivered;
    assert!(
        delivered > 20,
        "only {delivered} totes delivered in 10 minutes"
    );
}

#[test]
fn blocked_downstream_makes_totes_accumulate_without_touching() {
    let mut sim = quiet_floor();
    let l = line(&mut sim, 1);
    let belt = sim
        .world()
        .get::<ConveyorLine>(l)
        .map(|l| l.belt)
        .expect("belt");
    // A tripped belt drive: the last zone cannot discharge.
    if let Some(mut b) = sim.world_mut().get_mut::<BeltSection>(belt) {
        b.vfd.trip = Some(VfdTrip::F007MotorOverload);
    }
    queue_totes(&mut sim, l, 4);
    sim.run_ticks(60 * 40);
    let along = totes_along(&mut sim, l);
    assert_eq!(
        along.len(),
        4,
        "all four totes should be on the line: {along:?}"
    );
    let spec = common::preset("default").conveyors;
    for pair in along.windows(2) {
        let gap = pair[0] - pair[1] - spec.tote.length_m;
        assert!(
            gap > 0.05,
            "totes touching or nearly: centres {pair:?}, gap {gap:.3} m"
        );
    }
    // The front tote waits in the last zone, not on the belt.
    let zones_length = spec.zones_per_line as f32 * spec.zone_length_m;
    assert!(
        along[0] < zones_length,
        "front tote at {} m ran onto the stopped belt",
        along[0]
    );
    let line_zones = sim
        .world()
        .get::<ConveyorLine>(l)
        .map(|l| l.zones.clone())
        .unwrap_or_default();
    let holding = line_zones
        .iter()
        .filter(|&&z| {
            sim.world()
                .get::<MdrZone>(z)
                .is_some_and(|z| z.state == ZoneState::Accumulating)
        })
        .count();
    assert!(
        holding >= 3,
        "expected the occupied zones to hold, {holding} do"
    );
    // Clearing the trip lets them all go.
    if let Some(mut b) = sim.world_mut().get_mut::<BeltSection>(belt) {
        b.vfd.trip = None;
    }
    sim.run_ticks(60 * 60);
    assert_eq!(
        sim.world()
            .get::<ConveyorLine>(l)
            .map_or(0, |l| l.delivered),
        4
    );
}

#[test]
fn no_zone_jams_in_normal_operation() {
    let mut sim = common::sim("default", 8);
    sim.run_ticks(common::minutes(15));
    let world = sim.world_mut();
    let mut zones = world.query::<&MdrZone>();
    for zone in zones.iter(world) {
        assert!(
            !matches!(zone.state, ZoneState::Jammed | ZoneState::Retrying { .. })
                && zone.retries_used == 0,
            "line {} zone {} jammed on a healthy floor",
            zone.line,
            zone.index
        );
    }
}

#[test]
fn belt_vfd_ramps_to_base_frequency() {
    let mut sim = common::sim("default", 1);
    sim.run_ticks(60 * 3);
    let world = sim.world_mut();
    let mut belts = world.query::<&BeltSection>();
    for belt in belts.iter(world) {
        assert!(
            (belt.vfd.output_hz - 60.0).abs() < 0.01,
            "belt at {} Hz",
            belt.vfd.output_hz
        );
        assert!(belt.vfd.output_current_a > 0.0);
    }
}
