//! What a trainee can do on the floor, as data: the GUI and test scripts produce the
//! same actions, and each takes effect at a tick.

use serde::{Deserialize, Serialize};

use crate::floor::Cell;
pub use crate::instruments::TestPoint;
use crate::scenario::ResolvedTarget;

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
    /// Bridge an e-stop device's contacts with a jumper wire so the line runs with it open:
    /// defeating a safety function (never done on a real floor; a critical violation).
    JumperEstopDevice {
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
    /// Look closely at the fiducial sticker on a floor cell (standing on it).
    InspectCell {
        cell: Cell,
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
    /// Answer the scenario's end-of-shift question with one of its choices (counting
    /// from 0); the first answer stands.
    AnswerQuestion {
        question: u32,
        choice: u32,
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
