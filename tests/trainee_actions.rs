//! Trainee actions take effect at their tick, return observations, and are logged
//! append-only so that a crash loses at most the entry in flight.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use faultline::fleet::{DriveUnit, FleetStats, Pose};
use faultline::floor::{Cell, FloorGrid};
use faultline::sim::TICK_HZ;
use faultline::trainee::{AttemptLog, LogEntry, PendingActions, TraineeAction};

#[test]
fn a_locked_zone_is_routed_around_and_the_floor_keeps_working() {
    let mut sim = common::sim("default", 3);
    common::record_attempt(&mut sim);
    // A storage block and the aisle cells along its south side, in the middle of the field.
    let (from, to) = (Cell::new(7, 4), Cell::new(11, 6));
    let lock_tick = sim.tick() + 60;
    sim.world_mut()
        .resource_mut::<PendingActions>()
        .push(lock_tick, TraineeAction::LockZone { from, to });
    common::run_until_idle(&mut sim, 60.0);
    let grid = sim.world().resource::<FloorGrid>().clone();
    let inside = |c: Cell| (from.x..=to.x).contains(&c.x) && (from.y..=to.y).contains(&c.y);
    // Units already in the zone, or too close to it to stop, are exempt: they were
    // committed before the lock (units inside stay put until it is lifted).
    let world = sim.world_mut();
    let mut q = world.query::<(&DriveUnit, &Pose, &faultline::fleet::Route)>();
    let already: Vec<u32> = q
        .iter(world)
        .filter(|(_, p, r)| {
            inside(grid.cell_at(p.position))
                || inside(r.current)
                || r.path.iter().take(3).any(|c| inside(*c))
        })
        .map(|(u, _, _)| u.id)
        .collect();
    let picks_before = sim.world().resource::<FleetStats>().picks;
    let mut entered = Vec::new();
    sim.run_ticks_checked(common::minutes(10), |world| {
        let mut q = world.query::<(&DriveUnit, &Pose)>();
        for (u, p) in q.iter(world) {
            if !already.contains(&u.id) && inside(grid.cell_at(p.position)) {
                entered.push(u.id);
            }
        }
    });
    entered.dedup();
    assert!(
        entered.is_empty(),
        "units {entered:?} drove into the locked zone"
    );
    let picks = sim.world().resource::<FleetStats>().picks - picks_before;
    // Unlocked, this floor makes about 73 picks in these ten minutes.
    assert!(picks > 40, "only {picks} picks with the zone locked");
}

#[test]
fn actions_take_effect_at_their_tick_and_are_logged_with_what_was_seen() {
    let mut sim = common::sim("default", 3);
    common::record_attempt(&mut sim);
    {
        let mut pending = sim.world_mut().resource_mut::<PendingActions>();
        pending.push(1800, TraineeAction::ReadUnitTelemetry { unit: 4 });
        pending.push(900, TraineeAction::ReadAlarms);
        pending.push(2400, TraineeAction::ReadLineStatus { line: 2 });
    }
    sim.run_ticks(3700);
    let actions: Vec<(u64, u64, String)> = common::actions_done(&sim)
        .into_iter()
        .map(|(started, done, _, observation)| (started, done, observation))
        .collect();
    // Each starts at its tick or when the one before is done, and takes effect when
    // done: reading alarms takes 10 s, telemetry and line status 15 s each.
    assert_eq!(
        actions.iter().map(|a| (a.0, a.1)).collect::<Vec<_>>(),
        vec![(900, 1500), (1800, 2700), (2700, 3600)]
    );
    let actions: Vec<(u64, String)> = actions.into_iter().map(|a| (a.1, a.2)).collect();
    assert!(
        actions[0].1.starts_with("no active alarms"),
        "{}",
        actions[0].1
    );
    assert!(
        actions[1].1.starts_with("DU-004: ") && actions[1].1.contains("SoC"),
        "{}",
        actions[1].1
    );
    assert!(
        actions[2].1.starts_with("line 2: safety relay closed"),
        "{}",
        actions[2].1
    );
}

#[test]
fn the_log_file_holds_one_parsable_entry_per_line_with_alarms() {
    let dir = common::fresh_dir("log");
    let path = dir.join("attempt.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "play",
            "scenarios/conveyor-tote-jam.ron",
            "--script",
            "scenarios/scripts/look-around.ron",
            "--log",
        ])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("[0:02:00 - 0:02:10] read the alarms") && stdout.contains("JAM"),
        "{stdout}"
    );
    let entries = AttemptLog::read(&path).expect("every line parses");
    assert!(
        matches!(entries.first(), Some(LogEntry::Header { scenario, .. }) if scenario == "conveyor-tote-jam")
    );
    assert_eq!(
        entries
            .iter()
            .filter(|e| matches!(e, LogEntry::Action { .. }))
            .count(),
        6
    );
    assert!(entries.iter().any(
        |e| matches!(e, LogEntry::Alarm { event, .. } if event.to_string().contains("ZoneJam"))
    ));
}

#[test]
fn killing_the_process_mid_attempt_leaves_a_log_that_still_parses() {
    let dir = common::fresh_dir("kill");
    let script = dir.join("long.ron");
    // Every ten seconds through 50 minutes of the 55-minute shift.
    let actions: Vec<String> = (1..=300)
        .map(|i| format!("(at_s: {}.0, action: ReadAlarms)", i * 10))
        .collect();
    std::fs::write(
        &script,
        format!("ActionScript(actions: [{}])", actions.join(",\n")),
    )
    .expect("script");
    let path = dir.join("attempt.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["play", "scenarios/motor-axle-wrap.ron", "--script"])
        .arg(&script)
        .arg("--log")
        .arg(&path)
        .stdout(Stdio::null())
        .spawn()
        .expect("starts");
    // Let it get part of the way through the shift, then kill it without warning.
    let mut waited = Duration::ZERO;
    loop {
        std::thread::sleep(Duration::from_millis(100));
        waited += Duration::from_millis(100);
        let lines = std::fs::read_to_string(&path)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if lines > 20 || waited > Duration::from_secs(60) {
            break;
        }
    }
    child.kill().expect("kill");
    let _ = child.wait();
    let text = std::fs::read_to_string(&path).expect("log exists");
    assert!(text.ends_with('\n'), "the last line is cut off");
    let entries = AttemptLog::read(&path).expect("every line parses after the kill");
    let actions = entries
        .iter()
        .filter(|e| matches!(e, LogEntry::Action { .. }))
        .count();
    assert!(
        (10..300).contains(&actions),
        "{actions} actions recorded before the kill"
    );
    // Ticks only ever increase: the log ends at the last completed action.
    let ticks: Vec<u64> = entries
        .iter()
        .filter_map(|e| match e {
            LogEntry::Action { tick, .. } => Some(*tick),
            _ => None,
        })
        .collect();
    assert!(ticks.windows(2).all(|w| w[0] < w[1]));
    // The first reading started at 10 s and took 10 s.
    assert_eq!(ticks[0], (20.0 * TICK_HZ) as u64);
}

#[test]
fn a_broken_script_is_refused_with_its_line_and_column() {
    let dir = common::fresh_dir("badscript");
    let script = dir.join("bad.ron");
    std::fs::write(
        &script,
        "ActionScript(actions: [\n    (at_s: 5.0, action: TouchEverything),\n])\n",
    )
    .expect("script");
    let out = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["play", "scenarios/motor-axle-wrap.ron", "--script"])
        .arg(&script)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:2:25", script.display()))
            && stderr.contains("TouchEverything"),
        "{stderr}"
    );
}
