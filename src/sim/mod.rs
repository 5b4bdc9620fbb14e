//! The deterministic simulation core: fixed tick, one seeded RNG, ordered sets.
//!
//! Everything here runs under `MinimalPlugins`; the window is a separate client.

mod headless;
mod state_hash;

use bevy::ecs::schedule::SingleThreadedExecutor;
use bevy::prelude::*;
use bevy::transform::TransformPlugin;
use bevy_rapier3d::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::floor::FloorLayout;
use crate::scenario::{LoadedScenario, ResolvedFault, Variant};

pub use headless::HeadlessSim;
pub use state_hash::state_hash;

/// Simulation ticks per simulated second.
pub const TICK_HZ: f64 = 60.0;
/// Length of one tick, seconds.
pub const TICK_DT: f32 = 1.0 / TICK_HZ as f32;

/// What a simulation run is built from: the floor, the seed and the injected faults.
#[derive(Resource, Debug, Clone)]
pub struct SimSetup {
    pub layout: FloorLayout,
    pub seed: u64,
    pub faults: Vec<ResolvedFault>,
}

impl SimSetup {
    /// A healthy floor.
    pub fn floor(layout: FloorLayout, seed: u64) -> Self {
        Self {
            layout,
            seed,
            faults: Vec::new(),
        }
    }

    /// One trainee's variant of a loaded scenario.
    pub fn scenario(loaded: &LoadedScenario, variant: &Variant) -> Self {
        Self {
            layout: loaded.layout.clone(),
            seed: variant.sim_seed,
            faults: variant.faults.clone(),
        }
    }
}

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

/// Converts a duration in seconds to whole ticks (at least one).
pub fn ticks_for(seconds: f32) -> u64 {
    ((seconds as f64 * TICK_HZ).round() as u64).max(1)
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
    /// Switch injected faults on and off and apply them to the equipment.
    Faults,
    /// Give idle units jobs; step missions (lift, pick, charge).
    Plan,
    /// Reserve cells ahead of each unit.
    Traffic,
    /// Drive motors, move units, release cells behind.
    Motion,
    /// Read fiducials, correct dead reckoning.
    Sense,
    /// Batteries and chargers.
    Energy,
    /// Conveyor zone logic and roller forces, before the physics step.
    ConveyorControl,
    /// Photo-eyes and jam timers, after the physics step.
    ConveyorSense,
    /// Equipment raises and clears its alarms.
    Alarms,
    /// Copy simulation state into transforms for anyone looking.
    Publish,
}

/// Adds the whole simulation (floor, fleet, conveyors, physics) to an app.
pub struct SimPlugin {
    pub setup: SimSetup,
}

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Time::<Fixed>::from_hz(TICK_HZ))
            .insert_resource(self.setup.clone())
            .insert_resource(SimRng::seeded(self.setup.seed))
            .init_resource::<SimClock>()
            .insert_resource(TimestepMode::Fixed {
                dt: TICK_DT,
                substeps: 1,
            })
            .configure_sets(
                FixedUpdate,
                (
                    SimSet::Clock,
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
                )
                    .chain(),
            )
            .configure_sets(
                FixedUpdate,
                (
                    PhysicsSet::SyncBackend.after(SimSet::ConveyorControl),
                    PhysicsSet::Writeback.before(SimSet::ConveyorSense),
                ),
            )
            .add_systems(FixedUpdate, advance_clock.in_set(SimSet::Clock));
        // The tick's systems run in one chain; a single-threaded executor avoids
        // waking worker threads sixty times a simulated second for no parallelism.
        app.edit_schedule(FixedUpdate, |schedule| {
            schedule.set_executor(SingleThreadedExecutor::new());
        });
        if !app.is_plugin_added::<TransformPlugin>() {
            app.add_plugins(TransformPlugin);
        }
        app.add_plugins(RapierPhysicsPlugin::<NoUserData>::default().in_fixed_schedule());
        app.add_plugins((
            crate::alarms::plugin,
            crate::floor::plugin,
            crate::fleet::plugin,
            crate::conveyor::plugin,
            crate::faults::plugin,
            crate::trainee::plugin,
        ));
    }
}

fn advance_clock(mut clock: ResMut<SimClock>) {
    clock.tick += 1;
}
