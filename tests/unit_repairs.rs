//! Servicing drive units: make the unit safe, find the cause, repair it, return it to
//! service; wrong parts and resets alone leave the fault in place.

mod common;

use faultline::alarms::{AlarmCode, AlarmLog, AlarmSource};
use faultline::faults::FaultSchedule;
use faultline::fleet::{FleetRoster, Odometry, Route, TrafficStats};
use faultline::floor::Cell;
use faultline::scenario::*;
use faultline::sim::{HeadlessSim, SimSetup, TICK_HZ};
use faultline::trainee::{AttemptLog, LogEntry, PendingActions, TraineeAction};

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

/// The safe procedure around `repair`: lock a zone round the unit, power down, isolate,
/// wait, verify, inspect, repair, return to service, unlock. Returns the inspection text.
fn service(sim: &mut HeadlessSim, id: u32, repair: Option<TraineeAction>) -> String {
    let here = unit_route(sim, id).current;
    let (from, to) = (
        Cell::new(here.x - 1, here.y - 1),
        Cell::new(here.x + 1, here.y + 1),
    );
    let t = sim.tick();
    let mut steps = vec![
        (0.0, TraineeAction::ReadAlarms),
        (5.0, TraineeAction::LockZone { from, to }),
        (10.0, TraineeAction::PowerDownUnit { unit: id }),
        (15.0, TraineeAction::DisconnectBattery { unit: id }),
        (50.0, TraineeAction::VerifyUnitDead { unit: id }),
        (60.0, TraineeAction::InspectUnit { unit: id }),
    ];
    if let Some(r) = repair {
        steps.push((70.0, r));
    }
    steps.push((80.0, TraineeAction::ReturnToService { unit: id }));
    steps.push((85.0, TraineeAction::UnlockZone { from, to }));
    {
        let mut pending = sim.world_mut().resource_mut::<PendingActions>();
        for (s, a) in steps {
            pending.push(t + secs(s) + 1, a);
        }
    }
    sim.run_ticks(secs(90.0));
    let log = sim.world().resource::<AttemptLog>();
    assert!(
        !log.entries
            .iter()
            .any(|e| matches!(e, LogEntry::SafetyViolation { .. })),
        "the safe procedure must record no violation"
    );
    log.entries
        .iter()
        .rev()
        .find_map(|e| match e {
            LogEntry::Action {
                action: TraineeAction::InspectUnit { .. },
                observation,
                ..
            } => Some(observation.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn stall_then(repair: Option<TraineeAction>) -> (HeadlessSim, String) {
    let id = 4;
    let mut sim = sim_with(vec![fault(
        FaultKind::MotorBind {
            wheel: Wheel::Left,
            drag_nm: 60.0,
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
    let (mut sim, seen) = stall_then(Some(TraineeAction::ClearAxleDebris { unit: id }));
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
    let (mut sim, _) = stall_then(Some(TraineeAction::ReplaceEncoder { unit: id }));
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
    let (mut sim, _) = stall_then(None);
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
    let seen = service(&mut sim, id, Some(TraineeAction::CleanCamera { unit: id }));
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
    service(
        &mut sim,
        id,
        Some(TraineeAction::ReplaceEncoder { unit: id }),
    );
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
fn a_new_sticker_in_a_locked_zone_ends_the_misses_at_that_cell() {
    let cell = Cell::new(10, 1);
    let mut sim = sim_with(vec![fault(
        FaultKind::DamagedFiducial { read_rate: 0.0 },
        ResolvedTarget::Cell(cell),
    )]);
    sim.run_ticks(secs(300.0));
    let t = sim.tick();
    {
        let mut pending = sim.world_mut().resource_mut::<PendingActions>();
        pending.push(
            t + 1,
            TraineeAction::LockZone {
                from: cell,
                to: cell,
            },
        );
        pending.push(t + secs(30.0), TraineeAction::ReplaceSticker { cell });
        pending.push(
            t + secs(40.0),
            TraineeAction::UnlockZone {
                from: cell,
                to: cell,
            },
        );
    }
    sim.run_ticks(secs(45.0));
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
    assert!(
        !log.entries
            .iter()
            .any(|e| matches!(e, LogEntry::SafetyViolation { .. }))
    );
}

#[test]
fn working_on_a_powered_unit_is_a_critical_violation() {
    let id = 4;
    let mut sim = sim_with(vec![]);
    let t = sim.tick();
    sim.world_mut()
        .resource_mut::<PendingActions>()
        .push(t + secs(30.0), TraineeAction::ClearAxleDebris { unit: id });
    sim.run_ticks(secs(35.0));
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
    assert_eq!(ticks, vec![t + secs(30.0)]);
}

#[test]
fn field_work_without_a_locked_zone_is_a_critical_violation() {
    let mut sim = sim_with(vec![]);
    let t = sim.tick();
    sim.world_mut().resource_mut::<PendingActions>().push(
        t + secs(20.0),
        TraineeAction::CleanChargerPads { charger: 1 },
    );
    sim.run_ticks(secs(25.0));
    let log = sim.world().resource::<AttemptLog>();
    assert!(log.entries.iter().any(|e| matches!(e, LogEntry::SafetyViolation { rule: SafetyRule::EnterFieldUnlocked, tick, .. } if *tick == t + secs(20.0))));
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
        for c in &mut b.cells {
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
    let t = sim.tick();
    {
        let mut pending = sim.world_mut().resource_mut::<PendingActions>();
        pending.push(t + 1, TraineeAction::LockZone { from: pad, to: pad });
        pending.push(t + secs(10.0), TraineeAction::CleanChargerPads { charger });
        pending.push(
            t + secs(20.0),
            TraineeAction::UnlockZone { from: pad, to: pad },
        );
    }
    sim.run_ticks(secs(30.0));
    let cleaned = soc(&sim);
    sim.run_ticks(secs(300.0));
    assert!(
        soc(&sim) > cleaned + 0.05,
        "charge did not rise after cleaning: {cleaned} -> {}",
        soc(&sim)
    );
    let log = sim.world().resource::<AttemptLog>();
    assert!(
        !log.entries
            .iter()
            .any(|e| matches!(e, LogEntry::SafetyViolation { .. }))
    );
}
