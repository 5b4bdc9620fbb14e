//! Logs written before outcomes were recorded (every action line without an `outcome`)
//! stay readable and scorable: their outcome is read back from the observation, with
//! the rules scoring used when those logs were written. This is the only place in the
//! crate that reads an observation's words; new logs carry their outcome as data.

use super::action::TraineeAction;
use super::outcome::{Effect, Isolation, Outcome, Refusal, TestRun};
use crate::floor::Cell;
use crate::scenario::ResolvedTarget;

/// The outcome an old log's action line implies.
pub fn infer(action: &TraineeAction, observation: &str) -> Outcome {
    use TraineeAction as A;
    if observation.contains("walk there first") {
        return Outcome::refused(Refusal::TooFar);
    }
    if observation.starts_with("there is no such") || observation.starts_with("there is no unit") {
        return Outcome::refused(Refusal::NoSuchEquipment);
    }
    let mut effects = Vec::new();
    match action {
        A::FileWorkOrder { .. } => {
            if !observation.starts_with("work order filed") {
                return Outcome::refused(Refusal::NotACatalogueCause);
            }
            effects.push(Effect::WorkOrderFiled);
        }
        A::RunTestCycle { target } => {
            let Some(run) = test_run(*target, observation) else {
                return Outcome::refused(Refusal::NothingToTest);
            };
            let alarms = if observation.ends_with("no alarm") {
                0
            } else {
                1
            };
            effects.push(Effect::TestRun { run, alarms });
        }
        A::ReadAlarms => effects.push(Effect::AlarmsRead {
            active: if observation.starts_with("no active alarms") {
                0
            } else {
                leading_number(observation).unwrap_or(1) as u32
            },
        }),
        A::LockZone { from, to } | A::UnlockZone { from, to } => {
            if observation.contains(" unlocked ") {
                effects.push(Effect::ZoneUnlocked {
                    from: *from,
                    to: *to,
                });
            } else if observation.contains(" locked ") {
                effects.push(Effect::ZoneLocked {
                    from: *from,
                    to: *to,
                });
            }
        }
        A::LockZoneAround { .. } | A::UnlockZoneAround { .. } => {
            if let Some((from, to)) = rectangle(observation) {
                effects.push(if observation.contains(" unlocked ") {
                    Effect::ZoneUnlocked { from, to }
                } else {
                    Effect::ZoneLocked { from, to }
                });
            }
        }
        A::ApplyLockout { line } => effects.push(Effect::LockoutApplied {
            on: Isolation::Line(*line),
        }),
        A::RemoveLockout { line } => effects.push(Effect::LockoutRemoved {
            on: Isolation::Line(*line),
        }),
        A::ApplyChargerLockout { charger } => effects.push(Effect::LockoutApplied {
            on: Isolation::Charger(*charger),
        }),
        A::RemoveChargerLockout { charger } => effects.push(Effect::LockoutRemoved {
            on: Isolation::Charger(*charger),
        }),
        A::ReturnToService { unit } => effects.push(Effect::UnitReleased { unit: *unit }),
        A::UseHint { index } if observation.starts_with("hint (") => {
            effects.push(Effect::HintShown { index: *index });
        }
        _ => {}
    }
    if observation.contains("; no change") {
        effects.push(Effect::NoChange);
    }
    if observation.contains("[fitted: ") {
        effects.push(Effect::PartFitted {
            part: String::new(),
            cost: 0.0,
        });
    }
    effects.push(Effect::Tested);
    Outcome::done(effects)
}

/// What an old test cycle's words said the equipment did.
fn test_run(target: ResolvedTarget, observation: &str) -> Option<TestRun> {
    if observation.contains("nothing to test") {
        return None;
    }
    let after = |marker: &str| {
        observation
            .split_once(marker)
            .and_then(|(before, _)| before.rsplit(' ').next())
            .and_then(|n| n.parse::<u64>().ok())
    };
    Some(match target {
        ResolvedTarget::Unit(_) => TestRun::Drove {
            cells: after(" cells,").unwrap_or(0),
            lost: observation.contains("(LOST)"),
            charged_pct: 0.0,
        },
        ResolvedTarget::Zone { .. } | ResolvedTarget::Line(_) => TestRun::Delivered {
            added: after(" test totes added").unwrap_or(3),
            delivered: after(" totes delivered").unwrap_or(0),
            waiting: after(" still waiting").unwrap_or(0),
        },
        ResolvedTarget::Charger(_) | ResolvedTarget::Cell(_) => return None,
    })
}

fn leading_number(text: &str) -> Option<u64> {
    text.split(' ').next()?.parse().ok()
}

/// The "from (x, y) to (x, y)" rectangle an old lock observation names.
fn rectangle(text: &str) -> Option<(Cell, Cell)> {
    let cell = |s: &str| -> Option<Cell> {
        let inner = s.trim().strip_prefix('(')?.split(')').next()?;
        let (x, y) = inner.split_once(',')?;
        Some(Cell::new(x.trim().parse().ok()?, y.trim().parse().ok()?))
    };
    let (_, rest) = text.split_once("from ")?;
    let (a, b) = rest.split_once(" to ")?;
    Some((cell(a)?, cell(b)?))
}
