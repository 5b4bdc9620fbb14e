//! Scoring an attempt: a pure function of the scenario and the attempt log (no access
//! to the live world), so the same log always gets the same report. One file per
//! rubric category; the rubric's weights and policy figures come from the scenario.

mod attempt;
pub mod bench;
mod documentation;
mod hints;
mod logical_sequence;
mod parts;
mod process;
mod report;
mod root_cause;
mod safety;
mod time;
mod verification;

use std::collections::BTreeMap;

pub use attempt::{expert_path, play_solution, run_attempt, score_bundled, solution_path};
pub use process::{TestTable, fewest_tests, narrow, splits};
pub use report::{CategoryScore, Finding, ProcessSummary, Report, points as points_text};

use crate::faults::FaultCatalogue;
use crate::scenario::{LoadedScenario, ResolvedFault, Rubric, variant_for};
use crate::sim::{TICK_HZ, tick_text};
use crate::trainee::{ActionCatalogue, FaultChange, LogEntry, TraineeAction};

/// One logged action, as scoring reads it.
struct Done<'a> {
    started: u64,
    tick: u64,
    action: &'a TraineeAction,
    observation: &'a str,
}

/// What every category reads: the rubric, the graded faults of the trainee's variant,
/// the actions done in order, and the tick each fault's cause was removed.
struct Attempted<'a> {
    rubric: &'a Rubric,
    key: Vec<&'a ResolvedFault>,
    done: Vec<Done<'a>>,
    repaired: BTreeMap<&'a str, u64>,
}

impl<'a> Attempted<'a> {
    fn read(rubric: &'a Rubric, faults: &'a [ResolvedFault], entries: &'a [LogEntry]) -> Self {
        let key = faults
            .iter()
            .filter(|f| rubric.root_causes.contains(&f.id))
            .collect();
        let done = entries
            .iter()
            .filter_map(|e| match e {
                LogEntry::Action {
                    started,
                    tick,
                    action,
                    observation,
                } => Some(Done {
                    started: *started,
                    tick: *tick,
                    action,
                    observation,
                }),
                _ => None,
            })
            .collect();
        let repaired = entries
            .iter()
            .filter_map(|e| match e {
                LogEntry::Fault {
                    tick,
                    fault,
                    change: FaultChange::Repaired,
                } => Some((fault.as_str(), *tick)),
                _ => None,
            })
            .collect();
        Self {
            rubric,
            key,
            done,
            repaired,
        }
    }

    /// Time to repair runs to the last piece of work; the paperwork after it does not count.
    fn minutes(&self) -> f64 {
        let end_tick = self
            .done
            .iter()
            .filter(|d| {
                !matches!(
                    d.action,
                    TraineeAction::FileWorkOrder { .. } | TraineeAction::UseHint { .. }
                )
            })
            .map(|d| d.tick)
            .max()
            .unwrap_or(0);
        end_tick as f64 / TICK_HZ / 60.0
    }
}

/// Scores an attempt log against its scenario. `faults` and `actions` are the catalogues
/// (causes, parts and their costs, what each test tells apart).
pub fn score(
    loaded: &LoadedScenario,
    entries: &[LogEntry],
    faults: &FaultCatalogue,
    actions: &ActionCatalogue,
) -> Report {
    let trainee = entries
        .iter()
        .find_map(|e| match e {
            LogEntry::Header { trainee, .. } => Some(trainee.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let variant = variant_for(loaded, &trainee);
    let rubric = &loaded.scenario.rubric;
    let w = &rubric.weights;
    let a = Attempted::read(rubric, &variant.faults, entries);
    let mut findings = Vec::new();
    let unsolved: Vec<&&ResolvedFault> = a
        .key
        .iter()
        .filter(|f| !a.repaired.contains_key(f.id.as_str()))
        .collect();
    for f in &unsolved {
        findings.push(Finding::general(
            "repair",
            format!(
                "The fault in {} was never repaired: {} is still there. An unsolved fault scores nothing for root cause, time or verification.",
                f.target.describe(),
                f.kind.simulated_cause()
            ),
            0.0,
        ));
    }
    let solved = unsolved.is_empty();

    let root_cause = root_cause::points(&a, &mut findings);
    let (parts_efficiency, parts_cost) = parts::points(&a, actions, &mut findings);
    let minutes = a.minutes();
    let time = if solved {
        time::points(&a, minutes, &mut findings)
    } else {
        0.0
    };
    let verification = if solved {
        verification::points(&a, &mut findings)
    } else {
        0.0
    };
    let (logical_sequence, process) = logical_sequence::points(&a, faults, actions, &mut findings);
    let documentation = documentation::points(&a, &mut findings);

    let categories = vec![
        CategoryScore::new("root cause", w.root_cause, root_cause),
        CategoryScore::new("parts efficiency", w.parts_efficiency, parts_efficiency),
        CategoryScore::new("time", w.time, time),
        CategoryScore::new(
            "verification and return to service",
            w.verification,
            verification,
        ),
        CategoryScore::new(
            "logical test sequence",
            w.logical_sequence,
            logical_sequence,
        ),
        CategoryScore::new("documentation", w.documentation, documentation),
    ];
    let mut total: f32 = categories.iter().map(|c| c.points).sum();
    for charge in hints::charges(&a, &loaded.scenario.hints, &mut findings) {
        total -= charge;
    }
    let safety = safety::judge(rubric, entries, &mut findings);
    for charge in &safety.charges {
        total -= charge;
    }
    total = total.clamp(0.0, 100.0);
    if safety.gate.is_some() {
        total = total.min(rubric.critical_cap);
    }
    let total = report::round(total);
    let passed = safety.gate.is_none() && solved && total >= rubric.pass_mark;
    findings.sort_by_key(|f| f.tick.unwrap_or(u64::MAX));
    Report {
        scenario: loaded.scenario.id.clone(),
        trainee,
        total,
        pass_mark: rubric.pass_mark,
        passed,
        gate: safety.gate,
        categories,
        findings,
        process,
        parts_cost: report::round(parts_cost),
        duration_min: report::round(minutes as f32),
        trainee_path: a
            .done
            .iter()
            .map(|d| format!("{} {}", tick_text(d.started), describe(d.action)))
            .collect(),
        expert_path: Vec::new(),
    }
}

/// An action in a line of the report.
pub fn describe(action: &TraineeAction) -> String {
    let name = action.name();
    match action.equipment() {
        Some(target) => format!("{name} ({})", target.describe()),
        None => name,
    }
}
