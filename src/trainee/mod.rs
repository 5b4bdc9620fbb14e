//! The technician's side: trainee actions taking effect at their tick, the
//! observations they return, and the append-only attempt log.

mod action;
mod asking;
mod catalogue;
mod chain;
mod conveyor_work;
mod dispatch;
mod findings;
mod handlers;
mod legacy;
mod log;
mod outcome;
mod reach;
mod repair;
mod safety;
mod script;
mod technician;
mod unit_readings;
mod unit_work;
mod words;
pub mod work_order;

use bevy::prelude::*;

pub use crate::fleet::VestSpec;
pub use action::{Spot, TestPoint, TraineeAction};
pub use asking::ScenarioQuestions;
pub use catalogue::{ActionCatalogue, Part, TechnicianSpec, TestCycleSpec};
pub use chain::{ChainKey, legacy_chain_after};
pub use conveyor_work::line_spot;
pub use findings::{MeterDisplay, ShownReading, revealed_faults};
pub use handlers::{PendingActions, ScenarioHints};
pub use log::{AttemptLog, EndReason, FaultChange, LogEntry, LogLine, LogSeal, ReadLog};
pub use outcome::{Effect, Isolation, Observed, Outcome, Refusal, TestRun};
pub use script::{ActionScript, ScriptedAction};
pub use technician::{
    ActionInHand, FloorPlaces, Technician, TestBaseline, fixed_spot, inside_fence,
};
pub use words::unit_name;

use crate::sim::SimSet;

/// Needs the [`FloorGrid`] and the [`ActionCatalogue`] (inserted by the composition root).
pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<Technician>()
        .init_resource::<PendingActions>()
        .init_resource::<ScenarioHints>()
        .init_resource::<ScenarioQuestions>()
        .init_resource::<MeterDisplay>()
        .add_systems(
            FixedUpdate,
            (
                (technician::move_technician, handlers::carry_out_actions)
                    .chain()
                    .in_set(SimSet::Actions),
                (log::record_fault_events, log::record_alarm_events)
                    .chain()
                    .in_set(SimSet::Record),
            ),
        );
}
