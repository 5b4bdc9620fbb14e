//! The `faultline` command. One file per group of subcommands; each subcommand is an
//! `Args` struct with a doc comment (its help text) and a `run` method.

mod attempts;
mod bench;
mod bench_render;
pub mod describe;
mod lab;
pub mod new_scenario;
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
    Describe(describe::DescribeArgs),
    Edit(window::EditArgs),
    New(new_scenario::NewArgs),
    Play(attempts::PlayArgs),
    Score(attempts::ScoreArgs),
    Station(lab::StationArgs),
    Verify(lab::VerifyArgs),
    Gradebook(lab::GradebookArgs),
    Outbox(lab::OutboxArgs),
}

/// A reader that stops early (`faultline validate | head`) closes the pipe: end quietly,
/// as command-line tools do, rather than panic in `println!`.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let text = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if text.contains("failed printing to stdout") && text.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

/// Parses the command line, runs the command, and turns an error into a message and
/// a failing exit code.
pub fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or_default() {
        Command::Run(args) => args.run(),
        Command::Bench(args) => args.run(),
        Command::Validate(args) => args.run(),
        Command::Variants(args) => args.run(),
        Command::Describe(args) => args.run(),
        Command::Edit(args) => args.run(),
        Command::New(args) => args.run(),
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

/// The longest simulated span a command line may ask for: a day.
const MAX_SIM_SECONDS: f64 = 86_400.0;

/// A span of simulated seconds above zero (`--seconds`).
fn positive_sim_seconds(text: &str) -> std::result::Result<f64, String> {
    let seconds = sim_seconds(text)?;
    match seconds > 0.0 {
        true => Ok(seconds),
        false => Err("expected more than 0 seconds".into()),
    }
}

/// A span of simulated seconds, 0 up to a day (`--tail-seconds`, `--warmup-seconds`).
fn sim_seconds(text: &str) -> std::result::Result<f64, String> {
    let seconds: f64 = text.parse().map_err(|e| format!("{e}"))?;
    match (0.0..=MAX_SIM_SECONDS).contains(&seconds) {
        true => Ok(seconds),
        false => Err(format!("expected 0 to {MAX_SIM_SECONDS} simulated seconds")),
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
