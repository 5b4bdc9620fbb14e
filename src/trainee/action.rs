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
    // Energy control on a conveyor line (lockout/tagout on its main disconnect).
    /// Open the line's disconnect and hang a lock and tag on it.
    ApplyLockout {
        line: u16,
    },
    /// Try the start control, prove the meter on a live source, test the line, prove again.
    VerifyZeroEnergy {
        line: u16,
    },
    /// Remove lock and tag and close the disconnect.
    RemoveLockout {
        line: u16,
    },
    /// A meter reading at a named test point.
    Measure {
        point: TestPoint,
    },
    /// Look at a zone or a line closely (no hands on).
    InspectZone {
        line: u16,
        zone: u32,
    },
    InspectLine {
        line: u16,
    },
    // Repairs (hands on: the line must be locked out and verified dead).
    ClearJam {
        line: u16,
        zone: u32,
    },
    CleanPhotoEye {
        line: u16,
        zone: u32,
    },
    ReplaceRollerCard {
        line: u16,
        zone: u32,
    },
    FreeBeltBind {
        line: u16,
    },
    ReplaceBeltMotor {
        line: u16,
    },
    // Operating controls (no hands inside the guarding).
    /// Reset a tripped pull cord or e-stop button in the chain.
    ResetEstopDevice {
        line: u16,
        device: u32,
    },
    /// Reset the belt drive's fault from its keypad.
    ResetVfd {
        line: u16,
    },
    // Energy control on a drive unit.
    PowerDownUnit {
        unit: u32,
    },
    DisconnectBattery {
        unit: u32,
    },
    /// Wait for the bus capacitors, then prove 0 V at the motor controller.
    VerifyUnitDead {
        unit: u32,
    },
    /// Reconnect, power up, reset the drive and release the unit to the planner.
    ReturnToService {
        unit: u32,
    },
    /// Clear latched drive faults (stall, overcurrent, Hall error, lost) from the service menu.
    ResetDrive {
        unit: u32,
    },
    InspectUnit {
        unit: u32,
    },
    // Drive-unit repairs (hands on: powered down, isolated, verified, inside a locked zone).
    ClearAxleDebris {
        unit: u32,
    },
    ReplaceEncoder {
        unit: u32,
    },
    ReplaceWheels {
        unit: u32,
    },
    ReplaceLiftNut {
        unit: u32,
    },
    CleanCamera {
        unit: u32,
    },
    ReplaceBumperSwitch {
        unit: u32,
    },
    ReseatAntenna {
        unit: u32,
    },
    ReplacePack {
        unit: u32,
    },
    ReplaceCoolingFan {
        unit: u32,
    },
    BalanceCharge {
        unit: u32,
    },
    // Floor work inside a locked zone.
    ReplaceSticker {
        cell: Cell,
    },
    CleanChargerPads {
        charger: u16,
    },
}

/// Where the meter's probes go.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum TestPoint {
    /// The 24 V DC supply to a line's MDR cards.
    RollerSupply { line: u16 },
    /// Across one device of the line's e-stop chain.
    EstopDevice { line: u16, device: u32 },
    /// A zone photo-eye's output to the PLC (24 V = blocked).
    PhotoEyeOutput { line: u16, zone: u32 },
    /// The belt VFD's DC bus.
    VfdDcBus { line: u16 },
}

impl TraineeAction {
    /// The drive unit a hands-on action puts the trainee's hands on, if any.
    pub fn hands_on_unit(&self) -> Option<u32> {
        match self {
            TraineeAction::ClearAxleDebris { unit }
            | TraineeAction::ReplaceEncoder { unit }
            | TraineeAction::ReplaceWheels { unit }
            | TraineeAction::ReplaceLiftNut { unit }
            | TraineeAction::CleanCamera { unit }
            | TraineeAction::ReplaceBumperSwitch { unit }
            | TraineeAction::ReseatAntenna { unit }
            | TraineeAction::ReplacePack { unit }
            | TraineeAction::ReplaceCoolingFan { unit }
            | TraineeAction::BalanceCharge { unit } => Some(*unit),
            _ => None,
        }
    }

    /// The conveyor line a hands-on action puts the trainee's hands into, if any.
    pub fn hands_on_line(&self) -> Option<u16> {
        match self {
            TraineeAction::ClearJam { line, .. }
            | TraineeAction::CleanPhotoEye { line, .. }
            | TraineeAction::ReplaceRollerCard { line, .. }
            | TraineeAction::FreeBeltBind { line }
            | TraineeAction::ReplaceBeltMotor { line } => Some(*line),
            _ => None,
        }
    }

    /// Simulated time the action takes, seconds (reading a screen, walking a zone).
    pub fn duration_s(&self) -> f32 {
        match self {
            TraineeAction::LockZone { .. } | TraineeAction::UnlockZone { .. } => 20.0,
            TraineeAction::ReadAlarms => 10.0,
            TraineeAction::ReadUnitTelemetry { .. } | TraineeAction::ReadLineStatus { .. } => 15.0,
            TraineeAction::ApplyLockout { .. } => 120.0,
            TraineeAction::VerifyZeroEnergy { .. } => 90.0,
            TraineeAction::RemoveLockout { .. } => 60.0,
            TraineeAction::Measure { .. } => 30.0,
            TraineeAction::InspectZone { .. } | TraineeAction::InspectLine { .. } => 30.0,
            TraineeAction::ClearJam { .. } => 120.0,
            TraineeAction::CleanPhotoEye { .. } => 90.0,
            TraineeAction::ReplaceRollerCard { .. } => 600.0,
            TraineeAction::FreeBeltBind { .. } => 900.0,
            TraineeAction::ReplaceBeltMotor { .. } => 1800.0,
            TraineeAction::ResetEstopDevice { .. } => 30.0,
            TraineeAction::ResetVfd { .. } => 20.0,
            TraineeAction::PowerDownUnit { .. } | TraineeAction::DisconnectBattery { .. } => 30.0,
            TraineeAction::VerifyUnitDead { .. } => 60.0,
            TraineeAction::ReturnToService { .. } => 120.0,
            TraineeAction::ResetDrive { .. } => 30.0,
            TraineeAction::InspectUnit { .. } => 60.0,
            TraineeAction::ClearAxleDebris { .. } => 300.0,
            TraineeAction::ReplaceEncoder { .. } => 900.0,
            TraineeAction::ReplaceWheels { .. } => 1200.0,
            TraineeAction::ReplaceLiftNut { .. } => 1800.0,
            TraineeAction::CleanCamera { .. } => 120.0,
            TraineeAction::ReplaceBumperSwitch { .. } => 600.0,
            TraineeAction::ReseatAntenna { .. } => 120.0,
            TraineeAction::ReplacePack { .. } => 900.0,
            TraineeAction::ReplaceCoolingFan { .. } => 900.0,
            TraineeAction::BalanceCharge { .. } => 1800.0,
            TraineeAction::ReplaceSticker { .. } => 300.0,
            TraineeAction::CleanChargerPads { .. } => 300.0,
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

impl ActionScript {
    /// Reads a script file; a parse error names the file, line and column.
    pub fn load(path: &std::path::Path) -> Result<Self, crate::error::LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| crate::error::LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        crate::scenario::authored_ron()
            .from_str(&text)
            .map_err(|e| crate::error::LoadError::from_ron(path, e))
    }
}
