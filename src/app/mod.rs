//! The composition root: one simulation built from a floor, a seed and the injected
//! faults. It inserts each feature's inputs as resources, then adds the feature
//! plugins, so no feature depends on the order it is added in or reads this setup.
//!
//! Also here: stepping a simulation headless, the state hash, and the one attempt
//! runner that `play`, `station`, `verify`, `validate` and the window share.

pub mod attempt;
pub mod bench;
mod headless;
mod onsets;
mod state_hash;
pub mod tick_profile;

use bevy::prelude::*;
use bevy::transform::TransformPlugin;
use bevy_rapier3d::prelude::*;

use crate::conveyor::ConveyorParams;
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::fleet::FleetParams;
use crate::floor::{FloorGrid, FloorLayout};
use crate::instruments::InstrumentFigures;
use crate::scenario::{LoadedScenario, ResolvedFault, Variant};
use crate::sim::{SimRng, SimSet, TICK_DT};
use crate::trainee::ActionCatalogue;

pub use attempt::{Attempt, Conditions, LabBinding, new_nonce};
pub use headless::HeadlessSim;
pub use onsets::Onset;
pub use state_hash::state_hash;

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

/// Adds the whole simulation (floor, fleet, conveyors, faults, the technician, physics).
pub struct SimPlugin {
    pub setup: SimSetup,
}

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        let setup = &self.setup;
        app.add_plugins(crate::sim::plugin)
            .insert_resource(setup.clone())
            .insert_resource(SimRng::seeded(setup.seed));
        insert_inputs(app, setup);
        add_physics(app);
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

/// Every feature's inputs, derived from the setup before any feature is added.
fn insert_inputs(app: &mut App, setup: &SimSetup) {
    let layout = &setup.layout;
    app.insert_resource(FloorGrid::from_layout(layout))
        .insert_resource(FleetParams::from_layout(layout))
        .insert_resource(ConveyorParams::from_layout(layout))
        .insert_resource(FaultSchedule::armed(&setup.faults));
    match FaultCatalogue::bundled() {
        Ok(catalogue) => {
            app.insert_resource(catalogue);
        }
        Err(e) => error!("{e}; inspections will not describe faults"),
    }
    match ActionCatalogue::bundled() {
        Ok(catalogue) => {
            app.insert_resource(catalogue);
        }
        Err(e) => error!("{e}; trainee actions will be refused"),
    }
    match InstrumentFigures::bundled() {
        Ok(figures) => {
            app.insert_resource(figures);
        }
        Err(e) => error!("{e}; the instruments will give no readings"),
    }
}

/// Contact solver iterations a step (rapier's default is 4). The floor's contacts are
/// totes, held at the bed's height and pushed along by forces, meeting another tote, a
/// rail or a jam now and then: nothing stacked, nothing jointed. Two iterations hold them
/// as four do (when totes still rested on a bed contact, about 8 % fewer instructions a
/// tick on the 20-unit floor; docs/benchmarks.md).
const TOTE_SOLVER_ITERATIONS: usize = 2;

/// Rapier steps inside the tick, between conveyor control and conveyor sensing.
///
/// Only the bookkeeping the floor needs runs each tick. bevy_rapier's default set-up
/// adds about twenty systems a tick (character controllers, joints, impulses, collider
/// scale and edits, contact lists, mass read-back); running a system costs a fraction
/// of a microsecond even when it finds nothing, which on the small training floor is a
/// good part of the tick. The floor has dynamic totes and fixed beds, rails and jam
/// obstructions: bodies are spawned, pushed by forces and despawned; no collider is
/// edited, scaled or jointed after it is spawned. There is one physics context and
/// nothing is ever moved to another, so bevy_rapier's two systems for several contexts
/// (`on_add_entity_with_parent`, `on_change_context`) would only confirm each new body's
/// link to the one context.
fn add_physics(app: &mut App) {
    use bevy::transform::systems::propagate_parent_transforms;
    use bevy_rapier3d::plugin::systems;

    app.insert_resource(TimestepMode::Fixed {
        dt: TICK_DT,
        substeps: 1,
    })
    .configure_sets(
        FixedUpdate,
        (
            PhysicsSet::SyncBackend,
            PhysicsSet::StepSimulation,
            PhysicsSet::Writeback,
        )
            .chain()
            .after(SimSet::ConveyorControl)
            .before(SimSet::ConveyorSense),
    );
    if !app.is_plugin_added::<TransformPlugin>() {
        app.add_plugins(TransformPlugin);
    }
    // Rapier's defaults otherwise (length unit 1 m); the step's length comes from
    // `TimestepMode` above, which rapier copies in before every step.
    let integration_parameters = bevy_rapier3d::rapier::dynamics::IntegrationParameters {
        num_solver_iterations: TOTE_SOLVER_ITERATIONS,
        ..default()
    };
    app.add_plugins(
        RapierPhysicsPlugin::<NoUserData>::default()
            .with_custom_initialization(
                RapierContextInitialization::InitializeDefaultRapierContext {
                    integration_parameters,
                    rapier_configuration: RapierConfiguration::new(1.0),
                },
            )
            .with_default_system_setup(false)
            .in_fixed_schedule(),
    )
    .add_systems(
        FixedUpdate,
        (
            // New bodies and colliders are read from their global transforms.
            sync_physics_transforms,
            propagate_parent_transforms,
            systems::sync_removals,
            systems::init_rigid_bodies,
            systems::init_colliders,
            // Forces the conveyors set this tick.
            systems::apply_rigid_body_user_changes,
        )
            .chain()
            .in_set(PhysicsSet::SyncBackend),
    )
    .add_systems(
        FixedUpdate,
        (
            systems::step_simulation::<NoUserData>.in_set(PhysicsSet::StepSimulation),
            (systems::writeback_rigid_bodies, follow_physics_writeback)
                .chain()
                .in_set(PhysicsSet::Writeback),
        ),
    );
}

/// Copies the transforms of the bodies and colliders that are not in a hierarchy to
/// their global transforms, which rapier reads (those in one, the lines' beds and rails,
/// are `propagate_parent_transforms`' work). bevy's `sync_simple_transforms` does this
/// for every entity, and so checks thousands of pods and units each tick on a large floor
/// that nothing in the tick reads a global transform of; drawing syncs them all, once a
/// frame, in `PostUpdate`. Each copy is the one bevy makes, so the bits are the same.
/// An entity that becomes a body or collider after it was spawned is copied too, though
/// its transform is unchanged: rapier places it from its global transform. A global
/// transform that already matches is left alone (see `follow_physics_writeback`).
fn sync_physics_transforms(
    mut bodies: Query<
        (&Transform, &mut GlobalTransform),
        (
            Or<(Changed<Transform>, Added<RigidBody>, Added<Collider>)>,
            Or<(With<RigidBody>, With<Collider>)>,
            Without<ChildOf>,
            Without<Children>,
        ),
    >,
) {
    for (transform, mut global) in &mut bodies {
        let new = GlobalTransform::from(*transform);
        if *global != new {
            *global = new;
        }
    }
}

/// The bodies rapier's writeback has just moved (the totes on the belts) get global
/// transforms to match, without marking them changed. rapier reads a changed global
/// transform as a body someone moved by hand, and checks each against what it wrote
/// itself (a hash lookup a body a tick); these it wrote, so there is nothing to check.
/// A body moved by hand still differs from its global transform at the next sync.
fn follow_physics_writeback(
    mut bodies: Query<
        (&Transform, &mut GlobalTransform),
        (
            Changed<Transform>,
            With<RigidBody>,
            Without<ChildOf>,
            Without<Children>,
        ),
    >,
) {
    for (transform, mut global) in &mut bodies {
        *global.bypass_change_detection() = GlobalTransform::from(*transform);
    }
}
