//! How fast the simulation core runs headless as the fleet grows (`faultline bench`),
//! and how busy the floor it measures is: the share of units on a mission and in
//! motion, the picks an hour, the memory held.

use std::io::Write;
use std::time::Instant;

use bevy::prelude::*;

use super::tick_profile::{TickProfile, add_tick_profile, systems_per_tick};
use super::{HeadlessSim, SimSetup};
use crate::error::{Error, Result};
use crate::fleet::{BodyMotion, FleetStats, Mission};
use crate::floor::FloorLayout;
use crate::sim::TICK_HZ;

/// One stage of the tick and its mean cost, microseconds per tick.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StageCost {
    pub stage: String,
    pub micros_per_tick: f64,
    /// Systems the stage runs each tick.
    pub systems: usize,
}

/// One fleet size's figures.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BenchResult {
    pub units: u32,
    pub stations: u32,
    pub sim_seconds: f64,
    pub wall_seconds: f64,
    pub ticks: u64,
    /// Time-averaged share of units with work (a pod to fetch or a charge), 0 to 1.
    pub on_mission: f64,
    /// Time-averaged share of units driving or turning, 0 to 1.
    pub in_motion: f64,
    pub picks: u64,
    /// Resident memory of the process after the run, MiB (None where not known).
    pub memory_mib: Option<f64>,
    /// Sim seconds per wall second of every run of this size, in the order they ran;
    /// the other figures are the median run's (see `run_repeated`).
    pub run_speeds: Vec<f64>,
    /// Systems in a tick, the profile's markers and the schedule's sync points included
    /// (only with `--profile`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub systems_per_tick: Option<usize>,
    /// Where a tick's time went, by set (only with `--profile`; the markers cost a little).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profile: Vec<StageCost>,
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

    pub fn picks_per_hour(&self) -> f64 {
        self.picks as f64 * 3600.0 / self.sim_seconds.max(1e-9)
    }
}

/// The shares of units on a mission and in motion now.
fn busy_now(world: &mut World) -> (f64, f64, usize) {
    let mut query = world.query::<(&Mission, &BodyMotion)>();
    let (mut working, mut moving, mut all) = (0usize, 0usize, 0usize);
    for (mission, motion) in query.iter(world) {
        all += 1;
        if matches!(mission, Mission::FetchPod { .. } | Mission::Charge { .. }) {
            working += 1;
        }
        if motion.speed.abs() > 0.05 || motion.turn_rate.abs() > 0.05 {
            moving += 1;
        }
    }
    (working as f64, moving as f64, all)
}

/// The process's resident memory, MiB (Linux; None elsewhere).
fn resident_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Runs `sim_seconds` of simulation for a fleet of `units` on `base` grown to fit,
/// writing a progress line to `progress` as it goes. The shares are sampled once a
/// simulated second, from the tenth second (the fleet takes its first work by then).
/// With `profile`, the tick's time is also measured set by set.
fn run_one(
    base: &FloorLayout,
    units: u32,
    sim_seconds: f64,
    seed: u64,
    profile: bool,
    progress: &mut dyn Write,
) -> BenchResult {
    let layout = base.sized_for_fleet(units);
    let stations = layout.stations.count;
    let setup = SimSetup::floor(layout, seed);
    let mut sim = if profile {
        HeadlessSim::with(setup, add_tick_profile)
    } else {
        HeadlessSim::new(setup)
    };
    let ticks = (sim_seconds * TICK_HZ).round() as u64;
    let chunk = (TICK_HZ as u64).max(1);
    let started = Instant::now();
    let mut done = 0;
    let mut last_report = f64::NEG_INFINITY;
    let (mut working, mut moving, mut samples) = (0.0, 0.0, 0.0);
    while done < ticks {
        let step = chunk.min(ticks - done);
        sim.run_ticks(step);
        done += step;
        if done as f64 / TICK_HZ >= 10.0 {
            let (w, m, all) = busy_now(sim.world_mut());
            working += w;
            moving += m;
            samples += all as f64;
        }
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
    let wall_seconds = started.elapsed().as_secs_f64();
    let _ = writeln!(progress);
    let world = sim.world();
    let (systems_per_tick, profile) = match world.get_resource::<TickProfile>() {
        Some(p) => (Some(systems_per_tick(world)), stage_costs(p, world, ticks)),
        None => (None, Vec::new()),
    };
    BenchResult {
        units,
        stations,
        sim_seconds: ticks as f64 / TICK_HZ,
        wall_seconds,
        ticks,
        on_mission: working / samples.max(1.0),
        in_motion: moving / samples.max(1.0),
        picks: sim.world().resource::<FleetStats>().picks,
        memory_mib: resident_mib(),
        // Filled by `run_repeated`, which alone sees every run.
        run_speeds: Vec::new(),
        systems_per_tick,
        profile,
    }
}

/// Runs one fleet size `runs` times (at least once), each a fresh simulation from the
/// same seed. The machine's speed moves between runs, so one run says little; the result
/// is the median run's figures (the slower middle one for an even count) with every
/// run's speed in `run_speeds`. Ticks, picks and shares must agree between runs: a run
/// that differs means the simulation is not deterministic, and is an error.
pub fn run_repeated(
    base: &FloorLayout,
    units: u32,
    sim_seconds: f64,
    seed: u64,
    profile: bool,
    runs: u32,
    progress: &mut dyn Write,
) -> Result<BenchResult> {
    let mut all: Vec<BenchResult> = (0..runs.max(1))
        .map(|_| run_one(base, units, sim_seconds, seed, profile, progress))
        .collect();
    let outcome = |r: &BenchResult| {
        (
            r.ticks,
            r.picks,
            r.on_mission.to_bits(),
            r.in_motion.to_bits(),
        )
    };
    if let Some(odd) = all.iter().find(|r| outcome(r) != outcome(&all[0])) {
        let first = &all[0];
        return Err(Error::Refused(format!(
            "two runs of {units} units from seed {seed} disagree (ticks {} and {}, picks {} and {}, on a mission {} and {}, in motion {} and {}): the simulation is not deterministic",
            first.ticks,
            odd.ticks,
            first.picks,
            odd.picks,
            first.on_mission,
            odd.on_mission,
            first.in_motion,
            odd.in_motion
        )));
    }
    let run_speeds: Vec<f64> = all.iter().map(BenchResult::sim_per_wall).collect();
    all.sort_by(|a, b| a.sim_per_wall().total_cmp(&b.sim_per_wall()));
    let mut median = all.swap_remove((all.len() - 1) / 2);
    median.run_speeds = run_speeds;
    Ok(median)
}

fn stage_costs(profile: &TickProfile, world: &World, ticks: u64) -> Vec<StageCost> {
    profile
        .stages(world)
        .map(|(stage, total, systems)| StageCost {
            stage: stage.to_string(),
            micros_per_tick: total.as_secs_f64() * 1e6 / ticks.max(1) as f64,
            systems,
        })
        .collect()
}
