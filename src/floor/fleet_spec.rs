//! Equipment figures for drive units and their batteries, read from the floor
//! file (DOMAIN.md gives the typical values).

use serde::{Deserialize, Serialize};

/// How many units and what they are like.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FleetSpec {
    pub units: u32,
    pub drive: DriveUnitSpec,
    pub battery: BatterySpec,
    /// Initial state of charge, drawn per unit between the two (seeded).
    pub initial_soc: (f32, f32),
}

/// A differential-drive unit.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DriveUnitSpec {
    pub mass_kg: f32,
    /// Radius of the body, metres: the unit keeps its cell until the body has left it.
    pub body_radius_m: f32,
    pub max_speed_mps: f32,
    pub max_speed_loaded_mps: f32,
    pub accel_empty_mps2: f32,
    pub accel_loaded_mps2: f32,
    /// Peak turn rate in place, rad/s.
    pub max_turn_rate_radps: f32,
    pub turn_accel_radps2: f32,
    pub wheel_radius_m: f32,
    /// Distance between the two drive wheels, metres.
    pub wheel_base_m: f32,
    /// Encoder counts per wheel revolution (Hall edges × gearing).
    pub encoder_counts_per_rev: u32,
    /// Wheel torque per ampere of motor current, N·m/A (gearbox included).
    pub motor_torque_nm_per_a: f32,
    pub motor_no_load_current_a: f32,
    /// Continuous current rating: above it for a few seconds raises an overcurrent alarm, A.
    pub motor_rated_current_a: f32,
    /// The most current the drive gives; a wheel needing more stalls, A.
    pub motor_stall_current_a: f32,
    pub motor_winding_resistance_ohm: f32,
    pub rolling_resistance: f32,
    /// Resistance to turning in place (caster and tyre scrub), as a friction coefficient.
    pub turn_scrub: f32,
    pub lift_height_m: f32,
    pub lift_time_s: f32,
    /// Battery current drawn by the lift motor while raising a pod, A.
    pub lift_current_a: f32,
    /// Electronics, camera and radio, A from the pack.
    pub hotel_current_a: f32,
    /// How close to a fiducial the downward camera must pass to read it, metres.
    pub fiducial_read_window_m: f32,
    /// Cells travelled without a fiducial read before the unit reports itself lost.
    pub lost_after_missed_fiducials: u32,
    /// Cells reserved ahead of the unit (must cover the loaded braking distance).
    pub reservation_lookahead_cells: u32,
    /// Waiting longer than this for a cell makes the unit look for another route.
    pub replan_after_wait_s: f32,
}

/// A lithium pack with a battery management system.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BatterySpec {
    pub cells_in_series: u32,
    pub capacity_ah: f32,
    /// Internal resistance per cell, ohm.
    pub cell_resistance_ohm: f32,
    /// Open-circuit voltage per cell against state of charge, (soc, volts), ascending.
    pub ocv_curve: Vec<(f32, f32)>,
    /// Below this state of charge a unit goes to charge after its current job.
    pub charge_below_soc: f32,
    /// Charging stops here.
    pub charge_until_soc: f32,
    /// Spread of cell capacities and starting charge between cells (fractions).
    pub cell_capacity_spread: f32,
    pub cell_soc_spread: f32,
    /// BMS limits: the controller resets if the pack sags below this under load, V.
    pub min_pack_voltage_v: f32,
    /// Charging is inhibited above this cell-voltage spread, V, or this temperature, °C.
    pub max_cell_spread_v: f32,
    pub max_charge_temperature_c: f32,
    /// Docked this long with the charge not rising raises a charge timeout, s.
    pub charge_timeout_s: f32,
    /// Heat capacity of the pack, J/K, and heat loss to the air, W/K.
    pub heat_capacity_j_per_k: f32,
    pub heat_loss_w_per_k: f32,
    /// How often the BMS samples its cells, Hz: their charge, voltages and spread are
    /// read (and the pack's open-circuit voltage taken from them) at this rate, while the
    /// current and the charge it moves are counted every tick. At most the tick rate
    /// (60 Hz).
    #[serde(default = "BatterySpec::default_cell_sample_hz")]
    pub cell_sample_hz: f32,
}

impl DriveUnitSpec {
    /// Ticks a blocked unit waits before it looks for a way round: at least one (a
    /// divisor), and no wrap in the cast (the floor check bounds the seconds).
    pub fn replan_after_ticks(&self) -> u32 {
        let ticks = crate::sim::ticks_for(self.replan_after_wait_s);
        u32::try_from(ticks).unwrap_or(u32::MAX)
    }
}

impl BatterySpec {
    fn default_cell_sample_hz() -> f32 {
        10.0
    }

    /// Ticks between two samples of the cells (at least one).
    pub fn cell_sample_ticks(&self) -> u32 {
        let ticks = crate::sim::ticks_for(1.0 / self.cell_sample_hz);
        u32::try_from(ticks).unwrap_or(u32::MAX)
    }
}

/// More cells in series than any drive unit's pack has (they have about 13 to 24).
const MAX_CELLS_IN_SERIES: u32 = 200;
/// The longest a blocked unit may wait before it looks for a way round: an hour.
const MAX_REPLAN_AFTER_WAIT_S: f32 = 3600.0;

impl FleetSpec {
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let d = &self.drive;
        let positive = [
            ("fleet.drive.mass_kg", d.mass_kg),
            ("fleet.drive.max_speed_mps", d.max_speed_mps),
            ("fleet.drive.max_speed_loaded_mps", d.max_speed_loaded_mps),
            ("fleet.drive.accel_empty_mps2", d.accel_empty_mps2),
            ("fleet.drive.accel_loaded_mps2", d.accel_loaded_mps2),
            ("fleet.drive.max_turn_rate_radps", d.max_turn_rate_radps),
            ("fleet.drive.turn_accel_radps2", d.turn_accel_radps2),
            ("fleet.drive.wheel_radius_m", d.wheel_radius_m),
            ("fleet.drive.wheel_base_m", d.wheel_base_m),
            ("fleet.drive.motor_torque_nm_per_a", d.motor_torque_nm_per_a),
            ("fleet.drive.lift_time_s", d.lift_time_s),
            (
                "fleet.drive.fiducial_read_window_m",
                d.fiducial_read_window_m,
            ),
            ("fleet.battery.capacity_ah", self.battery.capacity_ah),
            (
                "fleet.battery.heat_capacity_j_per_k",
                self.battery.heat_capacity_j_per_k,
            ),
            ("fleet.battery.cell_sample_hz", self.battery.cell_sample_hz),
        ];
        super::check_figures(&mut problems, super::AtLeast::AboveZero, &positive);
        if d.max_speed_mps > 3.0 {
            problems.push(format!(
                "fleet.drive.max_speed_mps is {}, expected at most 3.0 (drive units run about 1.5 m/s)",
                d.max_speed_mps
            ));
        }
        let brake = d.max_speed_loaded_mps.max(d.max_speed_mps).powi(2)
            / (2.0 * d.accel_loaded_mps2.min(d.accel_empty_mps2).max(1e-3));
        if (d.reservation_lookahead_cells as f32) < brake {
            problems.push(format!(
                "fleet.drive.reservation_lookahead_cells is {}, but a unit needs {brake:.2} m to stop",
                d.reservation_lookahead_cells
            ));
        }
        let b = &self.battery;
        if b.cell_sample_hz > crate::sim::TICK_HZ as f32 {
            problems.push(format!(
                "fleet.battery.cell_sample_hz is {}, but the simulation ticks at {} Hz: the BMS cannot sample more often",
                b.cell_sample_hz,
                crate::sim::TICK_HZ
            ));
        }
        if !(1..=MAX_CELLS_IN_SERIES).contains(&b.cells_in_series) {
            problems.push(format!(
                "fleet.battery.cells_in_series is {}, expected 1 to {MAX_CELLS_IN_SERIES}",
                b.cells_in_series
            ));
        }
        if d.replan_after_wait_s > MAX_REPLAN_AFTER_WAIT_S {
            problems.push(format!(
                "fleet.drive.replan_after_wait_s is {}, expected at most {MAX_REPLAN_AFTER_WAIT_S} s",
                d.replan_after_wait_s
            ));
        }
        if b.ocv_curve.len() < 2 || b.ocv_curve.windows(2).any(|w| w[1].0 <= w[0].0) {
            problems.push(
                "fleet.battery.ocv_curve needs at least two (soc, volts) points with rising soc"
                    .into(),
            );
        }
        if !(0.0 < b.charge_below_soc
            && b.charge_below_soc < b.charge_until_soc
            && b.charge_until_soc <= 1.0)
        {
            problems.push(format!(
                "fleet.battery charge window ({}, {}) must satisfy 0 < charge_below_soc < charge_until_soc <= 1",
                b.charge_below_soc, b.charge_until_soc
            ));
        }
        let (lo, hi) = self.initial_soc;
        if !(0.0 < lo && lo <= hi && hi <= 1.0) {
            problems.push(format!(
                "fleet.initial_soc is ({lo}, {hi}), expected 0 < min <= max <= 1"
            ));
        }
        problems
    }
}
