//! Attempts outside a lab: `play` a script on a scenario, `score` a saved log.

use std::path::{Path, PathBuf};

use clap::Args;

use super::write_report_json;
use crate::app::{Attempt, Conditions};
use crate::error::{Error, Result};
use crate::scenario::{find_bundled, load_scenario_reported};
use crate::scoring::{expert_path, run_attempt, score_bundled};
use crate::sim::tick_text;
use crate::trainee::{AttemptLog, LogEntry};

/// Run a scenario headless with a script of trainee actions, printing what they observe
/// and the report.
#[derive(Args, Debug)]
pub struct PlayArgs {
    /// The scenario file.
    scenario: PathBuf,
    /// A RON file: `ActionScript(actions: [(at_s: 30.0, action: ReadAlarms), ...])`.
    #[arg(long)]
    script: PathBuf,
    /// Trainee id (chooses the variant).
    #[arg(long, default_value = "")]
    trainee: String,
    /// Append the attempt log (one JSON object per line) to this file.
    #[arg(long)]
    log: Option<PathBuf>,
    /// Simulated seconds to keep running after the last action.
    #[arg(long, default_value_t = 60.0, value_parser = super::sim_seconds)]
    tail_seconds: f64,
    /// Write the report as JSON to this file (`-` for standard output).
    #[arg(long)]
    json: Option<PathBuf>,
}

impl PlayArgs {
    pub fn run(self) -> Result<()> {
        let loaded = load_scenario_reported(&self.scenario)?;
        let attempt = Attempt::new(&loaded, &self.trainee, Conditions::practice());
        let script = attempt.load_script(&self.script)?;
        let log = attempt.open_log(self.log.as_deref())?;
        let (_, mut report) = run_attempt(&attempt, &script, log, self.tail_seconds, print_entry)?;
        report.expert_path = expert_path(&attempt);
        println!("\n{}", report.text());
        write_report_json(self.json.as_deref(), &report)
    }
}

/// What the trainee saw, as `play` prints it.
fn print_entry(entry: &LogEntry) {
    match entry {
        LogEntry::Action {
            started,
            tick,
            action,
            observation,
            ..
        } => println!(
            "[{} - {}] {}\n    {observation}",
            tick_text(*started),
            tick_text(*tick),
            action.describe()
        ),
        LogEntry::SafetyViolation { tick, rule, what } => {
            println!(
                "[{}] SAFETY ({}): {what}",
                tick_text(*tick),
                rule.describe()
            )
        }
        _ => {}
    }
}

/// Re-score a saved attempt log.
#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// The attempt log (one JSON object per line).
    log: PathBuf,
    /// The scenario file (default: the one the log names, or the bundled scenario with its id).
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// Write the report as JSON to this file (`-` for standard output).
    #[arg(long)]
    json: Option<PathBuf>,
}

impl ScoreArgs {
    pub fn run(self) -> Result<()> {
        let entries = AttemptLog::read(&self.log)?;
        if let Some(note) = AttemptLog::read_log(&self.log)?.torn_note() {
            eprintln!("{}: {note}", self.log.display());
        }
        let scenario_path = match &self.scenario {
            Some(path) => path.clone(),
            None => scenario_of(&self.log, &entries)?,
        };
        let loaded = load_scenario_reported(&scenario_path)?;
        let mut report = score_bundled(&loaded, &entries)?;
        let (trainee, slot) = entries
            .iter()
            .find_map(|e| match e {
                LogEntry::Header { trainee, slot, .. } => Some((trainee.clone(), *slot)),
                _ => None,
            })
            .unwrap_or_default();
        let attempt = Attempt::new(&loaded, &trainee, Conditions::practice()).at_slot(slot);
        report.expert_path = expert_path(&attempt);
        if self.json.as_deref() != Some(Path::new("-")) {
            println!("{}", report.text());
        }
        write_report_json(self.json.as_deref(), &report)
    }
}

/// The scenario a log was played on: the file a lab attempt names, else the bundled
/// scenario with the id in its header.
fn scenario_of(log: &Path, entries: &[LogEntry]) -> Result<PathBuf> {
    let named = entries.iter().find_map(|e| match e {
        LogEntry::Attempt { scenario_file, .. } => Some(PathBuf::from(scenario_file)),
        _ => None,
    });
    if let Some(file) = named.filter(|f| f.is_file()) {
        return Ok(file);
    }
    let id = entries
        .iter()
        .find_map(|e| match e {
            LogEntry::Header { scenario, .. } => Some(scenario.clone()),
            _ => None,
        })
        .ok_or_else(|| Error::at(log, None, "the log has no header line"))?;
    find_bundled(&id)?.ok_or_else(|| {
        Error::Refused(format!(
            "no bundled scenario has the id `{id}`: name it with --scenario"
        ))
    })
}
