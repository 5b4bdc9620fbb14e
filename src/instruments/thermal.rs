//! The thermal camera: each part's temperature from its current, its load and its
//! faults, above the hall's air temperature.

use super::figures::ThermalFigures;
use crate::conveyor::BeltSection;
use crate::fleet::{Charger, WheelMotor};

/// A drive unit seen through the thermal camera, °C.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitTemperatures {
    pub left_motor_c: f32,
    pub right_motor_c: f32,
    pub lift_screw_c: f32,
    pub pack_c: f32,
}

/// What heats a drive motor: its current against the rated current, and a shorted
/// winding while the unit is powered.
pub fn drive_motor(
    f: &ThermalFigures,
    ambient_c: f32,
    motor: &WheelMotor,
    rated_current_a: f32,
    shorted_and_powered: bool,
) -> f32 {
    let rated = rated_current_a.max(0.1);
    let short = if shorted_and_powered {
        f.shorted_winding_rise_c
    } else {
        0.0
    };
    ambient_c
        + f.motor_idle_rise_c
        + f.motor_rise_at_rated_c * (motor.current_a / rated).powi(2).min(f.motor_heating_cap)
        + short
}

/// The lift screw: a worn nut (slower lift) rubs and runs hotter.
pub fn lift_screw(f: &ThermalFigures, ambient_c: f32, lift_slowdown: f32) -> f32 {
    ambient_c + f.lift_idle_rise_c + f.lift_rise_per_slowdown_c * (lift_slowdown - 1.0).max(0.0)
}

/// What a drive unit's parts run at: its motors (a shorted winding, powered, adds its
/// own heat), its lift screw, and its pack as the BMS measures it.
pub struct UnitHeat<'a> {
    pub left: &'a WheelMotor,
    pub right: &'a WheelMotor,
    pub rated_current_a: f32,
    /// A shorted winding on the left and right motor, with the unit powered.
    pub shorted: [bool; 2],
    pub lift_slowdown: f32,
    pub pack_c: f32,
}

impl UnitTemperatures {
    /// The unit's parts through the thermal camera.
    pub fn of(f: &ThermalFigures, ambient_c: f32, heat: UnitHeat) -> Self {
        Self {
            left_motor_c: drive_motor(
                f,
                ambient_c,
                heat.left,
                heat.rated_current_a,
                heat.shorted[0],
            ),
            right_motor_c: drive_motor(
                f,
                ambient_c,
                heat.right,
                heat.rated_current_a,
                heat.shorted[1],
            ),
            lift_screw_c: lift_screw(f, ambient_c, heat.lift_slowdown),
            pack_c: heat.pack_c,
        }
    }

    pub fn text(&self, name: &str) -> String {
        format!(
            "{name}: left motor {:.0} °C, right motor {:.0} °C, lift screw {:.0} °C, pack {:.0} °C",
            self.left_motor_c, self.right_motor_c, self.lift_screw_c, self.pack_c
        )
    }
}

/// Charger pads: current through their contact resistance; pitted pads lose contact and heat.
pub fn charger_pads(f: &ThermalFigures, ambient_c: f32, charger: &Charger) -> f32 {
    ambient_c
        + charger.current_a * f.pad_c_per_a
        + charger.current_a * (1.0 - charger.contact_quality) * f.pitted_pad_c_per_a
}

/// An MDR roller warms with its current; a dead one sits at the hall's temperature.
pub fn roller(f: &ThermalFigures, ambient_c: f32, current_a: f32, running_current_a: f32) -> f32 {
    let rated = running_current_a.max(0.1);
    ambient_c + f.roller_rise_at_rated_c * (current_a / rated).min(f.roller_current_ratio_cap)
}

/// A belt motor and its drive's heatsink, °C.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BeltTemperatures {
    pub motor_c: f32,
    pub drive_heatsink_c: f32,
}

/// The belt motor heats with its load at speed and with an overload building; the
/// drive's heatsink with its output current.
pub fn belt(f: &ThermalFigures, ambient_c: f32, belt: &BeltSection) -> BeltTemperatures {
    BeltTemperatures {
        motor_c: ambient_c
            + f.belt_motor_rise_c
                * belt.load_factor.min(f.belt_load_factor_cap)
                * (belt.vfd.output_hz / f.belt_base_hz).min(1.0)
            + f.belt_overload_rise_c * belt.vfd.overload.min(1.0),
        drive_heatsink_c: ambient_c
            + f.drive_heatsink_idle_rise_c
            + f.drive_heatsink_c_per_a * belt.vfd.output_current_a,
    }
}
