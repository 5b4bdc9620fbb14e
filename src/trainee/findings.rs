//! What the trainee has found out by looking, for the floor to show: which faults a
//! done look or test has revealed (read from the attempt log, so a replay of the log
//! shows the same), and the meter's last reading as its display holds it.

use std::collections::{BTreeMap, BTreeSet};

use bevy::prelude::*;

use super::catalogue::ActionCatalogue;
use super::log::{AttemptLog, LogEntry};
use crate::faults::FaultSchedule;
use crate::instruments::{MeterReading, TestPoint};

/// Each fault a look or test has shown so far, with the tests (their keys in the
/// action catalogue's `tests`) that showed it. A test shows a fault when it was done
/// (not refused) on the fault's equipment after the fault had started, and the
/// catalogue says the test tells that fault's cause apart. A fault not yet started
/// when the trainee looked stays hidden until they look again.
pub fn revealed_faults(
    log: &AttemptLog,
    schedule: &FaultSchedule,
    catalogue: &ActionCatalogue,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut revealed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in &log.entries {
        let LogEntry::Action {
            tick,
            action,
            outcome: Some(outcome),
            ..
        } = entry
        else {
            continue;
        };
        let Some(target) = action.equipment().filter(|_| outcome.is_done()) else {
            continue;
        };
        let key = action.test_key();
        let Some(table) = catalogue.tests.get(&key) else {
            continue;
        };
        for fault in &schedule.faults {
            let started = fault.first_active_tick.is_some_and(|t| t <= *tick);
            if started
                && fault.spec.target == target
                && table.contains_key(fault.spec.kind.simulated_cause())
            {
                revealed
                    .entry(fault.spec.id.clone())
                    .or_default()
                    .insert(key.clone());
            }
        }
    }
    revealed
}

/// The meter's display: the last reading taken, where and when.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct MeterDisplay {
    pub shown: Option<ShownReading>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ShownReading {
    pub tick: u64,
    pub point: TestPoint,
    pub reading: MeterReading,
}

impl MeterDisplay {
    pub fn show(&mut self, tick: u64, point: TestPoint, reading: MeterReading) {
        self.shown = Some(ShownReading {
            tick,
            point,
            reading,
        });
    }
}
