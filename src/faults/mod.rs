//! Fault injection: each scenario fault is armed on its target, switched on by its
//! trigger, and acts on the physical model (a wheel's radius, a camera's read rate,
//! a pack's capacity, a wedge across a conveyor zone). The symptoms then come out of
//! the simulation; nothing here raises an alarm directly.

mod catalogue;
mod effects;
mod triggers;

use bevy::prelude::*;

use crate::scenario::{ResolvedFault, ResolvedTarget, ResolvedTrigger};
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
    /// The condition of a `When` trigger, the action of an `OnAction` or the running
    /// time of an `AfterFault` has been met (it stays met).
    pub(crate) latched: bool,
    /// Amount of a one-off change already applied (cell imbalance), for drifting faults.
    pub(crate) applied: f32,
    /// Removed by a repair: it no longer acts.
    pub repaired: bool,
    /// Ticks it has acted so far (a consequence waits on its cause's).
    pub active_ticks: u64,
}

/// Every fault injected into this run, in scenario order.
#[derive(Resource, Debug, Default, Clone)]
pub struct FaultSchedule {
    pub faults: Vec<InjectedFault>,
    /// This tick's order for writing the faults' effects (see `order_effects`): kept
    /// here so a tick sorts in place instead of allocating an order per effect system.
    effect_order: Vec<usize>,
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
                    active_ticks: 0,
                })
                .collect(),
            effect_order: Vec::new(),
        }
    }

    /// Orders the faults for writing their effects this tick: those not acting first
    /// (they write the as-new value), then by severity, so when two faults act on one
    /// part (a bind, then the winding it burns) the stronger one holds whatever their
    /// order in the file. Called once a tick, after the triggers set who acts.
    pub(crate) fn order_effects(&mut self) {
        let faults = &self.faults;
        self.effect_order.clear();
        self.effect_order.extend(0..faults.len());
        self.effect_order.sort_by(|&a, &b| {
            let (fa, fb) = (&faults[a], &faults[b]);
            (fa.active, fa.severity)
                .partial_cmp(&(fb.active, fb.severity))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }

    /// The faults in this tick's effect order.
    pub(crate) fn in_effect_order(&self) -> impl Iterator<Item = &InjectedFault> {
        self.effect_order.iter().map(|&i| &self.faults[i])
    }

    pub fn get(&self, id: &str) -> Option<&InjectedFault> {
        self.faults.iter().find(|f| f.spec.id == id)
    }

    /// A trainee action was done on `equipment` (its kind as scripts write it): faults
    /// waiting on that action there fire, if the fault they wait on is present.
    pub fn action_done(&mut self, action: &str, equipment: Option<ResolvedTarget>) {
        let Some(equipment) = equipment else { return };
        let present: Vec<bool> = self
            .faults
            .iter()
            .map(|f| f.first_active_tick.is_some() && !f.repaired)
            .collect();
        for i in 0..self.faults.len() {
            let fault = &self.faults[i];
            let ResolvedTrigger::OnAction {
                action: wanted,
                while_present,
            } = &fault.spec.trigger
            else {
                continue;
            };
            let cause_present = match while_present {
                Some(other) => self
                    .faults
                    .iter()
                    .position(|f| &f.spec.id == other)
                    .is_some_and(|j| present[j]),
                None => true,
            };
            if wanted == action && equipment.covers_target(fault.spec.target) && cause_present {
                self.faults[i].latched = true;
            }
        }
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
