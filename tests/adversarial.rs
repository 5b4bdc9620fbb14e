//! Scoring tried as an adversarial trainee would: for every trick, a scripted attempt
//! that tries it, asserting that it fails (or loses what it should) and the finding that
//! says why; and the honest failures, each with the finding that explains it. Attempts
//! are the shipped reference solutions, bent.

mod common;

use common::{has_finding, play_actions, points, scenario, solution_for};
use faultline::floor::Cell;
use faultline::scenario::{ResolvedTarget, variant_of};
use faultline::scoring::Report;
use faultline::trainee::{LogEntry, Spot, TraineeAction};

use TraineeAction as A;

/// The reference solution with each action for which `drop` is true left out.
fn without(actions: &[A], drop: impl Fn(&A) -> bool) -> Vec<A> {
    actions.iter().filter(|a| !drop(a)).cloned().collect()
}

/// The reference solution with `extra` put in before the first action `before` matches.
fn inserted(actions: &[A], before: impl Fn(&A) -> bool, extra: Vec<A>) -> Vec<A> {
    let at = actions.iter().position(before).unwrap_or(actions.len());
    let mut out = actions[..at].to_vec();
    out.extend(extra);
    out.extend_from_slice(&actions[at..]);
    out
}

fn play(name: &str, at_s: f32, actions: Vec<A>) -> (Report, Vec<LogEntry>) {
    play_actions(&scenario(name), "", at_s, actions)
}

fn safety_rules(log: &[LogEntry]) -> Vec<String> {
    log.iter()
        .filter_map(|e| match e {
            LogEntry::SafetyViolation { rule, .. } => Some(format!("{rule:?}")),
            _ => None,
        })
        .collect()
}

// --- Refused actions earn nothing ---------------------------------------------------

#[test]
fn a_test_issued_from_the_bench_is_refused_and_earns_no_test_points() {
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    // The inspection, from the bench before walking anywhere: "walk there first".
    let mut steps = vec![A::InspectZone { line: 1, zone: 2 }];
    steps.extend(without(&reference, |a| matches!(a, A::InspectZone { .. })));
    let (report, log) = play("conveyor-tote-jam", 120.0, steps);
    assert!(log.iter().any(|e| matches!(e, LogEntry::Action { observation, .. } if observation.contains("walk there first"))));
    assert_eq!(
        report.process.tests,
        0,
        "the refused inspection is no test: {}",
        report.text()
    );
    assert!(!report.passed, "{}", report.text());
    assert!(
        has_finding(&report, "Logical test sequence earned 0"),
        "{}",
        report.text()
    );
}

#[test]
fn a_return_to_service_refused_from_afar_leaves_the_unit_out_of_service() {
    let loaded = scenario("motor-axle-wrap");
    let reference = solution_for(&loaded, "");
    // Walk to the bench first, then ask for the return to service from there.
    let steps: Vec<A> = reference
        .iter()
        .flat_map(|a| match a {
            A::ReturnToService { .. } => vec![A::WalkTo { to: Spot::Bench }, a.clone()],
            A::WalkTo { to: Spot::Bench } => vec![],
            _ => vec![a.clone()],
        })
        .collect();
    let (report, _) = play_actions(&loaded, "", 240.0, steps);
    assert!(points(&report, "verification and return to service") < 15.0);
    assert!(
        has_finding(&report, "was not returned to service"),
        "{}",
        report.text()
    );
}

#[test]
fn a_lockout_removal_refused_from_afar_leaves_the_line_locked_out_and_untested() {
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    // Remove the lockout from the bench, not at the panel: refused.
    let steps: Vec<A> = reference
        .iter()
        .enumerate()
        .map(|(i, a)| match a {
            A::WalkTo {
                to: Spot::LinePanel(_),
            } if reference[..i]
                .iter()
                .any(|b| matches!(b, A::ClearJam { .. })) =>
            {
                A::WalkTo { to: Spot::Bench }
            }
            other => other.clone(),
        })
        .collect();
    let (report, _) = play("conveyor-tote-jam", 120.0, steps);
    assert!(
        has_finding(&report, "was not returned to service"),
        "{}",
        report.text()
    );
    assert!(
        has_finding(&report, "Nothing showed line 1 zone 2 working"),
        "{}",
        report.text()
    );
    assert!(points(&report, "verification and return to service") <= 0.0);
}

// --- A test cycle that did nothing proves nothing ------------------------------------

#[test]
fn a_test_cycle_on_a_line_still_locked_out_delivers_nothing_and_proves_nothing() {
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    let steps = without(&reference, |a| matches!(a, A::RemoveLockout { .. }));
    let (report, log) = play("conveyor-tote-jam", 120.0, steps);
    assert!(log.iter().any(|e| matches!(e, LogEntry::Action { observation, .. } if observation.contains("0 totes delivered"))));
    assert!(
        has_finding(&report, "Nothing showed line 1 zone 2 working"),
        "{}",
        report.text()
    );
}

#[test]
fn a_test_cycle_on_a_unit_still_powered_down_drives_nothing_and_proves_nothing() {
    let reference = solution_for(&scenario("motor-axle-wrap"), "");
    let steps = without(&reference, |a| matches!(a, A::ReturnToService { .. }));
    let (report, log) = play("motor-axle-wrap", 240.0, steps);
    assert!(log.iter().any(|e| matches!(e, LogEntry::Action { observation, .. } if observation.contains("drove 0 cells"))));
    assert!(
        has_finding(&report, "Nothing showed drive unit DU-013 working"),
        "{}",
        report.text()
    );
    assert!(
        has_finding(&report, "was not returned to service"),
        "{}",
        report.text()
    );
}

#[test]
fn a_test_cycle_on_a_charger_whose_pads_were_never_cleaned_proves_nothing() {
    let reference = solution_for(&scenario("battery-charger-pads"), "");
    let steps = without(&reference, |a| {
        matches!(
            a,
            A::CleanChargerPads { charger: 0 }
                | A::FileWorkOrder {
                    target: ResolvedTarget::Charger(0),
                    ..
                }
        )
    });
    let (report, _) = play("battery-charger-pads", 60.0, steps);
    assert!(!report.passed, "{}", report.text());
    assert!(
        has_finding(&report, "charger C0 was never repaired"),
        "{}",
        report.text()
    );
}

// --- Every wrong work order costs ----------------------------------------------------

fn work_order(target: ResolvedTarget, cause: &str) -> A {
    A::FileWorkOrder {
        target,
        root_cause: cause.into(),
        repair: "as found".into(),
        notes: "filed to see what sticks".into(),
    }
}

#[test]
fn a_wrong_work_order_after_the_right_one_still_costs() {
    let mut steps = solution_for(&scenario("conveyor-tote-jam"), "");
    steps.push(work_order(
        ResolvedTarget::Zone { line: 1, zone: 2 },
        "dirty photo-eye",
    ));
    let (report, _) = play("conveyor-tote-jam", 120.0, steps);
    assert_eq!(points(&report, "root cause"), 20.0, "{}", report.text());
    assert!(has_finding(
        &report,
        "named \"dirty photo-eye\" for line 1 zone 2: that was not the root cause"
    ));
}

#[test]
fn filing_every_cause_in_catalogue_order_fails() {
    let zone = ResolvedTarget::Zone { line: 1, zone: 2 };
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    let mut steps = without(&reference, |a| matches!(a, A::FileWorkOrder { .. }));
    for cause in [
        "dirty photo-eye",
        "photo-eye misaligned",
        "controller card failed",
        "item wedged in zone",
        "roller motor failed",
    ] {
        steps.push(work_order(zone, cause));
    }
    let (report, _) = play("conveyor-tote-jam", 120.0, steps);
    assert!(points(&report, "root cause") <= 10.0, "{}", report.text());
    assert!(!report.passed, "{}", report.text());
    assert!(
        has_finding(&report, "Root cause earned 10 of 40"),
        "{}",
        report.text()
    );
}

#[test]
fn the_right_cause_on_the_wrong_equipment_is_said_as_such_and_fails() {
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    let mut steps = without(&reference, |a| matches!(a, A::FileWorkOrder { .. }));
    steps.push(work_order(
        ResolvedTarget::Zone { line: 2, zone: 2 },
        "item wedged in zone",
    ));
    let (report, _) = play("conveyor-tote-jam", 120.0, steps);
    assert!(!report.passed, "{}", report.text());
    assert!(
        has_finding(&report, "Right cause, wrong equipment"),
        "{}",
        report.text()
    );
    assert!(has_finding(
        &report,
        "No work order named the root cause in line 1 zone 2"
    ));
}

// --- The field, the vest and locked zones --------------------------------------------

#[test]
fn one_locked_cell_far_away_does_not_make_a_walk_through_live_aisles_safe() {
    let loaded = scenario("motor-axle-wrap");
    let steps: Vec<A> = solution_for(&loaded, "")
        .into_iter()
        .map(|a| match a {
            A::LockZoneAround { .. } => A::LockZone {
                from: Cell::new(0, 0),
                to: Cell::new(0, 0),
            },
            A::Vest { .. } => A::ReadAlarms,
            other => other,
        })
        .collect();
    let (report, log) = play_actions(&loaded, "", 240.0, steps);
    assert!(safety_rules(&log).contains(&"EnterFieldUnlocked".to_string()));
    assert!(!report.passed);
    assert!(report.total <= 20.0, "{}", report.text());
    assert!(
        report
            .gate
            .as_deref()
            .unwrap_or_default()
            .contains("not in a locked zone")
    );
}

#[test]
fn a_walk_with_the_vest_to_a_locked_zone_is_safe_whatever_the_traffic() {
    // The same safe attempt started at three moments: the units are elsewhere each time,
    // and no safety event may fall on any of them.
    let loaded = scenario("motor-axle-wrap");
    for at in [240.0, 263.0, 301.0] {
        let (report, log) = play_actions(&loaded, "", at, solution_for(&loaded, ""));
        assert!(safety_rules(&log).is_empty(), "at {at}: {}", report.text());
    }
}

#[test]
fn taking_the_vest_off_in_an_open_aisle_is_a_safety_event() {
    let loaded = scenario("motor-axle-wrap");
    let reference = solution_for(&loaded, "");
    // Walk in with the vest to the locked zone, then step out to an open cell and take it off.
    let steps = inserted(
        &reference,
        |a| matches!(a, A::LowerLift { .. }),
        vec![
            A::WalkTo {
                to: Spot::Cell(Cell::new(20, 5)),
            },
            A::Vest { on: false },
            A::Vest { on: true },
        ],
    );
    let (report, log) = play_actions(&loaded, "", 240.0, steps);
    assert!(
        safety_rules(&log).contains(&"InPathOfMovingUnit".to_string()),
        "{}",
        report.text()
    );
    assert!(has_finding(&report, "without the vest, where units drive"));
}

#[test]
fn cleaning_live_charger_pads_is_critical() {
    let reference = solution_for(&scenario("battery-charger-pads"), "");
    let steps = without(&reference, |a| {
        matches!(
            a,
            A::ApplyChargerLockout { .. } | A::RemoveChargerLockout { .. }
        )
    });
    let (report, _) = play("battery-charger-pads", 60.0, steps);
    assert!(!report.passed);
    assert!(
        has_finding(&report, "(WorkOnEnergisedCharger)"),
        "{}",
        report.text()
    );
}

#[test]
fn jumpering_an_estop_device_is_critical() {
    let reference = solution_for(&scenario("conveyor-estop-chain"), "");
    let steps: Vec<A> = reference
        .into_iter()
        .map(|a| match a {
            A::ResetEstopDevice { line, device } => A::JumperEstopDevice { line, device },
            other => other,
        })
        .collect();
    let (report, _) = play("conveyor-estop-chain", 90.0, steps);
    assert!(!report.passed);
    assert!(
        has_finding(&report, "(BypassSafetyDevice)"),
        "{}",
        report.text()
    );
}

#[test]
fn hands_on_a_powered_unit_is_critical() {
    let reference = solution_for(&scenario("sensor-dirty-camera"), "");
    let steps = without(&reference, |a| {
        matches!(
            a,
            A::PowerDownUnit { .. } | A::DisconnectBattery { .. } | A::VerifyUnitDead { .. }
        )
    });
    let (report, _) = play("sensor-dirty-camera", 180.0, steps);
    assert!(!report.passed);
    assert!(
        has_finding(&report, "(WorkOnPoweredUnit)"),
        "{}",
        report.text()
    );
}

// --- Guessing, needless parts and trial and error ----------------------------------

#[test]
fn three_needless_cards_no_test_and_twice_the_time_fail() {
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    let repair = inserted(
        &without(&reference, |a| {
            matches!(a, A::InspectZone { .. } | A::Measure { .. })
        }),
        |a| matches!(a, A::ClearJam { .. }),
        vec![
            A::ReplaceRollerCard { line: 1, zone: 2 },
            A::ReplaceRollerCard { line: 1, zone: 2 },
            A::ReplaceRollerCard { line: 1, zone: 2 },
        ],
    );
    let (report, _) = play("conveyor-tote-jam", 600.0, repair);
    assert!(!report.passed, "{}", report.text());
    assert!(
        has_finding(&report, "Logical test sequence earned 0"),
        "{}",
        report.text()
    );
    assert!(has_finding(
        &report,
        "MDR control card without testing it first"
    ));
}

#[test]
fn a_needless_pack_costs_more_than_a_needless_sticker() {
    let loaded = scenario("battery-cell-imbalance");
    let reference = solution_for(&loaded, "");
    let unit = variant_of(&loaded, "", None).faults[0].target;
    let ResolvedTarget::Unit(u) = unit else {
        panic!("a unit fault")
    };
    let with_pack = inserted(
        &reference,
        |a| matches!(a, A::BalanceCharge { .. }),
        vec![A::ReplacePack { unit: u }],
    );
    let (pack, _) = play_actions(&loaded, "", 60.0, with_pack);
    let sticker_scenario = scenario("sensor-damaged-sticker");
    let reference = solution_for(&sticker_scenario, "");
    let with_sticker = inserted(
        &reference,
        |a| matches!(a, A::ReplaceSticker { .. }),
        vec![A::ReplaceSticker {
            cell: match variant_of(&sticker_scenario, "", None).faults[0].target {
                ResolvedTarget::Cell(c) => Cell::new(c.x, c.y),
                _ => panic!("a cell"),
            },
        }],
    );
    let (sticker, _) = play_actions(&sticker_scenario, "", 60.0, with_sticker);
    let charged = |r: &Report| -> f32 {
        r.findings
            .iter()
            .filter(|f| f.category == "parts efficiency")
            .map(|f| -f.points)
            .sum()
    };
    assert!(
        charged(&pack) > charged(&sticker) + 10.0,
        "pack {} sticker {}",
        pack.text(),
        sticker.text()
    );
    assert!(has_finding(&pack, "battery pack 48 V"));
}

#[test]
fn a_repair_that_changed_nothing_costs_and_is_reported() {
    let reference = solution_for(&scenario("conveyor-tote-jam"), "");
    let steps = inserted(
        &reference,
        |a| matches!(a, A::ClearJam { .. }),
        vec![A::CleanPhotoEye { line: 1, zone: 2 }],
    );
    let (report, _) = play("conveyor-tote-jam", 120.0, steps);
    assert!(
        has_finding(&report, "This repair changed nothing"),
        "{}",
        report.text()
    );
    assert!(points(&report, "parts efficiency") < 15.0);
}

#[test]
fn guessing_a_cause_with_no_repair_fails() {
    let (report, _) = play(
        "conveyor-tote-jam",
        120.0,
        vec![
            A::ReadAlarms,
            work_order(
                ResolvedTarget::Zone { line: 1, zone: 2 },
                "item wedged in zone",
            ),
        ],
    );
    assert!(!report.passed);
    assert!(
        has_finding(&report, "was never repaired"),
        "{}",
        report.text()
    );
    assert!(report.total < 20.0, "{}", report.text());
}

#[test]
fn an_empty_attempt_scores_close_to_nothing() {
    let (report, _) = play("motor-axle-wrap", 60.0, vec![]);
    assert!(!report.passed);
    assert!(report.total <= 5.0, "{}", report.text());
}

#[test]
fn a_reset_alone_brings_the_fault_back_and_fails() {
    let loaded = scenario("motor-axle-wrap");
    let ResolvedTarget::Unit(u) = variant_of(&loaded, "", None).faults[0].target else {
        panic!("a unit fault")
    };
    let (report, _) = play_actions(
        &loaded,
        "",
        240.0,
        vec![
            A::ReadAlarms,
            A::ResetDrive { unit: u },
            A::RunTestCycle {
                target: ResolvedTarget::Unit(u),
            },
            work_order(ResolvedTarget::Unit(u), "debris wrapped on axle"),
        ],
    );
    assert!(!report.passed);
    assert!(has_finding(
        &report,
        "was never repaired: debris wrapped on axle is still there"
    ));
}

#[test]
fn a_good_part_instead_of_the_repair_fails() {
    let loaded = scenario("motor-axle-wrap");
    let steps: Vec<A> = solution_for(&loaded, "")
        .into_iter()
        .map(|a| match a {
            A::ClearAxleDebris { unit } => A::ReplaceDriveMotor { unit },
            other => other,
        })
        .collect();
    let (report, _) = play_actions(&loaded, "", 240.0, steps);
    assert!(!report.passed);
    assert!(has_finding(&report, "drive motor"), "{}", report.text());
    assert!(has_finding(&report, "was never repaired"));
}

#[test]
fn a_sticker_test_before_the_sticker_is_replaced_shows_it_failing() {
    let loaded = scenario("sensor-damaged-sticker");
    let ResolvedTarget::Cell(cell) = variant_of(&loaded, "", None).faults[0].target else {
        panic!("a cell fault")
    };
    let (_, log) = play_actions(
        &loaded,
        "",
        60.0,
        vec![A::RunTestCycle {
            target: ResolvedTarget::Cell(cell),
        }],
    );
    let seen = log.iter().find_map(|e| match e {
        LogEntry::Action { observation, .. } if observation.starts_with("test cycle") => {
            Some(observation.clone())
        }
        _ => None,
    });
    assert!(
        seen.as_deref()
            .is_some_and(|o| !o.contains("10 times read its sticker 10")),
        "{seen:?}"
    );
}

// --- Copying a neighbour ----------------------------------------------------------------

#[test]
fn copying_a_neighbours_solution_on_a_different_unit_fails() {
    let loaded = scenario("motor-axle-wrap");
    // Two trainees whose units differ; one plays the other's solution.
    let ids = ["ana", "ben", "chloe", "dev", "eli", "fay"];
    let unit = |id: &str| variant_of(&loaded, id, None).faults[0].target;
    let (a, b) = ids
        .iter()
        .flat_map(|a| ids.iter().map(move |b| (*a, *b)))
        .find(|(a, b)| unit(a) != unit(b))
        .expect("two trainees with different units");
    let (report, _) = play_actions(&loaded, b, 240.0, solution_for(&loaded, a));
    assert!(!report.passed, "{}", report.text());
    assert!(has_finding(&report, "was never repaired"));
    assert!(
        has_finding(&report, "Right cause, wrong equipment"),
        "{}",
        report.text()
    );
}

// --- Hints ---------------------------------------------------------------------------

#[test]
fn a_hint_asked_for_twice_is_charged_once() {
    let mut steps = vec![A::UseHint { index: 0 }, A::UseHint { index: 0 }];
    steps.extend(solution_for(&scenario("conveyor-tote-jam"), ""));
    let (report, _) = play("conveyor-tote-jam", 120.0, steps);
    assert_eq!(report.total, 95.0, "{}", report.text());
}

// --- Fairness --------------------------------------------------------------------------

#[test]
fn time_counts_from_the_faults_onset_in_each_variant() {
    // The jam starts at a different moment for each trainee; the same work done the
    // same time after it starts earns the same time points.
    let loaded = scenario("conveyor-tote-jam");
    let onset = |id: &str| match variant_of(&loaded, id, None).faults[0].trigger {
        faultline::scenario::ResolvedTrigger::At { tick } => tick,
        _ => panic!("a timed fault"),
    };
    let ids = ["ana", "ben", "chloe", "dev", "eli"];
    let early = ids
        .iter()
        .min_by_key(|id| onset(id))
        .copied()
        .unwrap_or("ana");
    let late = ids
        .iter()
        .max_by_key(|id| onset(id))
        .copied()
        .unwrap_or("ben");
    assert!(
        onset(late) > onset(early) + 600,
        "two variants far enough apart"
    );
    let run = |id: &str| {
        let at = onset(id) as f32 / 60.0 + 30.0;
        play_actions(&loaded, id, at, solution_for(&loaded, id)).0
    };
    let (a, b) = (run(early), run(late));
    assert!(
        (a.duration_min - b.duration_min).abs() < 1.0,
        "{} / {}",
        a.text(),
        b.text()
    );
    assert_eq!(points(&a, "time"), points(&b, "time"));
    assert!(b.text().contains("from the fault's onset"));
}

#[test]
fn neighbours_on_a_roster_get_different_equipment_spread_evenly() {
    for name in [
        "motor-axle-wrap",
        "conveyor-tote-jam",
        "battery-charger-pads",
    ] {
        let loaded = scenario(name);
        let class: Vec<ResolvedTarget> = (0..36)
            .map(|slot| variant_of(&loaded, &format!("t{slot}"), Some(slot)).faults[0].target)
            .collect();
        for pair in class.windows(2) {
            assert_ne!(pair[0], pair[1], "{name}: neighbours share {:?}", pair[0]);
        }
        let mut counts = std::collections::BTreeMap::new();
        for t in &class {
            *counts.entry(format!("{t:?}")).or_insert(0) += 1;
        }
        let (lo, hi) = (
            counts.values().min().copied(),
            counts.values().max().copied(),
        );
        assert!(
            hi.zip(lo).is_some_and(|(h, l)| h - l <= 1),
            "{name}: {counts:?}"
        );
    }
}

fn faultline(args: &[&std::ffi::OsStr]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn a_log_holding_two_attempts_is_refused_and_play_never_appends() {
    let dir = common::Scratch::new("two");
    let log = dir.join("a.jsonl");
    let play = |log: &std::path::Path| {
        faultline(&[
            "play".as_ref(),
            "scenarios/conveyor-tote-jam.ron".as_ref(),
            "--script".as_ref(),
            "scenarios/scripts/look-around.ron".as_ref(),
            "--log".as_ref(),
            log.as_os_str(),
        ])
    };
    let (ok, out) = play(&log);
    assert!(ok, "{out}");
    let (ok, out) = play(&log);
    assert!(!ok && out.contains("never appended to"), "{out}");
    // Two attempts glued into one file by hand are refused, not scored as one.
    let text = std::fs::read_to_string(&log).expect("log");
    let glued = dir.join("glued.jsonl");
    std::fs::write(&glued, format!("{text}{text}")).expect("glued");
    let (ok, out) = faultline(&["score".as_ref(), glued.as_os_str()]);
    assert!(!ok && out.contains("holds 2 attempts"), "{out}");
}
