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
    #[serde(default)]
    pub units: Option<u32>,
    /// Starting state of charge range, if not the preset's (battery scenarios start low).
    #[serde(default)]
    pub initial_soc: Option<(f32, f32)>,
    /// Number of chargers, if not the preset's.
    #[serde(default)]
    pub chargers: Option<u32>,
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
    #[serde(default)]
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
        #[serde(default)]
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
}

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
    pub fn equipment(&self) -> Equipment {
        match self {
            Target::Unit(_) | Target::AnyUnit(_) | Target::AnyUnitInFleet => Equipment::DriveUnit,
            Target::Charger(_) | Target::AnyCharger(_) => Equipment::Charger,
            Target::Cell(_) | Target::AnyAisleCellIn(..) => Equipment::FiducialCell,
            Target::Zone { .. } | Target::AnyZone { .. } => Equipment::ConveyorZone,
            Target::Line(_) | Target::AnyLine(_) => Equipment::ConveyorLine,
        }
    }
}
