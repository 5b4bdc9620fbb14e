//! `faultline bench`: how fast the simulation core runs headless as the fleet grows.

use std::io::Write;
use std::time::Instant;

use crate::floor::FloorLayout;
use crate::sim::{HeadlessSim, SimSetup, TICK_HZ};

/// One fleet size's figures.
#[derive(Debug, Clone, Copy)]
pub struct BenchResult {
    pub units: u32,
    pub sim_seconds: f64,
    pub wall_seconds: f64,
    pub ticks: u64,
}

impl BenchResult {
    pub fn sim_per_wall(&self) -> f64 {
        self.sim_seconds / self.wall_seconds
    }

    pub fn ticks_per_second(&self) -> f64 {
        self.ticks as f64 / self.wall_seconds
    }

    pub fn unit_ticks_per_second(&self) -> f64 {
        self.ticks_per_second() * self.units as f64
    }
}

/// Runs `sim_seconds` of simulation for a fleet of `units` on `base` grown to fit,
/// writing a progress line to `progress` as it goes.
pub fn run_one(
    base: &FloorLayout,
    units: u32,
    sim_seconds: f64,
    seed: u64,
    progress: &mut dyn Write,
) -> BenchResult {
    let layout = base.sized_for_fleet(units);
    let mut sim = HeadlessSim::new(SimSetup::floor(layout, seed));
    let ticks = (sim_seconds * TICK_HZ).round() as u64;
    let chunk = (TICK_HZ as u64).max(1);
    let started = Instant::now();
    let mut done = 0;
    let mut last_report = f64::NEG_INFINITY;
    while done < ticks {
        let step = chunk.min(ticks - done);
        sim.run_ticks(step);
        done += step;
        let elapsed = started.elapsed().as_secs_f64();
        // Refresh the progress line a few times a second, not every simulated second.
        if elapsed - last_report < 0.25 && done < ticks {
            continue;
        }
        last_report = elapsed;
        let _ = write!(
            progress,
            "\r  {units:>5} units: {:>5.0}/{sim_seconds:.0} sim s, {:>6.1}x real time   ",
            done as f64 / TICK_HZ,
            done as f64 / TICK_HZ / elapsed.max(1e-9)
        );
        let _ = progress.flush();
    }
    let _ = writeln!(progress);
    BenchResult {
        units,
        sim_seconds: ticks as f64 / TICK_HZ,
        wall_seconds: started.elapsed().as_secs_f64(),
        ticks,
    }
}

/// A one-hour attempt log of `actions` actions on `loaded` (tests, walks, repairs,
/// readings and a work order, with alarm events between), for timing the scorer.
pub fn synthetic_attempt(
    loaded: &crate::scenario::LoadedScenario,
    actions: usize,
) -> Vec<crate::trainee::LogEntry> {
    use crate::scenario::ResolvedTarget;
    use crate::trainee::{LogEntry, Spot, TestPoint, TraineeAction as A};
    let kinds = [
        A::ReadAlarms,
        A::WalkTo {
            to: Spot::Zone { line: 1, zone: 2 },
        },
        A::InspectZone { line: 1, zone: 2 },
        A::Measure {
            point: TestPoint::PhotoEyeOutput { line: 1, zone: 2 },
        },
        A::ThermalScan {
            target: ResolvedTarget::Line(1),
        },
        A::ApplyLockout { line: 1 },
        A::ReplaceRollerCard { line: 1, zone: 2 },
        A::RemoveLockout { line: 1 },
        A::RunTestCycle {
            target: ResolvedTarget::Line(1),
        },
        A::SwapRollerPort { line: 1, zone: 0 },
    ];
    let mut log = vec![LogEntry::Header {
        scenario: loaded.scenario.id.clone(),
        trainee: "bench".into(),
        seed: 0,
    }];
    let step = (3600.0 * TICK_HZ) as u64 / actions.max(1) as u64;
    for i in 0..actions {
        let started = i as u64 * step;
        let action = if i == actions - 1 {
            A::FileWorkOrder {
                target: ResolvedTarget::Zone { line: 1, zone: 2 },
                root_cause: "item wedged in zone".into(),
                repair: "clear the jam".into(),
                notes: "synthetic attempt for the scoring benchmark".into(),
            }
        } else {
            kinds[i % kinds.len()].clone()
        };
        log.push(LogEntry::Action {
            started,
            tick: started + step / 2,
            observation: if matches!(action, A::ReplaceRollerCard { .. }) {
                "line 1 zone 3: replaced the MDR card; no change".into()
            } else {
                "work order filed for line 1 zone 3".into()
            },
            action,
        });
        if i % 10 == 0 {
            log.push(LogEntry::Alarm {
                tick: started,
                event: serde_json::Value::Null,
            });
        }
    }
    log
}

/// Times scoring a synthetic one-hour, `actions`-action attempt: (mean, slowest) in ms.
pub fn time_scoring(
    loaded: &crate::scenario::LoadedScenario,
    actions: usize,
    runs: usize,
) -> Result<(f64, f64), String> {
    let faults = crate::faults::FaultCatalogue::bundled().map_err(|e| e.to_string())?;
    let catalogue = crate::trainee::ActionCatalogue::bundled().map_err(|e| e.to_string())?;
    let log = synthetic_attempt(loaded, actions);
    let mut total = 0.0;
    let mut slowest: f64 = 0.0;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let report = crate::scoring::score(loaded, &log, &faults, &catalogue);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        std::hint::black_box(report);
        total += ms;
        slowest = slowest.max(ms);
    }
    Ok((total / runs.max(1) as f64, slowest))
}
