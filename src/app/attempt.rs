//! The one attempt runner: a trainee's attempt at a scenario under some conditions.
//! It chooses the trainee's variant, writes the log's opening lines, puts the log and
//! (unless it is an exam) the hints into a simulation, and, headless, plays a list of
//! timed actions to the end of the attempt. `play`, `station`, `validate`, `verify`'s
//! replay and the window all start attempts here, so none of them can differ in how.

use std::path::Path;

use bevy::prelude::*;

use super::{HeadlessSim, SimSetup};
use crate::error::{Error, Result};
use crate::scenario::{LoadedScenario, Variant, variant_of};
use crate::sim::{SimClock, TICK_HZ, tick_at};
use crate::trainee::{
    ActionScript, AttemptLog, ChainKey, EndReason, LogEntry, PendingActions, ScenarioHints,
    ScenarioQuestions, Technician, TraineeAction,
};

/// How an attempt runs: practice (hints, the scenario's shift) or a lab's conditions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Conditions {
    /// The scenario's hints are offered (practice).
    pub hints: bool,
    /// Exam conditions: no hints, and the trainee sees only the score at the end.
    pub exam: bool,
    /// The attempt ends at this many simulated minutes, whatever is still to do.
    pub limit_min: Option<f32>,
}

impl Conditions {
    /// Practice: hints on request, the scenario's own shift length.
    pub fn practice() -> Self {
        Self {
            hints: true,
            exam: false,
            limit_min: None,
        }
    }
}

/// What ties a lab attempt to its session: the scenario file played and its content
/// hash, the session's id, which attempt this is and its nonce (recorded in the log's
/// second line, which the keyed chain then binds to every line after it), and the key.
#[derive(Debug, Clone, PartialEq)]
pub struct LabBinding {
    pub scenario_file: String,
    pub scenario_hash: String,
    pub session: String,
    pub number: u32,
    pub nonce: String,
    pub key: ChainKey,
}

/// A fresh attempt nonce: 128 random bits from the operating system's generator.
pub fn new_nonce() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// One trainee's attempt at one scenario, under some conditions.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub scenario: LoadedScenario,
    pub trainee: String,
    pub conditions: Conditions,
    pub lab: Option<LabBinding>,
    /// The trainee's place on a session's roster (spreads variants over the class).
    pub slot: Option<u32>,
    variant: Variant,
}

impl Attempt {
    pub fn new(scenario: &LoadedScenario, trainee: &str, conditions: Conditions) -> Self {
        Self {
            variant: variant_of(scenario, trainee, None),
            scenario: scenario.clone(),
            trainee: trainee.to_string(),
            conditions,
            lab: None,
            slot: None,
        }
    }

    /// The same attempt by the trainee at this place on a session's roster.
    pub fn at_slot(mut self, slot: Option<u32>) -> Self {
        self.slot = slot;
        self.variant = variant_of(&self.scenario, &self.trainee, slot);
        self
    }

    /// The same attempt, recorded as part of a lab session.
    pub fn in_lab(mut self, binding: LabBinding) -> Self {
        self.lab = Some(binding);
        self
    }

    /// The trainee's variant of the scenario.
    pub fn variant(&self) -> &Variant {
        &self.variant
    }

    /// The simulation this attempt runs on.
    pub fn setup(&self) -> SimSetup {
        SimSetup::scenario(&self.scenario, &self.variant)
    }

    /// The log's first line: who attempts what, on which seed and simulation model.
    fn header_entry(&self) -> LogEntry {
        LogEntry::header(
            self.scenario.scenario.id.clone(),
            self.trainee.clone(),
            self.variant.sim_seed,
            self.slot,
        )
    }

    /// In a lab, the log's second line: the session, scenario file and conditions.
    fn lab_entry(&self) -> Option<LogEntry> {
        let lab = self.lab.as_ref()?;
        Some(LogEntry::Attempt {
            scenario_file: lab.scenario_file.clone(),
            scenario_hash: lab.scenario_hash.clone(),
            session: lab.session.clone(),
            exam: self.conditions.exam,
            limit_min: self.conditions.limit_min.unwrap_or(0.0),
            number: lab.number,
            nonce: lab.nonce.clone(),
            keyed: lab.key.is_keyed(),
        })
    }

    /// Starts the attempt's log, on disk when a path is given (appended and flushed
    /// entry by entry), else in memory.
    pub fn open_log(&self, to: Option<&Path>) -> Result<AttemptLog> {
        let header = self.header_entry();
        let mut log = match to {
            Some(path) => AttemptLog::to_file(path, header, self.chain_key()).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    Error::Refused(format!(
                        "{}: an attempt log is already there; a log is never appended to, so name a new file",
                        path.display()
                    ))
                } else {
                    Error::io(path, "write the attempt log", e)
                }
            })?,
            None => AttemptLog::in_memory(header),
        };
        if let Some(entry) = self.lab_entry() {
            log.append(entry);
        }
        Ok(log)
    }

    /// What keys the log's chain: the lab's secret in a lab that has one.
    pub fn chain_key(&self) -> ChainKey {
        self.lab
            .as_ref()
            .map(|lab| lab.key.clone())
            .unwrap_or_default()
    }

    /// Reads a script for this attempt: placeholders filled in from the trainee's
    /// variant, and every action checked against the scenario's floor and catalogue.
    pub fn load_script(&self, path: &Path) -> Result<ActionScript> {
        let faults = crate::faults::FaultCatalogue::bundled()?;
        ActionScript::load_for(path, &self.scenario, &self.variant, &faults)
    }

    /// The hints the trainee may ask for: none under exam conditions.
    pub fn hints(&self) -> ScenarioHints {
        if self.conditions.hints && !self.conditions.exam {
            ScenarioHints(self.scenario.scenario.hints.clone())
        } else {
            ScenarioHints::default()
        }
    }

    /// Puts the log and the hints into a simulation built from [`Attempt::setup`].
    pub fn install(&self, app: &mut App, log: AttemptLog) {
        app.insert_resource(log)
            .insert_resource(self.hints())
            .insert_resource(ScenarioQuestions::new(
                self.scenario.scenario.rubric.questions.clone(),
            ));
    }

    /// The tick the attempt's time limit falls on, if it has one.
    pub fn limit_tick(&self) -> Option<u64> {
        self.conditions
            .limit_min
            .filter(|m| *m > 0.0)
            .map(|m| (m as f64 * 60.0 * TICK_HZ) as u64)
    }

    /// The tick the scenario's shift ends.
    pub fn shift_end_tick(&self) -> u64 {
        (self.scenario.scenario.shift_min as f64 * 60.0 * TICK_HZ) as u64
    }

    /// Plays timed actions headless until the technician has done them all (or the shift
    /// or the time limit ends the attempt), then `tail_s` more simulated seconds; `seen`
    /// gets each log entry as it is written. Returns the finished log.
    pub fn run_headless(
        &self,
        actions: &[(u64, TraineeAction)],
        log: AttemptLog,
        tail_s: f64,
        mut seen: impl FnMut(&LogEntry),
    ) -> AttemptLog {
        let mut sim = HeadlessSim::new(self.setup());
        self.install(&mut sim.app, log);
        let mut last = 0;
        {
            let mut pending = sim.world_mut().resource_mut::<PendingActions>();
            for (tick, action) in actions {
                last = last.max(*tick);
                pending.push(*tick, action.clone());
            }
        }
        let shift_end = self.shift_end_tick();
        let limit = self.limit_tick();
        let mut printed = 0;
        let mut end: Option<u64> = None;
        let mut why = EndReason::AllDone;
        while end.is_none_or(|end| sim.tick() < end) {
            // At the time limit the attempt ends with what was done so far.
            if let Some(limit) = limit
                && sim.tick() >= limit
            {
                why = EndReason::TimeLimit;
                break;
            }
            let step = limit.map_or(60, |l| (l - sim.tick()).clamp(1, 60));
            sim.run_ticks(step);
            let log = sim.world().resource::<AttemptLog>();
            for entry in &log.entries[printed..] {
                seen(entry);
            }
            printed = log.entries.len();
            let idle = sim.world().resource::<PendingActions>().queue.is_empty()
                && sim.world().resource::<Technician>().busy.is_none();
            if end.is_none() && ((idle && sim.tick() >= last) || sim.tick() >= shift_end.max(last))
            {
                if !idle {
                    why = EndReason::ShiftOver;
                }
                end = Some(sim.tick() + (tail_s.max(0.0) * TICK_HZ) as u64);
            }
        }
        end_attempt(sim.world_mut(), why);
        let log = sim.world().resource::<AttemptLog>();
        for entry in &log.entries[printed..] {
            seen(entry);
        }
        sim.app
            .world_mut()
            .remove_resource::<AttemptLog>()
            .unwrap_or_default()
    }
}

impl Attempt {
    /// Replays recorded actions, each at the tick it started, up to the tick the
    /// recorded attempt ended, and closes the log as it was closed (for `verify`).
    pub fn replay_to(
        &self,
        actions: &[(u64, TraineeAction)],
        log: AttemptLog,
        end_tick: u64,
        why: EndReason,
    ) -> AttemptLog {
        self.replay_hashed(actions, log, end_tick, why).0
    }

    /// [`Attempt::replay_to`], with the world's state hash where the replay ended (the
    /// golden attempts compare it on every machine).
    pub fn replay_hashed(
        &self,
        actions: &[(u64, TraineeAction)],
        log: AttemptLog,
        end_tick: u64,
        why: EndReason,
    ) -> (AttemptLog, u64) {
        let mut sim = HeadlessSim::new(self.setup());
        self.install(&mut sim.app, log);
        {
            let mut pending = sim.world_mut().resource_mut::<PendingActions>();
            for (tick, action) in actions {
                pending.push(*tick, action.clone());
            }
        }
        sim.run_ticks(end_tick.saturating_sub(sim.tick()));
        end_attempt(sim.world_mut(), why);
        let hash = super::state_hash(sim.world_mut());
        let log = sim
            .app
            .world_mut()
            .remove_resource::<AttemptLog>()
            .unwrap_or_default();
        (log, hash)
    }
}

/// Closes the attempt's log with its last line: the tick, why it ended, and the actions
/// asked for that were not done (the one in hand, then the queue).
pub fn end_attempt(world: &mut World, why: EndReason) {
    let ended = ending(
        world.resource::<SimClock>().tick,
        world.resource::<Technician>(),
        world.resource::<PendingActions>(),
        why,
    );
    if let Some(mut log) = world.get_resource_mut::<AttemptLog>() {
        log.append(ended);
    }
}

/// The last line of an attempt's log (see [`end_attempt`]).
pub fn ending(
    tick: u64,
    technician: &Technician,
    pending: &PendingActions,
    why: EndReason,
) -> LogEntry {
    let mut not_done: Vec<String> = technician
        .busy
        .iter()
        .map(|hand| hand.action.describe())
        .collect();
    not_done.extend(pending.queue.iter().map(|(_, action)| action.describe()));
    LogEntry::Ended {
        tick,
        why,
        not_done,
    }
}

/// A script's actions at their ticks.
pub fn scripted_actions(script: &ActionScript) -> Vec<(u64, TraineeAction)> {
    script
        .actions
        .iter()
        .map(|step| (tick_at(step.at_s as f64), step.action.clone()))
        .collect()
}
