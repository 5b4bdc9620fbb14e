//! What a trainee can do on the floor, as data: the GUI and test scripts produce the
//! same actions, and each takes effect at a tick.

use serde::{Deserialize, Serialize};

use crate::floor::Cell;

/// One trainee action. (More kinds arrive with the technician's tools.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum TraineeAction {
    /// Lock a rectangle of cells in the management system: the planner routes round it.
    LockZone {
        from: Cell,
        to: Cell,
    },
    UnlockZone {
        from: Cell,
        to: Cell,
    },
    /// Read the alarm list (active alarms and the most recent history).
    ReadAlarms,
    /// Read a drive unit's telemetry.
    ReadUnitTelemetry {
        unit: u32,
    },
    /// Read a conveyor line's status: zones, photo-eyes, VFD.
    ReadLineStatus {
        line: u16,
    },
}

impl TraineeAction {
    /// Simulated time the action takes, seconds (reading a screen, walking a zone).
    pub fn duration_s(&self) -> f32 {
        match self {
            TraineeAction::LockZone { .. } | TraineeAction::UnlockZone { .. } => 20.0,
            TraineeAction::ReadAlarms => 10.0,
            TraineeAction::ReadUnitTelemetry { .. } | TraineeAction::ReadLineStatus { .. } => 15.0,
        }
    }
}

/// A scripted action: what to do, and when (simulated seconds from the start of the shift).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptedAction {
    pub at_s: f32,
    pub action: TraineeAction,
}

/// A RON list of timed actions, as `faultline play --script` runs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionScript {
    pub actions: Vec<ScriptedAction>,
}
