//! `faultline bench`: how fast the simulation runs headless, or how fast scoring is.

use clap::Args;

use crate::app::bench::{BenchResult, run_repeated};
use crate::error::{Error, Result};
use crate::floor::{FloorLayout, MAX_FLEET_UNITS};
use crate::scenario::{bundled_scenarios_dir, load_scenario_reported};
use crate::scoring::bench::time_scoring;

/// Measure how fast the simulation runs headless for growing fleets.
#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Fleet sizes to measure, comma separated.
    #[arg(long, value_delimiter = ',', default_values_t = vec![100, 500, 1000, 2000],
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_FLEET_UNITS)))]
    units: Vec<u32>,
    /// Simulated seconds per fleet size.
    #[arg(long, default_value_t = 60.0, value_parser = super::positive_sim_seconds)]
    seconds: f64,
    /// Floor preset the benchmark floors are grown from.
    #[arg(long, default_value = "default")]
    floor: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Time the scorer instead: a one-hour attempt of this many actions on the tote-jam scenario.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    scoring_actions: Option<u32>,
    /// Measure the window's frame time instead, against a plain scene of the same floor
    /// (needs a display: run under `xvfb-run -a -s "-screen 0 1280x720x24"` on a server).
    #[arg(long)]
    render: bool,
    /// Fleet sizes for `--render`, comma separated.
    #[arg(long, value_delimiter = ',', default_values_t = vec![20, 100, 500],
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_FLEET_UNITS)))]
    render_units: Vec<u32>,
    /// Frames rendered per window for `--render` (the first 10 are left out).
    #[arg(long, default_value_t = 120)]
    render_frames: u32,
    /// Sim speed the windows run at for `--render` (times real time; the window offers
    /// 1, 4 and 16); the speed they achieve is reported beside their frame times.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=64))]
    render_speed: u32,
    /// Runs per fleet size: the table gives the median run, and the spread of the runs'
    /// speeds is printed after it (each run starts afresh from the same seed, and a run
    /// whose picks or shares differ is reported as an error).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    runs: u32,
    /// Also measure each set of the tick (microseconds per tick, printed after the table).
    #[arg(long)]
    profile: bool,
    /// Also write the figures as JSON to this file (`-`: standard output, instead of the table).
    #[arg(long)]
    json: Option<std::path::PathBuf>,
}

impl BenchArgs {
    pub fn run(self) -> Result<()> {
        if self.render {
            let scratch =
                std::env::temp_dir().join(format!("faultline-render-{}", std::process::id()));
            let figures = super::bench_render::measure(&super::bench_render::RenderPlan {
                units: &self.render_units,
                frames: self.render_frames,
                speed: self.render_speed,
                scratch: &scratch,
            });
            let _ = std::fs::remove_dir_all(&scratch);
            print!("{}", super::bench_render::table(&figures?));
            return Ok(());
        }
        if let Some(actions) = self.scoring_actions {
            let path = bundled_scenarios_dir().join("conveyor-tote-jam.ron");
            let loaded = load_scenario_reported(&path)?;
            let (mean, slowest) = time_scoring(&loaded, actions as usize, 200)?;
            println!(
                "scoring a one-hour attempt of {actions} actions: {mean:.3} ms mean, {slowest:.3} ms slowest (200 runs)"
            );
            return Ok(());
        }
        let base = FloorLayout::preset_or_path(&self.floor)?;
        let mut stderr = std::io::stderr();
        let results = self
            .units
            .iter()
            .map(|&units| {
                run_repeated(
                    &base,
                    units,
                    self.seconds,
                    self.seed,
                    self.profile,
                    self.runs,
                    &mut stderr,
                )
            })
            .collect::<Result<Vec<_>>>()?;
        if let Some(path) = &self.json {
            let text = serde_json::to_string_pretty(&results)
                .map_err(|e| Error::Refused(format!("cannot write the figures as JSON: {e}")))?;
            if path.as_os_str() == "-" {
                println!("{text}");
                return Ok(());
            }
            crate::data::write_atomically(path, format!("{text}\n").as_bytes())?;
        }
        println!(
            "| units | stations | sim s / wall s | on a mission | in motion | picks / h | ticks / s | unit-ticks / s | memory MiB |"
        );
        println!("|------:|------:|------:|------:|------:|------:|------:|------:|------:|");
        for r in &results {
            println!(
                "| {} | {} | {:.1} | {:.0}% | {:.0}% | {:.0} | {:.0} | {:.0} | {} |",
                r.units,
                r.stations,
                r.sim_per_wall(),
                r.on_mission * 100.0,
                r.in_motion * 100.0,
                r.picks_per_hour(),
                r.ticks_per_second(),
                r.unit_ticks_per_second(),
                r.memory_mib.map_or("?".into(), |m| format!("{m:.0}"))
            );
        }
        if self.runs > 1 {
            print!("{}", spread_lines(&results));
        }
        if self.profile {
            print!("{}", profile_table(&results));
        }
        Ok(())
    }
}

/// Each size's runs: slowest and fastest speed around the median the table shows.
fn spread_lines(results: &[BenchResult]) -> String {
    let mut text = String::from("\n");
    for r in results {
        let (low, high) = r
            .run_speeds
            .iter()
            .fold((f64::INFINITY, 0.0f64), |(lo, hi), &s| {
                (lo.min(s), hi.max(s))
            });
        let each: Vec<String> = r.run_speeds.iter().map(|s| format!("{s:.1}")).collect();
        text += &format!(
            "{} units, {} runs: median {:.1}x, slowest {low:.1}x, fastest {high:.1}x ({})\n",
            r.units,
            r.run_speeds.len(),
            r.sim_per_wall(),
            each.join(", ")
        );
    }
    text
}

/// Microseconds per tick by set, one column per fleet size, after the set's systems.
fn profile_table(results: &[BenchResult]) -> String {
    let mut text = String::from("\n| set | systems |");
    let mut rule = String::from("|---|------:|");
    for r in results {
        text += &format!(" {} units µs/tick |", r.units);
        rule += "------:|";
    }
    text += &format!("\n{rule}\n");
    let Some(first) = results.first() else {
        return text;
    };
    for (row, stage) in first.profile.iter().enumerate() {
        text += &format!("| {} | {} |", stage.stage, stage.systems);
        for r in results {
            let cost = r.profile.get(row).map_or(0.0, |s| s.micros_per_tick);
            text += &format!(" {cost:.1} |");
        }
        text += "\n";
    }
    let all = first.systems_per_tick.map_or("?".into(), |n| n.to_string());
    text += &format!("| whole tick | {all} |");
    for r in results {
        text += &format!(" {:.1} |", 1e6 / r.ticks_per_second());
    }
    text + "\n"
}
