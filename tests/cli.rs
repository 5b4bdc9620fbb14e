//! The command line as an instructor uses it: exit codes and messages.

#[path = "common/scratch.rs"]
mod scratch;

use std::process::Command;

fn faultline(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_passes_the_shipped_scenarios_with_a_one_line_summary() {
    // The reference solutions are played by tests/scoring.rs; here only the files.
    let (code, stdout, stderr) = faultline(&["validate", "--no-play", "scenarios"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("scenario file(s) valid"));
}

#[test]
fn validate_reports_every_broken_file_and_fails() {
    let (code, _, stderr) = faultline(&["validate", "tests/broken_scenarios"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("tests/broken_scenarios/unknown-unit.ron:14:21: unknown target unit 99"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tests/broken_scenarios/syntax-unknown-kind.ron:13:19:"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    let last = stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("error: ") && last.contains("of 48 file(s)"),
        "{last}"
    );
}

#[test]
fn running_a_broken_scenario_is_refused_with_the_same_message() {
    let (code, _, stderr) = faultline(&["run", "tests/broken_scenarios/drag-out-of-range.ron"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "tests/broken_scenarios/drag-out-of-range.ron:13:51: MotorBind drag_nm is 500"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn a_missing_scenario_file_is_an_error_not_a_panic() {
    let (code, _, stderr) = faultline(&["run", "scenarios/no-such-file.ron"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("scenarios/no-such-file.ron: cannot read the file"),
        "{stderr}"
    );
}

#[test]
fn variants_shows_each_trainees_fault() {
    let (code, stdout, stderr) = faultline(&[
        "variants",
        "scenarios/motor-axle-wrap.ron",
        "--trainees",
        "ana,ben",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ana:") && stdout.contains("ben:"));
    assert_eq!(stdout.matches("MotorBind").count(), 2, "{stdout}");
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args([
            "play",
            "scenarios/motor-axle-wrap.ron",
            "--script",
            "scenarios/solutions/motor-axle-wrap.ron",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // Read one line, as `| head -1` would, then close the pipe.
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a line");
    let out = child.wait_with_output().expect("ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}

#[test]
fn a_log_torn_mid_entry_still_scores_and_says_where_it_ends() {
    let dir = scratch::Scratch::new("torn");
    let log = dir.join("a.jsonl");
    let log_arg = log.display().to_string();
    let (code, _, stderr) = faultline(&[
        "play",
        "scenarios/conveyor-tote-jam.ron",
        "--script",
        "scenarios/solutions/conveyor-tote-jam.ron",
        "--log",
        &log_arg,
    ]);
    assert_eq!(code, 0, "{stderr}");
    let text = std::fs::read_to_string(&log).expect("log");
    let lines = text.lines().count();
    std::fs::write(&log, &text[..text.len() - 15]).expect("cut");
    let (code, stdout, stderr) = faultline(&["score", &log_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("/ 100"), "{stdout}");
    assert!(
        stderr.contains(&format!("ends mid-entry at line {lines}")),
        "{stderr}"
    );
}

/// `variants` shows each trainee's onset, simulated for a condition trigger, and refuses
/// a scenario whose fault never starts within the shift.
#[test]
fn variants_show_each_onset_and_flag_a_fault_that_never_starts() {
    let dir = scratch::Scratch::new("onset");
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/battery-overtemperature.ron"
    ))
    .expect("shipped scenario");
    let never = source
        .replace("SocBelow(0.35)", "SocBelow(0.02)")
        .replace("shift_min: 60.0", "shift_min: 10.0")
        .replace("time_target_min: 30.0", "time_target_min: 5.0");
    let path = dir.join("never.ron");
    std::fs::write(&path, never).expect("write scenario");
    let (code, stdout, stderr) = faultline(&[
        "variants",
        path.to_str().expect("utf-8 path"),
        "--trainees",
        "ana",
    ]);
    assert_ne!(code, 0, "{stdout}");
    assert!(
        stdout.contains("NEVER STARTS within the 10 min shift"),
        "{stdout}"
    );
    assert!(stderr.contains("never start"), "{stderr}");
    let (code, stdout, _) = faultline(&[
        "variants",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/battery-overtemperature.ron"
        ),
        "--trainees",
        "ana",
    ]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("(simulated)"), "{stdout}");
}

/// `docs/reference.md` is exactly what the binary generates, and the reference shows
/// every action kind and every fault kind the catalogues know.
#[test]
fn the_authoring_reference_matches_the_binary_and_covers_every_kind() {
    let (code, stdout, stderr) = faultline(&["describe", "all"]);
    assert_eq!(code, 0, "{stderr}");
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reference.md"))
        .expect("docs/reference.md");
    assert!(
        file == stdout,
        "docs/reference.md is stale: regenerate it with `faultline describe all > docs/reference.md`"
    );
    let actions = faultline::cli::describe::example_actions().unwrap_or_else(|e| panic!("{e}"));
    let shown: std::collections::BTreeSet<String> = actions.iter().map(|(_, a)| a.name()).collect();
    let catalogue = faultline::trainee::ActionCatalogue::bundled().expect("action catalogue");
    for kind in catalogue.seconds.keys() {
        assert!(
            shown.contains(kind),
            "the reference has no example of {kind}"
        );
    }
    let faults = faultline::cli::describe::example_faults().unwrap_or_else(|e| panic!("{e}"));
    let kinds: std::collections::BTreeSet<&str> = faults.iter().map(|(_, k)| k.name()).collect();
    let catalogue = faultline::faults::FaultCatalogue::bundled().expect("fault catalogue");
    for entry in &catalogue.kinds {
        assert!(
            kinds.contains(entry.kind.as_str()),
            "no example of {}",
            entry.kind
        );
    }
    // One numbering everywhere: the floor's equipment counts from 0.
    let (_, floor, _) = faultline(&["describe", "floor", "default"]);
    assert!(
        floor.contains("`DU-000`") && floor.contains("lines `0` to"),
        "{floor}"
    );
}

/// `faultline new` writes a commented scenario and its solution for each kind; as
/// written it validates and its solution scores 100; a second `new` never overwrites.
#[test]
fn each_template_validates_and_plays_to_100_and_is_never_overwritten() {
    let dir = scratch::Scratch::new("new");
    let dir_arg = dir.to_str().expect("utf-8 path");
    let mut files = Vec::new();
    for kind in ["motor", "sensor", "battery", "conveyor"] {
        let name = format!("my-{kind}-scenario");
        let (code, stdout, stderr) = faultline(&["new", kind, &name, "--dir", dir_arg]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("faultline validate"), "{stdout}");
        let file = dir.join(format!("{name}.ron"));
        let text = std::fs::read_to_string(&file).expect("scenario written");
        assert!(text.contains(&format!("id: \"{name}\"")), "{text}");
        assert!(
            text.matches("//").count() >= 10,
            "the template explains itself"
        );
        assert!(dir.join("solutions").join(format!("{name}.ron")).is_file());
        files.push(file.to_str().expect("utf-8").to_string());
    }
    // The reference variant of each, played to the end (a full `faultline validate`
    // plays the shipped scenarios they come from on a sample of trainees' variants).
    let mut args = vec!["validate", "--quick"];
    args.extend(files.iter().map(String::as_str));
    let (code, stdout, stderr) = faultline(&args);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(stdout.contains("4 scenario file(s) valid"), "{stdout}");
    // A name taken already is refused, and the file is left as it was.
    let before = std::fs::read_to_string(&files[0]).expect("written");
    let (code, _, stderr) = faultline(&["new", "battery", "my-motor-scenario", "--dir", dir_arg]);
    assert_ne!(code, 0);
    assert!(stderr.contains("exists already"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&files[0]).expect("still there"),
        before
    );
    let (code, _, stderr) = faultline(&["new", "motor", "../escape", "--dir", dir_arg]);
    assert_ne!(code, 0, "{stderr}");
    let (code, _, stderr) = faultline(&["new", "motor", "", "--dir", dir_arg]);
    assert_ne!(code, 0, "{stderr}");
    assert!(stderr.contains("the name is empty"), "{stderr}");
    // A folder with no scenario in it is named.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).expect("folder");
    let (code, _, stderr) = faultline(&["validate", empty.to_str().expect("utf-8 path")]);
    assert_ne!(code, 0, "{stderr}");
    assert!(
        stderr.contains("no scenario files (.ron) found in"),
        "{stderr}"
    );
    assert!(stderr.contains("empty"), "{stderr}");
}

/// `bench` grows a floor with a station per `units_per_station` units and reports, per
/// size, the speed, how busy the floor is, the picks an hour and the memory; `--json`
/// writes the same figures.
#[test]
fn bench_reports_speed_busyness_picks_and_memory_for_a_small_floor() {
    let (code, stdout, stderr) =
        faultline(&["bench", "--units", "30", "--seconds", "40", "--json", "-"]);
    assert_eq!(code, 0, "{stderr}");
    let figures: serde_json::Value = serde_json::from_str(&stdout).expect("JSON figures");
    let row = &figures[0];
    assert_eq!(row["units"], 30);
    // The default floor states 10 units per station.
    assert_eq!(row["stations"], 3);
    for share in ["on_mission", "in_motion"] {
        let value = row[share].as_f64().expect(share);
        assert!((0.0..=1.0).contains(&value), "{share} {value}");
    }
    assert!(row["on_mission"].as_f64().unwrap_or(0.0) > 0.3, "{row}");
    for field in ["sim_seconds", "wall_seconds", "ticks", "picks"] {
        assert!(row[field].as_f64().is_some(), "{field} missing: {row}");
    }
    assert!(row["memory_mib"].as_f64().is_some_and(|m| m > 1.0), "{row}");
    let (code, stdout, _) = faultline(&["bench", "--units", "30", "--seconds", "15", "--profile"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("| on a mission | in motion | picks / h |"),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("| 30 | 3 |")),
        "{stdout}"
    );
    // --profile adds a row per stage of the tick: every simulation set and rapier's three.
    for stage in [
        "Clock",
        "Motion",
        "Energy",
        "Physics: step",
        "ConveyorSense",
        "Record",
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&format!("| {stage} | "))),
            "no {stage} row: {stdout}"
        );
    }
    assert!(stdout.contains("| whole tick |"), "{stdout}");
}

/// `--runs` repeats each size from the same seed: the JSON keeps every run's speed and
/// the figures are the median run's; the table is followed by the spread.
#[test]
fn bench_repeats_a_size_and_reports_the_median_run_and_the_spread() {
    let args = ["bench", "--units", "12", "--seconds", "12", "--runs", "3"];
    let (code, stdout, stderr) = faultline(&[&args[..], &["--json", "-"]].concat());
    assert_eq!(code, 0, "{stderr}");
    let figures: serde_json::Value = serde_json::from_str(&stdout).expect("JSON figures");
    let row = &figures[0];
    let mut speeds: Vec<f64> = row["run_speeds"]
        .as_array()
        .expect("run_speeds")
        .iter()
        .filter_map(|s| s.as_f64())
        .collect();
    assert_eq!(speeds.len(), 3, "{row}");
    speeds.sort_by(f64::total_cmp);
    let reported = row["sim_seconds"].as_f64().unwrap_or(0.0)
        / row["wall_seconds"].as_f64().unwrap_or(f64::INFINITY);
    assert!(
        (reported - speeds[1]).abs() <= 1e-9 * speeds[1],
        "reported {reported}, runs {speeds:?}"
    );
    let (code, stdout, stderr) = faultline(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("12 units, 3 runs: median "), "{stdout}");
    let (code, _, stderr) = faultline(&["bench", "--units", "12", "--runs", "0"]);
    assert_ne!(code, 0);
    assert!(stderr.contains("--runs"), "{stderr}");
}

/// Counts and spans past what a run can finish are refused by the argument parser, with
/// the option named, not run for hours, allocated or wrapped.
#[test]
fn endless_or_oversized_runs_are_refused_before_they_start() {
    let play = [
        "play",
        "scenarios/motor-axle-wrap.ron",
        "--script",
        "scenarios/solutions/motor-axle-wrap.ron",
    ];
    let cases: [(Vec<&str>, &str); 8] = [
        (
            vec!["bench", "--units", "2000000000", "--seconds", "1"],
            "--units",
        ),
        (
            vec!["bench", "--units", "5", "--seconds", "inf"],
            "--seconds",
        ),
        (
            vec!["bench", "--units", "5", "--seconds", "NaN"],
            "--seconds",
        ),
        (vec!["bench", "--units", "5", "--seconds", "0"], "--seconds"),
        (
            vec!["bench", "--scoring-actions", "4294967295"],
            "--scoring-actions",
        ),
        (
            [&play[..], &["--tail-seconds", "1e6"]].concat(),
            "--tail-seconds",
        ),
        (
            [&play[..], &["--tail-seconds=-1"]].concat(),
            "--tail-seconds",
        ),
        (
            [&play[..], &["--tail-seconds", "inf"]].concat(),
            "--tail-seconds",
        ),
    ];
    for (args, option) in cases {
        let (code, _, stderr) = faultline(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains(option),
            "{args:?}: {option} is not named: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
