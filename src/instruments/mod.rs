//! The technician's instruments: the multimeter and insulation tester at named test
//! points, the thermal camera, and a drive unit's built-in self-test. Each reading is a
//! pure function of the equipment's simulated state and the figures in
//! `assets/catalogue/instruments.ron`; the trainee's actions call these, and so will
//! anything that shows the same reading on the floor.

mod figures;
pub mod meter;
pub mod self_test;
pub mod thermal;

use serde::{Deserialize, Serialize};

pub use figures::{InstrumentFigures, MeterFigures, SelfTestFigures, ThermalFigures};
pub use meter::MeterReading;

use crate::scenario::Wheel;

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

impl TestPoint {
    /// The drive unit the probes go on, if it is a unit's test point.
    pub fn unit(&self) -> Option<u32> {
        match *self {
            TestPoint::MotorPhaseResistance { unit, .. }
            | TestPoint::MotorInsulation { unit, .. }
            | TestPoint::EncoderSupply { unit, .. }
            | TestPoint::PackVoltage { unit }
            | TestPoint::CellVoltages { unit } => Some(unit),
            _ => None,
        }
    }

    /// The conveyor line the probes go on, if it is a line's test point.
    pub fn line(&self) -> Option<u16> {
        match *self {
            TestPoint::RollerSupply { line }
            | TestPoint::EstopDevice { line, .. }
            | TestPoint::PhotoEyeOutput { line, .. }
            | TestPoint::VfdDcBus { line }
            | TestPoint::BeltMotorCurrent { line }
            | TestPoint::BeltMotorInsulation { line } => Some(line),
            _ => None,
        }
    }
}

impl TestPoint {
    /// Where the red and black probes go (or the clamp), as the meter widget shows it.
    pub fn probes(&self) -> &'static str {
        match self {
            TestPoint::RollerSupply { .. } => {
                "red on the 24 V terminal, black on 0 V, in the panel"
            }
            TestPoint::EstopDevice { .. } => "across the device's two contact terminals",
            TestPoint::PhotoEyeOutput { .. } => "red on the eye's output wire, black on 0 V",
            TestPoint::VfdDcBus { .. } => "red on DC+, black on DC− at the drive's terminals",
            TestPoint::BeltMotorCurrent { .. } => "clamp round one output lead to the motor",
            TestPoint::BeltMotorInsulation { .. } => {
                "tester from the motor leads (drive disconnected) to the frame, 500 V"
            }
            TestPoint::MotorPhaseResistance { .. } => "across U-V, V-W and W-U at the motor plug",
            TestPoint::MotorInsulation { .. } => "tester from the phases to the motor frame, 500 V",
            TestPoint::EncoderSupply { .. } => "red on the encoder plug's 5 V pin, black on 0 V",
            TestPoint::PackVoltage { .. } => "red on the pack's + terminal, black on −",
            TestPoint::CellVoltages { .. } => "along the balance connector, cell by cell",
            TestPoint::ChargerOutput { .. } => "red on the + pad, black on the − pad",
        }
    }

    /// The meter's range for a reading in this unit (it auto-ranges as a real one does).
    pub fn range(unit: &str, value: f32) -> &'static str {
        let v = value.abs();
        match unit {
            "V DC" if v < 6.0 => "6 V DC",
            "V DC" if v < 60.0 => "60 V DC",
            "V DC" => "600 V DC",
            "mV" => "600 mV",
            "Ω" if v < 600.0 => "600 Ω",
            "Ω" => "6 kΩ",
            "MΩ" => "500 V insulation, 2 GΩ",
            "A" if v < 40.0 => "40 A clamp",
            "A" => "400 A clamp",
            _ => "auto",
        }
    }
}
