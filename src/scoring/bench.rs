//! How fast scoring is (`faultline bench --scoring-actions N`): a synthetic one-hour
//! attempt, scored many times.

use std::time::Instant;

use crate::error::Result;
use crate::sim::TICK_HZ;

/// A one-hour attempt log of `actions` actions on `loaded` (tests, walks, repairs,
/// readings and a work order, with alarm events between), for timing the scorer.
pub fn synthetic_attempt(
    loaded: &crate::scenario::LoadedScenario,
    actions: usize,
) -> Vec<crate::trainee::LogEntry> {
    use crate::scenario::ResolvedTarget;
    use crate::trainee::{
        Effect, Isolation, LogEntry, Outcome, Spot, TestPoint, TestRun, TraineeAction as A,
    };
    let kinds = [
        A::ReadAlarms,
        A::WalkTo {
            to: Spot::Zone { line: 1, zone: 2 },
        },
        A::InspectZone { line: 1, zone: 2 },
        A::Measure {
            point: TestPoint::PhotoEyeOutput { line: 1, zone: 2 },
        },
        A::ThermalScan {
            target: ResolvedTarget::Line(1),
        },
        A::ApplyLockout { line: 1 },
        A::ReplaceRollerCard { line: 1, zone: 2 },
        A::RemoveLockout { line: 1 },
        A::RunTestCycle {
            target: ResolvedTarget::Line(1),
        },
        A::SwapRollerPort { line: 1, zone: 0 },
    ];
    let mut log = vec![LogEntry::header(
        loaded.scenario.id.clone(),
        "bench".into(),
        0,
        None,
    )];
    let step = (3600.0 * TICK_HZ) as u64 / actions.max(1) as u64;
    for i in 0..actions {
        let started = i as u64 * step;
        let action = if i == actions - 1 {
            A::FileWorkOrder {
                target: ResolvedTarget::Zone { line: 1, zone: 2 },
                root_cause: "item wedged in zone".into(),
                repair: "clear the jam".into(),
                notes: "synthetic attempt for the scoring benchmark".into(),
            }
        } else {
            kinds[i % kinds.len()].clone()
        };
        let outcome = match &action {
            A::ReplaceRollerCard { .. } => Outcome::done(vec![
                Effect::NoChange,
                Effect::PartFitted {
                    part: "MDR control card".into(),
                    cost: 240.0,
                },
            ]),
            A::FileWorkOrder { .. } => Outcome::done(vec![Effect::WorkOrderFiled]),
            A::RunTestCycle { .. } => Outcome::done(vec![Effect::TestRun {
                run: TestRun::Delivered {
                    added: 3,
                    delivered: 3,
                    waiting: 0,
                },
                alarms: 0,
            }]),
            A::ApplyLockout { line } => Outcome::done(vec![Effect::LockoutApplied {
                on: Isolation::Line(*line),
            }]),
            A::RemoveLockout { line } => Outcome::done(vec![Effect::LockoutRemoved {
                on: Isolation::Line(*line),
            }]),
            _ => Outcome::done(vec![Effect::Tested]),
        };
        log.push(LogEntry::Action {
            started,
            tick: started + step / 2,
            observation: format!("{} (synthetic)", action.describe()),
            action,
            outcome: Some(outcome),
        });
        if i % 10 == 0 {
            log.push(LogEntry::Alarm {
                tick: started,
                event: serde_json::Value::Null,
            });
        }
    }
    log
}

/// Times scoring a synthetic one-hour, `actions`-action attempt: (mean, slowest) in ms.
pub fn time_scoring(
    loaded: &crate::scenario::LoadedScenario,
    actions: usize,
    runs: usize,
) -> Result<(f64, f64)> {
    let faults = crate::faults::FaultCatalogue::bundled()?;
    let catalogue = crate::trainee::ActionCatalogue::bundled()?;
    let log = synthetic_attempt(loaded, actions);
    let mut total = 0.0;
    let mut slowest: f64 = 0.0;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let report = super::score(loaded, &log, &faults, &catalogue);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        std::hint::black_box(report);
        total += ms;
        slowest = slowest.max(ms);
    }
    Ok((total / runs.max(1) as f64, slowest))
}
