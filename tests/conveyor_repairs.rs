//! Working on a conveyor as a technician: lockout/tagout, meter readings, inspection,
//! repairs that remove the cause, and the safety violations that fail an attempt.

mod common;

use faultline::app::{HeadlessSim, SimSetup};
use faultline::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, VfdTrip};
use faultline::scenario::*;
use faultline::sim::TICK_HZ;
use faultline::trainee::{Spot, TestPoint, TraineeAction};

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

use TraineeAction as A;
use common::{
    actions_done, observation_of, queue_actions, run_until_idle, started_tick, violations,
};

fn walk(to: Spot) -> TraineeAction {
    A::WalkTo { to }
}

/// Walk to the panel, lock out and verify, walk to `at`, do `work`, walk back, restore.
fn locked_out(line: u16, at: Spot, work: Vec<TraineeAction>) -> Vec<TraineeAction> {
    let mut steps = vec![
        walk(Spot::LinePanel(line)),
        A::ApplyLockout { line },
        A::VerifyZeroEnergy { line },
        walk(at),
    ];
    steps.extend(work);
    steps.extend([
        walk(Spot::LinePanel(line)),
        A::RemoveLockout { line },
        A::ResetVfd { line },
    ]);
    steps
}

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
    let zone = Spot::Zone { line: 0, zone: 3 };
    let mut steps = vec![A::ReadAlarms];
    steps.extend(locked_out(
        0,
        zone,
        vec![
            A::InspectZone { line: 0, zone: 3 },
            A::ClearJam { line: 0, zone: 3 },
        ],
    ));
    queue_actions(&mut sim, 60.0, steps);
    sim.run_ticks(tick(120.0));
    assert_eq!(line(&sim, 0).delivered, 0, "nothing passes the jam");
    run_until_idle(&mut sim, 1200.0);
    sim.run_ticks(tick(90.0));
    assert!(observation_of(&sim, |a| matches!(a, A::ReadAlarms)).contains("JAM"));
    assert!(
        observation_of(&sim, |a| matches!(a, A::VerifyZeroEnergy { .. }))
            .contains("zero energy verified")
    );
    assert!(
        observation_of(&sim, |a| matches!(a, A::InspectZone { .. }))
            .contains("item wedged across the zone")
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
fn actions_take_their_time_and_need_the_technician_at_the_equipment() {
    let mut sim = quiet_floor_with(vec![]);
    queue_actions(
        &mut sim,
        10.0,
        [
            A::ApplyLockout { line: 1 },
            walk(Spot::LinePanel(1)),
            A::ApplyLockout { line: 1 },
        ],
    );
    run_until_idle(&mut sim, 600.0);
    let done = actions_done(&sim);
    assert!(
        done[0].3.contains("m away: walk there first"),
        "{}",
        done[0].3
    );
    assert_eq!(done[0].0, done[0].1, "a refused action takes no time");
    // The walk takes its distance over the walking pace; the lockout its catalogue time.
    let walk_s = (done[1].1 - done[1].0) as f64 / TICK_HZ;
    assert!(walk_s > 5.0, "a walk from the bench takes time: {walk_s}");
    assert_eq!(
        done[2].0, done[1].1,
        "the next action starts when the walk ends"
    );
    assert_eq!(
        done[2].1 - done[2].0,
        tick(120.0),
        "a lockout takes 2 minutes"
    );
    assert!(line(&sim, 1).lockout.applied);
}

#[test]
fn hands_on_before_lockout_is_a_critical_violation_at_that_tick() {
    let mut sim = quiet_floor_with(vec![fault(
        FaultKind::ToteJam,
        ResolvedTarget::Zone { line: 0, zone: 3 },
    )]);
    queue_actions(
        &mut sim,
        100.0,
        [
            walk(Spot::Zone { line: 0, zone: 3 }),
            A::ClearJam { line: 0, zone: 3 },
        ],
    );
    run_until_idle(&mut sim, 600.0);
    let touched = started_tick(&sim, |a| matches!(a, A::ClearJam { .. }));
    assert!(touched > tick(100.0));
    assert_eq!(violations(&sim), vec![touched]);
}

#[test]
fn hands_on_after_a_refused_verification_is_a_violation() {
    let mut sim = quiet_floor_with(vec![]);
    queue_actions(
        &mut sim,
        60.0,
        [
            walk(Spot::LinePanel(1)),
            A::VerifyZeroEnergy { line: 1 },
            walk(Spot::Zone { line: 1, zone: 0 }),
            A::CleanPhotoEye { line: 1, zone: 0 },
        ],
    );
    run_until_idle(&mut sim, 600.0);
    assert!(
        observation_of(&sim, |a| matches!(a, A::VerifyZeroEnergy { .. }))
            .contains("nothing to verify without a lockout")
    );
    let touched = started_tick(&sim, |a| matches!(a, A::CleanPhotoEye { .. }));
    assert_eq!(violations(&sim), vec![touched]);
}

#[test]
fn meter_readings_follow_the_energy_state_and_the_fault() {
    let mut sim = quiet_floor_with(vec![fault(
        FaultKind::EstopChainOpen { device: 2 },
        ResolvedTarget::Line(3),
    )]);
    let measure = |point| A::Measure { point };
    queue_actions(
        &mut sim,
        30.0,
        [
            walk(Spot::LinePanel(3)),
            measure(TestPoint::RollerSupply { line: 3 }),
            walk(Spot::EstopDevice { line: 3, device: 1 }),
            measure(TestPoint::EstopDevice { line: 3, device: 1 }),
            walk(Spot::EstopDevice { line: 3, device: 2 }),
            measure(TestPoint::EstopDevice { line: 3, device: 2 }),
            walk(Spot::LinePanel(0)),
            A::ApplyLockout { line: 0 },
            A::VerifyZeroEnergy { line: 0 },
            measure(TestPoint::RollerSupply { line: 0 }),
            measure(TestPoint::VfdDcBus { line: 0 }),
            walk(Spot::EstopDevice { line: 3, device: 2 }),
            A::ResetEstopDevice { line: 3, device: 2 },
            measure(TestPoint::EstopDevice { line: 3, device: 2 }),
        ],
    );
    run_until_idle(&mut sim, 1200.0);
    let obs: Vec<String> = actions_done(&sim)
        .into_iter()
        .filter(|(_, _, a, _)| matches!(a, A::Measure { .. }))
        .map(|o| o.3)
        .collect();
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
        obs[3], "24 V supply on line 0: 0.0 V DC",
        "0 V on a locked-out, verified supply"
    );
    assert!(obs[4].starts_with("VFD DC bus on line 0: ") && obs[4].ends_with(" V DC"));
    assert_eq!(
        obs[5], "across e-stop device 2 on line 3: 0.0 V DC",
        "reset device is closed again"
    );
    assert!(line(&sim, 3).safety_relay_closed);
}

#[test]
fn insulation_and_clamp_readings_find_a_ground_fault() {
    let ground = FaultKind::VfdTrip {
        cause: VfdTripCause::GroundFault,
    };
    let mut sim = quiet_floor_with(vec![fault(ground, ResolvedTarget::Line(2))]);
    let insulation = A::Measure {
        point: TestPoint::BeltMotorInsulation { line: 2 },
    };
    queue_actions(
        &mut sim,
        30.0,
        locked_out(
            2,
            Spot::Belt(2),
            vec![
                insulation.clone(),
                A::ReplaceBeltMotor { line: 2 },
                insulation,
            ],
        ),
    );
    run_until_idle(&mut sim, 4000.0);
    let readings: Vec<String> = actions_done(&sim)
        .into_iter()
        .filter(|(_, _, a, _)| matches!(a, A::Measure { .. }))
        .map(|o| o.3)
        .collect();
    assert!(readings[0].contains("0.08 MΩ"), "{}", readings[0]);
    assert!(readings[1].contains("> 550 MΩ"), "{}", readings[1]);
    assert!(violations(&sim).is_empty());
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
    queue_actions(
        &mut sim,
        30.0,
        [walk(Spot::LinePanel(2)), A::ResetVfd { line: 2 }],
    );
    run_until_idle(&mut sim, 600.0);
    sim.run_ticks(tick(5.0));
    assert_eq!(
        trip(&sim),
        Some(VfdTrip::F013GroundFault),
        "a reset alone trips again"
    );
    queue_actions(
        &mut sim,
        0.0,
        locked_out(
            2,
            Spot::Zone { line: 2, zone: 1 },
            vec![A::ReplaceRollerCard { line: 2, zone: 1 }],
        ),
    );
    run_until_idle(&mut sim, 2000.0);
    sim.run_ticks(tick(5.0));
    assert_eq!(
        trip(&sim),
        Some(VfdTrip::F013GroundFault),
        "a new MDR card does not fix a ground fault"
    );
    assert!(
        observation_of(&sim, |a| matches!(a, A::ReplaceRollerCard { .. }))
            .contains("no change [fitted: MDR control card, cost 240]")
    );
    queue_actions(
        &mut sim,
        0.0,
        locked_out(2, Spot::Belt(2), vec![A::ReplaceBeltMotor { line: 2 }]),
    );
    run_until_idle(&mut sim, 4000.0);
    sim.run_ticks(tick(5.0));
    assert_eq!(trip(&sim), None, "a new motor does");
    assert!(violations(&sim).is_empty());
}

#[test]
fn swapping_a_roller_to_the_spare_port_shows_the_card_is_at_fault() {
    let mut sim = quiet_floor_with(vec![fault(
        FaultKind::RollerCardFailure,
        ResolvedTarget::Zone { line: 1, zone: 3 },
    )]);
    queue_actions(
        &mut sim,
        30.0,
        locked_out(
            1,
            Spot::Zone { line: 1, zone: 2 },
            vec![
                A::SwapRollerPort { line: 1, zone: 2 },
                walk(Spot::Zone { line: 1, zone: 3 }),
                A::SwapRollerPort { line: 1, zone: 3 },
                A::ThermalScan {
                    target: ResolvedTarget::Zone { line: 1, zone: 3 },
                },
            ],
        ),
    );
    run_until_idle(&mut sim, 2000.0);
    let swaps: Vec<String> = actions_done(&sim)
        .into_iter()
        .filter(|(_, _, a, _)| matches!(a, A::SwapRollerPort { .. }))
        .map(|o| o.3)
        .collect();
    assert!(swaps[0].contains("runs on either port"), "{}", swaps[0]);
    assert!(swaps[1].contains("port A is dead"), "{}", swaps[1]);
    assert!(violations(&sim).is_empty());
}

/// Locks out the line, does `repair`, restores power, then runs a test cycle and checks
/// the line takes away four totes within a minute (a healthy line's throughput).
fn repair_restores_throughput(
    kind: FaultKind,
    target: ResolvedTarget,
    line_id: u16,
    at: Spot,
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
    let mut steps = locked_out(line_id, at, vec![repair]);
    steps.push(A::RunTestCycle {
        target: ResolvedTarget::Line(line_id),
    });
    queue_actions(&mut sim, 90.0, steps);
    run_until_idle(&mut sim, 3000.0);
    assert!(
        violations(&sim).is_empty(),
        "{kind:?}: the safe procedure recorded a violation"
    );
    let cycle = observation_of(&sim, |a| matches!(a, A::RunTestCycle { .. }));
    assert!(
        cycle.contains("totes delivered (3 test totes added), 0 still waiting")
            && cycle.ends_with("no alarm"),
        "{kind:?}: {cycle}"
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
        Spot::Zone { line: 0, zone: 2 },
        A::CleanPhotoEye { line: 0, zone: 2 },
    );
}

#[test]
fn a_new_mdr_card_restores_a_dead_zone() {
    repair_restores_throughput(
        FaultKind::RollerCardFailure,
        ResolvedTarget::Zone { line: 1, zone: 3 },
        1,
        Spot::Zone { line: 1, zone: 3 },
        A::ReplaceRollerCard { line: 1, zone: 3 },
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
        Spot::Belt(2),
        A::FreeBeltBind { line: 2 },
    );
}

#[test]
fn clearing_a_jam_restores_the_line() {
    repair_restores_throughput(
        FaultKind::ToteJam,
        ResolvedTarget::Zone { line: 3, zone: 1 },
        3,
        Spot::Zone { line: 3, zone: 1 },
        A::ClearJam { line: 3, zone: 1 },
    );
}
