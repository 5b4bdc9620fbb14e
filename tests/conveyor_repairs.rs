//! Working on a conveyor as a technician: lockout/tagout, meter readings, inspection,
//! repairs that remove the cause, and the safety violations that fail an attempt.

mod common;

use faultline::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, VfdTrip};
use faultline::scenario::*;
use faultline::sim::{HeadlessSim, SimSetup, TICK_HZ};
use faultline::trainee::{PendingActions, TestPoint, TraineeAction};

fn quiet_floor_with(faults: Vec<ResolvedFault>) -> HeadlessSim {
    let mut layout = common::preset("default");
    layout.fleet.units = 0;
    let mut sim = HeadlessSim::new(SimSetup {
        layout,
        seed: 2,
        faults,
    });
    common::record_attempt(&mut sim);
    sim
}

fn fault(kind: FaultKind, target: ResolvedTarget) -> ResolvedFault {
    ResolvedFault {
        id: "f".into(),
        kind,
        target,
        trigger: ResolvedTrigger::At { tick: 0 },
    }
}

fn tick(s: f64) -> u64 {
    (s * TICK_HZ) as u64
}

fn plan(sim: &mut HeadlessSim, steps: &[(f64, TraineeAction)]) {
    let mut pending = sim.world_mut().resource_mut::<PendingActions>();
    for (s, a) in steps {
        pending.push(tick(*s), a.clone());
    }
}

use common::{observations, violations};

fn line(sim: &HeadlessSim, id: usize) -> ConveyorLine {
    let e = sim.world().resource::<ConveyorRoster>().lines[id];
    sim.world().get::<ConveyorLine>(e).cloned().expect("line")
}

fn queue(sim: &mut HeadlessSim, id: usize, n: u32) {
    let e = sim.world().resource::<ConveyorRoster>().lines[id];
    if let Some(mut l) = sim.world_mut().get_mut::<ConveyorLine>(e) {
        l.waiting_totes += n;
    }
}

#[test]
fn a_safe_procedure_clears_a_jam_and_the_line_delivers_again() {
    let mut sim = quiet_floor_with(vec![fault(
        FaultKind::ToteJam,
        ResolvedTarget::Zone { line: 0, zone: 3 },
    )]);
    queue(&mut sim, 0, 5);
    plan(
        &mut sim,
        &[
            (60.0, TraineeAction::ReadAlarms),
            (70.0, TraineeAction::ApplyLockout { line: 0 }),
            (130.0, TraineeAction::VerifyZeroEnergy { line: 0 }),
            (140.0, TraineeAction::InspectZone { line: 0, zone: 3 }),
            (150.0, TraineeAction::ClearJam { line: 0, zone: 3 }),
            (160.0, TraineeAction::RemoveLockout { line: 0 }),
        ],
    );
    sim.run_ticks(tick(159.0));
    assert_eq!(line(&sim, 0).delivered, 0, "nothing passes the jam");
    sim.run_ticks(tick(120.0));
    let obs = observations(&sim);
    assert!(obs[0].1.contains("JAM"), "{}", obs[0].1);
    assert!(obs[2].1.contains("zero energy verified"), "{}", obs[2].1);
    assert!(
        obs[3].1.contains("item wedged across the zone"),
        "{}",
        obs[3].1
    );
    assert!(violations(&sim).is_empty());
    assert_eq!(
        line(&sim, 0).delivered,
        5,
        "the line runs again after the repair"
    );
    let alarms = sim.world().resource::<faultline::alarms::AlarmLog>();
    assert_eq!(alarms.active().count(), 0, "the jam alarm cleared");
}

#[test]
fn hands_on_before_lockout_is_a_critical_violation_at_that_tick() {
    let mut sim = quiet_floor_with(vec![fault(
        FaultKind::ToteJam,
        ResolvedTarget::Zone { line: 0, zone: 3 },
    )]);
    plan(
        &mut sim,
        &[(100.0, TraineeAction::ClearJam { line: 0, zone: 3 })],
    );
    sim.run_ticks(tick(110.0));
    assert_eq!(violations(&sim), vec![tick(100.0)]);
}

#[test]
fn lockout_without_waiting_for_the_dc_bus_is_not_verified() {
    let mut sim = quiet_floor_with(vec![]);
    plan(
        &mut sim,
        &[
            (60.0, TraineeAction::ApplyLockout { line: 1 }),
            (62.0, TraineeAction::VerifyZeroEnergy { line: 1 }),
            (63.0, TraineeAction::CleanPhotoEye { line: 1, zone: 0 }),
            (120.0, TraineeAction::VerifyZeroEnergy { line: 1 }),
            (121.0, TraineeAction::CleanPhotoEye { line: 1, zone: 0 }),
        ],
    );
    sim.run_ticks(tick(130.0));
    let obs = observations(&sim);
    assert!(
        obs[1].1.contains("wait for it to bleed down"),
        "{}",
        obs[1].1
    );
    assert!(obs[3].1.contains("zero energy verified"), "{}", obs[3].1);
    assert_eq!(
        violations(&sim),
        vec![tick(63.0)],
        "only the early touch is a violation"
    );
}

#[test]
fn meter_readings_follow_the_energy_state_and_the_fault() {
    let mut sim = quiet_floor_with(vec![fault(
        FaultKind::EstopChainOpen { device: 2 },
        ResolvedTarget::Line(3),
    )]);
    plan(
        &mut sim,
        &[
            (
                30.0,
                TraineeAction::Measure {
                    point: TestPoint::RollerSupply { line: 3 },
                },
            ),
            (
                40.0,
                TraineeAction::Measure {
                    point: TestPoint::EstopDevice { line: 3, device: 1 },
                },
            ),
            (
                50.0,
                TraineeAction::Measure {
                    point: TestPoint::EstopDevice { line: 3, device: 2 },
                },
            ),
            (60.0, TraineeAction::ApplyLockout { line: 0 }),
            (130.0, TraineeAction::VerifyZeroEnergy { line: 0 }),
            (
                140.0,
                TraineeAction::Measure {
                    point: TestPoint::RollerSupply { line: 0 },
                },
            ),
            (
                150.0,
                TraineeAction::Measure {
                    point: TestPoint::VfdDcBus { line: 0 },
                },
            ),
            (
                160.0,
                TraineeAction::ResetEstopDevice { line: 3, device: 2 },
            ),
            (
                170.0,
                TraineeAction::Measure {
                    point: TestPoint::EstopDevice { line: 3, device: 2 },
                },
            ),
        ],
    );
    sim.run_ticks(tick(180.0));
    let obs: Vec<String> = observations(&sim).into_iter().map(|o| o.1).collect();
    assert_eq!(obs[0], "24 V supply on line 3: 24.0 V DC");
    assert_eq!(
        obs[1], "across e-stop device 1 on line 3: 0.0 V DC",
        "a closed device drops nothing"
    );
    assert_eq!(
        obs[2], "across e-stop device 2 on line 3: 24.0 V DC",
        "full supply across the open device"
    );
    assert_eq!(
        obs[5], "24 V supply on line 0: 0.0 V DC",
        "0 V on a locked-out, verified supply"
    );
    assert!(obs[6].starts_with("VFD DC bus on line 0: ") && obs[6].ends_with(" V DC"));
    assert_eq!(
        obs[8], "across e-stop device 2 on line 3: 0.0 V DC",
        "reset device is closed again"
    );
    assert!(line(&sim, 3).safety_relay_closed);
}

#[test]
fn resetting_a_ground_fault_without_a_repair_trips_again_and_good_parts_change_nothing() {
    let ground = FaultKind::VfdTrip {
        cause: VfdTripCause::GroundFault,
    };
    let mut sim = quiet_floor_with(vec![fault(ground, ResolvedTarget::Line(2))]);
    let trip = |sim: &HeadlessSim| {
        let belt = line(sim, 2).belt;
        sim.world()
            .get::<BeltSection>(belt)
            .and_then(|b| b.vfd.trip)
    };
    plan(
        &mut sim,
        &[
            (30.0, TraineeAction::ResetVfd { line: 2 }),
            (60.0, TraineeAction::ApplyLockout { line: 2 }),
            (120.0, TraineeAction::VerifyZeroEnergy { line: 2 }),
            (130.0, TraineeAction::ReplaceRollerCard { line: 2, zone: 1 }),
            (140.0, TraineeAction::RemoveLockout { line: 2 }),
            (145.0, TraineeAction::ResetVfd { line: 2 }),
            (200.0, TraineeAction::ApplyLockout { line: 2 }),
            (260.0, TraineeAction::VerifyZeroEnergy { line: 2 }),
            (270.0, TraineeAction::ReplaceBeltMotor { line: 2 }),
            (280.0, TraineeAction::RemoveLockout { line: 2 }),
            (285.0, TraineeAction::ResetVfd { line: 2 }),
        ],
    );
    sim.run_ticks(tick(35.0));
    assert_eq!(
        trip(&sim),
        Some(VfdTrip::F013GroundFault),
        "a reset alone trips again"
    );
    sim.run_ticks(tick(120.0));
    assert_eq!(
        trip(&sim),
        Some(VfdTrip::F013GroundFault),
        "a new MDR card does not fix a ground fault"
    );
    sim.run_ticks(tick(150.0));
    assert_eq!(trip(&sim), None, "a new motor does");
    let obs = observations(&sim);
    assert!(obs[3].1.ends_with("no change"), "{}", obs[3].1);
    assert!(violations(&sim).is_empty());
}

/// Locks out `line`, applies `repair`, restores power, then checks the line takes
/// away four totes within a minute (a healthy line's throughput).
fn repair_restores_throughput(
    kind: FaultKind,
    target: ResolvedTarget,
    line_id: u16,
    repair: TraineeAction,
) {
    let mut sim = quiet_floor_with(vec![fault(kind.clone(), target)]);
    queue(&mut sim, line_id as usize, 2);
    sim.run_ticks(tick(90.0));
    let showing = sim
        .world()
        .resource::<faultline::alarms::AlarmLog>()
        .active()
        .count();
    plan(
        &mut sim,
        &[
            (95.0, TraineeAction::ApplyLockout { line: line_id }),
            (160.0, TraineeAction::VerifyZeroEnergy { line: line_id }),
            (170.0, repair),
            (180.0, TraineeAction::RemoveLockout { line: line_id }),
            (185.0, TraineeAction::ResetVfd { line: line_id }),
        ],
    );
    sim.run_ticks(tick(100.0));
    assert!(
        violations(&sim).is_empty(),
        "{kind:?}: the safe procedure recorded a violation"
    );
    let before = line(&sim, line_id as usize).delivered;
    queue(&mut sim, line_id as usize, 4);
    sim.run_ticks(tick(60.0));
    let after = line(&sim, line_id as usize).delivered;
    assert!(showing > 0, "{kind:?} should be alarming before the repair");
    assert_eq!(
        sim.world()
            .resource::<faultline::alarms::AlarmLog>()
            .active()
            .count(),
        0,
        "{kind:?}: alarms still active after the repair"
    );
    assert!(
        after >= before + 4,
        "{kind:?}: only {} totes in a minute after the repair",
        after - before
    );
}

#[test]
fn cleaning_a_dirty_eye_restores_the_line() {
    repair_restores_throughput(
        FaultKind::DirtyPhotoEye { signal_margin: 0.2 },
        ResolvedTarget::Zone { line: 0, zone: 2 },
        0,
        TraineeAction::CleanPhotoEye { line: 0, zone: 2 },
    );
}

#[test]
fn a_new_mdr_card_restores_a_dead_zone() {
    repair_restores_throughput(
        FaultKind::RollerCardFailure,
        ResolvedTarget::Zone { line: 1, zone: 3 },
        1,
        TraineeAction::ReplaceRollerCard { line: 1, zone: 3 },
    );
}

#[test]
fn freeing_a_belt_bind_stops_the_overload_trips() {
    repair_restores_throughput(
        FaultKind::VfdTrip {
            cause: VfdTripCause::MechanicalBind { load_factor: 4.0 },
        },
        ResolvedTarget::Line(2),
        2,
        TraineeAction::FreeBeltBind { line: 2 },
    );
}
