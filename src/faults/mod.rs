//! Fault injection: each scenario fault is armed on its target, switched on by its
//! trigger, and acts on the physical model (a wheel's radius, a camera's read rate,
//! a pack's capacity, a wedge across a conveyor zone). The symptoms then come out of
//! the simulation; nothing here raises an alarm directly.

mod catalogue;
mod effects;
mod triggers;

use bevy::prelude::*;

use crate::scenario::ResolvedFault;
use crate::sim::SimSet;

pub use catalogue::{CatalogueEntry, FaultCatalogue, Subsystem};
pub use effects::JamObstruction;

/// A fault's state in the running simulation.
#[derive(Debug, Clone, PartialEq)]
pub struct InjectedFault {
    pub spec: ResolvedFault,
    /// Acting now.
    pub active: bool,
    /// How far it has developed, 0 to 1 (1 unless drifting).
    pub severity: f32,
    /// Tick it first became active.
    pub first_active_tick: Option<u64>,
    /// The condition of a `When` trigger has been met (it stays met).
    pub(crate) latched: bool,
    /// Amount of a one-off change already applied (cell imbalance), for drifting faults.
    pub(crate) applied: f32,
    /// Removed by a repair: it no longer acts.
    pub repaired: bool,
}

/// Every fault injected into this run, in scenario order.
#[derive(Resource, Debug, Default, Clone)]
pub struct FaultSchedule {
    pub faults: Vec<InjectedFault>,
}

impl FaultSchedule {
    /// The faults of a variant, armed and not yet started.
    pub fn armed(faults: &[ResolvedFault]) -> Self {
        Self {
            faults: faults
                .iter()
                .map(|spec| InjectedFault {
                    spec: spec.clone(),
                    active: false,
                    severity: 0.0,
                    first_active_tick: None,
                    latched: false,
                    applied: 0.0,
                    repaired: false,
                })
                .collect(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&InjectedFault> {
        self.faults.iter().find(|f| f.spec.id == id)
    }

    /// Whether this motor's fault is a shorted winding acting now.
    pub fn shorted_winding(&self, unit: u32, side: crate::scenario::Wheel) -> bool {
        self.faults.iter().any(|f| {
            f.active
                && f.spec.target == crate::scenario::ResolvedTarget::Unit(unit)
                && matches!(f.spec.kind, crate::scenario::FaultKind::MotorBind { wheel, shorted_winding: true, .. } if wheel == side)
        })
    }
}

/// Needs the [`FaultSchedule`] (inserted by the composition root from the variant).
pub(crate) fn plugin(app: &mut App) {
    app.add_systems(
        FixedUpdate,
        (
            triggers::update_triggers,
            effects::apply_unit_faults,
            effects::apply_floor_faults,
            effects::apply_conveyor_faults,
        )
            .chain()
            .in_set(SimSet::Faults),
    );
}
