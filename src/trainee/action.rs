//! What a trainee can do on the floor, as data: the GUI and test scripts produce the
//! same actions, and each takes effect at a tick.

use serde::{Deserialize, Serialize};

use crate::floor::Cell;
use crate::scenario::{ResolvedTarget, Wheel};

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
    // The technician in the world.
    /// Walk to a place (into the fenced field only through the gate).
    WalkTo {
        to: Spot,
    },
    /// Put the tracked vest on or take it off: near a worn vest units slow and stop.
    Vest {
        on: bool,
    },
    /// Stop a unit from the fleet manager's remote e-stop.
    EstopUnit {
        unit: u32,
    },
    /// Pull a line's e-stop cord (opens device 0 of its chain).
    EstopLine {
        line: u16,
    },
    /// Release stored energy: lower a raised lift onto its feet (needs the unit powered).
    LowerLift {
        unit: u32,
    },
    /// Lock out a charger at its isolator (pads dead) and remove the lock again.
    ApplyChargerLockout {
        charger: u16,
    },
    RemoveChargerLockout {
        charger: u16,
    },
    /// Look at equipment through the thermal camera.
    ThermalScan {
        target: ResolvedTarget,
    },
    /// Run a unit's built-in self-test (wheels, encoders, camera, bumper, radio).
    SelfTest {
        unit: u32,
    },
    /// Move a zone's roller to another port on its card: does the fault follow the roller?
    SwapRollerPort {
        line: u16,
        zone: u32,
    },
    /// Exercise equipment after a repair and report how it ran.
    RunTestCycle {
        target: ResolvedTarget,
    },
    /// Replace a drive motor (a winding fault).
    ReplaceDriveMotor {
        unit: u32,
    },
    /// Lock the 3 × 3 cells round a unit where it stands (the fleet manager's "lock round unit").
    LockZoneAround {
        unit: u32,
    },
    /// Unlock the zone last locked round this unit.
    UnlockZoneAround {
        unit: u32,
    },
    /// Square the belt's snub and take-up pulleys (hands on: line locked out).
    AdjustBeltTracking {
        line: u16,
    },
    /// Ask for the scenario's hint with this index (practice mode; each costs points).
    UseHint {
        index: u32,
    },
    /// Close the job: the root cause (from the catalogue's causes), the repair, notes.
    FileWorkOrder {
        target: ResolvedTarget,
        root_cause: String,
        repair: String,
        notes: String,
    },
}

/// Where the technician can walk to.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Spot {
    /// The maintenance bench outside the fence, where a shift starts.
    Bench,
    /// The gate in the fence.
    Gate,
    /// Beside a drive unit, wherever it stands.
    Unit(u32),
    /// On a cell of the grid.
    Cell(Cell),
    Charger(u16),
    /// Beside a conveyor zone.
    Zone {
        line: u16,
        zone: u32,
    },
    /// At a line's control panel (disconnect, VFD, 24 V supply).
    LinePanel(u16),
    /// Beside a line's belt section and its motor.
    Belt(u16),
    /// Beside one device of a line's e-stop chain.
    EstopDevice {
        line: u16,
        device: u32,
    },
    /// Any point on the floor plane, metres (click-to-move).
    Point {
        x: f32,
        y: f32,
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
    /// Clamp meter on the belt motor's output leads.
    BeltMotorCurrent { line: u16 },
    /// 500 V insulation test of the belt motor and cable, drive disconnected.
    BeltMotorInsulation { line: u16 },
    /// A drive motor's phase-to-phase resistances U-V, V-W, W-U (unit dead).
    MotorPhaseResistance { unit: u32, wheel: Wheel },
    /// 500 V insulation test from a drive motor's phases to its frame (unit dead).
    MotorInsulation { unit: u32, wheel: Wheel },
    /// The 5 V supply at a wheel encoder's connector (unit powered).
    EncoderSupply { unit: u32, wheel: Wheel },
    /// Pack terminal voltage (open circuit after rest, or under load).
    PackVoltage { unit: u32 },
    /// Each cell of a pack, through the balance connector.
    CellVoltages { unit: u32 },
    /// A charger's output at its pads.
    ChargerOutput { charger: u16 },
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
            | TraineeAction::BalanceCharge { unit }
            | TraineeAction::ReplaceDriveMotor { unit } => Some(*unit),
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
            | TraineeAction::ReplaceBeltMotor { line }
            | TraineeAction::AdjustBeltTracking { line }
            | TraineeAction::SwapRollerPort { line, .. } => Some(*line),
            TraineeAction::Measure {
                point: TestPoint::BeltMotorInsulation { line },
            } => Some(*line),
            _ => None,
        }
    }

    /// The action's kind as scripts and the action catalogue write it, e.g. `ClearJam`.
    pub fn name(&self) -> String {
        let text = format!("{self:?}");
        text.split([' ', '{', '('])
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// The key of this action in the action catalogue's `tests` (a meter reading names
    /// its test point, a thermal scan its equipment); None for actions that test nothing.
    pub fn test_key(&self) -> String {
        match self {
            TraineeAction::Measure { point } => {
                let point_name = format!("{point:?}");
                let kind = point_name.split([' ', '{']).next().unwrap_or_default();
                match point {
                    TestPoint::EstopDevice { device, .. } => format!("Measure/{kind}/{device}"),
                    _ => format!("Measure/{kind}"),
                }
            }
            TraineeAction::ThermalScan { target } => {
                let target_name = format!("{target:?}");
                let kind = target_name
                    .split([' ', '{', '('])
                    .next()
                    .unwrap_or_default();
                format!("ThermalScan/{kind}")
            }
            other => other.name(),
        }
    }

    /// The equipment a test or repair acts on, if it is one piece of equipment.
    pub fn equipment(&self) -> Option<ResolvedTarget> {
        use TraineeAction as A;
        Some(match self {
            A::Measure { point } => match *point {
                TestPoint::RollerSupply { line }
                | TestPoint::EstopDevice { line, .. }
                | TestPoint::VfdDcBus { line }
                | TestPoint::BeltMotorCurrent { line }
                | TestPoint::BeltMotorInsulation { line } => ResolvedTarget::Line(line),
                TestPoint::PhotoEyeOutput { line, zone } => ResolvedTarget::Zone { line, zone },
                TestPoint::MotorPhaseResistance { unit, .. }
                | TestPoint::MotorInsulation { unit, .. }
                | TestPoint::EncoderSupply { unit, .. }
                | TestPoint::PackVoltage { unit }
                | TestPoint::CellVoltages { unit } => ResolvedTarget::Unit(unit),
                TestPoint::ChargerOutput { charger } => ResolvedTarget::Charger(charger),
            },
            A::ThermalScan { target }
            | A::RunTestCycle { target }
            | A::FileWorkOrder { target, .. } => *target,
            A::InspectZone { line, zone }
            | A::ClearJam { line, zone }
            | A::CleanPhotoEye { line, zone }
            | A::ReplaceRollerCard { line, zone }
            | A::SwapRollerPort { line, zone } => ResolvedTarget::Zone {
                line: *line,
                zone: *zone,
            },
            A::InspectLine { line }
            | A::FreeBeltBind { line }
            | A::ReplaceBeltMotor { line }
            | A::AdjustBeltTracking { line }
            | A::ResetEstopDevice { line, .. }
            | A::ResetVfd { line }
            | A::ApplyLockout { line }
            | A::RemoveLockout { line }
            | A::VerifyZeroEnergy { line } => ResolvedTarget::Line(*line),
            A::ReplaceSticker { cell } => ResolvedTarget::Cell(*cell),
            A::CleanChargerPads { charger }
            | A::ApplyChargerLockout { charger }
            | A::RemoveChargerLockout { charger } => ResolvedTarget::Charger(*charger),
            A::InspectUnit { unit }
            | A::SelfTest { unit }
            | A::ReturnToService { unit }
            | A::ResetDrive { unit }
            | A::PowerDownUnit { unit } => ResolvedTarget::Unit(*unit),
            other => ResolvedTarget::Unit(other.hands_on_unit()?),
        })
    }

    /// Whether the action needs the unit's meter or hands on a unit that must be dead.
    pub fn needs_dead_unit(&self) -> Option<u32> {
        match self {
            TraineeAction::Measure {
                point:
                    TestPoint::MotorPhaseResistance { unit, .. }
                    | TestPoint::MotorInsulation { unit, .. }
                    | TestPoint::CellVoltages { unit },
            } => Some(*unit),
            other => other.hands_on_unit(),
        }
    }

    /// Where the technician must stand to do this (None: from the handheld, anywhere).
    pub fn work_spot(&self) -> Option<Spot> {
        use TraineeAction as A;
        Some(match self {
            A::ApplyLockout { line }
            | A::VerifyZeroEnergy { line }
            | A::RemoveLockout { line }
            | A::ResetVfd { line } => Spot::LinePanel(*line),
            A::Measure { point } => match *point {
                TestPoint::RollerSupply { line } | TestPoint::VfdDcBus { line } => {
                    Spot::LinePanel(line)
                }
                TestPoint::BeltMotorCurrent { line } | TestPoint::BeltMotorInsulation { line } => {
                    Spot::Belt(line)
                }
                TestPoint::EstopDevice { line, device } => Spot::EstopDevice { line, device },
                TestPoint::PhotoEyeOutput { line, zone } => Spot::Zone { line, zone },
                TestPoint::MotorPhaseResistance { unit, .. }
                | TestPoint::MotorInsulation { unit, .. }
                | TestPoint::EncoderSupply { unit, .. }
                | TestPoint::PackVoltage { unit }
                | TestPoint::CellVoltages { unit } => Spot::Unit(unit),
                TestPoint::ChargerOutput { charger } => Spot::Charger(charger),
            },
            A::InspectZone { line, zone }
            | A::ClearJam { line, zone }
            | A::CleanPhotoEye { line, zone }
            | A::ReplaceRollerCard { line, zone }
            | A::SwapRollerPort { line, zone } => Spot::Zone {
                line: *line,
                zone: *zone,
            },
            A::InspectLine { line }
            | A::FreeBeltBind { line }
            | A::ReplaceBeltMotor { line }
            | A::AdjustBeltTracking { line } => Spot::Belt(*line),
            A::ResetEstopDevice { line, device } => Spot::EstopDevice {
                line: *line,
                device: *device,
            },
            A::EstopLine { line } => Spot::EstopDevice {
                line: *line,
                device: 0,
            },
            A::PowerDownUnit { unit }
            | A::DisconnectBattery { unit }
            | A::VerifyUnitDead { unit }
            | A::InspectUnit { unit }
            | A::LowerLift { unit }
            | A::ReturnToService { unit } => Spot::Unit(*unit),
            A::ReplaceSticker { cell } => Spot::Cell(*cell),
            A::CleanChargerPads { charger }
            | A::ApplyChargerLockout { charger }
            | A::RemoveChargerLockout { charger } => Spot::Charger(*charger),
            A::ThermalScan { target } => target.work_spot(),
            other => Spot::Unit(other.hands_on_unit()?),
        })
    }
}

impl ResolvedTarget {
    /// Where a technician stands to look at this equipment.
    pub fn work_spot(&self) -> Spot {
        match *self {
            ResolvedTarget::Unit(unit) => Spot::Unit(unit),
            ResolvedTarget::Charger(charger) => Spot::Charger(charger),
            ResolvedTarget::Cell(cell) => Spot::Cell(cell),
            ResolvedTarget::Zone { line, zone } => Spot::Zone { line, zone },
            ResolvedTarget::Line(line) => Spot::Belt(line),
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
        crate::data::load_ron(path)
    }
}
