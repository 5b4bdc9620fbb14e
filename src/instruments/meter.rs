//! The multimeter, clamp meter and insulation tester: what each test point reads, from
//! the equipment's state. Every reading has a value, its unit and the text the
//! technician writes in the notebook.

use super::figures::MeterFigures;
use crate::conveyor::{BeltSection, ConveyorLine, MdrZone};
use crate::fleet::{Battery, Charger, WheelMotor};
use crate::sim::math;

/// One reading as the instrument shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeterReading {
    /// The main value on the display.
    pub value: f32,
    /// Its unit: "V DC", "Ω", "MΩ", "A".
    pub unit: &'static str,
    /// The observation, in the words the notebook records.
    pub text: String,
}

impl MeterReading {
    fn new(value: f32, unit: &'static str, text: String) -> Self {
        Self { value, unit, text }
    }
}

/// A drive motor's phase-to-phase resistances: balanced, or two of them low when a
/// turn of phase U is shorted.
pub fn phase_resistance(
    f: &MeterFigures,
    name: &str,
    side: &str,
    winding_ohm: f32,
    shorted: bool,
) -> MeterReading {
    let r = 2.0 * winding_ohm;
    let (uv, vw, wu) = if shorted {
        (r * f.shorted_winding_ratio, r, r * f.shorted_winding_ratio)
    } else {
        (r, r, r)
    };
    MeterReading::new(
        uv,
        "Ω",
        format!(
            "{name} {side} drive motor phase resistance: U-V {uv:.2} Ω, V-W {vw:.2} Ω, W-U {wu:.2} Ω"
        ),
    )
}

/// A drive motor's insulation, phases to frame at 500 V (a shorted turn does not reach the frame).
pub fn motor_insulation(f: &MeterFigures, name: &str, side: &str) -> MeterReading {
    MeterReading::new(
        f.healthy_insulation_mohm,
        "MΩ",
        format!(
            "{name} {side} drive motor, 500 V phases to frame: > {:.0} MΩ",
            f.healthy_insulation_mohm
        ),
    )
}

/// The encoder connector's supply, and whether its outputs toggle when the wheel turns.
pub fn encoder_supply(
    f: &MeterFigures,
    name: &str,
    side: &str,
    motor: &WheelMotor,
    powered: bool,
) -> MeterReading {
    let v = if powered { f.encoder_supply_v } else { 0.0 };
    let outputs = if v <= 0.0 {
        "stay low (no supply)"
    } else if motor.encoder_ok {
        "toggle A/B/C in turn"
    } else {
        "do NOT toggle"
    };
    MeterReading::new(
        v,
        "V DC",
        format!(
            "{name} {side} encoder connector: {v:.2} V supply; outputs {outputs} when the wheel is turned"
        ),
    )
}

/// The pack's terminal voltage with the current flowing.
pub fn pack_voltage(name: &str, battery: &Battery) -> MeterReading {
    MeterReading::new(
        battery.voltage_v,
        "V DC",
        format!(
            "{name} pack terminals: {:.1} V ({:+.1} A flowing)",
            battery.voltage_v, battery.current_a
        ),
    )
}

/// Each cell through the balance connector, and their spread.
pub fn cell_voltages(name: &str, battery: &Battery) -> MeterReading {
    let cells: Vec<String> = battery
        .cells()
        .iter()
        .map(|c| format!("{:.3}", c.voltage_v))
        .collect();
    let spread = battery.cell_spread_v() * 1000.0;
    MeterReading::new(
        spread,
        "mV",
        format!(
            "{name} cell voltages: {} V (spread {spread:.0} mV)",
            cells.join(" ")
        ),
    )
}

/// A charger's output at its pads (dead when it is locked out).
pub fn charger_output(charger: &Charger) -> MeterReading {
    let v = if charger.locked_out {
        0.0
    } else {
        charger.output_voltage_v
    };
    MeterReading::new(
        v,
        "V DC",
        format!(
            "charger C{} at its pads: {v:.1} V DC, delivering {:.1} A",
            charger.id, charger.current_a
        ),
    )
}

/// What a drive unit's controller bus reads after isolation: still live, draining, or dead.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UnitBus {
    /// Powered or connected: the pack's voltage is there.
    Live { volts: f32 },
    /// Isolated, but the capacitors still hold charge for `wait_s` more.
    Draining { volts: f64, wait_s: f64 },
    /// Drained: 0 V.
    Dead,
}

/// The unit's controller bus, `since_isolation_s` after the battery was disconnected.
pub fn unit_bus(
    f: &MeterFigures,
    pack_v: f32,
    live: bool,
    since_isolation_s: Option<f64>,
) -> UnitBus {
    match since_isolation_s {
        _ if live => UnitBus::Live { volts: pack_v },
        Some(t) if t < f.unit_bus_drain_s as f64 => UnitBus::Draining {
            volts: pack_v as f64 * math::exp(-t / f.unit_bus_time_constant_s as f64),
            wait_s: f.unit_bus_drain_s as f64 - t,
        },
        _ => UnitBus::Dead,
    }
}

/// A line's 24 V supply to its MDR cards.
pub fn roller_supply(line_id: u16, line: &ConveyorLine, supply_v: f32) -> MeterReading {
    let v = if line.energised() { supply_v } else { 0.0 };
    MeterReading::new(
        v,
        "V DC",
        format!("24 V supply on line {line_id}: {v:.1} V DC"),
    )
}

/// Across one device of the e-stop chain: an open contact drops the whole supply across
/// itself; a closed one drops nothing.
pub fn estop_device(line_id: u16, device: u32, line: &ConveyorLine, supply_v: f32) -> MeterReading {
    let open = line
        .estop_devices
        .get(device as usize)
        .is_some_and(|closed| !closed);
    let v = if line.energised() && open {
        supply_v
    } else {
        0.0
    };
    MeterReading::new(
        v,
        "V DC",
        format!("across e-stop device {device} on line {line_id}: {v:.1} V DC"),
    )
}

/// A zone photo-eye's output to the PLC (supply = blocked) and its signal-margin LED.
pub fn photo_eye_output(
    line_id: u16,
    zone: u32,
    line: &ConveyorLine,
    mdr: &MdrZone,
    supply_v: f32,
) -> MeterReading {
    let v = if line.energised() && mdr.photo_eye.blocked {
        supply_v
    } else {
        0.0
    };
    MeterReading::new(
        v,
        "V DC",
        format!(
            "photo-eye output, line {line_id} zone {}: {v:.1} V DC (signal margin LED {:.0} %)",
            zone,
            mdr.photo_eye.signal_margin * 100.0
        ),
    )
}

/// The belt drive's DC bus.
pub fn vfd_dc_bus(line_id: u16, bus_v: f32) -> MeterReading {
    MeterReading::new(
        bus_v,
        "V DC",
        format!("VFD DC bus on line {line_id}: {bus_v:.0} V DC"),
    )
}

/// A clamp meter on the belt motor's leads.
pub fn belt_motor_current(line_id: u16, belt: &BeltSection) -> MeterReading {
    MeterReading::new(
        belt.vfd.output_current_a,
        "A",
        format!(
            "clamp on the line {line_id} belt motor leads: {:.2} A at {:.1} Hz",
            belt.vfd.output_current_a, belt.vfd.output_hz
        ),
    )
}

/// The belt motor and its cable to ground at 500 V: broken-down insulation reads low,
/// good insulation over-ranges.
pub fn belt_motor_insulation(f: &MeterFigures, line_id: u16, belt: &BeltSection) -> MeterReading {
    if belt.ground_fault {
        MeterReading::new(
            f.failed_insulation_mohm,
            "MΩ",
            format!(
                "500 V insulation test, line {line_id} belt motor and cable to ground: {:.2} MΩ (minimum {:.0} MΩ): insulation failed",
                f.failed_insulation_mohm, f.minimum_insulation_mohm
            ),
        )
    } else {
        MeterReading::new(
            f.healthy_insulation_mohm,
            "MΩ",
            format!(
                "500 V insulation test, line {line_id} belt motor and cable to ground: > {:.0} MΩ",
                f.healthy_insulation_mohm
            ),
        )
    }
}
