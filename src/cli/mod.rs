//! The `faultline` command. One file per group of subcommands; each subcommand is an
//! `Args` struct with a doc comment (its help text) and a `run` method.

mod attempts;
mod bench;
mod lab;
mod scenarios;
mod window;

use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::data::write_atomically;
use crate::error::Result;
use crate::scoring::Report;

#[derive(Parser, Debug)]
#[command(
    name = "faultline",
    version,
    about = "Robotic fulfilment floor simulator for maintenance training"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    Run(window::RunArgs),
    Bench(bench::BenchArgs),
    Validate(scenarios::ValidateArgs),
    Variants(scenarios::VariantsArgs),
    Play(attempts::PlayArgs),
    Score(attempts::ScoreArgs),
    Station(lab::StationArgs),
    Verify(lab::VerifyArgs),
    Gradebook(lab::GradebookArgs),
    Outbox(lab::OutboxArgs),
}

/// Parses the command line, runs the command, and turns an error into a message and
/// a failing exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or_default() {
        Command::Run(args) => args.run(),
        Command::Bench(args) => args.run(),
        Command::Validate(args) => args.run(),
        Command::Variants(args) => args.run(),
        Command::Play(args) => args.run(),
        Command::Score(args) => args.run(),
        Command::Station(args) => args.run(),
        Command::Verify(args) => args.run(),
        Command::Gradebook(args) => args.run(),
        Command::Outbox(args) => args.run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

impl Default for Command {
    /// With no command, the window opens on a healthy floor.
    fn default() -> Self {
        Command::Run(window::RunArgs::default())
    }
}

/// Writes a report as JSON to a file (through a temporary file), or to standard output for `-`.
fn write_report_json(to: Option<&Path>, report: &Report) -> Result<()> {
    let Some(to) = to else { return Ok(()) };
    let json = report.json();
    if to == Path::new("-") {
        print!("{json}");
        return Ok(());
    }
    write_atomically(to, json.as_bytes())
}
