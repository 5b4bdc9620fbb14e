//! Instructor commands on scenario files: `validate` and `variants`.

use std::path::PathBuf;

use clap::Args;

use crate::app::{Attempt, Conditions};
use crate::error::{Error, Result};
use crate::lab::session::is_session_file;
use crate::lab::{Mode, load_session};
use crate::scenario::{
    bundled_scenarios_dir, load_scenario_reported, scenario_files, validate_files,
};
use crate::scoring::solution_path;
use crate::scoring::solvable::{play_all, variants_to_play};
use crate::sim::{TICK_HZ, clock_text};

/// Check scenario files (syntax and meaning); folders are searched for .ron files.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Scenario files or folders (default: the bundled scenarios/ folder).
    paths: Vec<PathBuf>,
    /// Only check the files; do not play their reference solutions.
    #[arg(long)]
    no_play: bool,
    /// Play each reference solution on the reference variant only (not on a sample of
    /// the trainees' variants).
    #[arg(long)]
    quick: bool,
    /// Play each reference solution on at most this many of the trainees' variants.
    #[arg(long, default_value_t = crate::scoring::solvable::SAMPLE)]
    sample: usize,
}

impl ValidateArgs {
    pub fn run(self) -> Result<()> {
        let inputs = if self.paths.is_empty() {
            vec![bundled_scenarios_dir()]
        } else {
            self.paths
        };
        let (sessions, files): (Vec<PathBuf>, Vec<PathBuf>) = scenario_files(&inputs)?
            .into_iter()
            .partition(|p| is_session_file(p));
        let mut broken_sessions = 0;
        for path in &sessions {
            match load_session(path) {
                Ok(s) => println!(
                    "{}: session {} valid ({} trainees)",
                    path.display(),
                    s.session.id,
                    s.session.roster.len()
                ),
                Err(e) => {
                    broken_sessions += 1;
                    eprintln!("{e}");
                }
            }
        }
        if broken_sessions > 0 {
            return Err(Error::Refused(format!(
                "{broken_sessions} session file(s) with problems"
            )));
        }
        if files.is_empty() && !sessions.is_empty() {
            return Ok(());
        }
        if files.is_empty() {
            let looked: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
            return Err(Error::Refused(format!(
                "no scenario files (.ron) found in {}",
                looked.join(", ")
            )));
        }
        let (loaded, problems) = validate_files(&files);
        for problem in &problems {
            eprintln!("{problem}");
        }
        if !problems.is_empty() {
            let failing: std::collections::BTreeSet<_> = problems.iter().map(|p| &p.path).collect();
            return Err(Error::Refused(format!(
                "{} problem(s) in {} of {} file(s)",
                problems.len(),
                failing.len(),
                files.len()
            )));
        }
        for scenario in &loaded {
            for warning in &scenario.warnings {
                eprintln!("{warning}");
            }
        }
        // A scenario must be solvable on every trainee's variant: its reference solution
        // (naming equipment by role) scores 100 on each.
        let mut unsolvable = 0;
        if !self.no_play {
            let mut jobs = Vec::new();
            for scenario in &loaded {
                if !solution_path(&scenario.path).is_file() {
                    unsolvable += 1;
                    eprintln!(
                        "{}: no reference solution ({} is missing)",
                        scenario.path.display(),
                        solution_path(&scenario.path).display()
                    );
                    continue;
                }
                let picks = variants_to_play(scenario, if self.quick { 1 } else { self.sample });
                jobs.extend(picks.into_iter().map(|pick| (scenario, pick)));
            }
            let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
            let started = std::time::Instant::now();
            let results = play_all(&jobs, workers);
            let mut failing: Vec<&std::path::Path> = Vec::new();
            for ((scenario, pick), result) in jobs.iter().zip(&results) {
                let problem = match result {
                    Ok(report) if report.total >= 100.0 => continue,
                    Ok(report) => format!(
                        "the reference solution scores {} (not 100) on {}:\n{}",
                        report.total,
                        pick.describe(),
                        report.text()
                    ),
                    Err(e) => format!("on {}: {e}", pick.describe()),
                };
                eprintln!("{}: {problem}", scenario.path.display());
                if !failing.contains(&scenario.path.as_path()) {
                    failing.push(&scenario.path);
                }
            }
            unsolvable += failing.len();
            println!(
                "played {} reference solution(s) on {} variant(s) in {:.0} s on {workers} core(s)",
                loaded.len(),
                jobs.len(),
                started.elapsed().as_secs_f64()
            );
        }
        if unsolvable > 0 {
            return Err(Error::Refused(format!(
                "{unsolvable} scenario(s) without a reference solution that scores 100 on every variant"
            )));
        }
        println!("{} scenario file(s) valid", loaded.len());
        Ok(())
    }
}

/// Instructor view: which fault variant each trainee would get.
#[derive(Args, Debug)]
pub struct VariantsArgs {
    /// The scenario file.
    file: PathBuf,
    /// The lab session this machine serves: instructor views are refused in exam mode.
    #[arg(long)]
    session: Option<PathBuf>,
    /// Trainee ids, comma separated.
    #[arg(long, value_delimiter = ',', required = true)]
    trainees: Vec<String>,
}

impl VariantsArgs {
    pub fn run(self) -> Result<()> {
        let session = match &self.session {
            Some(path) => {
                let session = load_session(path)?;
                if session.session.mode == Mode::Exam {
                    return Err(Error::Refused(format!(
                        "session {} is an exam: the variants (the answer key) are for the instructor, not for a station",
                        session.session.id
                    )));
                }
                Some(session)
            }
            None => None,
        };
        let loaded = load_scenario_reported(&self.file)?;
        println!(
            "{} ({}), seed {}",
            loaded.scenario.title, loaded.scenario.id, loaded.scenario.seed
        );
        let mut never = 0;
        for trainee in &self.trainees {
            // In a session a trainee's variant comes from their place on its roster.
            let slot = session.as_ref().and_then(|s| s.slot_of(trainee));
            let attempt = Attempt::new(&loaded, trainee, Conditions::practice()).at_slot(slot);
            match slot {
                Some(slot) => println!("{trainee} (roster place {slot}):"),
                None => println!("{trainee}:"),
            }
            let onsets = attempt.fault_onsets();
            for (fault, onset) in attempt.variant().faults.iter().zip(&onsets) {
                let starts = match onset.tick {
                    Some(tick) => format!(
                        "starts {}{}",
                        clock_text(tick as f64 / TICK_HZ),
                        if onset.simulated { " (simulated)" } else { "" }
                    ),
                    None if onset.on_action => "only if the trainee does it".to_string(),
                    None => {
                        never += 1;
                        format!(
                            "NEVER STARTS within the {} min shift",
                            loaded.scenario.shift_min
                        )
                    }
                };
                println!(
                    "  {:<14} {:<20} {:<24} {:<30} {starts}",
                    fault.id,
                    fault.kind.name(),
                    fault.target.describe(),
                    fault.trigger.describe(),
                );
            }
        }
        if never > 0 {
            return Err(Error::Refused(format!(
                "{never} fault(s) never start within the shift for the trainees listed: change their trigger or window"
            )));
        }
        Ok(())
    }
}
