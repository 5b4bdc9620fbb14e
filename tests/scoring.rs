//! Scoring attempts: the reference solution of every shipped scenario scores 100, and
//! each kind of flawed attempt gets the score and findings its rubric implies.

mod common;

use std::path::Path;

use faultline::scenario::{LoadedScenario, ResolvedTarget, load_scenario_reported};
use faultline::scoring::{Report, score_bundled};
use faultline::trainee::{ActionScript, LogEntry, ScriptedAction, Spot, TraineeAction};

use TraineeAction as A;

fn scenario(name: &str) -> LoadedScenario {
    common::scenario(name)
}

fn solution(name: &str) -> Vec<TraineeAction> {
    common::solution_for(&scenario(name), "")
}

/// Plays the actions (all wanted at `at_s`, done back to back) and scores the attempt.
fn attempt(
    loaded: &LoadedScenario,
    at_s: f32,
    actions: Vec<TraineeAction>,
) -> (Report, Vec<LogEntry>) {
    let script = ActionScript {
        actions: actions
            .into_iter()
            .map(|action| ScriptedAction { at_s, action })
            .collect(),
    };
    common::play(loaded, "", &script, 30.0)
}

use common::{has_finding, points};

macro_rules! reference_scores_full_marks {
    ($($test:ident: $name:literal,)*) => {$(
        #[test]
        fn $test() {
            // The reference solution scores 100, and every reading on the way is physical.
            let loaded = scenario($name);
            let script = common::solution_script(&loaded, "");
            let (report, log) = common::play(&loaded, "", &script, 60.0);
            assert_eq!(report.total, 100.0, "{}", report.text());
            assert!(report.passed && report.findings.is_empty(), "{}", report.text());
            let bad = common::unphysical_readings(&log);
            assert!(bad.is_empty(), "readings no equipment could give:\n{}", bad.join("\n"));
        }
    )*};
}

reference_scores_full_marks! {
    reference_battery_cell_imbalance: "battery-cell-imbalance",
    reference_battery_charger_pads: "battery-charger-pads",
    reference_battery_overtemperature: "battery-overtemperature",
    reference_battery_worn_pack: "battery-worn-pack",
    reference_conveyor_belt_mistracking: "conveyor-belt-mistracking",
    reference_conveyor_dirty_photo_eye: "conveyor-dirty-photo-eye",
    reference_conveyor_estop_chain: "conveyor-estop-chain",
    reference_conveyor_ground_fault: "conveyor-ground-fault",
    reference_conveyor_one_line_jam: "conveyor-one-line-jam",
    reference_conveyor_tote_jam: "conveyor-tote-jam",
    reference_conveyor_two_faults: "conveyor-two-faults",
    reference_motor_axle_wrap: "motor-axle-wrap",
    reference_motor_burnt_winding: "motor-burnt-winding",
    reference_motor_hall_encoder: "motor-hall-encoder",
    reference_motor_lift_wear: "motor-lift-wear",
    reference_motor_worn_tyres: "motor-worn-tyres",
    reference_sensor_bumper_false_trip: "sensor-bumper-false-trip",
    reference_sensor_damaged_sticker: "sensor-damaged-sticker",
    reference_sensor_dirty_camera: "sensor-dirty-camera",
    reference_sensor_radio_dropouts: "sensor-radio-dropouts",
}

#[test]
fn every_shipped_scenario_has_a_reference_solution() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for entry in std::fs::read_dir(&dir).expect("scenarios") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            assert!(
                faultline::scoring::solution_path(&path).is_file(),
                "{} has no reference solution",
                path.display()
            );
        }
    }
}

#[test]
fn hands_on_without_lockout_fails_the_safety_gate_and_caps_the_score() {
    let loaded = scenario("conveyor-tote-jam");
    let unsafe_steps: Vec<TraineeAction> = solution("conveyor-tote-jam")
        .into_iter()
        .filter(|a| {
            !matches!(
                a,
                A::ApplyLockout { .. } | A::VerifyZeroEnergy { .. } | A::RemoveLockout { .. }
            )
        })
        .collect();
    let (report, _) = attempt(&loaded, 120.0, unsafe_steps);
    assert_eq!(report.total, 20.0, "{}", report.text());
    assert!(!report.passed);
    let gate = report.gate.clone().unwrap_or_default();
    assert!(
        gate.contains("critical safety violation") && gate.contains("clear jam"),
        "{gate}"
    );
    assert!(
        has_finding(&report, "(WorkOnEnergisedConveyor)"),
        "{}",
        report.text()
    );
}

#[test]
fn a_wrong_root_cause_loses_the_root_cause_points() {
    let loaded = scenario("conveyor-tote-jam");
    let steps: Vec<TraineeAction> = solution("conveyor-tote-jam")
        .into_iter()
        .map(|a| match a {
            A::FileWorkOrder {
                target,
                repair,
                notes,
                ..
            } => A::FileWorkOrder {
                target,
                root_cause: "bent guide rail".into(),
                repair,
                notes,
            },
            other => other,
        })
        .collect();
    let (report, _) = attempt(&loaded, 120.0, steps);
    assert_eq!(points(&report, "root cause"), 0.0);
    assert_eq!(report.total, 60.0, "{}", report.text());
    // Below the rubric's root-cause minimum: the attempt fails whatever its total.
    assert!(!report.passed, "{}", report.text());
    assert!(has_finding(
        &report,
        "named \"bent guide rail\" for line 1 zone 2: that was not the root cause"
    ));
    assert!(has_finding(
        &report,
        "No work order named the root cause in line 1 zone 2: \"item wedged in zone\""
    ));
}

#[test]
fn a_part_swapper_that_fixes_it_in_the_end_pays_for_the_good_part_and_the_guesswork() {
    let loaded = scenario("conveyor-tote-jam");
    let mut steps = Vec::new();
    for a in solution("conveyor-tote-jam") {
        if matches!(a, A::InspectZone { .. }) {
            continue;
        }
        if matches!(a, A::ClearJam { .. }) {
            steps.push(A::ReplaceRollerCard { line: 1, zone: 2 });
        }
        steps.push(a);
    }
    let (report, _) = attempt(&loaded, 120.0, steps);
    // A good part costs 5, and 5 per 1,000 of its price.
    assert_eq!(points(&report, "parts efficiency"), 8.8);
    assert_eq!(points(&report, "logical test sequence"), 0.0);
    assert!(has_finding(
        &report,
        "You replaced the MDR control card without testing it first; it was good (cost 240): −6.2"
    ));
    // No useful test: below the test-sequence minimum, a fail.
    assert!(!report.passed);
    let time_points = (30.0 - report.duration_min).clamp(0.0, 15.0);
    assert!(
        (points(&report, "time") - time_points).abs() <= 0.1,
        "{}",
        report.text()
    );
    let expected = 40.0 + 8.8 + points(&report, "time") + 15.0 + 0.0 + 5.0;
    assert!((report.total - expected).abs() < 0.05, "{}", report.text());
}

#[test]
fn a_reset_alone_leaves_the_fault_and_scores_no_repair_points() {
    let loaded = scenario("conveyor-ground-fault");
    let steps = vec![
        A::ReadAlarms,
        A::WalkTo {
            to: Spot::LinePanel(3),
        },
        A::ResetVfd { line: 3 },
        A::RunTestCycle {
            target: ResolvedTarget::Line(3),
        },
        A::FileWorkOrder {
            target: ResolvedTarget::Line(3),
            root_cause: "motor insulation breakdown".into(),
            repair: "reset the drive".into(),
            notes: "F013 on start; reset the VFD".into(),
        },
    ];
    let (report, _) = attempt(&loaded, 150.0, steps);
    assert!(!report.passed);
    for category in ["root cause", "time", "verification and return to service"] {
        assert_eq!(points(&report, category), 0.0, "{category}");
    }
    assert!(has_finding(
        &report,
        "was never repaired: motor insulation breakdown is still there"
    ));
    // An unsolved fault scores nothing but its paperwork (no parts, no tests either).
    assert_eq!(report.total, 5.0, "{}", report.text());
}

#[test]
fn a_slow_but_correct_repair_loses_only_time() {
    let loaded = scenario("conveyor-tote-jam");
    let (report, _) = attempt(&loaded, 1200.0, solution("conveyor-tote-jam"));
    assert!(report.duration_min > 15.0);
    let time_points = (30.0 - report.duration_min).clamp(0.0, 15.0);
    assert!(
        (points(&report, "time") - time_points).abs() <= 0.1,
        "{}",
        report.text()
    );
    assert!((report.total - (85.0 + points(&report, "time"))).abs() < 0.05);
    assert!(has_finding(&report, "against a target of 15 min"));
    assert_eq!(report.findings.len(), 1, "{}", report.text());
}

#[test]
fn a_test_on_healthy_equipment_is_redundant() {
    let loaded = scenario("conveyor-tote-jam");
    let mut steps = vec![
        A::WalkTo {
            to: Spot::Zone { line: 1, zone: 0 },
        },
        A::InspectZone { line: 1, zone: 0 },
    ];
    steps.extend(solution("conveyor-tote-jam"));
    let (report, _) = attempt(&loaded, 120.0, steps);
    assert_eq!(report.process.tests, 2);
    assert_eq!(report.process.redundant, 1);
    assert_eq!(points(&report, "logical test sequence"), 5.0);
    assert!(has_finding(
        &report,
        "Nothing was wrong with line 1 zone 0: redundant"
    ));
    assert!(has_finding(
        &report,
        "your 2 test(s) narrowed 6 possible cause(s) to 1; the fewest possible was 1"
    ));
}

#[test]
fn each_hint_costs_what_the_rubric_says() {
    let loaded = scenario("conveyor-tote-jam");
    let mut steps = vec![A::UseHint { index: 0 }];
    steps.extend(solution("conveyor-tote-jam"));
    let (report, log) = attempt(&loaded, 120.0, steps);
    assert!(log.iter().any(|e| matches!(e, LogEntry::Action { observation, .. } if observation.starts_with("hint (gather)"))));
    assert_eq!(report.total, 95.0, "{}", report.text());
    assert!(has_finding(&report, "You used the hint for \"gather\": −5"));
}

#[test]
fn rescoring_a_log_gives_the_same_report_byte_for_byte_and_weights_are_data() {
    let loaded = scenario("conveyor-tote-jam");
    let mut steps = vec![A::UseHint { index: 1 }];
    steps.extend(
        solution("conveyor-tote-jam")
            .into_iter()
            .filter(|a| !matches!(a, A::InspectZone { .. })),
    );
    let (first, log) = attempt(&loaded, 120.0, steps);
    let again = score_bundled(&loaded, &log).expect("scores");
    assert_eq!(
        serde_json::to_string(&first).expect("json"),
        serde_json::to_string(&again).expect("json")
    );
    // Without its test the attempt loses the logical-sequence points; weigh that category
    // double in a copy of the scenario file and the loss doubles, with no rebuild.
    let lost = 10.0 - points(&first, "logical test sequence");
    assert!(lost > 0.0);
    let dir = common::fresh_dir("weights");
    let text = std::fs::read_to_string(&loaded.path).expect("read").replace(
        "        pass_mark: 60.0,",
        "        pass_mark: 60.0,\n        weights: (root_cause: 35.0, parts_efficiency: 15.0, time: 15.0, verification: 10.0, logical_sequence: 20.0, documentation: 5.0),",
    );
    let copy = dir.join("conveyor-tote-jam.ron");
    std::fs::write(&copy, text).expect("write");
    let reweighted = load_scenario_reported(&copy).unwrap_or_else(|e| panic!("{e}"));
    let second = score_bundled(&reweighted, &log).expect("scores");
    assert_eq!(points(&second, "logical test sequence"), 20.0 - 2.0 * lost);
    assert!(
        (second.total - (100.0 - 10.0 - 2.0 * lost)).abs() < 0.05,
        "{}",
        second.text()
    );
}

#[test]
fn validate_refuses_a_scenario_whose_reference_solution_does_not_solve_it() {
    let dir = common::fresh_dir("unsolvable");
    std::fs::create_dir_all(dir.join("solutions")).expect("dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("scenarios/conveyor-tote-jam.ron"),
        dir.join("conveyor-tote-jam.ron"),
    )
    .expect("copy");
    // The solution forgets to clear the jam.
    let broken = std::fs::read_to_string(root.join("scenarios/solutions/conveyor-tote-jam.ron"))
        .expect("read")
        .replace(
            "(at_s: 120.0, action: ClearJam(line: {line:wedged-carton}, zone: {zone:wedged-carton})),",
            "",
        );
    std::fs::write(dir.join("solutions/conveyor-tote-jam.ron"), broken).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args(["validate", "--quick"])
        .arg(&dir)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("the reference solution")
            && stderr.contains("(not 100)")
            && stderr.contains("was never repaired"),
        "{stderr}"
    );
}

#[test]
fn play_writes_the_report_as_json_and_score_re_scores_the_saved_log_identically() {
    let dir = common::fresh_dir("rescore");
    let (log, played, rescored) = (
        dir.join("attempt.jsonl"),
        dir.join("played.json"),
        dir.join("rescored.json"),
    );
    let run = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_faultline"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let stdout = run(&[
        "play".as_ref(),
        "scenarios/conveyor-tote-jam.ron".as_ref(),
        "--script".as_ref(),
        "scenarios/solutions/conveyor-tote-jam.ron".as_ref(),
        "--log".as_ref(),
        log.as_os_str(),
        "--json".as_ref(),
        played.as_os_str(),
    ]);
    assert!(
        stdout.contains("conveyor-tote-jam (reference variant): 100 / 100, PASS"),
        "{stdout}"
    );
    run(&[
        "score".as_ref(),
        log.as_os_str(),
        "--json".as_ref(),
        rescored.as_os_str(),
    ]);
    let (a, b) = (
        std::fs::read(&played).expect("played report"),
        std::fs::read(&rescored).expect("re-scored report"),
    );
    assert_eq!(a, b, "re-scoring the saved log changed the report");
    let report: Report = serde_json::from_slice(&a).expect("the JSON is a report");
    assert_eq!(report.total, 100.0);
    assert!(!report.expert_path.is_empty() && !report.trainee_path.is_empty());
}

#[test]
fn scoring_a_one_hour_attempt_of_500_actions_is_fast() {
    let loaded = scenario("conveyor-tote-jam");
    let (mean, _) = faultline::scoring::bench::time_scoring(&loaded, 500, 20).expect("scores");
    // The release build's figure is in docs/benchmarks.md; a debug build gets slack.
    let limit = if cfg!(debug_assertions) { 100.0 } else { 10.0 };
    assert!(mean < limit, "{mean:.2} ms per scoring");
}
