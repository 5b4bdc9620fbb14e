//! Each fault kind's symptom emerges from the simulation, and none without the fault.

mod common;

use bevy::prelude::*;
use faultline::alarms::{AlarmCode, AlarmLog, AlarmSource};
use faultline::app::{HeadlessSim, SimSetup};
use faultline::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, MdrZone, Tote};
use faultline::faults::FaultSchedule;
use faultline::fleet::{Battery, BodyMotion, FleetRoster, Lift, Odometry, Pose, Route};
use faultline::floor::{Cell, FloorGrid};
use faultline::scenario::*;
use faultline::sim::TICK_HZ;

fn fault(kind: FaultKind, target: ResolvedTarget, trigger: ResolvedTrigger) -> ResolvedFault {
    ResolvedFault {
        id: "fault".into(),
        kind,
        target,
        trigger,
    }
}

fn at(seconds: f64) -> ResolvedTrigger {
    ResolvedTrigger::At {
        tick: (seconds * TICK_HZ) as u64,
    }
}

fn sim_with(faults: Vec<ResolvedFault>, units: u32) -> HeadlessSim {
    let mut layout = common::preset("default");
    layout.fleet.units = units;
    HeadlessSim::new(SimSetup {
        layout,
        seed: 5,
        faults,
    })
}

fn alarms(sim: &HeadlessSim) -> AlarmLog {
    sim.world().resource::<AlarmLog>().clone()
}

fn unit(sim: &HeadlessSim, id: u32) -> Entity {
    sim.world().resource::<FleetRoster>().units[id as usize]
}

fn set_soc(sim: &mut HeadlessSim, id: u32, soc: f32) {
    let e = unit(sim, id);
    if let Some(mut b) = sim.world_mut().get_mut::<Battery>(e) {
        for c in b.cells_mut() {
            c.soc = soc;
        }
    }
}

fn line(sim: &HeadlessSim, id: usize) -> Entity {
    sim.world().resource::<ConveyorRoster>().lines[id]
}

fn queue_totes(sim: &mut HeadlessSim, line_id: usize, n: u32) {
    let l = line(sim, line_id);
    if let Some(mut line) = sim.world_mut().get_mut::<ConveyorLine>(l) {
        line.waiting_totes += n;
    }
}

fn delivered(sim: &HeadlessSim, line_id: usize) -> u64 {
    sim.world()
        .get::<ConveyorLine>(line(sim, line_id))
        .map_or(0, |l| l.delivered)
}

fn raised(log: &AlarmLog, source: AlarmSource, code: AlarmCode) -> bool {
    log.first_raised(source, code).is_some()
}

fn minutes(m: f64) -> u64 {
    (m * 60.0 * TICK_HZ) as u64
}

#[test]
fn a_healthy_floor_raises_no_alarms() {
    let mut sim = sim_with(vec![], 20);
    sim.run_ticks(minutes(20.0));
    let log = alarms(&sim);
    assert!(
        log.alarms.is_empty(),
        "alarms on a healthy floor: {:?}",
        &log.alarms[..log.alarms.len().min(5)]
    );
}

/// The largest distance between where a unit really stopped and the fiducial it believes it stopped on.
fn worst_stop_error(sim: &mut HeadlessSim, id: u32, ticks: u64) -> f32 {
    let e = unit(sim, id);
    let grid = sim.world().resource::<FloorGrid>().clone();
    let mut worst: f32 = 0.0;
    sim.run_ticks_checked(ticks, |world| {
        let (Some(pose), Some(motion), Some(route)) = (
            world.get::<Pose>(e),
            world.get::<BodyMotion>(e),
            world.get::<Route>(e),
        ) else {
            return;
        };
        if motion.speed == 0.0 && pose.speed == 0.0 && motion.turn_rate == 0.0 {
            worst = worst.max(pose.position.distance(grid.center(route.current)));
        }
    });
    worst
}

#[test]
fn slipping_wheels_make_a_unit_overshoot_fiducials() {
    let mut healthy = sim_with(vec![], 20);
    let baseline = worst_stop_error(&mut healthy, 3, minutes(8.0));
    let mut faulty = sim_with(
        vec![fault(
            FaultKind::WheelSlip { grip: 0.13 },
            ResolvedTarget::Unit(3),
            at(0.0),
        )],
        20,
    );
    let overshoot = worst_stop_error(&mut faulty, 3, minutes(8.0));
    assert!(
        baseline < 0.01,
        "a healthy unit stops within {baseline:.3} m of its fiducial"
    );
    assert!(
        overshoot > 0.05,
        "slipping unit overshoots by only {overshoot:.3} m"
    );
}

#[test]
fn worn_wheel_makes_dead_reckoning_drift() {
    let id = 11;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::WornWheel {
                wheel: Wheel::Left,
                radius_loss: 0.1,
            },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    let e = unit(&sim, id);
    let mut worst: f32 = 0.0;
    sim.run_ticks_checked(minutes(8.0), |world| {
        if let (Some(p), Some(o)) = (world.get::<Pose>(e), world.get::<Odometry>(e)) {
            worst = worst.max(p.position.distance(o.position));
        }
    });
    assert!(
        worst > 0.03,
        "believed and true position never differ by more than {worst:.3} m"
    );
}

#[test]
fn dirty_camera_lowers_the_read_rate_until_the_unit_is_lost() {
    let id = 2;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::DirtyCamera { read_rate: 0.3 },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    sim.run_ticks(minutes(15.0));
    let odo = sim
        .world()
        .get::<Odometry>(unit(&sim, id))
        .cloned()
        .expect("odometry");
    let rate = odo.reads as f32 / (odo.reads + odo.misses).max(1) as f32;
    assert!(rate < 0.6, "read rate {rate:.2}");
    assert!(
        odo.lost,
        "unit never reported itself lost ({} reads, {} misses)",
        odo.reads, odo.misses
    );
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Unit(id),
        AlarmCode::UnitLost
    ));
}

#[test]
fn damaged_sticker_makes_many_units_miss_the_same_cell() {
    let cell = Cell::new(10, 1);
    let mut sim = sim_with(
        vec![fault(
            FaultKind::DamagedFiducial { read_rate: 0.0 },
            ResolvedTarget::Cell(cell),
            at(0.0),
        )],
        20,
    );
    sim.run_ticks(minutes(15.0));
    let log = alarms(&sim);
    let mut units: Vec<AlarmSource> = log
        .with_code(AlarmCode::FiducialMissed)
        .filter(|a| a.message.contains(&cell.to_string()))
        .map(|a| a.source)
        .collect();
    units.sort();
    units.dedup();
    assert!(units.len() >= 3, "only {} units missed {cell}", units.len());
    assert!(
        log.with_code(AlarmCode::FiducialMissed)
            .all(|a| a.message.contains(&cell.to_string())),
        "misses elsewhere too"
    );
}

#[test]
fn tote_jam_fills_upstream_zones_and_raises_a_jam_after_the_timer() {
    let jam_zone = 3;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::ToteJam,
            ResolvedTarget::Zone {
                line: 0,
                zone: jam_zone,
            },
            at(0.0),
        )],
        0,
    );
    queue_totes(&mut sim, 0, 5);
    let zones = sim
        .world()
        .get::<ConveyorLine>(line(&sim, 0))
        .map(|l| l.zones.clone())
        .expect("zones");
    let mut blocked_since = None;
    let mut clock = sim.tick();
    sim.run_ticks_checked(minutes(1.5), |world| {
        clock += 1;
        if blocked_since.is_none()
            && world
                .get::<MdrZone>(zones[jam_zone as usize])
                .is_some_and(|z| z.photo_eye.blocked)
        {
            blocked_since = Some(clock);
        }
    });
    let log = alarms(&sim);
    let jam = log
        .first_raised(
            AlarmSource::Zone {
                line: 0,
                zone: jam_zone,
            },
            AlarmCode::ZoneJam,
        )
        .expect("no jam alarm");
    let blocked = blocked_since.expect("the jammed tote never reached the photo-eye");
    let timer_ticks = (5.0 * TICK_HZ) as u64;
    assert!(
        jam >= blocked + timer_ticks,
        "jam raised {} ticks after the eye blocked, before the 5 s timer",
        jam - blocked
    );
    let occupied = zones[..jam_zone as usize]
        .iter()
        .filter(|&&z| {
            sim.world()
                .get::<MdrZone>(z)
                .is_some_and(|z| z.photo_eye.blocked)
        })
        .count();
    assert!(occupied >= 2, "only {occupied} upstream zones filled");
    assert_eq!(delivered(&sim, 0), 0);
}

#[test]
fn worn_pack_sags_below_the_brown_out_voltage_under_load() {
    let id = 1;
    let worn = FaultKind::WornPack {
        capacity_fraction: 0.5,
        resistance_factor: 10.0,
    };
    let mut sim = sim_with(vec![fault(worn, ResolvedTarget::Unit(id), at(0.0))], 20);
    set_soc(&mut sim, id, 0.5);
    sim.run_ticks(minutes(15.0));
    let log = alarms(&sim);
    assert!(
        raised(&log, AlarmSource::Unit(id), AlarmCode::PackUndervoltage),
        "no brown-out"
    );
    assert!(
        log.with_code(AlarmCode::PackUndervoltage)
            .all(|a| a.source == AlarmSource::Unit(id))
    );
}

#[test]
fn heavy_motor_bind_stalls_the_unit() {
    let id = 4;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::MotorBind {
                wheel: Wheel::Left,
                drag_nm: 60.0,
                shorted_winding: false,
            },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    sim.run_ticks(minutes(5.0));
    let log = alarms(&sim);
    assert!(raised(&log, AlarmSource::Unit(id), AlarmCode::MotorStall));
    let e = unit(&sim, id);
    let before = sim
        .world()
        .get::<Pose>(e)
        .map(|p| p.position)
        .expect("pose");
    sim.run_ticks(minutes(1.0));
    let after = sim
        .world()
        .get::<Pose>(e)
        .map(|p| p.position)
        .expect("pose");
    assert_eq!(before, after, "a stalled unit must not move");
}

#[test]
fn light_motor_bind_draws_overcurrent_but_keeps_moving() {
    let id = 4;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::MotorBind {
                wheel: Wheel::Right,
                drag_nm: 16.0,
                shorted_winding: false,
            },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    sim.run_ticks(minutes(10.0));
    let log = alarms(&sim);
    assert!(raised(
        &log,
        AlarmSource::Unit(id),
        AlarmCode::MotorOvercurrent
    ));
    assert!(!raised(&log, AlarmSource::Unit(id), AlarmCode::MotorStall));
}

#[test]
fn dead_encoder_raises_a_hall_error() {
    let id = 5;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::EncoderFailure {
                wheel: Wheel::Right,
            },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    sim.run_ticks(minutes(6.0));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Unit(id),
        AlarmCode::HallSensorError
    ));
}

#[test]
fn worn_lift_times_out_and_draws_more_current() {
    let id = 6;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::LiftWear { slowdown: 3.0 },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    let e = unit(&sim, id);
    let mut peak: f32 = 0.0;
    sim.run_ticks_checked(minutes(6.0), |world| {
        if let Some(l) = world.get::<Lift>(e) {
            peak = peak.max(l.current_a);
        }
    });
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Unit(id),
        AlarmCode::LiftTimeout
    ));
    assert!(peak > 20.0, "lift current peaked at {peak} A");
}

#[test]
fn obstacle_sensor_false_trips_stop_the_unit() {
    let id = 7;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::ObstacleFalseTrip { trips_per_min: 6.0 },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    sim.run_ticks(minutes(10.0));
    let log = alarms(&sim);
    assert!(log.with_code(AlarmCode::ObstacleDetected).count() >= 2);
    assert!(
        log.with_code(AlarmCode::ObstacleDetected)
            .all(|a| a.source == AlarmSource::Unit(id))
    );
}

#[test]
fn radio_dropouts_raise_and_clear_link_lost() {
    let id = 8;
    let dropout = FaultKind::WirelessDropout {
        dropouts_per_min: 2.0,
        duration_s: 8.0,
    };
    let mut sim = sim_with(vec![fault(dropout, ResolvedTarget::Unit(id), at(0.0))], 20);
    sim.run_ticks(minutes(6.0));
    let log = alarms(&sim);
    let links: Vec<_> = log.with_code(AlarmCode::LinkLost).collect();
    assert!(!links.is_empty(), "no link loss in six minutes");
    assert!(links[0].cleared_tick.is_some(), "the link never came back");
}

/// Sends unit `id` to charge and runs until it is docked (or gives up).
fn charge_unit(sim: &mut HeadlessSim, id: u32, soc: f32) {
    set_soc(sim, id, soc);
    let e = unit(sim, id);
    for _ in 0..600 {
        sim.run_ticks(60);
        if matches!(
            sim.world().get::<faultline::fleet::Mission>(e),
            Some(faultline::fleet::Mission::Charge { docked: true, .. })
        ) {
            return;
        }
    }
    panic!("unit {id} never docked");
}

#[test]
fn cell_imbalance_blocks_charging() {
    let id = 9;
    let imbalance = FaultKind::CellImbalance {
        cell: 3,
        soc_offset: -0.15,
    };
    let mut sim = sim_with(
        vec![fault(imbalance, ResolvedTarget::Unit(id), at(0.0))],
        20,
    );
    charge_unit(&mut sim, id, 0.27);
    let start = sim
        .world()
        .get::<Battery>(unit(&sim, id))
        .map(|b| b.soc())
        .expect("battery");
    sim.run_ticks(minutes(3.0));
    let battery = sim
        .world()
        .get::<Battery>(unit(&sim, id))
        .cloned()
        .expect("battery");
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Unit(id),
        AlarmCode::CellImbalance
    ));
    assert!(
        battery.soc() <= start,
        "charged from {start} to {} despite the imbalance",
        battery.soc()
    );
}

#[test]
fn failed_pack_cooling_overheats_and_inhibits_charging() {
    let id = 10;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::PackOverTemperature {
                cooling_fraction: 0.0,
            },
            ResolvedTarget::Unit(id),
            at(0.0),
        )],
        20,
    );
    charge_unit(&mut sim, id, 0.25);
    sim.run_ticks(minutes(25.0));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Unit(id),
        AlarmCode::PackOverTemperature
    ));
}

#[test]
fn charger_contact_fault_times_out_the_charge() {
    let faults = (0..4)
        .map(|c| ResolvedFault {
            id: format!("pads-{c}"),
            kind: FaultKind::ChargerContact {
                contact_quality: 0.02,
            },
            target: ResolvedTarget::Charger(c),
            trigger: at(0.0),
        })
        .collect();
    let id = 12;
    let mut sim = sim_with(faults, 20);
    charge_unit(&mut sim, id, 0.27);
    sim.run_ticks(minutes(6.0));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Unit(id),
        AlarmCode::ChargeTimeout
    ));
}

#[test]
fn dirty_photo_eye_reads_blocked_with_a_clear_path() {
    let mut sim = sim_with(
        vec![fault(
            FaultKind::DirtyPhotoEye { signal_margin: 0.2 },
            ResolvedTarget::Zone { line: 0, zone: 2 },
            at(0.0),
        )],
        0,
    );
    sim.run_ticks(60);
    let zones = sim
        .world()
        .get::<ConveyorLine>(line(&sim, 0))
        .map(|l| l.zones.clone())
        .expect("zones");
    assert!(
        sim.world()
            .get::<MdrZone>(zones[2])
            .is_some_and(|z| z.photo_eye.blocked),
        "no tote, yet the eye should read blocked"
    );
    queue_totes(&mut sim, 0, 2);
    sim.run_ticks(minutes(1.0));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Zone { line: 0, zone: 2 },
        AlarmCode::ZoneJam
    ));
    assert_eq!(
        delivered(&sim, 0),
        0,
        "totes must hold behind the falsely blocked zone"
    );
}

#[test]
fn belt_bind_overloads_the_vfd_to_f007() {
    let bind = FaultKind::VfdTrip {
        cause: VfdTripCause::MechanicalBind { load_factor: 4.0 },
    };
    let mut sim = sim_with(vec![fault(bind, ResolvedTarget::Line(1), at(0.0))], 0);
    sim.run_ticks(minutes(2.0));
    let belt = sim
        .world()
        .get::<ConveyorLine>(line(&sim, 1))
        .map(|l| l.belt)
        .expect("belt");
    let trip = sim
        .world()
        .get::<BeltSection>(belt)
        .and_then(|b| b.vfd.trip);
    assert_eq!(trip, Some(faultline::conveyor::VfdTrip::F007MotorOverload));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Line(1),
        AlarmCode::VfdTrip
    ));
}

#[test]
fn ground_fault_trips_the_vfd_to_f013() {
    let ground = FaultKind::VfdTrip {
        cause: VfdTripCause::GroundFault,
    };
    let mut sim = sim_with(vec![fault(ground, ResolvedTarget::Line(2), at(10.0))], 0);
    sim.run_ticks(minutes(0.5));
    let belt = sim
        .world()
        .get::<ConveyorLine>(line(&sim, 2))
        .map(|l| l.belt)
        .expect("belt");
    assert_eq!(
        sim.world()
            .get::<BeltSection>(belt)
            .and_then(|b| b.vfd.trip),
        Some(faultline::conveyor::VfdTrip::F013GroundFault)
    );
}

#[test]
fn dead_roller_card_stops_one_zone_and_totes_pile_behind_it() {
    let mut sim = sim_with(
        vec![fault(
            FaultKind::RollerCardFailure,
            ResolvedTarget::Zone { line: 0, zone: 2 },
            at(0.0),
        )],
        0,
    );
    queue_totes(&mut sim, 0, 3);
    sim.run_ticks(minutes(1.0));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Zone { line: 0, zone: 2 },
        AlarmCode::ZoneMotorFault
    ));
    assert_eq!(delivered(&sim, 0), 0);
    // Line 1 is healthy and delivers.
    queue_totes(&mut sim, 1, 3);
    sim.run_ticks(minutes(1.0));
    assert_eq!(delivered(&sim, 1), 3);
}

#[test]
fn open_estop_chain_stops_the_whole_line() {
    let mut sim = sim_with(
        vec![fault(
            FaultKind::EstopChainOpen { device: 1 },
            ResolvedTarget::Line(2),
            at(0.0),
        )],
        0,
    );
    queue_totes(&mut sim, 2, 2);
    sim.run_ticks(minutes(1.0));
    assert!(raised(
        &alarms(&sim),
        AlarmSource::Line(2),
        AlarmCode::SafetyRelayOpen
    ));
    assert_eq!(delivered(&sim, 2), 0);
    let l = sim
        .world()
        .get::<ConveyorLine>(line(&sim, 2))
        .cloned()
        .expect("line");
    assert_eq!(l.estop_devices, vec![true, false, true, true]);
}

#[test]
fn mistracking_belt_carries_totes_to_one_side() {
    let mut healthy = sim_with(vec![], 0);
    let mut faulty = sim_with(
        vec![fault(
            FaultKind::BeltMistracking { drift_mps: 0.2 },
            ResolvedTarget::Line(0),
            at(0.0),
        )],
        0,
    );
    let side = |sim: &mut HeadlessSim| {
        queue_totes(sim, 0, 6);
        let l = sim
            .world()
            .get::<ConveyorLine>(line(sim, 0))
            .cloned()
            .expect("line");
        let mut worst: f32 = 0.0;
        sim.run_ticks_checked(minutes(1.0), |world| {
            let mut q = world.query::<(&Tote, &Transform)>();
            for (_, tf) in q.iter(world) {
                worst = worst.max(
                    l.across(Vec2::new(tf.translation.x, tf.translation.z))
                        .abs(),
                );
            }
        });
        worst
    };
    let (straight, drifting) = (side(&mut healthy), side(&mut faulty));
    assert!(straight < 0.02, "healthy totes wander {straight:.3} m");
    assert!(
        drifting > 0.1,
        "mistracked totes only {drifting:.3} m off centre"
    );
}

#[test]
fn intermittent_fault_comes_and_goes() {
    let trigger = ResolvedTrigger::Intermittent {
        start_tick: 60,
        on_ticks: 600,
        off_ticks: 1200,
    };
    let mut sim = sim_with(
        vec![fault(
            FaultKind::DirtyPhotoEye { signal_margin: 0.1 },
            ResolvedTarget::Zone { line: 0, zone: 1 },
            trigger,
        )],
        0,
    );
    let zones = sim
        .world()
        .get::<ConveyorLine>(line(&sim, 0))
        .map(|l| l.zones.clone())
        .expect("zones");
    let mut pattern = Vec::new();
    for _ in 0..12 {
        sim.run_ticks(300);
        pattern.push(
            sim.world()
                .get::<MdrZone>(zones[1])
                .is_some_and(|z| z.photo_eye.blocked),
        );
    }
    assert_eq!(
        pattern,
        vec![
            true, true, false, false, false, false, true, true, false, false, false, false
        ]
    );
}

#[test]
fn drifting_fault_grows_over_its_ramp() {
    let trigger = ResolvedTrigger::Drifting {
        start_tick: 0,
        ramp_ticks: 3600,
    };
    let mut sim = sim_with(
        vec![fault(
            FaultKind::DirtyCamera { read_rate: 0.0 },
            ResolvedTarget::Unit(0),
            trigger,
        )],
        20,
    );
    sim.run_ticks(1800);
    let half = sim.world().resource::<FaultSchedule>().faults[0].severity;
    sim.run_ticks(3600);
    let full = sim.world().resource::<FaultSchedule>().faults[0].severity;
    assert!((half - 0.5).abs() < 0.01, "severity {half} at mid-ramp");
    assert_eq!(full, 1.0);
    let quality = sim
        .world()
        .get::<faultline::fleet::FiducialCamera>(unit(&sim, 0))
        .map(|c| c.read_quality);
    assert_eq!(quality, Some(0.0));
}

#[test]
fn condition_trigger_waits_for_the_unit_to_carry_a_pod() {
    let trigger = ResolvedTrigger::When {
        condition: Condition::CarryingPod,
        after_tick: 0,
    };
    let id = 0;
    let mut sim = sim_with(
        vec![fault(
            FaultKind::MotorBind {
                wheel: Wheel::Left,
                drag_nm: 10.0,
                shorted_winding: false,
            },
            ResolvedTarget::Unit(id),
            trigger,
        )],
        20,
    );
    let e = unit(&sim, id);
    let mut carrying_since = None;
    let mut tick = sim.tick();
    sim.run_ticks_checked(minutes(10.0), |world| {
        tick += 1;
        if carrying_since.is_none() && world.get::<Lift>(e).is_some_and(|l| l.pod.is_some()) {
            carrying_since = Some(tick);
        }
    });
    let first = sim.world().resource::<FaultSchedule>().faults[0].first_active_tick;
    let carrying = carrying_since.expect("unit 0 never carried a pod");
    assert!(
        first.is_some_and(|f| f >= carrying && f <= carrying + 1),
        "fault started at {first:?}, carrying from {carrying}"
    );
}
