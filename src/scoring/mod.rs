//! Scoring an attempt: a pure function of the scenario and the attempt log (no access
//! to the live world), so the same log always gets the same report. One file per
//! rubric category; the rubric's weights and policy figures come from the scenario.

mod attempt;
pub mod bench;
mod documentation;
mod hints;
mod logical_sequence;
mod minimums;
mod parts;
mod process;
mod questions;
mod report;
mod root_cause;
mod safety;
pub mod solvable;
mod time;
mod verification;

use std::borrow::Cow;
use std::collections::BTreeMap;

pub use attempt::{
    expert_path, play_solution, play_solution_as, run_attempt, score_bundled, solution_path,
};
pub use process::{TestTable, fewest_tests, narrow, splits};
pub use report::{CategoryScore, Finding, ProcessSummary, Report, points as points_text};

use crate::faults::FaultCatalogue;
use crate::scenario::{LoadedScenario, ResolvedFault, Rubric, variant_of};
use crate::sim::{TICK_HZ, tick_text};
use crate::trainee::{ActionCatalogue, Effect, FaultChange, LogEntry, Outcome, TraineeAction};

/// One logged action, as scoring reads it: when, what, and what it achieved.
struct Done<'a> {
    started: u64,
    tick: u64,
    action: &'a TraineeAction,
    outcome: Cow<'a, Outcome>,
}

impl Done<'_> {
    /// Taken effect (not refused).
    fn done(&self) -> bool {
        self.outcome.is_done()
    }

    fn has(&self, wanted: impl Fn(&Effect) -> bool) -> bool {
        self.outcome.has(wanted)
    }
}

/// What every category reads: the rubric, the graded faults of the trainee's variant,
/// every action logged (done or refused) in order, the tick each graded fault started
/// and the tick its cause was removed.
struct Attempted<'a> {
    rubric: &'a Rubric,
    key: Vec<&'a ResolvedFault>,
    done: Vec<Done<'a>>,
    started: BTreeMap<&'a str, u64>,
    repaired: BTreeMap<&'a str, u64>,
}

impl<'a> Attempted<'a> {
    fn read(rubric: &'a Rubric, faults: &'a [ResolvedFault], entries: &'a [LogEntry]) -> Self {
        let done = entries
            .iter()
            .filter_map(|e| match (e, e.outcome()) {
                (
                    LogEntry::Action {
                        started,
                        tick,
                        action,
                        ..
                    },
                    Some(outcome),
                ) => Some(Done {
                    started: *started,
                    tick: *tick,
                    action,
                    outcome,
                }),
                _ => None,
            })
            .collect();
        let change = |wanted: FaultChange| -> BTreeMap<&'a str, u64> {
            let mut first = BTreeMap::new();
            for e in entries {
                if let LogEntry::Fault {
                    tick,
                    fault,
                    change,
                } = e
                    && *change == wanted
                {
                    first.entry(fault.as_str()).or_insert(*tick);
                }
            }
            first
        };
        let started = change(FaultChange::Active);
        // A fault that hangs on what the trainee does (an action, a fault left too long)
        // is graded only where it started.
        let key = faults
            .iter()
            .filter(|f| rubric.root_causes.contains(&f.id))
            .filter(|f| !f.trigger.depends_on_the_attempt() || started.contains_key(f.id.as_str()))
            .collect();
        Self {
            rubric,
            key,
            done,
            started,
            repaired: change(FaultChange::Repaired),
        }
    }

    /// The actions that took effect.
    fn done(&self) -> impl Iterator<Item = &Done<'a>> {
        self.done.iter().filter(|d| d.done())
    }

    /// When the graded faults began, in this trainee's variant (the earliest onset):
    /// the time to repair is counted from here, so a fault that starts later costs nothing.
    fn onset_tick(&self) -> u64 {
        self.key
            .iter()
            .filter_map(|f| self.started.get(f.id.as_str()).copied())
            .min()
            .unwrap_or(0)
    }

    /// The last piece of work done (paperwork and hints after it do not count).
    fn end_tick(&self) -> u64 {
        self.done()
            .filter(|d| {
                !matches!(
                    d.action,
                    TraineeAction::FileWorkOrder { .. }
                        | TraineeAction::UseHint { .. }
                        | TraineeAction::AnswerQuestion { .. }
                )
            })
            .map(|d| d.tick)
            .max()
            .unwrap_or(0)
    }

    /// Simulated minutes from the fault's onset to the last piece of work.
    fn minutes(&self) -> f64 {
        self.end_tick().saturating_sub(self.onset_tick()) as f64 / TICK_HZ / 60.0
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
    let header = entries.iter().find_map(|e| match e {
        LogEntry::Header { trainee, slot, .. } => Some((trainee.clone(), *slot)),
        _ => None,
    });
    let (trainee, slot) = header.unwrap_or_default();
    let variant = variant_of(loaded, &trainee, slot);
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
                "The fault in {} was never repaired: {} is still there. An unsolved fault scores nothing for root cause, parts, time or verification.",
                f.target.describe(),
                f.kind.simulated_cause()
            ),
            0.0,
        ));
    }
    let solved = unsolved.is_empty();

    let root_cause = root_cause::points(&a, &mut findings);
    let parts = parts::points(&a, actions, &mut findings);
    let minutes = a.minutes();
    let time = if solved {
        time::points(&a, minutes, &mut findings)
    } else {
        0.0
    };
    let verification = if solved {
        verification::points(&a, actions.test_cycle.min_cells_driven, &mut findings)
    } else {
        0.0
    };
    let (logical_sequence, process) = logical_sequence::points(&a, faults, actions, &mut findings);
    let documentation = documentation::points(&a, &mut findings);

    let categories = vec![
        CategoryScore::new("root cause", w.root_cause, root_cause),
        CategoryScore::new(
            "parts efficiency",
            w.parts_efficiency,
            if solved { parts.points } else { 0.0 },
        ),
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
    // Parts and trial-and-error beyond the category's weight come off the total.
    total -= parts.beyond_weight;
    for charge in hints::charges(&a, &loaded.scenario.hints, &mut findings) {
        total -= charge;
    }
    total -= questions::charges(&a, &rubric.questions, &mut findings);
    let safety = safety::judge(rubric, entries, &mut findings);
    for charge in &safety.charges {
        total -= charge;
    }
    let below = minimums::below(rubric, &categories, &mut findings);
    for e in entries {
        if let LogEntry::Ended {
            tick,
            why,
            not_done,
        } = e
            && !not_done.is_empty()
        {
            findings.push(Finding::tick(
                "time",
                *tick,
                format!(
                    "The attempt ended ({}) with {} action(s) not done: {}",
                    why.describe(),
                    not_done.len(),
                    not_done.join("; ")
                ),
                0.0,
            ));
        }
    }
    total = total.clamp(0.0, 100.0);
    if safety.gate.is_some() {
        total = total.min(rubric.critical_cap);
    }
    let total = report::round(total);
    let passed = safety.gate.is_none() && solved && !below && total >= rubric.pass_mark;
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
        parts_cost: report::round(parts.cost),
        duration_min: report::round(minutes as f32),
        onset_min: report::round((a.onset_tick() as f64 / TICK_HZ / 60.0) as f32),
        trainee_path: a
            .done
            .iter()
            .map(|d| {
                let refused = if d.done() { "" } else { " (refused)" };
                format!("{} {}{refused}", tick_text(d.started), describe(d.action))
            })
            .collect(),
        expert_path: Vec::new(),
        log_seal: None,
    }
}

/// An action in a line of the report, in words.
pub fn describe(action: &TraineeAction) -> String {
    action.describe()
}
