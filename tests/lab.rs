//! Graded lab sessions: roster and exam rules at a station, time limits, durable attempts,
//! verification that names tampering, and gradebook CSVs an LMS imports.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn faultline(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("runs");
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
fn session(name: &str, trainees: usize, two: bool, mode: &str, limit: f32) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("faultline-lab-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let roster: Vec<String> = (0..trainees)
        .map(|i| {
            format!(
                "(id: \"t{i:02}\", name: \"Trainee {i}, Jr\", email: \"t{i}@example.edu\", login: \"login{i}\", section: \"S{}\")",
                i % 2
            )
        })
        .collect();
    let scenario = |f: &str| root().join("scenarios").join(f).display().to_string();
    let mut scenarios = vec![format!("\"{}\"", scenario("conveyor-tote-jam.ron"))];
    if two {
        scenarios.push(format!("\"{}\"", scenario("conveyor-estop-chain.ron")));
    }
    let text = format!(
        "LabSession(id: \"{name}\", title: \"Lab {name}\", course_id: \"C1\", assignment_id: \"42\", roster: [{}], scenarios: InOrder([{}]), mode: {mode}, time_limit_min: {limit:.1}, pass_mark: 60.0, attempts_dir: \"attempts\")",
        roster.join(", "),
        scenarios.join(", ")
    );
    let path = dir.join("session.ron");
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

/// Runs an honest attempt and returns the folder and log; `edit` then tampers with a copy.
fn tampered(name: &str, edit: impl Fn(&Path, &Path)) -> (i32, String) {
    let s = session(name, 1, false, "Practice", 45.0);
    let (code, _, stderr) = station(&s, "t00", &reference_script());
    assert_eq!(code, 0, "{stderr}");
    let log = attempt_log(&s, "t00");
    edit(&log, &log.with_extension("report.json"));
    let (code, stdout, stderr) = faultline(&[os("verify"), log.as_os_str()]);
    (code, stdout + &stderr)
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

    let (code, out) = tampered("deleted", |log, _| {
        rewrite_lines(log, |lines| {
            let i = action_lines(lines)[3];
            lines.remove(i);
        })
    });
    assert_ne!(code, 0);
    assert!(out.contains("deleted"), "{out}");

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

    let (code, out) = tampered("scenario", |log, _| {
        // Point the attempt at an edited copy of its scenario file.
        let copy = log.parent().expect("dir").join("edited.ron");
        let text = std::fs::read_to_string(root().join("scenarios/conveyor-tote-jam.ron"))
            .expect("scenario")
            .replace("time_target_min: 15.0", "time_target_min: 25.0");
        std::fs::write(&copy, text).expect("write");
        rewrite_lines(log, |lines| {
            let original = root()
                .join("scenarios/conveyor-tote-jam.ron")
                .display()
                .to_string();
            for line in lines.iter_mut() {
                *line = line.replace(&original, &copy.display().to_string());
            }
        });
    });
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
        "Student,ID,SIS User ID,SIS Login ID,Section,Takeaway line backing up (42.1),Whole line dead (42.2)"
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(root())
        .args([
            os("station"),
            os("--session"),
            s.as_os_str(),
            os("--trainee"),
            os("t00"),
            os("--script"),
        ])
        .arg(reference_script())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("starts");
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
