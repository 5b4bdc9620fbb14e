//! What the scenario format says beyond one fault at a time, each shown by its symptom
//! in the simulation or its mark in the report: a fault set off by a trainee action, a
//! consequence of a fault left running, a hint that unlocks at its time, an
//! end-of-shift question, and a floor cut down to one line.

mod common;

use faultline::app::{HeadlessSim, SimSetup};
use faultline::conveyor::ConveyorRoster;
use faultline::faults::FaultSchedule;
use faultline::floor::FloorGrid;
use faultline::scenario::*;
use faultline::trainee::{
    FaultChange, LogEntry, Refusal, TestPoint, TraineeAction, TraineeAction as A,
};

/// The tick a fault first acted, from the attempt log.
fn started(log: &[LogEntry], id: &str) -> Option<u64> {
    log.iter().find_map(|e| match e {
        LogEntry::Fault {
            tick,
            fault,
            change: FaultChange::Active,
        } if fault == id => Some(*tick),
        _ => None,
    })
}

/// The observation and refusal of the first logged action `pick` accepts.
fn logged(log: &[LogEntry], pick: impl Fn(&TraineeAction) -> bool) -> (u64, String, bool) {
    log.iter()
        .find_map(|e| match e {
            LogEntry::Action {
                tick,
                action,
                observation,
                ..
            } if pick(action) => Some((
                *tick,
                observation.clone(),
                e.outcome().is_some_and(|o| o.is_done()),
            )),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no such action in the log"))
}

fn unit_of(actions: &[TraineeAction]) -> u32 {
    actions
        .iter()
        .find_map(|a| match a {
            A::ReadUnitTelemetry { unit } => Some(*unit),
            _ => None,
        })
        .expect("the solution reads the unit's telemetry")
}

#[test]
fn resetting_a_bound_drive_burns_its_winding_and_the_grade_follows() {
    let loaded = common::scenario("motor-burnt-winding");
    let mut solution = common::solution_for(&loaded, "ann");
    let unit = unit_of(&solution);
    // Measure the bound motor's windings once the unit is proven dead.
    let measure = A::Measure {
        point: TestPoint::MotorPhaseResistance {
            unit,
            wheel: Wheel::Right,
        },
    };
    let dead = solution
        .iter()
        .position(|a| matches!(a, A::VerifyUnitDead { .. }))
        .expect("the solution proves the unit dead");
    solution.insert(dead + 1, measure.clone());
    let mut reset_first = solution.clone();
    reset_first.insert(2, A::ResetDrive { unit });

    let (careful, careful_log) = common::play_actions(&loaded, "ann", 240.0, solution);
    let (hasty, hasty_log) = common::play_actions(&loaded, "ann", 240.0, reset_first);

    // Clearing the axle first: no burn, the windings read balanced, the job solved.
    assert_eq!(started(&careful_log, "reset-burn"), None);
    assert!(careful.passed, "{}", careful.text());
    let (_, balanced, _) = logged(&careful_log, |a| a == &measure);
    // A reset on a bound axle: the winding burns from the reset on, its resistance
    // reads unbalanced, and the burnt winding is a fault to find and repair too.
    let (reset_tick, _, reset_done) = logged(&hasty_log, |a| matches!(a, A::ResetDrive { .. }));
    assert!(reset_done);
    let burnt = started(&hasty_log, "reset-burn").expect("the reset burnt the winding");
    assert!(
        burnt >= reset_tick && burnt <= reset_tick + 2,
        "{burnt} vs {reset_tick}"
    );
    let (_, unbalanced, _) = logged(&hasty_log, |a| a == &measure);
    assert_ne!(
        balanced, unbalanced,
        "the windings read the same burnt or not"
    );
    assert!(!hasty.passed, "{}", hasty.text());
    assert!(
        common::has_finding(&hasty, "was never repaired: motor winding fault"),
        "{}",
        hasty.text()
    );
}

/// A bind on unit 3 from `bind_at`, and a consequence of it.
fn bound_unit_with(bind_at: u64, consequence: ResolvedTrigger) -> HeadlessSim {
    let fault = |id: &str, shorted: bool, trigger| ResolvedFault {
        id: id.into(),
        kind: FaultKind::MotorBind {
            wheel: Wheel::Right,
            drag_nm: 60.0,
            shorted_winding: shorted,
        },
        target: ResolvedTarget::Unit(3),
        trigger,
    };
    HeadlessSim::new(SimSetup {
        layout: common::preset("default"),
        seed: 9,
        faults: vec![
            fault("bind", false, ResolvedTrigger::At { tick: bind_at }),
            fault("burn", true, consequence),
        ],
    })
}

fn burn_started(sim: &HeadlessSim) -> bool {
    let schedule = sim.world().resource::<FaultSchedule>();
    schedule
        .get("burn")
        .is_some_and(|f| f.first_active_tick.is_some())
}

#[test]
fn a_consequence_starts_when_its_cause_has_run_its_time_and_not_if_repaired_first() {
    let after = |ticks| ResolvedTrigger::AfterFault {
        fault: "bind".into(),
        running_ticks: ticks,
    };
    let mut left = bound_unit_with(60, after(1200));
    left.run_ticks(60 + 1190);
    assert!(
        !burn_started(&left),
        "started before the cause ran its time"
    );
    left.run_ticks(20);
    assert!(
        burn_started(&left),
        "the cause ran 20 s and nothing followed"
    );
    let schedule = left.world().resource::<FaultSchedule>();
    assert_eq!(
        schedule.get("burn").and_then(|f| f.first_active_tick),
        Some(60 + 1200),
        "the consequence starts the tick its cause has run its time"
    );

    // Repaired halfway: the running time stops, and the consequence never comes.
    let mut repaired = bound_unit_with(60, after(1200));
    repaired.run_ticks(60 + 600);
    let mut schedule = repaired.world_mut().resource_mut::<FaultSchedule>();
    schedule.faults[0].repaired = true;
    repaired.run_ticks(2400);
    assert!(!burn_started(&repaired));
}

#[test]
fn an_action_trigger_fires_on_its_equipment_only_while_its_cause_is_present() {
    let on_reset = || ResolvedTrigger::OnAction {
        action: "ResetDrive".into(),
        while_present: Some("bind".into()),
    };
    let reset = |sim: &mut HeadlessSim, unit: u32| {
        let now = sim.tick() as f64 / faultline::sim::TICK_HZ;
        common::queue_actions(sim, now, [A::ResetDrive { unit }]);
        common::run_until_idle(sim, 120.0);
    };
    // Before the cause starts (a reset takes 30 s), and on another unit: nothing.
    let mut sim = bound_unit_with(3600, on_reset());
    common::record_attempt(&mut sim);
    reset(&mut sim, 3);
    assert!(sim.tick() < 3600);
    sim.run_ticks(3600 - sim.tick() + 10);
    assert!(!burn_started(&sim), "fired before its cause was present");
    reset(&mut sim, 4);
    assert!(!burn_started(&sim), "fired on another unit");
    // On the unit, with the bind present: it fires.
    reset(&mut sim, 3);
    assert!(
        burn_started(&sim),
        "the reset on the bound unit did nothing"
    );

    // With the bind repaired, a reset is harmless.
    let mut fixed = bound_unit_with(60, on_reset());
    common::record_attempt(&mut fixed);
    fixed.run_ticks(120);
    fixed.world_mut().resource_mut::<FaultSchedule>().faults[0].repaired = true;
    reset(&mut fixed, 3);
    assert!(!burn_started(&fixed));
}

#[test]
fn a_hint_unlocks_at_its_time_and_costs_only_once_shown() {
    let loaded = common::scenario("conveyor-one-line-jam");
    let unlock_s = loaded.scenario.hints[1].unlocks_after_min * 60.0;
    assert!(unlock_s > 0.0);
    let (early, early_log) =
        common::play_actions(&loaded, "ann", 60.0, vec![A::UseHint { index: 1 }]);
    let (_, text, done) = logged(&early_log, |a| matches!(a, A::UseHint { .. }));
    assert!(!done && text.contains("unlocks at 0:10:00"), "{text}");
    let refusal = early_log.iter().find_map(|e| e.outcome()?.refused);
    assert_eq!(refusal, Some(Refusal::HintLocked));
    assert!(!common::has_finding(&early, "hint"), "{}", early.text());

    let (late, late_log) =
        common::play_actions(&loaded, "ann", unlock_s, vec![A::UseHint { index: 1 }]);
    let (_, text, done) = logged(&late_log, |a| matches!(a, A::UseHint { .. }));
    assert!(done && text.contains("lock the line out"), "{text}");
    assert!(
        common::has_finding(&late, "You used the hint"),
        "{}",
        late.text()
    );
}

#[test]
fn the_end_of_shift_question_is_marked_and_the_first_answer_stands() {
    let loaded = common::scenario("conveyor-one-line-jam");
    let question = &loaded.scenario.rubric.questions[0];
    let solution = common::solution_for(&loaded, "ann");
    let answered = |choices: &[u32]| {
        let mut actions: Vec<TraineeAction> = solution
            .iter()
            .filter(|a| !matches!(a, A::AnswerQuestion { .. }))
            .cloned()
            .collect();
        actions.extend(choices.iter().map(|&choice| A::AnswerQuestion {
            question: 0,
            choice,
        }));
        common::play_actions(&loaded, "ann", 120.0, actions)
    };
    let right = question.answer;
    let wrong = (right + 1) % question.choices.len() as u32;

    let (report, _) = answered(&[right]);
    assert_eq!(report.total, 100.0, "{}", report.text());
    let (report, _) = answered(&[]);
    assert_eq!(report.total, 100.0 - question.points, "{}", report.text());
    assert!(common::has_finding(&report, "was not answered"));
    let (report, _) = answered(&[wrong]);
    assert_eq!(report.total, 100.0 - question.points, "{}", report.text());
    // Trying the other choice after a wrong one changes nothing: it is refused.
    let (report, log) = answered(&[wrong, right]);
    assert_eq!(report.total, 100.0 - question.points, "{}", report.text());
    let refused: Vec<Option<Refusal>> = log
        .iter()
        .filter(|e| {
            matches!(
                e,
                LogEntry::Action {
                    action: A::AnswerQuestion { .. },
                    ..
                }
            )
        })
        .map(|e| e.outcome().and_then(|o| o.refused))
        .collect();
    assert_eq!(refused, vec![None, Some(Refusal::AlreadyAnswered)]);
}

#[test]
fn a_floor_cut_to_one_line_has_one_station_and_one_line() {
    let loaded = common::scenario("conveyor-one-line-jam");
    // The floor without the scenario's jam.
    let mut sim = HeadlessSim::new(SimSetup {
        faults: Vec::new(),
        ..SimSetup::scenario(&loaded, &variant_for(&loaded, "ann"))
    });
    sim.run_ticks(60);
    assert_eq!(sim.world().resource::<ConveyorRoster>().lines.len(), 1);
    assert_eq!(sim.world().resource::<FloorGrid>().stations.len(), 1);
    assert_eq!(loaded.layout.fleet.units, 6);
    // The cut-down floor still works: its units bring pods to the one station, and
    // the totes picked there travel its line to the end.
    sim.run_ticks(60 * 60 * 4);
    let picks = sim.world().resource::<faultline::fleet::FleetStats>().picks;
    let delivered = sim.world().resource::<ConveyorRoster>().totes_delivered;
    assert!(
        picks > 0 && delivered > 0,
        "picks {picks}, totes {delivered}"
    );
}

#[test]
fn every_action_that_can_set_off_a_fault_exists_and_acts_on_what_it_says() {
    let examples = faultline::cli::describe::example_actions().expect("examples parse");
    for (name, on) in TRIGGER_ACTIONS {
        let (_, action) = examples
            .iter()
            .find(|(_, a)| a.name() == *name)
            .unwrap_or_else(|| panic!("`{name}` is not a trainee action"));
        let equipment = action
            .equipment()
            .unwrap_or_else(|| panic!("`{name}` acts on no equipment"));
        assert_eq!(equipment.equipment(), *on, "`{name}`");
    }
}
