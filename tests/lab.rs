//! Graded lab sessions: roster and exam rules at a station, time limits, durable attempts,
//! verification that names tampering, and gradebook CSVs an LMS imports.

#[path = "common/scratch.rs"]
mod scratch;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The lab secret the test sessions key their logs with (held in [`SECRET_ENV`]).
const SECRET: &str = "correct-horse-battery-staple";
const SECRET_ENV: &str = "FAULTLINE_TEST_LAB_SECRET";

/// Runs the binary with the lab secret in its environment.
fn faultline(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    faultline_in(root(), true, args)
}

fn faultline_in(dir: &Path, with_secret: bool, args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faultline"));
    command.current_dir(dir).args(args).env_remove(SECRET_ENV);
    if with_secret {
        command.env(SECRET_ENV, SECRET);
    }
    let out = command.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

/// A session file in a fresh folder: `trainees` ids t00.., the tote-jam scenario (and the
/// e-stop one when `two`), in `mode`, with `limit` minutes.
fn session(name: &str, trainees: usize, two: bool, mode: &str, limit: f32) -> scratch::ScratchFile {
    let roster: Vec<String> = (0..trainees)
        .map(|i| {
            format!(
                "(id: \"t{i:02}\", name: \"Trainee {i}, Jr\", email: \"t{i}@example.edu\", login: \"login{i}\", section: \"S{}\")",
                i % 2
            )
        })
        .collect();
    session_with(name, &roster, two, mode, limit, "")
}

/// A session file with this roster (RON entries) and `extra` fields.
fn session_with(
    name: &str,
    roster: &[String],
    two: bool,
    mode: &str,
    limit: f32,
    extra: &str,
) -> scratch::ScratchFile {
    let path = scratch::ScratchFile::new(&format!("lab-{name}"), "session.ron");
    let scenario = |f: &str| root().join("scenarios").join(f).display().to_string();
    let mut scenarios = vec![format!("\"{}\"", scenario("conveyor-tote-jam.ron"))];
    if two {
        scenarios.push(format!("\"{}\"", scenario("conveyor-estop-chain.ron")));
    }
    let canvas = if two {
        "canvas_assignments: [\"4711\", \"4712\"], "
    } else {
        ""
    };
    let text = format!(
        "LabSession(id: \"{name}\", title: \"Lab {name}\", course_id: \"C1\", assignment_id: \"42\",\n roster: [\n{}\n],\n scenarios: InOrder([{}]), mode: {mode}, time_limit_min: {limit:.1}, pass_mark: 60.0, attempts_dir: \"attempts\", secret_env: \"{SECRET_ENV}\", {canvas}{extra})",
        roster.join(",\n"),
        scenarios.join(", ")
    );
    std::fs::write(&path, text).expect("session");
    path
}

fn station(session: &Path, trainee: &str, script: &Path) -> (i32, String, String) {
    faultline(&[
        os("station"),
        os("--session"),
        session.as_os_str(),
        os("--trainee"),
        os(trainee),
        os("--script"),
        script.as_os_str(),
    ])
}

/// A headless station playing the reference script, left running (to be killed).
fn spawn_station(session: &Path, trainee: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(root())
        .env(SECRET_ENV, SECRET)
        .args([
            os("station"),
            os("--session"),
            session.as_os_str(),
            os("--trainee"),
            os(trainee),
            os("--script"),
        ])
        .arg(reference_script())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts")
}

fn reference_script() -> PathBuf {
    root().join("scenarios/solutions/conveyor-tote-jam.ron")
}

fn attempt_log(session: &Path, trainee: &str) -> PathBuf {
    session
        .parent()
        .expect("dir")
        .join("attempts")
        .join(trainee)
        .join("conveyor-tote-jam.jsonl")
}

#[test]
fn a_station_refuses_a_trainee_not_on_the_roster() {
    let s = session("roster", 2, false, "Practice", 45.0);
    let (code, _, stderr) = station(&s, "mallory", &reference_script());
    assert_ne!(code, 0);
    assert!(
        stderr.contains("`mallory` is not on the roster"),
        "{stderr}"
    );
}

#[test]
fn exam_mode_hides_hints_and_refuses_the_answer_key() {
    let s = session("exam", 1, false, "Exam", 45.0);
    let dir = s.parent().expect("dir");
    let script = dir.join("hint.ron");
    std::fs::write(
        &script,
        "ActionScript(actions: [(at_s: 60.0, action: UseHint(index: 0))])",
    )
    .expect("script");
    let (code, stdout, stderr) = station(&s, "t00", &script);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.contains("Expert"), "{stdout}");
    let log = std::fs::read_to_string(attempt_log(&s, "t00")).expect("log");
    assert!(log.contains("there is no hint 0"), "exam hides hints");
    let (code, _, stderr) = faultline(&[
        os("variants"),
        os("scenarios/conveyor-tote-jam.ron"),
        os("--trainees"),
        os("t00"),
        os("--session"),
        s.as_os_str(),
    ]);
    assert_ne!(code, 0);
    assert!(stderr.contains("is an exam"), "{stderr}");
}

#[test]
fn the_time_limit_ends_the_attempt_with_what_was_done() {
    let s = session("limit", 1, false, "Practice", 6.0);
    let (code, _, stderr) = station(&s, "t00", &reference_script());
    assert_eq!(code, 0, "{stderr}");
    let entries = faultline::trainee::AttemptLog::read(&attempt_log(&s, "t00")).expect("log");
    let last = entries
        .iter()
        .filter_map(|e| match e {
            faultline::trainee::LogEntry::Action { tick, .. } => Some(*tick),
            _ => None,
        })
        .max()
        .expect("some actions done");
    assert!(last <= 6 * 60 * 60, "an action finished after the limit");
    let report: faultline::scoring::Report = serde_json::from_str(
        &std::fs::read_to_string(attempt_log(&s, "t00").with_extension("report.json"))
            .expect("report"),
    )
    .expect("report parses");
    assert!(!report.passed, "the jam was not cleared in 6 minutes");
}

/// Runs an honest attempt, lets `edit` tamper with its log and report, and verifies it
/// (from another folder, with the secret), with `extra` arguments.
fn tampered_with(name: &str, extra: &[&str], edit: impl Fn(&Path, &Path)) -> (i32, String) {
    let s = session(name, 1, false, "Practice", 45.0);
    let (code, _, stderr) = station(&s, "t00", &reference_script());
    assert_eq!(code, 0, "{stderr}");
    let log = attempt_log(&s, "t00");
    edit(&log, &log.with_extension("report.json"));
    let mut args = vec![os("verify"), log.as_os_str()];
    args.extend(extra.iter().map(|a| os(a)));
    let (code, stdout, stderr) = faultline_in(&std::env::temp_dir(), true, &args);
    (code, stdout + &stderr)
}

fn tampered(name: &str, edit: impl Fn(&Path, &Path)) -> (i32, String) {
    tampered_with(name, &[], edit)
}

/// Writes `value` over the number of `field` in a log line, as a forger would.
fn set_number(line: &mut String, field: &str, value: u64) {
    let key = format!("\"{field}\":");
    let at = line.find(&key).expect("field") + key.len();
    let digits = line[at..].find(|c: char| !c.is_ascii_digit()).expect("end");
    line.replace_range(at..at + digits, &value.to_string());
}

fn rewrite_lines(path: &Path, f: impl Fn(&mut Vec<String>)) {
    let mut lines: Vec<String> = std::fs::read_to_string(path)
        .expect("read")
        .lines()
        .map(String::from)
        .collect();
    f(&mut lines);
    std::fs::write(path, lines.join("\n") + "\n").expect("write");
}

fn action_lines(lines: &[String]) -> Vec<usize> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains("\"entry\":\"action\""))
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn verify_passes_an_honest_attempt_and_names_each_kind_of_tampering() {
    let (code, out) = tampered("honest", |_, _| {});
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("verified"), "{out}");

    let (code, out) = tampered("score", |_, report| {
        let text = std::fs::read_to_string(report).expect("report");
        let mut json: serde_json::Value = serde_json::from_str(&text).expect("json");
        let total = json["total"].as_f64().expect("total");
        json["total"] = serde_json::json!(total + 10.0);
        std::fs::write(
            report,
            serde_json::to_string_pretty(&json).expect("json") + "\n",
        )
        .expect("write");
    });
    assert_ne!(code, 0);
    assert!(out.contains("edited score"), "{out}");

    // A report that is not JSON is named with where it stops reading, not as a total "?".
    let (code, out) = tampered("unreadable-report", |_, report| {
        std::fs::write(report, "{\n  \"total\": ").expect("write")
    });
    assert_ne!(code, 0);
    assert!(out.contains("report.json:2:"), "{out}");
    assert!(out.contains("does not read as JSON"), "{out}");

    let (code, out) = tampered("deleted", |log, _| {
        rewrite_lines(log, |lines| {
            let i = action_lines(lines)[3];
            lines.remove(i);
        })
    });
    assert_ne!(code, 0);
    assert!(out.contains("deleted"), "{out}");

    // An end forged years on is not replayed to; the last line shows as changed.
    let (code, out) = tampered("forged-end", |log, _| {
        rewrite_lines(log, |lines| {
            set_number(lines.last_mut().expect("ended line"), "tick", u64::MAX);
        })
    });
    assert_ne!(code, 0);
    assert!(out.contains("changed"), "{out}");

    // A number forged near u64::MAX is named as one run of missing entries, not listed.
    let (code, out) = tampered("forged-seq", |log, _| {
        rewrite_lines(log, |lines| {
            let i = action_lines(lines)[3];
            set_number(&mut lines[i], "seq", u64::MAX);
        })
    });
    assert_ne!(code, 0);
    assert!(
        out.contains(&format!("–{} are missing", u64::MAX - 1)),
        "{out}"
    );

    let (code, out) = tampered("inserted", |log, _| {
        rewrite_lines(log, |lines| {
            let i = action_lines(lines)[2];
            let copy = lines[i].clone();
            lines.insert(i + 1, copy);
        })
    });
    assert_ne!(code, 0);
    assert!(out.contains("inserted"), "{out}");

    let (code, out) = tampered("reordered", |log, _| {
        rewrite_lines(log, |lines| {
            let a = action_lines(lines);
            lines.swap(a[1], a[2]);
        })
    });
    assert_ne!(code, 0);
    assert!(out.contains("reordered"), "{out}");

    // Checked against an edited copy of its scenario file.
    let folder = scratch::Scratch::new("edited");
    let edited = folder.join("conveyor-tote-jam.ron");
    let text = std::fs::read_to_string(root().join("scenarios/conveyor-tote-jam.ron"))
        .expect("scenario")
        .replace("time_target_min: 15.0", "time_target_min: 25.0");
    std::fs::write(&edited, text).expect("write");
    let (code, out) = tampered_with(
        "scenario",
        &["--scenario", &edited.display().to_string()],
        |_, _| {},
    );
    assert_ne!(code, 0);
    assert!(out.contains("changed scenario file"), "{out}");
}

#[test]
fn gradebook_csvs_for_a_class_with_missing_attempts_import_cleanly() {
    let s = session("class", 30, true, "Exam", 45.0);
    for trainee in ["t00", "t07", "t19"] {
        let (code, _, stderr) = station(&s, trainee, &reference_script());
        assert_eq!(code, 0, "{stderr}");
    }
    let dir = s.parent().expect("dir");
    let (code, stdout, stderr) = faultline(&[os("gradebook"), dir.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("t07          conveyor-tote-jam"),
        "{stdout}"
    );
    let canvas = std::fs::read_to_string(dir.join("attempts/canvas.csv")).expect("canvas");
    let moodle = std::fs::read_to_string(dir.join("attempts/moodle.csv")).expect("moodle");
    let canvas_lines: Vec<&str> = canvas.lines().collect();
    assert_eq!(
        canvas_lines[0],
        "Student,ID,SIS User ID,SIS Login ID,Section,Takeaway line backing up (4711),Whole line dead (4712)"
    );
    assert_eq!(canvas_lines.len(), 31);
    assert_eq!(
        moodle.lines().next(),
        Some("username,conveyor-tote-jam,conveyor-estop-chain")
    );
    assert_eq!(moodle.lines().count(), 31);
    // Every grade cell is empty or a number; names with commas are quoted.
    for line in &canvas_lines[1..] {
        assert!(line.starts_with("\"Trainee "), "{line}");
        let grades: Vec<&str> = line.rsplit(',').take(2).collect();
        for g in grades {
            assert!(g.is_empty() || g.parse::<f32>().is_ok(), "{line}");
        }
    }
    for line in moodle.lines().skip(1) {
        for g in line.split(',').skip(1) {
            assert!(g.is_empty() || g.parse::<f32>().is_ok(), "{line}");
        }
    }
    let row7: Vec<&str> = moodle
        .lines()
        .find(|l| l.starts_with("login7,"))
        .expect("t07's row")
        .split(',')
        .collect();
    assert!(
        row7[1].parse::<f32>().is_ok() && row7[2].is_empty(),
        "{row7:?}"
    );
    assert!(dir.join("attempts/feedback/t19.txt").is_file());
    assert!(!dir.join("attempts/canvas.tmp").exists());
}

#[test]
fn the_window_station_refuses_a_trainee_not_on_the_roster_before_opening() {
    let s = session("window", 1, false, "Exam", 45.0);
    let (code, _, stderr) = faultline(&[
        os("run"),
        os("--session"),
        s.as_os_str(),
        os("--trainee"),
        os("mallory"),
    ]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("`mallory` is not on the roster"),
        "{stderr}"
    );
}

#[test]
fn killing_a_station_mid_attempt_leaves_a_log_that_scores() {
    let s = session("killed", 1, false, "Practice", 45.0);
    let mut child = spawn_station(&s, "t00");
    let log = attempt_log(&s, "t00");
    let started = std::time::Instant::now();
    while std::fs::read_to_string(&log).map_or(0, |t| t.matches("\"entry\":\"action\"").count()) < 3
    {
        assert!(
            started.elapsed().as_secs() < 60,
            "the station never logged three actions"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().expect("kill");
    let _ = child.wait();
    let entries = faultline::trainee::AttemptLog::read(&log).expect("every line parses");
    assert!(entries.len() >= 5);
    let (code, stdout, stderr) = faultline(&[os("score"), log.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("/ 100"), "{stdout}");
}

// --- A forger, a copier, hostile roster data --------------------------------------

use faultline::trainee::{ChainKey, LogLine, legacy_chain_after};

/// Rewrites a log's lines after `edit` has changed its entries: sequence numbers and the
/// chain recomputed with `chain` (what a forger would do).
fn rechain(path: &Path, chain: impl Fn(&str, &str) -> String, edit: impl Fn(&mut Vec<LogLine>)) {
    let mut lines: Vec<LogLine> = std::fs::read_to_string(path)
        .expect("read")
        .lines()
        .map(|l| serde_json::from_str(l).expect("line"))
        .collect();
    edit(&mut lines);
    let mut previous = String::new();
    let mut out = String::new();
    for (i, line) in lines.iter_mut().enumerate() {
        line.seq = i as u64;
        let json = serde_json::to_string(&line.entry).expect("json");
        previous = chain(&previous, &json);
        line.chain = previous.clone();
        out += &(serde_json::to_string(line).expect("json") + "\n");
    }
    std::fs::write(path, out).expect("write");
}

/// Drops every `fault … repaired` line: the score then says the jam was never cleared.
fn drop_repairs(lines: &mut Vec<LogLine>) {
    lines.retain(|l| {
        !matches!(
            l.entry,
            faultline::trainee::LogEntry::Fault {
                change: faultline::trainee::FaultChange::Repaired,
                ..
            }
        )
    });
}

#[test]
fn a_forger_cannot_rechain_without_the_secret_and_an_insider_is_caught_by_the_replay() {
    // Re-chained with the old unkeyed algorithm, and with plain SHA-256.
    let (code, out) = tampered("fnv", |log, _| {
        rechain(log, legacy_chain_after, drop_repairs)
    });
    assert_ne!(code, 0);
    assert!(
        out.contains("NOT verified") && out.contains("edited: the log's attempt line"),
        "{out}"
    );
    let (code, out) = tampered("sha", |log, _| {
        rechain(log, |p, e| ChainKey::default().next(p, e), drop_repairs)
    });
    assert_ne!(code, 0);
    assert!(out.contains("edited: line 1"), "{out}");
    // Even with the secret, a log whose entries the actions do not produce is named.
    let key = ChainKey::secret(SECRET.as_bytes());
    let (code, out) = tampered("insider", |log, _| {
        rechain(log, |p, e| key.next(p, e), drop_repairs)
    });
    assert_ne!(code, 0);
    assert!(out.contains("missing: the replay has fault"), "{out}");
    let (code, out) = tampered("invented", |log, _| {
        rechain(
            log,
            |p, e| key.next(p, e),
            |lines| {
                let mut extra = lines[3].clone();
                extra.entry = faultline::trainee::LogEntry::Fault {
                    tick: 10,
                    fault: "jam".into(),
                    change: faultline::trainee::FaultChange::Repaired,
                };
                lines.insert(4, extra);
            },
        )
    });
    assert_ne!(code, 0);
    assert!(out.contains("added: line 5"), "{out}");
}

/// Seals a report again with its log's line count and last chain value (what the
/// station does when it stores the report).
fn reseal(log: &Path, report: &Path) {
    let text = std::fs::read_to_string(log).expect("log");
    let last: LogLine = serde_json::from_str(text.lines().last().expect("a line")).expect("line");
    let mut stored: faultline::scoring::Report =
        serde_json::from_str(&std::fs::read_to_string(report).expect("report")).expect("json");
    stored.log_seal = Some(faultline::trainee::LogSeal {
        lines: text.lines().count(),
        chain: last.chain,
    });
    std::fs::write(report, stored.json()).expect("write");
}

/// An attempt as a faultline before logs named their model wrote it: a header with no
/// model (model 1), chained with the lab's secret and sealed like any honest one, after
/// `edit`.
fn as_model_one(log: &Path, report: &Path, edit: impl Fn(&mut Vec<LogLine>)) {
    let key = ChainKey::secret(SECRET.as_bytes());
    rechain(
        log,
        |p, e| key.next(p, e),
        |lines| {
            if let faultline::trainee::LogEntry::Header { model, .. } = &mut lines[0].entry {
                *model = 1;
            }
            edit(lines);
        },
    );
    let text = std::fs::read_to_string(log).expect("log");
    let header = text.lines().next().expect("header");
    assert!(
        header.contains("\"entry\":\"header\"") && !header.contains("model"),
        "{header}"
    );
    reseal(log, report);
}

#[test]
fn an_attempt_of_another_simulation_model_verifies_if_its_replay_holds_and_is_named_if_not() {
    // The model's change does not reach this attempt's entries: it verifies.
    let (code, out) = tampered("old-model", |log, report| as_model_one(log, report, |_| {}));
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("verified") && !out.contains("another simulation model"),
        "{out}"
    );
    // An insider's edit is not excused as the model's doing: both are named.
    let (code, out) = tampered("old-model-edited", |log, report| {
        as_model_one(log, report, drop_repairs)
    });
    assert_ne!(code, 0, "{out}");
    let model = faultline::sim::SIM_MODEL;
    assert!(
        out.contains(&format!(
            "recorded on model 1, and this faultline simulates model {model}"
        )) && out.contains("missing: the replay has fault"),
        "{out}"
    );
}

#[test]
fn without_the_secret_the_integrity_is_unproven_not_verified() {
    let s = session("nosecret", 1, false, "Practice", 45.0);
    let (code, _, stderr) = station(&s, "t00", &reference_script());
    assert_eq!(code, 0, "{stderr}");
    let log = attempt_log(&s, "t00");
    let (code, stdout, stderr) = faultline_in(root(), false, &[os("verify"), log.as_os_str()]);
    assert_ne!(code, 0);
    assert!(!stdout.contains("verified:"), "{stdout}");
    assert!(
        stderr.contains("integrity unproven") && stderr.contains(SECRET_ENV),
        "{stderr}"
    );
    // A station refuses to record an attempt it could not key.
    let (code, _, stderr) = faultline_in(
        root(),
        false,
        &[
            os("station"),
            os("--session"),
            s.as_os_str(),
            os("--trainee"),
            os("t00"),
            os("--script"),
            reference_script().as_os_str(),
        ],
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("not set"), "{stderr}");
}

#[test]
fn a_cut_log_is_named_truncated() {
    let (code, out) = tampered("cut", |log, _| {
        rewrite_lines(log, |lines| {
            let keep = lines.len() - 8;
            lines.truncate(keep);
        })
    });
    assert_ne!(code, 0);
    assert!(out.contains("truncated"), "{out}");
    let (code, out) = tampered("torn", |log, _| {
        let text = std::fs::read_to_string(log).expect("read");
        std::fs::write(log, &text[..text.len() - 20]).expect("write");
    });
    assert_ne!(code, 0);
    assert!(out.contains("ends mid-entry at line"), "{out}");
}

#[test]
fn another_trainees_attempt_copied_into_ones_folder_fails_and_is_not_credited() {
    let s = session("copied", 2, false, "Practice", 45.0);
    let (code, _, stderr) = station(&s, "t00", &reference_script());
    assert_eq!(code, 0, "{stderr}");
    let from = attempt_log(&s, "t00");
    let to = attempt_log(&s, "t01");
    std::fs::create_dir_all(to.parent().expect("dir")).expect("dir");
    std::fs::copy(&from, &to).expect("copy");
    std::fs::copy(
        from.with_extension("report.json"),
        to.with_extension("report.json"),
    )
    .expect("copy");
    let (code, _, stderr) = faultline(&[os("verify"), to.as_os_str()]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("copied: the log is t00's attempt but sits in t01's folder"),
        "{stderr}"
    );
    let dir = s.parent().expect("dir");
    let (code, stdout, stderr) = faultline(&[os("gradebook"), dir.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("not credited") && stdout.contains("t00's attempt"),
        "{stdout}"
    );
    let moodle = std::fs::read_to_string(dir.join("attempts/moodle.csv")).expect("moodle");
    assert!(moodle.lines().any(|l| l == "login1,"), "{moodle}");
}

#[test]
fn hostile_roster_ids_are_refused_with_their_line_and_nothing_is_written_outside() {
    // A folder no id may write into; its parent is a scratch folder, removed afterwards.
    let scratch = scratch::Scratch::new("escape");
    let outside = scratch.join("outside");
    for (n, id) in [
        "../../escape".to_string(),
        outside.join("abs").display().to_string(),
        "a/b".into(),
        "ana\\n".into(),
        ".hidden".into(),
        "ana/.".into(),
        "outbox".into(),
        "Canvas.csv".into(),
        "feedback".into(),
        "..".into(),
        "a\\\\b".into(),
    ]
    .iter()
    .enumerate()
    {
        let roster = vec![
            "(id: \"ok\", name: \"Ok\", email: \"ok@example.edu\", login: \"ok\")".to_string(),
            format!("(id: \"{id}\", name: \"X\", email: \"x@example.edu\", login: \"x\")"),
        ];
        let s = session_with(&format!("hostile{n}"), &roster, false, "Practice", 45.0, "");
        let (code, _, stderr) = faultline(&[
            os("station"),
            os("--session"),
            s.as_os_str(),
            os("--trainee"),
            os(id),
            os("--script"),
            reference_script().as_os_str(),
        ]);
        assert_ne!(code, 0, "{id}: accepted");
        assert!(
            stderr.contains("session.ron:4:"),
            "{id}: not located: {stderr}"
        );
        let dir = s.parent().expect("dir");
        assert!(!dir.join("attempts").exists(), "{id}: wrote an attempt");
    }
    assert!(!outside.exists());
    // A bad email is located too.
    let roster =
        vec!["(id: \"ok\", name: \"Ok\", email: \"not an email\", login: \"ok\")".to_string()];
    let s = session_with("bademail", &roster, false, "Practice", 45.0, "");
    let (code, _, stderr) = faultline(&[os("gradebook"), s.as_os_str()]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("session.ron:3:") && stderr.contains("email"),
        "{stderr}"
    );
}

#[test]
fn formula_cells_are_neutralised_and_the_csvs_import_with_pythons_csv_module() {
    let names = [
        "=HYPERLINK(\\\"http://x\\\")",
        "+1+1",
        "-2",
        "@SUM(A1)",
        "O'Neil, \\\"Jr\\\"",
    ];
    let roster: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "(id: \"t{i}\", name: \"{name}\", email: \"t{i}@example.edu\", login: \"=l{i}\")"
            )
        })
        .collect();
    let s = session_with("formula", &roster, true, "Practice", 45.0, "");
    let (code, _, stderr) = station(&s, "t0", &reference_script());
    assert_eq!(code, 0, "{stderr}");
    let dir = s.parent().expect("dir");
    let (code, _, stderr) = faultline(&[os("gradebook"), dir.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let check = r#"
import csv, sys
for name, columns in [("canvas.csv", 7), ("moodle.csv", 3)]:
    rows = list(csv.reader(open(sys.argv[1] + "/" + name, newline="", encoding="utf-8")))
    assert len(rows) == 6, (name, rows)
    for row in rows:
        assert len(row) == columns, (name, row)
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    header = rows[0]
    if name == "canvas.csv":
        assert header[5:] == ["Takeaway line backing up (4711)", "Whole line dead (4712)"], header
        assert rows[1][0] == "'=HYPERLINK(\"http://x\")", rows[1]
        assert rows[5][0] == "O'Neil, \"Jr\"", rows[5]
        float(rows[1][5])
    else:
        assert rows[1][0] == "'=l0", rows[1]
print("ok")
"#;
    let out = Command::new("python3")
        .args(["-c", check])
        .arg(dir.join("attempts"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_station_killed_at_random_points_and_run_again_never_corrupts_an_attempt() {
    let s = session("restart", 1, false, "Practice", 45.0);
    let dir = s.parent().expect("dir").join("attempts/t00");
    let mut rng_state = 0x2545_f491_4f6c_dd1du64;
    let mut killed = 0;
    for _ in 0..20 {
        rng_state ^= rng_state << 13;
        rng_state ^= rng_state >> 7;
        rng_state ^= rng_state << 17;
        let wait_ms = 50 + rng_state % 1500;
        let mut child = spawn_station(&s, "t00");
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let finished = child.try_wait().expect("wait").is_some();
        if !finished {
            child.kill().expect("kill");
            killed += 1;
        }
        let _ = child.wait();
        if finished {
            break;
        }
    }
    assert!(killed >= 5, "only {killed} kills landed mid-attempt");
    // Every log left behind parses (a torn last line at most), and each is its own attempt.
    let mut logs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("attempts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    logs.sort();
    assert!(!logs.is_empty());
    for log in &logs {
        let read = faultline::trainee::AttemptLog::read_log(log).expect("parses");
        let headers = read
            .lines
            .iter()
            .filter(|(_, l)| matches!(l.entry, faultline::trainee::LogEntry::Header { .. }))
            .count();
        assert_eq!(headers, 1, "{}", log.display());
    }
    // Run to the end now: the new attempt is numbered after the others and verifies.
    let (code, stdout, stderr) = station(&s, "t00", &reference_script());
    if code == 0 {
        let logged = stdout
            .lines()
            .find_map(|l| l.strip_prefix("attempt logged to "))
            .expect("log path");
        let (code, out, err) = faultline(&[os("verify"), os(logged)]);
        assert_eq!(code, 0, "{out}{err}");
    } else {
        assert!(
            stderr.contains("already attempted every scenario"),
            "{stderr}"
        );
    }
    // The instructor sees every attempt that was cut short.
    let (code, stdout, stderr) = faultline(&[os("gradebook"), s.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.matches("cut short").count() >= killed.min(logs.len() - 1),
        "{stdout}"
    );
}

#[test]
fn the_gradebook_credits_only_attempts_that_hold_together() {
    let s = session("credit", 2, true, "Practice", 45.0);
    let dir = s.parent().expect("dir").to_path_buf();
    for trainee in ["t00", "t01"] {
        let (code, _, stderr) = station(&s, trainee, &reference_script());
        assert_eq!(code, 0, "{stderr}");
    }
    let t00 = dir.join("attempts/t00");
    // A solved scenario copied to the name of one never played.
    for (from, to) in [
        ("conveyor-tote-jam.jsonl", "conveyor-estop-chain.jsonl"),
        (
            "conveyor-tote-jam.report.json",
            "conveyor-estop-chain.report.json",
        ),
    ] {
        std::fs::copy(t00.join(from), t00.join(to)).expect("copy");
    }
    let (code, _, stderr) = faultline(&[
        os("verify"),
        t00.join("conveyor-estop-chain.jsonl").as_os_str(),
    ]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("copied: the log is attempt 1 at conveyor-tote-jam"),
        "{stderr}"
    );
    // An edited report, and a forged better attempt 2 next to it.
    let t01 = dir.join("attempts/t01");
    let report = t01.join("conveyor-tote-jam.report.json");
    let text = std::fs::read_to_string(&report).expect("report");
    let total =
        serde_json::from_str::<serde_json::Value>(&text).expect("json")["total"].to_string();
    std::fs::write(
        &report,
        text.replacen(&format!("\"total\": {total}"), "\"total\": 99.5", 1),
    )
    .expect("write");
    let (code, stdout, stderr) = faultline(&[os("gradebook"), dir.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("conveyor-estop-chain.jsonl") && stdout.contains("not credited"),
        "{stdout}"
    );
    assert!(stdout.contains("edited score"), "{stdout}");
    let moodle = std::fs::read_to_string(dir.join("attempts/moodle.csv")).expect("moodle");
    let row = |login: &str| {
        moodle
            .lines()
            .find(|l| l.starts_with(login))
            .expect("row")
            .to_string()
    };
    assert!(
        row("login0,").ends_with(','),
        "estop-chain not credited: {moodle}"
    );
    assert_eq!(row("login1,"), "login1,,", "{moodle}");
}

/// A time limit past a day is refused with its place in the session file.
#[test]
fn a_time_limit_past_a_day_is_refused_where_it_is_written() {
    for (name, limit) in [("day-and-a-bit", 1441.0), ("huge", f32::MAX)] {
        let s = session(name, 1, false, "Practice", limit);
        let (code, _, stderr) = station(&s, "t00", &reference_script());
        assert_ne!(code, 0, "{name}: accepted");
        assert!(
            stderr.contains("session.ron:"),
            "{name}: not located: {stderr}"
        );
        assert!(stderr.contains("time_limit_min is"), "{name}: {stderr}");
    }
}
