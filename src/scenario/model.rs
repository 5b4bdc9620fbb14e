//! The scenario file as instructors write it (`scenarios/*.ron`).

use serde::{Deserialize, Serialize};

use super::rubric::Rubric;
use crate::floor::Cell;

/// One training scenario: the ticket the trainee sees, the floor, the faults and how it is marked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Unique, stable identifier (used in logs and grade books).
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    /// The trouble ticket shown at the start of the shift.
    pub ticket: String,
    pub floor: FloorChoice,
    /// Length of the shift (the attempt), simulated minutes. Faults must start within it.
    pub shift_min: f32,
    /// Seed for the floor and for choosing each trainee's variant.
    pub seed: u64,
    pub faults: Vec<FaultSpec>,
    #[serde(default)]
    pub hints: Vec<Hint>,
    pub rubric: Rubric,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Difficulty {
    Foundation,
    Intermediate,
    Advanced,
}

/// A bundled floor preset, optionally with a different fleet size.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FloorChoice {
    pub preset: String,
    /// Fleet size, if not the preset's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<u32>,
    /// Starting state of charge range, if not the preset's (battery scenarios start low).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_soc: Option<(f32, f32)>,
    /// Number of chargers, if not the preset's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chargers: Option<u32>,
    /// Number of pick stations, each with its takeaway conveyor line, if not the
    /// preset's: `lines: 1` cuts the floor down to station 0 and line 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<u32>,
}

/// One injected fault.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FaultSpec {
    /// Identifier the rubric refers to.
    pub id: String,
    pub kind: FaultKind,
    pub target: Target,
    pub trigger: Trigger,
    /// The author's note (instructor-only), e.g. why this fault misleads.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Which drive wheel.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Wheel {
    Left,
    Right,
}

/// What goes wrong, with its severity figures. Each kind acts on the physical model.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum FaultKind {
    // motor
    /// Debris wrapped round an axle: extra drag torque on one wheel; enough stalls it.
    MotorBind {
        wheel: Wheel,
        drag_nm: f32,
        /// The drag comes from a shorted turn in the motor winding, not from the axle.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        shorted_winding: bool,
    },
    /// The wheel's Hall encoder stops counting.
    EncoderFailure { wheel: Wheel },
    /// A worn tyre rolls less far per turn than the controller assumes.
    WornWheel { wheel: Wheel, radius_loss: f32 },
    /// Worn, glazed tyres (replaced as a pair): the unit slides on when braking.
    WheelSlip { grip: f32 },
    /// The lift screw nut is worn: raising takes longer and draws more current.
    LiftWear { slowdown: f32 },
    // sensor
    /// The downward camera reads only this fraction of fiducials.
    DirtyCamera { read_rate: f32 },
    /// One cell's sticker is damaged: every unit reads it only this often.
    DamagedFiducial { read_rate: f32 },
    /// The bumper or IR sensor reports an obstacle that is not there.
    ObstacleFalseTrip { trips_per_min: f32 },
    /// The radio drops out; the unit stops safely until the link returns.
    WirelessDropout {
        dropouts_per_min: f32,
        duration_s: f32,
    },
    // battery
    /// Aged pack: less capacity, more internal resistance.
    WornPack {
        capacity_fraction: f32,
        resistance_factor: f32,
    },
    /// One cell drifts from the others.
    CellImbalance { cell: u32, soc_offset: f32 },
    /// Cooling fan or thermistor fault: the pack runs hot.
    PackOverTemperature { cooling_fraction: f32 },
    /// Pitted pads or weak springs pass only part of the charge current.
    ChargerContact { contact_quality: f32 },
    // conveyor
    /// Something wedged on a zone: totes pile up against it.
    ToteJam,
    /// The photo-eye's signal margin falls (dirt or a knocked bracket).
    DirtyPhotoEye { signal_margin: f32 },
    /// The belt drive trips: a mechanical bind overloads it, or a ground fault.
    VfdTrip { cause: VfdTripCause },
    /// A zone's roller motor or its card fails: one dead zone.
    RollerCardFailure,
    /// A device in the e-stop chain is open: the safety relay drops the whole line.
    EstopChainOpen { device: u32 },
    /// The belt runs off to one side.
    BeltMistracking { drift_mps: f32 },
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub enum VfdTripCause {
    /// A bind multiplies the belt's load torque.
    MechanicalBind { load_factor: f32 },
    /// Insulation breakdown in the motor or its cable.
    GroundFault,
}

/// The equipment a fault is put into.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Target {
    Unit(u32),
    /// A seeded choice among these units.
    AnyUnit(Vec<u32>),
    /// A seeded choice among all units.
    AnyUnitInFleet,
    Charger(u16),
    AnyCharger(Vec<u16>),
    Cell(Cell),
    /// A seeded choice among aisle cells in this rectangle (corners inclusive).
    AnyAisleCellIn(Cell, Cell),
    Zone {
        line: u16,
        zone: u32,
    },
    AnyZone {
        lines: Vec<u16>,
    },
    Line(u16),
    AnyLine(Vec<u16>),
    /// The equipment another fault (listed before this one) was put into, after its
    /// seeded choice: a consequence lands where its cause is.
    SameAs(String),
}

/// When a fault becomes active.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Trigger {
    AtTime {
        seconds: f32,
    },
    /// A seeded moment between the two times.
    RandomWindow {
        from_s: f32,
        to_s: f32,
    },
    /// When a condition first holds (checked each tick after `after_s`).
    When {
        condition: Condition,
        after_s: f32,
    },
    /// On for `on_s`, off for `off_s`, repeating from `start_s`.
    Intermittent {
        start_s: f32,
        on_s: f32,
        off_s: f32,
    },
    /// Active from `start_s`, severity growing from 0 to full over `ramp_s`.
    Drifting {
        start_s: f32,
        ramp_s: f32,
    },
    /// When the trainee does `action` (a kind from `TRIGGER_ACTIONS`) on the fault's
    /// equipment, and only while fault `while_present` (listed before this one) has
    /// started and is not repaired, if one is named.
    OnAction {
        action: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        while_present: Option<String>,
    },
    /// A consequence: when fault `fault` (listed before this one) has been acting,
    /// unrepaired, for `running_min` simulated minutes in all.
    AfterFault {
        fault: String,
        running_min: f32,
    },
}

/// The trainee actions that can set off a fault (`Trigger::OnAction`), each with the
/// equipment it acts on: a fault on that equipment (or, for a line, on one of its
/// zones) fires when the action is done there.
pub const TRIGGER_ACTIONS: &[(&str, Equipment)] = &[
    ("ResetDrive", Equipment::DriveUnit),
    ("ReturnToService", Equipment::DriveUnit),
    ("PowerDownUnit", Equipment::DriveUnit),
    ("EstopUnit", Equipment::DriveUnit),
    ("LowerLift", Equipment::DriveUnit),
    ("ResetVfd", Equipment::ConveyorLine),
    ("RemoveLockout", Equipment::ConveyorLine),
    ("EstopLine", Equipment::ConveyorLine),
    ("JumperEstopDevice", Equipment::ConveyorLine),
    ("ClearJam", Equipment::ConveyorZone),
    ("RemoveChargerLockout", Equipment::Charger),
];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Condition {
    /// The target unit is carrying a pod.
    CarryingPod,
    /// The target unit's state of charge is below this.
    SocBelow(f32),
    /// More than this many totes are on the target's line.
    TotesOnLineAbove(u32),
}

/// A hint a trainee may ask for in practice mode.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub step: String,
    pub text: String,
    /// Points the hint costs.
    pub cost: f32,
    /// Simulated minutes into the shift before the hint can be asked for (0: at once).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unlocks_after_min: f32,
}

impl Hint {
    /// The tick from which the hint can be asked for.
    pub fn unlock_tick(&self) -> u64 {
        crate::sim::ticks_for(self.unlocks_after_min.max(0.0) * 60.0)
    }
}

/// The kind of equipment a fault lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Equipment {
    DriveUnit,
    FiducialCell,
    Charger,
    ConveyorZone,
    ConveyorLine,
}

impl FaultKind {
    /// The catalogue name of this kind (as written in scenario files).
    pub fn name(&self) -> &'static str {
        match self {
            FaultKind::MotorBind { .. } => "MotorBind",
            FaultKind::EncoderFailure { .. } => "EncoderFailure",
            FaultKind::WornWheel { .. } => "WornWheel",
            FaultKind::WheelSlip { .. } => "WheelSlip",
            FaultKind::LiftWear { .. } => "LiftWear",
            FaultKind::DirtyCamera { .. } => "DirtyCamera",
            FaultKind::DamagedFiducial { .. } => "DamagedFiducial",
            FaultKind::ObstacleFalseTrip { .. } => "ObstacleFalseTrip",
            FaultKind::WirelessDropout { .. } => "WirelessDropout",
            FaultKind::WornPack { .. } => "WornPack",
            FaultKind::CellImbalance { .. } => "CellImbalance",
            FaultKind::PackOverTemperature { .. } => "PackOverTemperature",
            FaultKind::ChargerContact { .. } => "ChargerContact",
            FaultKind::ToteJam => "ToteJam",
            FaultKind::DirtyPhotoEye { .. } => "DirtyPhotoEye",
            FaultKind::VfdTrip { .. } => "VfdTrip",
            FaultKind::RollerCardFailure => "RollerCardFailure",
            FaultKind::EstopChainOpen { .. } => "EstopChainOpen",
            FaultKind::BeltMistracking { .. } => "BeltMistracking",
        }
    }

    /// The catalogue cause this fault simulates: what a correct work order names.
    pub fn simulated_cause(&self) -> &'static str {
        match self {
            FaultKind::MotorBind {
                shorted_winding: true,
                ..
            } => "motor winding fault",
            FaultKind::MotorBind { .. } => "debris wrapped on axle",
            FaultKind::EncoderFailure { .. } => "encoder failed",
            FaultKind::WornWheel { .. } => "worn drive wheel",
            FaultKind::WheelSlip { .. } => "glazed or worn tyres",
            FaultKind::LiftWear { .. } => "worn lift screw nut",
            FaultKind::DirtyCamera { .. } => "dirty camera lens",
            FaultKind::DamagedFiducial { .. } => "damaged fiducial sticker",
            FaultKind::ObstacleFalseTrip { .. } => "bumper switch faulty",
            FaultKind::WirelessDropout { .. } => "loose antenna connector",
            FaultKind::WornPack { .. } => "worn battery pack",
            FaultKind::CellImbalance { .. } => "weak cell module",
            FaultKind::PackOverTemperature { .. } => "cooling fan failed",
            FaultKind::ChargerContact { .. } => "pitted charger pads",
            FaultKind::ToteJam => "item wedged in zone",
            FaultKind::DirtyPhotoEye { .. } => "dirty photo-eye",
            FaultKind::VfdTrip {
                cause: VfdTripCause::MechanicalBind { .. },
            } => "mechanical bind on belt",
            FaultKind::VfdTrip {
                cause: VfdTripCause::GroundFault,
            } => "motor insulation breakdown",
            FaultKind::RollerCardFailure => "controller card failed",
            FaultKind::EstopChainOpen { .. } => "e-stop pull cord tripped",
            FaultKind::BeltMistracking { .. } => "snub or tail pulley out of line",
        }
    }

    /// The equipment a catalogue kind name belongs to (None: no such kind).
    pub fn equipment_of(name: &str) -> Option<Equipment> {
        Some(match name {
            "MotorBind"
            | "EncoderFailure"
            | "WornWheel"
            | "WheelSlip"
            | "LiftWear"
            | "DirtyCamera"
            | "ObstacleFalseTrip"
            | "WirelessDropout"
            | "WornPack"
            | "CellImbalance"
            | "PackOverTemperature" => Equipment::DriveUnit,
            "DamagedFiducial" => Equipment::FiducialCell,
            "ChargerContact" => Equipment::Charger,
            "ToteJam" | "DirtyPhotoEye" | "RollerCardFailure" => Equipment::ConveyorZone,
            "VfdTrip" | "EstopChainOpen" | "BeltMistracking" => Equipment::ConveyorLine,
            _ => return None,
        })
    }

    /// What the fault can be put into.
    pub fn equipment(&self) -> Equipment {
        match self {
            FaultKind::MotorBind { .. }
            | FaultKind::EncoderFailure { .. }
            | FaultKind::WornWheel { .. }
            | FaultKind::WheelSlip { .. }
            | FaultKind::LiftWear { .. }
            | FaultKind::DirtyCamera { .. }
            | FaultKind::ObstacleFalseTrip { .. }
            | FaultKind::WirelessDropout { .. }
            | FaultKind::WornPack { .. }
            | FaultKind::CellImbalance { .. }
            | FaultKind::PackOverTemperature { .. } => Equipment::DriveUnit,
            FaultKind::DamagedFiducial { .. } => Equipment::FiducialCell,
            FaultKind::ChargerContact { .. } => Equipment::Charger,
            FaultKind::ToteJam | FaultKind::DirtyPhotoEye { .. } | FaultKind::RollerCardFailure => {
                Equipment::ConveyorZone
            }
            FaultKind::VfdTrip { .. }
            | FaultKind::EstopChainOpen { .. }
            | FaultKind::BeltMistracking { .. } => Equipment::ConveyorLine,
        }
    }
}

impl Target {
    /// The kind of equipment named (None for `SameAs`: the other fault's).
    pub fn equipment(&self) -> Option<Equipment> {
        Some(match self {
            Target::Unit(_) | Target::AnyUnit(_) | Target::AnyUnitInFleet => Equipment::DriveUnit,
            Target::Charger(_) | Target::AnyCharger(_) => Equipment::Charger,
            Target::Cell(_) | Target::AnyAisleCellIn(..) => Equipment::FiducialCell,
            Target::Zone { .. } | Target::AnyZone { .. } => Equipment::ConveyorZone,
            Target::Line(_) | Target::AnyLine(_) => Equipment::ConveyorLine,
            Target::SameAs(_) => return None,
        })
    }
}

impl Trigger {
    /// The fault this one waits on, if any (`OnAction`'s `while_present`, `AfterFault`).
    pub fn depends_on(&self) -> Option<&str> {
        match self {
            Trigger::OnAction { while_present, .. } => while_present.as_deref(),
            Trigger::AfterFault { fault, .. } => Some(fault),
            _ => None,
        }
    }
}

/// One of every fault kind, as a scenario writes it (the figures are examples inside
/// each kind's range): the reference lists them and the editor starts a kind from them.
pub const FAULT_KIND_EXAMPLES: &[&str] = &[
    "MotorBind(wheel: Left, drag_nm: 60.0)",
    "MotorBind(wheel: Left, drag_nm: 60.0, shorted_winding: true)",
    "EncoderFailure(wheel: Right)",
    "WornWheel(wheel: Left, radius_loss: 0.08)",
    "WheelSlip(grip: 0.4)",
    "LiftWear(slowdown: 3.0)",
    "DirtyCamera(read_rate: 0.6)",
    "DamagedFiducial(read_rate: 0.0)",
    "ObstacleFalseTrip(trips_per_min: 2.0)",
    "WirelessDropout(dropouts_per_min: 1.5, duration_s: 8.0)",
    "WornPack(capacity_fraction: 0.5, resistance_factor: 3.0)",
    "CellImbalance(cell: 5, soc_offset: -0.2)",
    "PackOverTemperature(cooling_fraction: 0.0)",
    "ChargerContact(contact_quality: 0.3)",
    "ToteJam",
    "DirtyPhotoEye(signal_margin: 0.3)",
    "VfdTrip(cause: MechanicalBind(load_factor: 4.0))",
    "VfdTrip(cause: GroundFault)",
    "RollerCardFailure",
    "EstopChainOpen(device: 2)",
    "BeltMistracking(drift_mps: 0.1)",
];

/// One of every trigger, as a scenario writes it.
pub const TRIGGER_EXAMPLES: &[&str] = &[
    "AtTime(seconds: 90.0)",
    "RandomWindow(from_s: 60.0, to_s: 240.0)",
    "When(condition: CarryingPod, after_s: 0.0)",
    "When(condition: SocBelow(0.35), after_s: 0.0)",
    "When(condition: TotesOnLineAbove(4), after_s: 60.0)",
    "Intermittent(start_s: 60.0, on_s: 120.0, off_s: 240.0)",
    "Drifting(start_s: 60.0, ramp_s: 420.0)",
    "OnAction(action: \"ResetDrive\")",
    "AfterFault(fault: \"FAULT\", running_min: 30.0)",
];

fn is_zero(x: &f32) -> bool {
    *x == 0.0
}
