//! The technician's side: trainee actions taking effect at their tick, the
//! observations they return, and the append-only attempt log.

mod action;
mod catalogue;
mod conveyor_work;
mod dispatch;
mod handlers;
mod log;
mod reach;
mod repair;
mod safety;
mod technician;
mod unit_work;
pub mod work_order;

use bevy::prelude::*;

pub use crate::fleet::VestSpec;
pub use action::{ActionScript, ScriptedAction, Spot, TestPoint, TraineeAction};
pub use catalogue::{ActionCatalogue, Part, TechnicianSpec};
pub use conveyor_work::line_spot;
pub use handlers::{PendingActions, ScenarioHints};
pub use log::{AttemptLog, FaultChange, LogEntry, LogLine, chain_after, fnv64};
pub use technician::{ActionInHand, FloorPlaces, Technician, inside_fence};

use crate::sim::SimSet;

/// Needs the [`FloorGrid`] and the [`ActionCatalogue`] (inserted by the composition root).
pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<Technician>()
        .init_resource::<PendingActions>()
        .init_resource::<ScenarioHints>()
        .add_systems(
            FixedUpdate,
            (
                (technician::move_technician, handlers::carry_out_actions)
                    .chain()
                    .in_set(SimSet::Actions),
                technician::watch_for_danger.in_set(SimSet::Sense),
                (log::record_fault_events, log::record_alarm_events)
                    .chain()
                    .in_set(SimSet::Record),
            ),
        );
}
