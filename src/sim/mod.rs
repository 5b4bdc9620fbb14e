//! The ground every simulation module stands on: the fixed tick, the simulation clock,
//! the one seeded RNG, the ordered sets of a tick, and time helpers.
//!
//! It imports nothing else from the crate; the composition root (`crate::app`) adds the
//! floor, fleet, conveyors, faults and the technician on top of it.

pub mod hash;
pub mod math;

use bevy::ecs::schedule::SingleThreadedExecutor;
use bevy::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The simulation model: what a simulation makes of the same floor, seed, faults and
/// actions. An attempt is sure to re-simulate to the entries it recorded only on the
/// model it was recorded on, so its log's header names it, and `verify` names it when a
/// replay on another model differs.
/// Raise it with any change that alters a replay (the golden attempts in `tests/golden/`
/// fail on one) and record the goldens again.
/// 1: every build before logs named their model.
/// 2: totes held on the bed by locked axes instead of a resting contact.
pub const SIM_MODEL: u32 = 2;

/// Simulation ticks per simulated second.
pub const TICK_HZ: f64 = 60.0;
/// Length of one tick, seconds.
pub const TICK_DT: f32 = 1.0 / TICK_HZ as f32;

/// The simulation clock. Logic reads time only from here, never from the wall clock.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct SimClock {
    pub tick: u64,
}

impl SimClock {
    pub fn seconds(&self) -> f64 {
        self.tick as f64 / TICK_HZ
    }
}

/// Sim time as h:mm:ss.
pub fn clock_text(seconds: f64) -> String {
    let s = seconds.max(0.0) as u64;
    format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

/// A tick as h:mm:ss of sim time.
pub fn tick_text(tick: u64) -> String {
    clock_text(tick as f64 / TICK_HZ)
}

/// Converts a duration in seconds to whole ticks (at least one).
pub fn ticks_for(seconds: f32) -> u64 {
    ((seconds as f64 * TICK_HZ).round() as u64).max(1)
}

/// The tick a moment `seconds` into the shift falls on (0 for negative times).
pub fn tick_at(seconds: f64) -> u64 {
    (seconds.max(0.0) * TICK_HZ).round() as u64
}

/// The one source of randomness in the simulation, seeded from the setup.
#[derive(Resource, Debug, Clone)]
pub struct SimRng(pub ChaCha8Rng);

impl SimRng {
    pub fn seeded(seed: u64) -> Self {
        Self(ChaCha8Rng::seed_from_u64(seed))
    }
}

/// The order of work inside one tick. Chained once, here, so it reads top to bottom.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum SimSet {
    /// Advance the tick counter.
    Clock,
    /// The technician walks, starts actions and finishes them (their effects land here).
    Actions,
    /// Switch injected faults on and off and apply them to the equipment.
    Faults,
    /// Give idle units jobs; step missions (lift, pick, charge).
    Plan,
    /// Reserve cells ahead of each unit.
    Traffic,
    /// Drive motors, move units, release cells behind.
    Motion,
    /// Read fiducials, correct dead reckoning; watch for a person in a unit's path.
    Sense,
    /// Batteries and chargers.
    Energy,
    /// Conveyor zone logic and roller forces, before the physics step.
    ConveyorControl,
    /// Photo-eyes and jam timers, after the physics step.
    ConveyorSense,
    /// Equipment raises and clears its alarms.
    Alarms,
    /// Turn this tick's new alarm log entries into messages for anyone listening.
    /// (Unit and pod transforms are for viewers only and are copied once a frame.)
    Publish,
    /// Append what happened this tick (fault changes, alarms) to the attempt log.
    Record,
}

impl SimSet {
    /// The sets in the order a tick runs them (the one place that order is written).
    pub const ORDER: [SimSet; 13] = [
        SimSet::Clock,
        SimSet::Actions,
        SimSet::Faults,
        SimSet::Plan,
        SimSet::Traffic,
        SimSet::Motion,
        SimSet::Sense,
        SimSet::Energy,
        SimSet::ConveyorControl,
        SimSet::ConveyorSense,
        SimSet::Alarms,
        SimSet::Publish,
        SimSet::Record,
    ];
}

/// The fixed 60 Hz clock and the tick's ordered sets.
pub fn plugin(app: &mut App) {
    app.insert_resource(Time::<Fixed>::from_hz(TICK_HZ))
        .init_resource::<SimClock>()
        .add_systems(FixedUpdate, advance_clock.in_set(SimSet::Clock));
    for pair in SimSet::ORDER.windows(2) {
        app.configure_sets(FixedUpdate, pair[1].clone().after(pair[0].clone()));
    }
    // The tick's systems run in one chain; a single-threaded executor avoids waking
    // worker threads sixty times a simulated second for no parallelism.
    app.edit_schedule(FixedUpdate, |schedule| {
        schedule.set_executor(SingleThreadedExecutor::new());
    });
}

fn advance_clock(mut clock: ResMut<SimClock>) {
    clock.tick += 1;
}
