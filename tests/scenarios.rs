//! Shipped scenarios validate and show their faults; broken ones get located errors;
//! each trainee gets a stable, in-bounds variant.

mod common;

use std::path::{Path, PathBuf};

use faultline::alarms::{AlarmLog, AlarmSource};
use faultline::app::{HeadlessSim, SimSetup};
use faultline::faults::{FaultCatalogue, FaultSchedule, Subsystem};
use faultline::scenario::*;
use faultline::sim::TICK_HZ;

fn shipped() -> Vec<LoadedScenario> {
    let files = scenario_files(&[bundled_scenarios_dir()]).expect("scenarios folder");
    let (loaded, problems) = validate_files(&files);
    assert!(
        problems.is_empty(),
        "shipped scenarios have problems:\n{}",
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    loaded
}

#[test]
fn shipped_scenarios_validate_and_cover_the_catalogue() {
    let scenarios = shipped();
    assert!(scenarios.len() >= 12, "only {} scenarios", scenarios.len());
    let catalogue = FaultCatalogue::bundled().expect("catalogue loads");
    let mut subsystems = Vec::new();
    let mut difficulties = Vec::new();
    for s in &scenarios {
        difficulties.push(s.scenario.difficulty);
        for f in &s.scenario.faults {
            let entry = catalogue
                .entry(f.kind.name())
                .unwrap_or_else(|| panic!("{} missing from the catalogue", f.kind.name()));
            subsystems.push(entry.subsystem);
        }
    }
    for sub in [
        Subsystem::Motor,
        Subsystem::Sensor,
        Subsystem::Battery,
        Subsystem::Conveyor,
    ] {
        assert!(subsystems.contains(&sub), "no {sub:?} scenario");
    }
    for d in [
        Difficulty::Foundation,
        Difficulty::Intermediate,
        Difficulty::Advanced,
    ] {
        assert!(difficulties.contains(&d), "no {d:?} scenario");
    }
    let faults =
        |pred: &dyn Fn(&LoadedScenario) -> bool| scenarios.iter().filter(|s| pred(s)).count();
    assert!(
        faults(&|s| s
            .scenario
            .faults
            .iter()
            .any(|f| matches!(f.trigger, Trigger::Intermittent { .. })))
            >= 1
    );
    assert!(
        faults(&|s| s.scenario.faults.len() >= 2
            && s.scenario.faults[0].trigger == s.scenario.faults[1].trigger)
            >= 1,
        "no scenario with two simultaneous faults"
    );
    assert!(
        faults(&|s| s
            .scenario
            .faults
            .iter()
            .any(|f| f.note.starts_with("Misleading")))
            >= 1
    );
}

#[test]
fn the_catalogue_describes_every_fault_kind() {
    let catalogue = FaultCatalogue::bundled().expect("catalogue loads");
    let kinds = [
        FaultKind::MotorBind {
            wheel: Wheel::Left,
            drag_nm: 1.0,
            shorted_winding: false,
        },
        FaultKind::EncoderFailure { wheel: Wheel::Left },
        FaultKind::WornWheel {
            wheel: Wheel::Left,
            radius_loss: 0.1,
        },
        FaultKind::WheelSlip { grip: 0.5 },
        FaultKind::LiftWear { slowdown: 2.0 },
        FaultKind::DirtyCamera { read_rate: 0.5 },
        FaultKind::DamagedFiducial { read_rate: 0.5 },
        FaultKind::ObstacleFalseTrip { trips_per_min: 1.0 },
        FaultKind::WirelessDropout {
            dropouts_per_min: 1.0,
            duration_s: 1.0,
        },
        FaultKind::WornPack {
            capacity_fraction: 0.5,
            resistance_factor: 2.0,
        },
        FaultKind::CellImbalance {
            cell: 0,
            soc_offset: 0.1,
        },
        FaultKind::PackOverTemperature {
            cooling_fraction: 0.1,
        },
        FaultKind::ChargerContact {
            contact_quality: 0.1,
        },
        FaultKind::ToteJam,
        FaultKind::DirtyPhotoEye { signal_margin: 0.1 },
        FaultKind::VfdTrip {
            cause: VfdTripCause::GroundFault,
        },
        FaultKind::RollerCardFailure,
        FaultKind::EstopChainOpen { device: 0 },
        FaultKind::BeltMistracking { drift_mps: 0.1 },
    ];
    assert!(kinds.len() >= 16);
    for kind in kinds {
        let entry = catalogue
            .entry(kind.name())
            .unwrap_or_else(|| panic!("{} missing", kind.name()));
        assert!(
            !entry.test_points.is_empty() && !entry.repairs.is_empty() && !entry.causes.is_empty(),
            "{} is incomplete",
            kind.name()
        );
    }
    assert_eq!(catalogue.kinds.len(), 19);
}

/// Whether an alarm from `source` can be the fault's own (units raise charger and sticker faults).
fn from_target(source: AlarmSource, target: ResolvedTarget) -> bool {
    match (source, target) {
        (AlarmSource::Unit(a), ResolvedTarget::Unit(b)) => a == b,
        (AlarmSource::Zone { line, zone }, ResolvedTarget::Zone { line: l, zone: z }) => {
            line == l && zone == z
        }
        (AlarmSource::Line(a), ResolvedTarget::Line(b)) => a == b,
        (AlarmSource::Unit(_), ResolvedTarget::Charger(_) | ResolvedTarget::Cell(_)) => true,
        _ => false,
    }
}

#[test]
fn every_shipped_scenario_shows_its_fault_alarm_within_the_trigger_window() {
    let catalogue = FaultCatalogue::bundled().expect("catalogue");
    for loaded in shipped() {
        let variant = variant_for(&loaded, "");
        let mut sim = HeadlessSim::new(SimSetup::scenario(&loaded, &variant));
        let shift_ticks = (loaded.scenario.shift_min as f64 * 60.0 * TICK_HZ) as u64;
        // A consequence (of an action, or of a fault left running) shows through its
        // cause's symptoms, and only in attempts that set it off: tests of its own.
        let mut pending: Vec<usize> = (0..variant.faults.len())
            .filter(|&i| !variant.faults[i].trigger.depends_on_the_attempt())
            .collect();
        while !pending.is_empty() && sim.tick() < shift_ticks {
            sim.run_ticks(600);
            let schedule = sim.world().resource::<FaultSchedule>().clone();
            let log = sim.world().resource::<AlarmLog>().clone();
            pending.retain(|&i| {
                let fault = &variant.faults[i];
                let entry = catalogue.entry(fault.kind.name()).expect("catalogued");
                let Some(start) = schedule.faults[i].first_active_tick else {
                    return true;
                };
                if entry.alarms.is_empty() {
                    return false;
                }
                let deadline = start + (entry.detect_within_s as f64 * TICK_HZ) as u64;
                let shown = log.alarms.iter().any(|a| {
                    entry.alarms.contains(&a.code)
                        && from_target(a.source, fault.target)
                        && a.raised_tick >= start
                        && a.raised_tick <= deadline
                });
                assert!(
                    shown || sim.tick() <= deadline,
                    "{}: fault {} ({}, {}) raised none of {:?} within {} s of starting",
                    loaded.scenario.id,
                    fault.id,
                    fault.kind.name(),
                    fault.target.describe(),
                    entry.alarms,
                    entry.detect_within_s
                );
                !shown
            });
        }
        assert!(
            pending.is_empty(),
            "{}: faults {pending:?} never started or showed in the shift",
            loaded.scenario.id
        );
    }
}

#[test]
fn a_trainee_always_gets_the_same_variant() {
    let loaded =
        load_scenario(&bundled_scenarios_dir().join("motor-axle-wrap.ron")).expect("loads");
    assert_eq!(
        variant_for(&loaded, "trainee-17"),
        variant_for(&loaded, "trainee-17")
    );
    assert_ne!(
        variant_for(&loaded, "trainee-17").sim_seed,
        variant_for(&loaded, "trainee-18").sim_seed
    );
}

#[test]
fn a_class_gets_varied_variants_inside_the_authors_sets_and_windows() {
    let loaded =
        load_scenario(&bundled_scenarios_dir().join("motor-axle-wrap.ron")).expect("loads");
    let Target::AnyUnit(set) = &loaded.scenario.faults[0].target else {
        panic!("expects AnyUnit")
    };
    let Trigger::RandomWindow { from_s, to_s } = loaded.scenario.faults[0].trigger else {
        panic!("expects RandomWindow")
    };
    let mut seen = Vec::new();
    for i in 0..30 {
        let variant = variant_for(&loaded, &format!("s{i:04}"));
        let fault = &variant.faults[0];
        let ResolvedTarget::Unit(u) = fault.target else {
            panic!("unit target")
        };
        assert!(set.contains(&u), "unit {u} not in {set:?}");
        let ResolvedTrigger::At { tick } = fault.trigger else {
            panic!("timed trigger")
        };
        let seconds = tick as f64 / TICK_HZ;
        assert!(
            seconds >= from_s as f64 && seconds <= to_s as f64,
            "{seconds} s outside the window"
        );
        seen.push((u, tick));
    }
    seen.sort();
    seen.dedup();
    assert!(seen.len() > 1);
    let units: std::collections::BTreeSet<u32> = seen.iter().map(|s| s.0).collect();
    assert!(units.len() > 1, "every trainee got the same unit");
}

/// Every broken file names its expected problem on the first line:
/// `// expect: LINE:COL message`, `// expect: several N`.
#[test]
fn broken_scenarios_get_located_errors_and_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken_scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "corpus has {} files", files.len());
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// expect: "))
            .expect("expectation line")
            .to_string();
        let problems = match load_scenario(&file) {
            Ok(_) => panic!("{} loaded but should not", file.display()),
            Err(p) => p,
        };
        if let Some(count) = expect.strip_prefix("several ") {
            let n: usize = count.parse().expect("count");
            assert!(
                problems.len() >= n,
                "{}: {} problems reported, expected {n}",
                file.display(),
                problems.len()
            );
            continue;
        }
        let (position, message) = expect.split_once(' ').expect("position and message");
        let found = problems.iter().any(|p| {
            let at = p.position.map(|pos| format!("{}:{}", pos.line, pos.column));
            at.as_deref() == Some(position) && p.message.contains(message)
        });
        assert!(
            found,
            "{}: expected {position} `{message}`, got:\n{}",
            file.display(),
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            problems
                .iter()
                .all(|p| p.to_string().starts_with(&file.display().to_string()))
        );
    }
}

#[test]
fn duplicate_scenario_ids_across_files_are_reported() {
    let a = bundled_scenarios_dir().join("motor-axle-wrap.ron");
    let dir = common::fresh_dir("dup");
    let copy = dir.join("copy.ron");
    std::fs::copy(&a, &copy).expect("copy");
    let (_, problems) = validate_files(&[a, copy.clone()]);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .contains("duplicate scenario id `motor-axle-wrap`"),
        "{}",
        problems[0]
    );
    assert!(
        problems[0]
            .to_string()
            .starts_with(&format!("{}:3:9", copy.display())),
        "{}",
        problems[0]
    );
}
