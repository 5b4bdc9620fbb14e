//! Servicing drive units: make the unit safe, find the cause, repair it, return it to
//! service; wrong parts and resets alone leave the fault in place.

mod common;

use TraineeAction as A;
use faultline::alarms::{AlarmCode, AlarmLog, AlarmSource};
use faultline::app::{HeadlessSim, SimSetup};
use faultline::faults::FaultSchedule;
use faultline::fleet::{FleetRoster, Odometry, Route, TrafficStats};
use faultline::floor::Cell;
use faultline::scenario::*;
use faultline::sim::TICK_HZ;
use faultline::trainee::{AttemptLog, LogEntry, Spot, TestPoint, TraineeAction};

use common::{observation_of, queue_actions, run_until_idle, started_tick};

fn sim_with(faults: Vec<ResolvedFault>) -> HeadlessSim {
    let mut sim = HeadlessSim::new(SimSetup {
        layout: common::preset("default"),
        seed: 5,
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
        trigger: ResolvedTrigger::At { tick: 60 },
    }
}

fn secs(s: f64) -> u64 {
    (s * TICK_HZ) as u64
}

fn unit_route(sim: &HeadlessSim, id: u32) -> Route {
    let e = sim.world().resource::<FleetRoster>().units[id as usize];
    sim.world().get::<Route>(e).cloned().expect("route")
}

fn travelled(sim: &HeadlessSim, id: u32) -> u64 {
    let e = sim.world().resource::<FleetRoster>().units[id as usize];
    sim.world()
        .get::<TrafficStats>(e)
        .map_or(0, |t| t.cells_travelled)
}

/// The safe procedure around `repair`: lock a zone round the unit, vest on, walk to it,
/// lower the lift, power down, isolate, verify, inspect, repair, return to service,
/// walk out, unlock, then a test cycle. Returns the inspection text.
fn service(sim: &mut HeadlessSim, id: u32, repair: Vec<TraineeAction>) -> String {
    // Stop it from the handheld first, then lock a zone round where it stands.
    let now_s = sim.tick() as f64 / TICK_HZ;
    queue_actions(sim, now_s, [A::EstopUnit { unit: id }]);
    run_until_idle(sim, 60.0);
    sim.run_ticks(secs(3.0));
    let mut steps = vec![
        A::ReadAlarms,
        A::LockZoneAround { unit: id },
        A::Vest { on: true },
        A::WalkTo { to: Spot::Unit(id) },
        A::LowerLift { unit: id },
        A::PowerDownUnit { unit: id },
        A::DisconnectBattery { unit: id },
        A::VerifyUnitDead { unit: id },
        A::InspectUnit { unit: id },
    ];
    steps.extend(repair);
    steps.extend([
        A::ReturnToService { unit: id },
        A::WalkTo { to: Spot::Bench },
        A::UnlockZoneAround { unit: id },
    ]);
    let start_s = sim.tick() as f64 / TICK_HZ;
    queue_actions(sim, start_s, steps);
    run_until_idle(sim, 7200.0);
    let log = sim.world().resource::<AttemptLog>();
    let violations: Vec<&LogEntry> = log
        .entries
        .iter()
        .filter(|e| matches!(e, LogEntry::SafetyViolation { .. }))
        .collect();
    assert!(
        violations.is_empty(),
        "the safe procedure must record no violation: {violations:?}"
    );
    let refused: Vec<String> = common::actions_done(sim)
        .into_iter()
        .filter(|(.., o)| o.contains("walk there first"))
        .map(|(.., o)| o)
        .collect();
    assert!(refused.is_empty(), "{refused:?}");
    observation_of(sim, |a| matches!(a, A::InspectUnit { .. }))
}

fn stall_then(repair: Vec<TraineeAction>) -> (HeadlessSim, String) {
    let id = 4;
    let mut sim = sim_with(vec![fault(
        FaultKind::MotorBind {
            wheel: Wheel::Left,
            drag_nm: 60.0,
            shorted_winding: false,
        },
        ResolvedTarget::Unit(id),
    )]);
    sim.run_ticks(secs(240.0));
    assert!(
        sim.world()
            .resource::<AlarmLog>()
            .is_active(AlarmSource::Unit(id), AlarmCode::MotorStall)
    );
    let seen = service(&mut sim, id, repair);
    (sim, seen)
}

#[test]
fn clearing_axle_debris_frees_a_stalled_unit() {
    let id = 4;
    let (mut sim, seen) = stall_then(vec![A::ClearAxleDebris { unit: id }]);
    assert!(seen.contains("debris wrapped on the axle"), "{seen}");
    let before = travelled(&sim, id);
    sim.run_ticks(secs(300.0));
    assert!(
        travelled(&sim, id) > before + 10,
        "the unit went back to work"
    );
    assert!(
        !sim.world()
            .resource::<AlarmLog>()
            .is_active(AlarmSource::Unit(id), AlarmCode::MotorStall)
    );
    assert!(sim.world().resource::<FaultSchedule>().faults[0].repaired);
}

#[test]
fn replacing_a_good_part_leaves_the_unit_stalled() {
    let id = 4;
    let (mut sim, _) = stall_then(vec![A::ReplaceEncoder { unit: id }]);
    sim.run_ticks(secs(120.0));
    assert!(
        sim.world()
            .resource::<AlarmLog>()
            .is_active(AlarmSource::Unit(id), AlarmCode::MotorStall),
        "stalls again"
    );
    assert!(!sim.world().resource::<FaultSchedule>().faults[0].repaired);
}

#[test]
fn a_reset_without_a_repair_sees_the_stall_return() {
    let id = 4;
    let (mut sim, _) = stall_then(vec![]);
    sim.run_ticks(secs(120.0));
    let log = sim.world().resource::<AlarmLog>();
    let stalls: Vec<_> = log
        .alarms
        .iter()
        .filter(|a| a.source == AlarmSource::Unit(id) && a.code == AlarmCode::MotorStall)
        .collect();
    assert!(
        stalls.len() >= 2,
        "the stall came back after the reset ({} stall alarms)",
        stalls.len()
    );
}

#[test]
fn cleaning_a_dirty_camera_ends_the_lost_stops() {
    let id = 2;
    let mut sim = sim_with(vec![fault(
        FaultKind::DirtyCamera { read_rate: 0.3 },
        ResolvedTarget::Unit(id),
    )]);
    let e = sim.world().resource::<FleetRoster>().units[id as usize];
    for _ in 0..30 {
        sim.run_ticks(secs(30.0));
        if sim.world().get::<Odometry>(e).is_some_and(|o| o.lost) {
            break;
        }
    }
    assert!(
        sim.world().get::<Odometry>(e).is_some_and(|o| o.lost),
        "never got lost"
    );
    let seen = service(&mut sim, id, vec![A::CleanCamera { unit: id }]);
    assert!(seen.contains("smeared camera lens"), "{seen}");
    let misses = sim.world().get::<Odometry>(e).map_or(0, |o| o.misses);
    sim.run_ticks(secs(300.0));
    let odo = sim.world().get::<Odometry>(e).cloned().expect("odometry");
    assert!(
        !odo.lost && odo.misses == misses,
        "still missing fiducials after cleaning"
    );
    assert!(odo.reads > 20);
}

#[test]
fn a_new_encoder_ends_the_hall_errors() {
    let id = 5;
    let mut sim = sim_with(vec![fault(
        FaultKind::EncoderFailure {
            wheel: Wheel::Right,
        },
        ResolvedTarget::Unit(id),
    )]);
    sim.run_ticks(secs(360.0));
    assert!(
        sim.world()
            .resource::<AlarmLog>()
            .is_active(AlarmSource::Unit(id), AlarmCode::HallSensorError)
    );
    service(&mut sim, id, vec![A::ReplaceEncoder { unit: id }]);
    sim.run_ticks(secs(300.0));
    let log = sim.world().resource::<AlarmLog>();
    assert!(!log.is_active(AlarmSource::Unit(id), AlarmCode::HallSensorError));
    assert_eq!(
        log.with_code(AlarmCode::HallSensorError).count(),
        1,
        "no new Hall error after the repair"
    );
}

#[test]
fn the_self_test_shows_a_silent_encoder_and_the_part_fitted_is_costed() {
    let id = 5;
    let mut sim = sim_with(vec![fault(
        FaultKind::EncoderFailure {
            wheel: Wheel::Right,
        },
        ResolvedTarget::Unit(id),
    )]);
    sim.run_ticks(secs(120.0));
    queue_actions(&mut sim, 120.0, [A::SelfTest { unit: id }]);
    run_until_idle(&mut sim, 600.0);
    let report = observation_of(&sim, |a| matches!(a, A::SelfTest { .. }));
    assert!(
        report.contains("left wheel counts ok")
            && report.contains("right wheel NO encoder counts (Hall error)"),
        "{report}"
    );
    service(&mut sim, id, vec![A::ReplaceEncoder { unit: id }]);
    let fitted = observation_of(&sim, |a| matches!(a, A::ReplaceEncoder { .. }));
    assert!(
        fitted.ends_with("[fitted: wheel Hall encoder, cost 180]"),
        "{fitted}"
    );
}

#[test]
fn a_new_sticker_in_a_locked_zone_ends_the_misses_at_that_cell() {
    let cell = Cell::new(10, 1);
    let mut sim = sim_with(vec![fault(
        FaultKind::DamagedFiducial { read_rate: 0.0 },
        ResolvedTarget::Cell(cell),
    )]);
    sim.run_ticks(secs(300.0));
    let start_s = sim.tick() as f64 / TICK_HZ;
    queue_actions(
        &mut sim,
        start_s,
        [
            A::LockZone {
                from: cell,
                to: cell,
            },
            A::Vest { on: true },
            A::WalkTo {
                to: Spot::Cell(cell),
            },
            A::ReplaceSticker { cell },
            A::WalkTo { to: Spot::Bench },
            A::UnlockZone {
                from: cell,
                to: cell,
            },
        ],
    );
    run_until_idle(&mut sim, 1200.0);
    let misses_before = sim
        .world()
        .resource::<AlarmLog>()
        .with_code(AlarmCode::FiducialMissed)
        .count();
    assert!(misses_before > 0);
    sim.run_ticks(secs(600.0));
    let after = sim
        .world()
        .resource::<AlarmLog>()
        .with_code(AlarmCode::FiducialMissed)
        .count();
    assert_eq!(
        after, misses_before,
        "units still miss {cell} after the new sticker"
    );
    let log = sim.world().resource::<AttemptLog>();
    let violations: Vec<&LogEntry> = log
        .entries
        .iter()
        .filter(|e| matches!(e, LogEntry::SafetyViolation { .. }))
        .collect();
    assert!(violations.is_empty(), "{violations:?}");
}

#[test]
fn working_on_a_powered_unit_is_a_critical_violation() {
    let id = 4;
    let mut sim = sim_with(vec![]);
    let here = unit_route(&sim, id).current;
    queue_actions(
        &mut sim,
        30.0,
        [
            A::LockZone {
                from: here,
                to: here,
            },
            A::Vest { on: true },
            A::WalkTo { to: Spot::Unit(id) },
            A::ClearAxleDebris { unit: id },
        ],
    );
    run_until_idle(&mut sim, 1200.0);
    let touched = started_tick(&sim, |a| matches!(a, A::ClearAxleDebris { .. }));
    let log = sim.world().resource::<AttemptLog>();
    let ticks: Vec<u64> = log
        .entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::SafetyViolation {
                tick,
                rule: SafetyRule::WorkOnPoweredUnit,
                ..
            } => Some(*tick),
            _ => None,
        })
        .collect();
    assert_eq!(ticks, vec![touched]);
}

fn violations_of(sim: &HeadlessSim, rule: SafetyRule) -> Vec<u64> {
    sim.world()
        .resource::<AttemptLog>()
        .entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::SafetyViolation { tick, rule: r, .. } if *r == rule => Some(*tick),
            _ => None,
        })
        .collect()
}

#[test]
fn walking_into_open_aisles_is_a_critical_violation_as_the_walk_starts() {
    let mut sim = sim_with(vec![]);
    queue_actions(
        &mut sim,
        20.0,
        [A::WalkTo {
            to: Spot::Cell(Cell::new(3, 3)),
        }],
    );
    run_until_idle(&mut sim, 600.0);
    let ticks = violations_of(&sim, SafetyRule::EnterFieldUnlocked);
    assert_eq!(ticks.len(), 1, "{ticks:?}");
    // The walk is judged as it starts, at 20 s from the bench: its route and its
    // destination lie in open aisles.
    assert_eq!(ticks[0], secs(20.0));
    let tech = sim.world().resource::<faultline::trainee::Technician>();
    assert!(tech.in_field);
}

#[test]
fn standing_in_an_open_aisle_with_the_vest_on_raises_nothing_until_it_comes_off() {
    // The perimeter aisle by the gate is busy; walk into it with the vest on and stand
    // there for five minutes, then take the vest off.
    let aisle = Cell::new(0, 4);
    let mut sim = sim_with(vec![]);
    queue_actions(
        &mut sim,
        10.0,
        [
            A::Vest { on: true },
            A::WalkTo {
                to: Spot::Cell(aisle),
            },
        ],
    );
    run_until_idle(&mut sim, 600.0);
    sim.run_ticks(secs(300.0));
    assert!(
        violations_of(&sim, SafetyRule::InPathOfMovingUnit).is_empty(),
        "with the vest on units stop short of the technician"
    );
    assert_eq!(
        violations_of(&sim, SafetyRule::EnterFieldUnlocked).len(),
        1,
        "an open aisle is no place to work, vest or not"
    );
    let now_s = sim.tick() as f64 / TICK_HZ;
    queue_actions(&mut sim, now_s, [A::Vest { on: false }]);
    run_until_idle(&mut sim, 60.0);
    let took_off = started_tick(&sim, |a| matches!(a, A::Vest { on: false }));
    let ticks = violations_of(&sim, SafetyRule::InPathOfMovingUnit);
    assert_eq!(ticks.len(), 1, "{ticks:?}");
    assert!(
        ticks[0] > took_off,
        "the event falls when the vest came off"
    );
}

#[test]
fn field_work_without_a_locked_zone_is_a_critical_violation() {
    let mut sim = sim_with(vec![]);
    queue_actions(
        &mut sim,
        20.0,
        [
            A::ApplyChargerLockout { charger: 1 },
            A::WalkTo {
                to: Spot::Charger(1),
            },
            A::ApplyChargerLockout { charger: 1 },
            A::CleanChargerPads { charger: 1 },
        ],
    );
    run_until_idle(&mut sim, 1200.0);
    let touched = started_tick(&sim, |a| matches!(a, A::CleanChargerPads { .. }));
    assert!(
        observation_of(&sim, |a| matches!(a, A::ApplyChargerLockout { .. }))
            .contains("walk there first")
    );
    assert!(violations_of(&sim, SafetyRule::EnterFieldUnlocked).contains(&touched));
    assert!(violations_of(&sim, SafetyRule::WorkOnEnergisedCharger).is_empty());
}

#[test]
fn phase_resistance_shows_a_shorted_winding_and_only_a_new_motor_cures_it() {
    let id = 4;
    let mut sim = sim_with(vec![fault(
        FaultKind::MotorBind {
            wheel: Wheel::Right,
            drag_nm: 60.0,
            shorted_winding: true,
        },
        ResolvedTarget::Unit(id),
    )]);
    sim.run_ticks(secs(240.0));
    let phases = |wheel| A::Measure {
        point: TestPoint::MotorPhaseResistance { unit: id, wheel },
    };
    let seen = service(
        &mut sim,
        id,
        vec![
            phases(Wheel::Left),
            phases(Wheel::Right),
            A::ClearAxleDebris { unit: id },
        ],
    );
    assert!(
        seen.contains("axle clean, motor case smells of burnt varnish"),
        "{seen}"
    );
    let readings: Vec<String> = common::actions_done(&sim)
        .into_iter()
        .filter(|(_, _, a, _)| matches!(a, A::Measure { .. }))
        .map(|o| o.3)
        .collect();
    assert!(
        readings[0].contains("U-V 0.50 Ω, V-W 0.50 Ω, W-U 0.50 Ω"),
        "{}",
        readings[0]
    );
    assert!(
        readings[1].contains("U-V 0.28 Ω, V-W 0.50 Ω, W-U 0.28 Ω"),
        "{}",
        readings[1]
    );
    assert!(
        !sim.world().resource::<FaultSchedule>().faults[0].repaired,
        "clearing the axle does not cure a winding"
    );
    service(&mut sim, id, vec![A::ReplaceDriveMotor { unit: id }]);
    assert!(sim.world().resource::<FaultSchedule>().faults[0].repaired);
    let before = travelled(&sim, id);
    sim.run_ticks(secs(300.0));
    assert!(travelled(&sim, id) > before + 10, "back at work");
}

#[test]
fn cleaned_charger_pads_charge_again() {
    let faults: Vec<ResolvedFault> = (0..4)
        .map(|c| ResolvedFault {
            id: format!("pads-{c}"),
            kind: FaultKind::ChargerContact {
                contact_quality: 0.02,
            },
            target: ResolvedTarget::Charger(c),
            trigger: ResolvedTrigger::At { tick: 0 },
        })
        .collect();
    let mut sim = sim_with(faults);
    let id = 12;
    let e = sim.world().resource::<FleetRoster>().units[id as usize];
    if let Some(mut b) = sim.world_mut().get_mut::<faultline::fleet::Battery>(e) {
        for c in b.cells_mut() {
            c.soc = 0.27;
        }
    }
    let mut charger = None;
    for _ in 0..60 {
        sim.run_ticks(secs(10.0));
        if let Some(faultline::fleet::Mission::Charge {
            charger: c,
            docked: true,
        }) = sim.world().get::<faultline::fleet::Mission>(e)
        {
            charger = Some(*c);
            break;
        }
    }
    let charger = charger.expect("the unit docked");
    let pad = sim
        .world()
        .resource::<faultline::floor::FloorGrid>()
        .chargers[charger as usize]
        .cell;
    let soc = |sim: &HeadlessSim| {
        sim.world()
            .get::<faultline::fleet::Battery>(e)
            .map_or(0.0, |b| b.soc())
    };
    let stalled = soc(&sim);
    sim.run_ticks(secs(120.0));
    assert!(soc(&sim) < stalled + 0.005, "pitted pads barely charge");
    let start_s = sim.tick() as f64 / TICK_HZ;
    queue_actions(
        &mut sim,
        start_s,
        [
            A::LockZone { from: pad, to: pad },
            A::Vest { on: true },
            A::WalkTo {
                to: Spot::Charger(charger),
            },
            A::ApplyChargerLockout { charger },
            A::CleanChargerPads { charger },
            A::RemoveChargerLockout { charger },
            A::WalkTo { to: Spot::Bench },
            A::UnlockZone { from: pad, to: pad },
        ],
    );
    run_until_idle(&mut sim, 1800.0);
    let cleaned = soc(&sim);
    sim.run_ticks(secs(300.0));
    assert!(
        soc(&sim) > cleaned + 0.05,
        "charge did not rise after cleaning: {cleaned} -> {}",
        soc(&sim)
    );
    let log = sim.world().resource::<AttemptLog>();
    let violations: Vec<&LogEntry> = log
        .entries
        .iter()
        .filter(|e| matches!(e, LogEntry::SafetyViolation { .. }))
        .collect();
    assert!(violations.is_empty(), "{violations:?}");
}
