//! The `faultline` command: open the simulator window, or run headless tools.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use faultline::bench;
use faultline::floor::FloorLayout;

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
    /// Open the 3D window on a floor (the default command).
    Run(RunArgs),
    /// Measure how fast the simulation runs headless for growing fleets.
    Bench(BenchArgs),
    /// Check scenario files (syntax and meaning); folders are searched for .ron files.
    Validate(ValidateArgs),
    /// Instructor view: which fault variant each trainee would get.
    Variants(VariantsArgs),
    /// Run a scenario headless with a script of trainee actions, printing what they observe
    /// and the report.
    Play(PlayArgs),
    /// Re-score a saved attempt log.
    Score(ScoreArgs),
    /// A lab station, headless: the trainee's next scenario of the session, played from a
    /// script under the session's conditions; the log and report go to the attempts folder.
    Station(StationArgs),
    /// Replay an attempt log on its scenario and re-score it: "verified", or what was tampered with.
    Verify(VerifyArgs),
    /// The class table of a lab session, and Canvas and Moodle CSVs and feedback files.
    Gradebook(GradebookArgs),
    /// Send the session's queued xAPI statements to its LRS (retrying with backoff).
    Outbox(OutboxArgs),
}

#[derive(Args, Debug)]
struct OutboxArgs {
    /// The lab session file.
    #[arg(long)]
    session: PathBuf,
    /// Tries after the first, each twice as long after the one before.
    #[arg(long, default_value_t = 5)]
    retries: u32,
}

#[derive(Args, Debug)]
struct StationArgs {
    /// The lab session file.
    #[arg(long)]
    session: PathBuf,
    /// The trainee id (must be on the roster).
    #[arg(long)]
    trainee: String,
    /// The trainee's actions.
    #[arg(long)]
    script: PathBuf,
}

#[derive(Args, Debug)]
struct VerifyArgs {
    /// The attempt log (its report is read from beside it).
    attempt: PathBuf,
    /// The scenario file to check against (default: the one the log names).
    #[arg(long)]
    scenario: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct GradebookArgs {
    /// The lab session file, or the folder that holds it.
    session: PathBuf,
    /// Where to write the CSVs and feedback (default: the session's attempts folder).
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct ScoreArgs {
    /// The attempt log (one JSON object per line).
    log: PathBuf,
    /// The scenario file (default: the bundled scenario named in the log's header).
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// Write the report as JSON to this file (`-` for standard output).
    #[arg(long)]
    json: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct PlayArgs {
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
    #[arg(long, default_value_t = 60.0)]
    tail_seconds: f64,
    /// Write the report as JSON to this file (`-` for standard output).
    #[arg(long)]
    json: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct ValidateArgs {
    /// Scenario files or folders (default: the bundled scenarios/ folder).
    paths: Vec<PathBuf>,
    /// Only check the files; do not play their reference solutions.
    #[arg(long)]
    no_play: bool,
}

#[derive(Args, Debug)]
struct VariantsArgs {
    /// The scenario file.
    file: PathBuf,
    /// The lab session this machine serves: instructor views are refused in exam mode.
    #[arg(long)]
    session: Option<PathBuf>,
    /// Trainee ids, comma separated.
    #[arg(long, value_delimiter = ',', required = true)]
    trainees: Vec<String>,
}

#[derive(Args, Debug, Clone)]
struct RunArgs {
    /// A scenario file to load (its floor, faults and the trainee's variant).
    scenario: Option<PathBuf>,
    /// Trainee id: chooses this trainee's variant of the scenario.
    #[arg(long, default_value = "")]
    trainee: String,
    /// Floor preset name (from assets/floors/) or path to a floor .ron file.
    #[arg(long, default_value = "default")]
    floor: String,
    /// Override the number of drive units in the floor file.
    #[arg(long)]
    units: Option<u32>,
    /// Seed for everything random in the simulation.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Simulated seconds to run before the first frame, so the floor is busy.
    #[arg(long, default_value_t = 0.0)]
    warmup_seconds: f64,
    /// Save a screenshot of the window to this PNG after `--frames` frames, then exit.
    #[arg(long)]
    screenshot: Option<PathBuf>,
    /// Frames to render before the screenshot.
    #[arg(long, default_value_t = 30)]
    frames: u32,
    /// Select this drive unit at start (its telemetry panel opens).
    #[arg(long)]
    select_unit: Option<u32>,
    /// Select a conveyor zone at start, as LINE:ZONE (zones count from 0).
    #[arg(long, value_parser = parse_zone)]
    select_zone: Option<(u16, u32)>,
    /// Preload a RON action script (as `faultline play` takes) into the window's shift.
    #[arg(long)]
    script: Option<PathBuf>,
    /// End the shift after the warm-up and show the debrief (for screenshots).
    #[arg(long)]
    debrief: bool,
    /// Run as a lab station of this session (with --trainee): the trainee's next scenario,
    /// under the session's conditions, logged to the session's attempts folder.
    #[arg(long)]
    session: Option<PathBuf>,
}

fn parse_zone(text: &str) -> Result<(u16, u32), String> {
    let (line, zone) = text
        .split_once(':')
        .ok_or("expected LINE:ZONE, for example 1:2")?;
    Ok((
        line.trim()
            .parse()
            .map_err(|_| format!("`{line}` is not a line number"))?,
        zone.trim()
            .parse()
            .map_err(|_| format!("`{zone}` is not a zone number"))?,
    ))
}

fn load_script(path: &std::path::Path) -> Result<faultline::trainee::ActionScript, String> {
    faultline::trainee::ActionScript::load(path).map_err(|e| e.to_string())
}

impl Default for RunArgs {
    fn default() -> Self {
        Self {
            scenario: None,
            trainee: String::new(),
            floor: "default".into(),
            units: None,
            seed: 1,
            warmup_seconds: 0.0,
            screenshot: None,
            frames: 30,
            select_unit: None,
            select_zone: None,
            script: None,
            debrief: false,
            session: None,
        }
    }
}

#[derive(Args, Debug)]
struct BenchArgs {
    /// Fleet sizes to measure, comma separated.
    #[arg(long, value_delimiter = ',', default_values_t = vec![100, 500, 1000, 2000])]
    units: Vec<u32>,
    /// Simulated seconds per fleet size.
    #[arg(long, default_value_t = 60.0)]
    seconds: f64,
    /// Floor preset the benchmark floors are grown from.
    #[arg(long, default_value = "default")]
    floor: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Time the scorer instead: a one-hour attempt of this many actions on the tote-jam scenario.
    #[arg(long)]
    scoring_actions: Option<usize>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run(RunArgs::default())) {
        Command::Run(args) => run(args),
        Command::Bench(args) => run_bench(args),
        Command::Validate(args) => validate(args),
        Command::Variants(args) => variants(args),
        Command::Play(args) => play(args),
        Command::Score(args) => score(args),
        Command::Station(args) => station(args),
        Command::Verify(args) => verify(args),
        Command::Gradebook(args) => gradebook(args),
        Command::Outbox(args) => outbox(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn load_floor(name: &str, units: Option<u32>) -> Result<FloorLayout, String> {
    let mut layout = FloorLayout::preset_or_path(name).map_err(|e| e.to_string())?;
    if let Some(units) = units {
        layout.fleet.units = units;
    }
    Ok(layout)
}

/// The simulation to open: a scenario's variant for the trainee, or a plain floor.
fn run_setup(
    args: &RunArgs,
) -> Result<
    (
        faultline::sim::SimSetup,
        Option<faultline::scenario::LoadedScenario>,
    ),
    String,
> {
    match &args.scenario {
        Some(path) => {
            let loaded = faultline::scenario::load_scenario_reported(path)?;
            let variant = faultline::scenario::variant_for(&loaded, &args.trainee);
            Ok((
                faultline::sim::SimSetup::scenario(&loaded, &variant),
                Some(loaded),
            ))
        }
        None => Ok((
            faultline::sim::SimSetup::floor(load_floor(&args.floor, args.units)?, args.seed),
            None,
        )),
    }
}

#[cfg(feature = "gui")]
fn run(args: RunArgs) -> Result<(), String> {
    let mut args = args;
    let mut station = None;
    if let Some(path) = &args.session {
        let session = faultline::lab::load_session(path)?;
        if session.trainee(&args.trainee).is_none() {
            return Err(format!(
                "`{}` is not on the roster of session {}",
                args.trainee, session.session.id
            ));
        }
        let next =
            faultline::lab::store::next_scenario(&session, &args.trainee).ok_or_else(|| {
                format!(
                    "{} has already attempted every scenario of this session",
                    args.trainee
                )
            })?;
        let (log, report) =
            faultline::lab::store::attempt_files(&session, &args.trainee, &next.scenario.id);
        args.scenario = Some(next.path.clone());
        station = Some(faultline::gui::Station {
            log,
            report,
            session: session.session.id.clone(),
            exam: session.session.mode == faultline::lab::Mode::Exam,
            limit_min: session.session.time_limit_min,
            scenario_hash: faultline::lab::store::scenario_hash(&next.path)?,
            session_file: path.clone(),
        });
    }
    let (setup, scenario) = run_setup(&args)?;
    faultline::gui::run_window(faultline::gui::WindowOptions {
        setup,
        scenario,
        warmup_seconds: args.warmup_seconds,
        screenshot: args.screenshot,
        frames: args.frames,
        select_unit: args.select_unit,
        select_zone: args.select_zone,
        script: match &args.script {
            Some(path) => Some(load_script(path)?),
            None => None,
        },
        trainee: args.trainee.clone(),
        debrief: args.debrief,
        station,
    })
}

#[cfg(not(feature = "gui"))]
fn run(args: RunArgs) -> Result<(), String> {
    run_setup(&args)?;
    Err("this build has no window: rebuild with the `gui` feature (on by default)".into())
}

fn run_bench(args: BenchArgs) -> Result<(), String> {
    if let Some(actions) = args.scoring_actions {
        let path = faultline::scenario::bundled_scenarios_dir().join("conveyor-tote-jam.ron");
        let loaded = faultline::scenario::load_scenario_reported(&path)?;
        let (mean, slowest) = bench::time_scoring(&loaded, actions, 200)?;
        println!(
            "scoring a one-hour attempt of {actions} actions: {mean:.3} ms mean, {slowest:.3} ms slowest (200 runs)"
        );
        return Ok(());
    }
    if args.seconds.is_nan() || args.seconds <= 0.0 {
        return Err(format!("--seconds must be positive, got {}", args.seconds));
    }
    let base = FloorLayout::preset_or_path(&args.floor).map_err(|e| e.to_string())?;
    let mut stderr = std::io::stderr();
    let mut results = Vec::new();
    for &units in &args.units {
        results.push(bench::run_one(
            &base,
            units,
            args.seconds,
            args.seed,
            &mut stderr,
        ));
    }
    println!("| units | sim s / wall s | ticks / s | unit-ticks / s |");
    println!("|------:|---------------:|----------:|---------------:|");
    for r in results {
        println!(
            "| {} | {:.1} | {:.0} | {:.0} |",
            r.units,
            r.sim_per_wall(),
            r.ticks_per_second(),
            r.unit_ticks_per_second()
        );
    }
    Ok(())
}

fn validate(args: ValidateArgs) -> Result<(), String> {
    let inputs = if args.paths.is_empty() {
        vec![faultline::scenario::bundled_scenarios_dir()]
    } else {
        args.paths
    };
    let (sessions, files): (Vec<PathBuf>, Vec<PathBuf>) =
        faultline::scenario::scenario_files(&inputs)?
            .into_iter()
            .partition(|p| faultline::lab::session::is_session_file(p));
    let mut broken_sessions = 0;
    for path in &sessions {
        match faultline::lab::load_session(path) {
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
        return Err(format!("{broken_sessions} session file(s) with problems"));
    }
    if files.is_empty() && !sessions.is_empty() {
        return Ok(());
    }
    if files.is_empty() {
        return Err("no scenario files found".into());
    }
    let (loaded, problems) = faultline::scenario::validate_files(&files);
    for problem in &problems {
        eprintln!("{problem}");
    }
    // A scenario must be solvable: its reference solution, where there is one, scores 100.
    let mut unsolvable = 0;
    if problems.is_empty() && !args.no_play {
        for scenario in &loaded {
            let path = faultline::scoring::solution_path(&scenario.path);
            if !path.is_file() {
                continue;
            }
            match faultline::scoring::play_solution(scenario) {
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
    if problems.is_empty() && unsolvable > 0 {
        return Err(format!(
            "{unsolvable} scenario(s) whose reference solution does not score 100"
        ));
    }
    if problems.is_empty() {
        println!("{} scenario file(s) valid", loaded.len());
        Ok(())
    } else {
        let failing: std::collections::BTreeSet<_> = problems.iter().map(|p| &p.path).collect();
        Err(format!(
            "{} problem(s) in {} of {} file(s)",
            problems.len(),
            failing.len(),
            files.len()
        ))
    }
}

fn variants(args: VariantsArgs) -> Result<(), String> {
    if let Some(path) = &args.session {
        let session = faultline::lab::load_session(path)?;
        if session.session.mode == faultline::lab::Mode::Exam {
            return Err(format!(
                "session {} is an exam: the variants (the answer key) are for the instructor, not for a station",
                session.session.id
            ));
        }
    }
    let loaded = faultline::scenario::load_scenario_reported(&args.file)?;
    println!(
        "{} ({}), seed {}",
        loaded.scenario.title, loaded.scenario.id, loaded.scenario.seed
    );
    for trainee in &args.trainees {
        let variant = faultline::scenario::variant_for(&loaded, trainee);
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

fn play(args: PlayArgs) -> Result<(), String> {
    use faultline::sim::{TICK_HZ, clock_text};
    use faultline::trainee::{AttemptLog, LogEntry};
    let loaded = faultline::scenario::load_scenario_reported(&args.scenario)?;
    let script = load_script(&args.script)?;
    let variant = faultline::scenario::variant_for(&loaded, &args.trainee);
    let header = LogEntry::Header {
        scenario: loaded.scenario.id.clone(),
        trainee: args.trainee.clone(),
        seed: variant.sim_seed,
    };
    let log = match &args.log {
        Some(path) => AttemptLog::to_file(path, header)
            .map_err(|e| format!("{}: cannot write the log: {e}", path.display()))?,
        None => AttemptLog::in_memory(header),
    };
    let log = faultline::scoring::play(
        &loaded,
        &args.trainee,
        &script,
        log,
        args.tail_seconds,
        |entry| match entry {
            LogEntry::Action {
                started,
                tick,
                action,
                observation,
            } => println!(
                "[{} - {}] {action:?}\n    {observation}",
                clock_text(*started as f64 / TICK_HZ),
                clock_text(*tick as f64 / TICK_HZ)
            ),
            LogEntry::SafetyViolation { tick, rule, what } => println!(
                "[{}] SAFETY {rule:?}: {what}",
                clock_text(*tick as f64 / TICK_HZ)
            ),
            _ => {}
        },
    );
    if let Some(e) = &log.write_error {
        return Err(format!("the attempt log could not be written: {e}"));
    }
    let mut report = faultline::scoring::score_bundled(&loaded, &log.entries)?;
    add_expert_path(&loaded, &mut report);
    println!("\n{}", report.text());
    write_json(args.json.as_deref(), &report)
}

/// The reference solution's steps, for the report's expert path (when there is one).
fn add_expert_path(
    loaded: &faultline::scenario::LoadedScenario,
    report: &mut faultline::scoring::Report,
) {
    let path = faultline::scoring::solution_path(&loaded.path);
    if let Ok(script) = faultline::trainee::ActionScript::load(&path) {
        report.expert_path = script
            .actions
            .iter()
            .map(|s| faultline::scoring::describe(&s.action))
            .collect();
    }
}

fn write_json(
    to: Option<&std::path::Path>,
    report: &faultline::scoring::Report,
) -> Result<(), String> {
    let Some(to) = to else { return Ok(()) };
    let json = serde_json::to_string_pretty(report).map_err(|e| e.to_string())? + "\n";
    if to == std::path::Path::new("-") {
        print!("{json}");
        return Ok(());
    }
    // Through a temporary file and a rename, so a reader never sees half a report.
    let tmp = to.with_extension("json.tmp");
    std::fs::write(&tmp, json)
        .and_then(|_| std::fs::rename(&tmp, to))
        .map_err(|e| format!("{}: cannot write the report: {e}", to.display()))
}

fn score(args: ScoreArgs) -> Result<(), String> {
    use faultline::trainee::{AttemptLog, LogEntry};
    let entries = AttemptLog::read(&args.log)?;
    let scenario_path = match &args.scenario {
        Some(path) => path.clone(),
        None if entries.iter().any(|e| matches!(e, LogEntry::Attempt { scenario_file, .. } if std::path::Path::new(scenario_file).is_file())) => {
            // A lab attempt names its scenario file.
            entries
                .iter()
                .find_map(|e| match e {
                    LogEntry::Attempt { scenario_file, .. } => Some(PathBuf::from(scenario_file)),
                    _ => None,
                })
                .unwrap_or_default()
        }
        None => {
            let id = entries
                .iter()
                .find_map(|e| match e {
                    LogEntry::Header { scenario, .. } => Some(scenario.clone()),
                    _ => None,
                })
                .ok_or_else(|| format!("{}: the log has no header line", args.log.display()))?;
            let files = faultline::scenario::scenario_files(&[
                faultline::scenario::bundled_scenarios_dir(),
            ])?;
            let (loaded, _) = faultline::scenario::validate_files(&files);
            loaded
                .into_iter()
                .find(|l| l.scenario.id == id)
                .map(|l| l.path)
                .ok_or_else(|| {
                    format!("no bundled scenario has the id `{id}`: name it with --scenario")
                })?
        }
    };
    let loaded = faultline::scenario::load_scenario_reported(&scenario_path)?;
    let mut report = faultline::scoring::score_bundled(&loaded, &entries)?;
    add_expert_path(&loaded, &mut report);
    if args.json.as_deref() != Some(std::path::Path::new("-")) {
        println!("{}", report.text());
    }
    write_json(args.json.as_deref(), &report)
}

fn station(args: StationArgs) -> Result<(), String> {
    let session = faultline::lab::load_session(&args.session)?;
    let script = load_script(&args.script)?;
    let (log, report) = faultline::lab::store::run_attempt(&session, &args.trainee, &script)?;
    println!("attempt logged to {}", log.display());
    if let (Some(lrs), Some(trainee)) = (&session.session.lrs, session.trainee(&args.trainee)) {
        let outbox = faultline::lab::xapi::outbox_dir(&session);
        let statements = faultline::lab::xapi::statements(&session, trainee, &report);
        faultline::lab::xapi::enqueue(&outbox, &statements)?;
        match faultline::lab::xapi::password(lrs).and_then(|p| {
            faultline::lab::xapi::drain(&outbox, lrs, &p, 2, std::time::Duration::from_millis(250))
        }) {
            Ok(d) if d.stopped.is_none() => println!("xAPI: {} statement(s) sent", d.sent),
            Ok(d) => println!(
                "xAPI: {} sent, {} waiting in {} ({}); `faultline outbox` sends them later",
                d.sent,
                d.waiting,
                outbox.display(),
                d.stopped.unwrap_or_default()
            ),
            Err(e) => println!("xAPI: statements wait in {} ({e})", outbox.display()),
        }
    }
    if session.session.mode == faultline::lab::Mode::Exam {
        // In an exam the station shows the score, not the answer key or the expert path.
        println!(
            "{}: {} / 100, {}",
            report.scenario,
            faultline::scoring::points_text(report.total),
            if report.passed { "PASS" } else { "FAIL" }
        );
    } else {
        println!("{}", report.text());
    }
    Ok(())
}

fn verify(args: VerifyArgs) -> Result<(), String> {
    let verdict = faultline::lab::verify::verify(&args.attempt, args.scenario.as_deref())?;
    if verdict.verified() {
        println!("verified: {}", args.attempt.display());
        Ok(())
    } else {
        for problem in &verdict.problems {
            eprintln!("{}: {problem}", args.attempt.display());
        }
        Err(format!("{} NOT verified", args.attempt.display()))
    }
}

fn gradebook(args: GradebookArgs) -> Result<(), String> {
    let path = if args.session.is_dir() {
        let found: Vec<PathBuf> = std::fs::read_dir(&args.session)
            .map_err(|e| format!("{}: {e}", args.session.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| faultline::lab::session::is_session_file(p))
            .collect();
        match found.as_slice() {
            [one] => one.clone(),
            [] => {
                return Err(format!(
                    "{}: no session file in this folder",
                    args.session.display()
                ));
            }
            _ => {
                return Err(format!(
                    "{}: more than one session file; name one",
                    args.session.display()
                ));
            }
        }
    } else {
        args.session.clone()
    };
    let session = faultline::lab::load_session(&path)?;
    let out = args.out.unwrap_or_else(|| session.attempts_dir());
    let (table, written) = faultline::lab::gradebook::write(&session, &out)?;
    print!("{table}");
    for file in written {
        println!("wrote {}", file.display());
    }
    Ok(())
}

fn outbox(args: OutboxArgs) -> Result<(), String> {
    let session = faultline::lab::load_session(&args.session)?;
    let lrs = session
        .session
        .lrs
        .as_ref()
        .ok_or_else(|| format!("session {} has no LRS", session.session.id))?;
    let password = faultline::lab::xapi::password(lrs)?;
    let outbox = faultline::lab::xapi::outbox_dir(&session);
    let d = faultline::lab::xapi::drain(
        &outbox,
        lrs,
        &password,
        args.retries,
        std::time::Duration::from_millis(500),
    )?;
    println!(
        "xAPI: {} sent, {} rejected, {} waiting",
        d.sent, d.rejected, d.waiting
    );
    match d.stopped {
        Some(why) => Err(format!("the LRS is not taking statements: {why}")),
        None => Ok(()),
    }
}
