//! How fast the simulation core runs headless as the fleet grows (`faultline bench`).

use std::io::Write;
use std::time::Instant;

use super::{HeadlessSim, SimSetup};
use crate::floor::FloorLayout;
use crate::sim::TICK_HZ;

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
