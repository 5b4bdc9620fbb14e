//! Golden attempts: attempt logs recorded once and committed under `tests/golden/`, with
//! the state hash their replay ends on and the report they score. Every run replays each
//! from its actions alone and compares every log entry, the hash and the report: a change
//! to the simulation, the scoring or the platform's arithmetic that would change a grade
//! shows here first. Record again (after a deliberate change, said in the commit, with
//! `SIM_MODEL` raised if the simulation changed) with
//! `FAULTLINE_RECORD_GOLDEN=1 cargo test --test golden`.

mod common;

use std::path::{Path, PathBuf};

use faultline::app::{Attempt, Conditions};
use faultline::trainee::{ActionScript, EndReason, LogEntry, TraineeAction};

/// (name, scenario, the script played: a file under scenarios/, or its solution, trainee)
const GOLDEN: &[(&str, &str, Option<&str>, &str)] = &[
    ("axle-wrap-solution", "motor-axle-wrap", None, "ana"),
    (
        "tote-jam-part-swapper",
        "conveyor-tote-jam",
        Some("scripts/conveyor-tote-jam-part-swapper.ron"),
        "ben",
    ),
    (
        "one-line-jam-solution",
        "conveyor-one-line-jam",
        None,
        "chloe",
    ),
];

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// What a replay must give back.
#[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
struct Expected {
    state_hash: String,
    report: serde_json::Value,
}

fn replay(attempt: &Attempt, entries: &[LogEntry]) -> (Vec<LogEntry>, u64) {
    let actions: Vec<(u64, TraineeAction)> = entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::Action {
                started, action, ..
            } => Some((*started, action.clone())),
            _ => None,
        })
        .collect();
    let (end, why) = entries
        .iter()
        .rev()
        .find_map(|e| match e {
            LogEntry::Ended { tick, why, .. } => Some((*tick, *why)),
            _ => None,
        })
        .unwrap_or((0, EndReason::AllDone));
    let log = attempt.open_log(None).expect("log");
    let (log, hash) = attempt.replay_hashed(&actions, log, end, why);
    (log.entries, hash)
}

fn report_json(
    loaded: &faultline::scenario::LoadedScenario,
    entries: &[LogEntry],
) -> serde_json::Value {
    let report = faultline::scoring::score(
        loaded,
        entries,
        &faultline::faults::FaultCatalogue::bundled().expect("catalogue"),
        &faultline::trainee::ActionCatalogue::bundled().expect("catalogue"),
    );
    serde_json::to_value(&report).expect("report as JSON")
}

fn lines(entries: &[LogEntry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| serde_json::to_string(e).expect("entry as JSON"))
        .collect()
}

/// Recording again may not change a golden attempt's entries or where its replay ends
/// without a new simulation model: logs recorded on the old one might no longer verify,
/// and nothing would say why.
fn refuse_a_change_under_the_same_model(
    name: &str,
    log: &Path,
    expect: &Path,
    entries: &[LogEntry],
    hash: u64,
) {
    let Ok(recorded) = std::fs::read_to_string(log) else {
        return;
    };
    let recorded: Vec<&str> = recorded.lines().collect();
    let recorded_model = recorded
        .first()
        .and_then(|line| serde_json::from_str(line).ok())
        .and_then(|header| match header {
            LogEntry::Header { model, .. } => Some(model),
            _ => None,
        });
    if recorded_model != Some(faultline::sim::SIM_MODEL) {
        return;
    }
    let recorded_hash = std::fs::read_to_string(expect)
        .ok()
        .and_then(|text| serde_json::from_str::<Expected>(&text).ok())
        .map(|e| e.state_hash);
    let hash = format!("{hash:016x}");
    let now = lines(entries);
    let what = if recorded != now {
        Some("its entries".to_string())
    } else if recorded_hash.as_ref().is_some_and(|old| *old != hash) {
        Some(format!(
            "its state hash ({hash}, not {})",
            recorded_hash.unwrap_or_default()
        ))
    } else {
        None
    };
    if let Some(what) = what {
        panic!(
            "{name}: recording again changes {what} under the same simulation model {}: raise SIM_MODEL (src/sim/mod.rs) with the change, then record again",
            faultline::sim::SIM_MODEL
        );
    }
}

#[test]
fn golden_attempts_replay_to_the_recorded_log_hash_and_report() {
    let record = std::env::var_os("FAULTLINE_RECORD_GOLDEN").is_some();
    for (name, scenario, script, trainee) in GOLDEN {
        let loaded = common::scenario(scenario);
        let attempt = Attempt::new(&loaded, trainee, Conditions::practice());
        let log_path = golden_dir().join(format!("{name}.jsonl"));
        let expect_path = golden_dir().join(format!("{name}.expected.json"));
        if record {
            let script: ActionScript = match script {
                Some(file) => {
                    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("scenarios")
                        .join(file);
                    attempt.load_script(&path).expect("script")
                }
                None => common::solution_script(&loaded, trainee),
            };
            let (_, entries) = common::play(&loaded, trainee, &script, 30.0);
            let (_, hash) = replay(&attempt, &entries);
            refuse_a_change_under_the_same_model(name, &log_path, &expect_path, &entries, hash);
            std::fs::create_dir_all(golden_dir()).expect("golden folder");
            std::fs::write(&log_path, lines(&entries).join("\n") + "\n").expect("write log");
            let expected = Expected {
                state_hash: format!("{hash:016x}"),
                report: report_json(&loaded, &entries),
            };
            let text = serde_json::to_string_pretty(&expected).expect("JSON");
            std::fs::write(&expect_path, text + "\n").expect("write expected");
        }
        let golden: Vec<LogEntry> = std::fs::read_to_string(&log_path)
            .unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (record with FAULTLINE_RECORD_GOLDEN=1)",
                    log_path.display()
                )
            })
            .lines()
            .map(|l| serde_json::from_str(l).expect("a log entry"))
            .collect();
        let expected: Expected =
            serde_json::from_str(&std::fs::read_to_string(&expect_path).expect("expected figures"))
                .expect("expected figures read");
        let (replayed, hash) = replay(&attempt, &golden);
        let (want, got) = (lines(&golden), lines(&replayed));
        for (i, (w, g)) in want.iter().zip(&got).enumerate() {
            assert_eq!(w, g, "{name}: entry {i} differs on replay");
        }
        assert_eq!(
            want.len(),
            got.len(),
            "{name}: the replay logged a different number of entries"
        );
        assert_eq!(
            format!("{hash:016x}"),
            expected.state_hash,
            "{name}: state hash"
        );
        assert_eq!(
            report_json(&loaded, &replayed),
            expected.report,
            "{name}: report"
        );
        // The golden attempts mean something: a pass and a fail among them.
        assert!(expected.report["total"].as_f64().is_some());
    }
}
