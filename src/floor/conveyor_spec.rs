//! Conveyor figures read from the floor file.

use serde::{Deserialize, Serialize};

use super::{AtLeast, check_figures};

/// One takeaway line per station: MDR accumulation zones, then a belt on a VFD.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConveyorSpec {
    pub zones_per_line: u32,
    pub zone_length_m: f32,
    pub width_m: f32,
    /// Height of the roller surface above the floor, metres.
    pub bed_height_m: f32,
    pub roller_speed_mps: f32,
    /// Roller surface grip on a tote (friction coefficient).
    pub roller_grip: f32,
    /// MDR roller supply, running and starting currents (DOMAIN.md: 24 V, 2.5–3.5 A, 3–8 A).
    pub roller_supply_v: f32,
    pub roller_running_current_a: f32,
    pub roller_start_current_a: f32,
    /// How long a roller draws its starting current after switching on, s.
    pub roller_start_s: f32,
    /// A photo-eye blocked this long while its zone runs means a jam.
    pub jam_timer_s: f32,
    /// Automatic retries (brief reverse) before the zone waits for a person.
    pub jam_retries: u32,
    pub jam_retry_reverse_s: f32,
    /// After a retry, the eye must stay clear this long before the retries are forgiven, s.
    pub jam_retry_forgiven_after_s: f32,
    /// A photo-eye whose signal margin falls below this reads blocked (dirty or misaligned).
    pub photo_eye_min_margin: f32,
    pub belt: BeltSpec,
    pub tote: ToteSpec,
}

/// The belt section at the end of each line and its variable-frequency drive.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BeltSpec {
    pub length_m: f32,
    pub speed_at_base_hz_mps: f32,
    pub base_frequency_hz: f32,
    pub accel_time_s: f32,
    pub line_voltage_v: f32,
    pub motor_rated_current_a: f32,
    pub no_load_current_a: f32,
    /// Extra motor current per kilogram of totes on the belt, A/kg.
    pub current_per_kg_a: f32,
    /// Motor overload (F007) trips after this long at 150 % of rated current, s.
    pub overload_trip_s_at_150pct: f32,
    /// Time constant of the drive's DC-bus bleed resistors once the supply is cut, s.
    pub dc_bus_bleed_time_s: f32,
}

/// A plastic tote.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ToteSpec {
    pub length_m: f32,
    pub width_m: f32,
    pub height_m: f32,
    pub mass_kg: f32,
    /// Friction coefficient where a tote meets another tote, a side rail or a jam (the
    /// rollers' grip on it is `roller_grip`).
    pub friction: f32,
    /// How quickly a tote's spin about the vertical dies away once nothing turns it
    /// (rapier's angular damping), per second.
    pub spin_damping_per_s: f32,
}

/// More zones than a line along one floor edge has room for.
const MAX_ZONES_PER_LINE: u32 = 1000;

impl ConveyorSpec {
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !(2..=MAX_ZONES_PER_LINE).contains(&self.zones_per_line) {
            problems.push(format!(
                "conveyors.zones_per_line is {}, expected 2 to {MAX_ZONES_PER_LINE}",
                self.zones_per_line
            ));
        }
        if self.tote.length_m >= self.zone_length_m - 0.05 {
            problems.push(format!(
                "conveyors.tote.length_m is {}, expected shorter than zone_length_m ({}) so accumulated totes keep a gap",
                self.tote.length_m, self.zone_length_m
            ));
        }
        if self.tote.width_m >= self.width_m {
            problems.push(format!(
                "conveyors.tote.width_m is {}, expected narrower than the conveyor ({})",
                self.tote.width_m, self.width_m
            ));
        }
        check_figures(
            &mut problems,
            AtLeast::AboveZero,
            &[
                ("conveyors.roller_speed_mps", self.roller_speed_mps),
                ("conveyors.roller_grip", self.roller_grip),
                ("conveyors.jam_timer_s", self.jam_timer_s),
                ("conveyors.belt.length_m", self.belt.length_m),
                (
                    "conveyors.belt.base_frequency_hz",
                    self.belt.base_frequency_hz,
                ),
                ("conveyors.belt.accel_time_s", self.belt.accel_time_s),
                ("conveyors.tote.mass_kg", self.tote.mass_kg),
                (
                    "conveyors.jam_retry_forgiven_after_s",
                    self.jam_retry_forgiven_after_s,
                ),
                ("conveyors.photo_eye_min_margin", self.photo_eye_min_margin),
                (
                    "conveyors.belt.overload_trip_s_at_150pct",
                    self.belt.overload_trip_s_at_150pct,
                ),
                (
                    "conveyors.belt.dc_bus_bleed_time_s",
                    self.belt.dc_bus_bleed_time_s,
                ),
            ],
        );
        check_figures(
            &mut problems,
            AtLeast::Zero,
            &[
                ("conveyors.tote.friction", self.tote.friction),
                (
                    "conveyors.tote.spin_damping_per_s",
                    self.tote.spin_damping_per_s,
                ),
            ],
        );
        problems
    }
}
