//! The technician's side: trainee actions taking effect at their tick, the
//! observations they return, and the append-only attempt log.

mod action;
mod conveyor_work;
mod handlers;
mod log;
mod repair;
mod unit_work;

use bevy::prelude::*;

pub use action::{ActionScript, ScriptedAction, TestPoint, TraineeAction};
pub use handlers::PendingActions;
pub use log::{AttemptLog, LogEntry};

use crate::sim::SimSet;

pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<PendingActions>().add_systems(
        FixedUpdate,
        (
            handlers::carry_out_actions
                .in_set(SimSet::Faults)
                .before(crate::faults::FaultSet),
            log::record_alarm_events
                .in_set(SimSet::Publish)
                .after(crate::alarms::AlarmPublish),
        ),
    );
}
