//! When each of a variant's faults really starts: known from the file for a fault at a
//! time, simulated for one that waits on a condition (a pack's charge, a count of
//! picks), so the instructor sees what each trainee gets and a fault that never starts
//! within the shift shows up before a class meets it.

use super::{Attempt, HeadlessSim};
use crate::faults::FaultSchedule;
use crate::scenario::ResolvedTrigger;

/// A fault's onset in one variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Onset {
    pub fault: String,
    /// The tick it first acts (None: not within the shift).
    pub tick: Option<u64>,
    /// Whether the tick came from simulating the floor (a condition trigger, or a
    /// consequence of a fault left unrepaired).
    pub simulated: bool,
    /// The fault starts only if the trainee does an action (`OnAction`): no tick.
    pub on_action: bool,
}

impl Attempt {
    /// Each fault's onset, simulating the floor with nobody working on it, only as far
    /// as needed: until every conditional fault has started or the shift ends.
    pub fn fault_onsets(&self) -> Vec<Onset> {
        let known = |trigger: &ResolvedTrigger| match trigger {
            ResolvedTrigger::At { tick } => Some(*tick),
            ResolvedTrigger::Intermittent { start_tick, .. }
            | ResolvedTrigger::Drifting { start_tick, .. } => Some(*start_tick),
            ResolvedTrigger::When { .. }
            | ResolvedTrigger::AfterFault { .. }
            | ResolvedTrigger::OnAction { .. } => None,
        };
        let on_action =
            |trigger: &ResolvedTrigger| matches!(trigger, ResolvedTrigger::OnAction { .. });
        let mut onsets: Vec<Onset> = self
            .variant()
            .faults
            .iter()
            .map(|f| Onset {
                fault: f.id.clone(),
                tick: known(&f.trigger),
                simulated: known(&f.trigger).is_none() && !on_action(&f.trigger),
                on_action: on_action(&f.trigger),
            })
            .collect();
        let shift_end = self.shift_end_tick();
        for onset in onsets.iter_mut().filter(|o| !o.simulated) {
            onset.tick = onset.tick.filter(|t| *t <= shift_end);
        }
        if onsets.iter().all(|o| !o.simulated) {
            return onsets;
        }
        let mut sim = HeadlessSim::new(self.setup());
        let waiting = |sim: &HeadlessSim, onsets: &[Onset]| {
            let schedule = sim.world().resource::<FaultSchedule>();
            onsets.iter().any(|o| {
                o.simulated
                    && schedule
                        .get(&o.fault)
                        .is_none_or(|f| f.first_active_tick.is_none())
            })
        };
        while sim.tick() < shift_end && waiting(&sim, &onsets) {
            sim.run_ticks(600.min(shift_end - sim.tick()));
        }
        let schedule = sim.world().resource::<FaultSchedule>();
        for onset in onsets.iter_mut().filter(|o| o.simulated) {
            onset.tick = schedule
                .get(&onset.fault)
                .and_then(|f| f.first_active_tick)
                .filter(|t| *t <= shift_end);
        }
        onsets
    }
}
