//! Instructor commands on scenario files: `validate` and `variants`.

use std::path::PathBuf;

use clap::Args;

use crate::error::{Error, Result};
use crate::lab::session::is_session_file;
use crate::lab::{Mode, load_session};
use crate::scenario::{
    bundled_scenarios_dir, load_scenario_reported, scenario_files, validate_files, variant_for,
};
use crate::scoring::{play_solution, solution_path};

/// Check scenario files (syntax and meaning); folders are searched for .ron files.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Scenario files or folders (default: the bundled scenarios/ folder).
    paths: Vec<PathBuf>,
    /// Only check the files; do not play their reference solutions.
    #[arg(long)]
    no_play: bool,
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
            return Err(Error::Refused("no scenario files found".into()));
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
        // A scenario must be solvable: its reference solution, where there is one, scores 100.
        let mut unsolvable = 0;
        if !self.no_play {
            for scenario in &loaded {
                let path = solution_path(&scenario.path);
                if !path.is_file() {
                    continue;
                }
                match play_solution(scenario) {
                    Ok(report) if report.total >= 100.0 => {}
                    Ok(report) => {
                        unsolvable += 1;
                        eprintln!(
                            "{}: the reference solution {} scores {} (not 100):\n{}",
                            scenario.path.display(),
                            path.display(),
                            report.total,
                            report.text()
                        );
                    }
                    Err(e) => {
                        unsolvable += 1;
                        eprintln!("{}: {e}", scenario.path.display());
                    }
                }
            }
        }
        if unsolvable > 0 {
            return Err(Error::Refused(format!(
                "{unsolvable} scenario(s) whose reference solution does not score 100"
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
        if let Some(path) = &self.session {
            let session = load_session(path)?;
            if session.session.mode == Mode::Exam {
                return Err(Error::Refused(format!(
                    "session {} is an exam: the variants (the answer key) are for the instructor, not for a station",
                    session.session.id
                )));
            }
        }
        let loaded = load_scenario_reported(&self.file)?;
        println!(
            "{} ({}), seed {}",
            loaded.scenario.title, loaded.scenario.id, loaded.scenario.seed
        );
        for trainee in &self.trainees {
            let variant = variant_for(&loaded, trainee);
            println!("{trainee}:");
            for fault in &variant.faults {
                println!(
                    "  {:<14} {:<20} {:<24} {}",
                    fault.id,
                    fault.kind.name(),
                    fault.target.describe(),
                    fault.trigger.describe()
                );
            }
        }
        Ok(())
    }
}
