//! Actions, places and test points in words, as a person reads them in the notebook,
//! the report and the debrief (never Rust's debug text). Equipment is numbered from 0
//! everywhere, as scenario files and scripts write it.

use super::action::{Spot, TestPoint, TraineeAction};
use crate::scenario::Wheel;

/// A drive unit's label, as the fleet manager writes it.
pub fn unit_name(unit: u32) -> String {
    format!("DU-{unit:03}")
}

impl Spot {
    /// The place in words.
    pub fn describe(&self) -> String {
        match *self {
            Spot::Bench => "the bench".into(),
            Spot::Gate => "the gate".into(),
            Spot::Unit(u) => unit_name(u),
            Spot::Cell(c) => format!("cell {c}"),
            Spot::Charger(c) => format!("charger C{c}"),
            Spot::Zone { line, zone } => format!("line {line} zone {zone}"),
            Spot::LinePanel(l) => format!("the line {l} control panel"),
            Spot::Belt(l) => format!("the line {l} belt"),
            Spot::EstopDevice { line, device } => format!("e-stop device {device} on line {line}"),
            Spot::Point { x, y } => format!("({x:.1}, {y:.1})"),
        }
    }
}

fn side(wheel: Wheel) -> &'static str {
    match wheel {
        Wheel::Left => "left",
        Wheel::Right => "right",
    }
}

impl TestPoint {
    /// Where the probes go, in words.
    pub fn describe(&self) -> String {
        match *self {
            TestPoint::RollerSupply { line } => format!("the 24 V supply of line {line}"),
            TestPoint::EstopDevice { line, device } => {
                format!("across e-stop device {device} of line {line}")
            }
            TestPoint::PhotoEyeOutput { line, zone } => {
                format!("the photo-eye output of line {line} zone {zone}")
            }
            TestPoint::VfdDcBus { line } => format!("the VFD DC bus of line {line}"),
            TestPoint::BeltMotorCurrent { line } => {
                format!("the belt motor current of line {line}")
            }
            TestPoint::BeltMotorInsulation { line } => {
                format!("the belt motor insulation of line {line}")
            }
            TestPoint::MotorPhaseResistance { unit, wheel } => format!(
                "the {} drive motor's phase resistance on {}",
                side(wheel),
                unit_name(unit)
            ),
            TestPoint::MotorInsulation { unit, wheel } => format!(
                "the {} drive motor's insulation on {}",
                side(wheel),
                unit_name(unit)
            ),
            TestPoint::EncoderSupply { unit, wheel } => format!(
                "the {} encoder's supply on {}",
                side(wheel),
                unit_name(unit)
            ),
            TestPoint::PackVoltage { unit } => format!("the pack voltage of {}", unit_name(unit)),
            TestPoint::CellVoltages { unit } => {
                format!("the cell voltages of {}", unit_name(unit))
            }
            TestPoint::ChargerOutput { charger } => format!("the output of charger C{charger}"),
        }
    }
}

/// `ClearJam` → "clear jam".
fn words_of(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

impl TraineeAction {
    /// The action in words, with the equipment it acts on: "clear jam (line 1 zone 2)".
    pub fn describe(&self) -> String {
        use TraineeAction as A;
        match self {
            A::WalkTo { to } => format!("walk to {}", to.describe()),
            A::Measure { point } => format!("measure {}", point.describe()),
            A::Vest { on: true } => "put the vest on".into(),
            A::Vest { on: false } => "take the vest off".into(),
            A::UseHint { index } => format!("ask for hint {index}"),
            A::AnswerQuestion { question, choice } => {
                format!("answer question {question} with choice {choice}")
            }
            A::ReadAlarms => "read the alarms".into(),
            A::LockZone { from, to } => format!("lock the zone {from} to {to}"),
            A::UnlockZone { from, to } => format!("unlock the zone {from} to {to}"),
            A::LockZoneAround { unit } => format!("lock a zone round {}", unit_name(*unit)),
            A::UnlockZoneAround { unit } => format!("unlock the zone round {}", unit_name(*unit)),
            A::ResetEstopDevice { line, device } => {
                format!("reset e-stop device {device} (conveyor line {line})")
            }
            A::JumperEstopDevice { line, device } => {
                format!("jumper e-stop device {device} (conveyor line {line})")
            }
            A::FileWorkOrder {
                target, root_cause, ..
            } => format!(
                "file a work order: \"{root_cause}\" ({})",
                target.describe()
            ),
            other => {
                let name = words_of(&other.name());
                match other.equipment() {
                    Some(target) => format!("{name} ({})", target.describe()),
                    None => name,
                }
            }
        }
    }
}
