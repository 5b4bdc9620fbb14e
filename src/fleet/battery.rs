//! The drive unit's lithium pack: per-cell charge and voltage, sag under load,
//! heating, and charging on a charger's contact pads.

use bevy::prelude::*;
use rand::RngExt;

use super::FleetParams;
use super::mission::Mission;
use super::unit::{DriveMotors, Lift};
use crate::floor::FloorGrid;
use crate::sim::{SimRng, TICK_DT};

/// One series cell of the pack.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct BatteryCell {
    pub soc: f32,
    /// Capacity relative to the pack's nominal (cells age differently).
    pub capacity_factor: f32,
    pub voltage_v: f32,
    /// The open-circuit voltage last worked out and the state of charge it is for: each
    /// tick needs it at the tick's start and after the discharge, and the second is the
    /// next tick's first unless something else moved the charge.
    #[reflect(ignore)]
    open_circuit: (f32, f32),
    /// The curve segment the charge was last in: the next lookup tries it first (the
    /// charge moves little between ticks), with the same arithmetic as [`ocv`].
    #[reflect(ignore)]
    segment: usize,
}

impl BatteryCell {
    /// Open-circuit voltage at the cell's state of charge.
    fn open_circuit_v(&mut self, curve: &[(f32, f32)]) -> f32 {
        let (at_soc, volts) = self.open_circuit;
        if at_soc.to_bits() == self.soc.to_bits() {
            return volts;
        }
        let volts = match segment_value(curve, self.segment, self.soc) {
            Some(volts) => volts,
            None => {
                let (volts, segment) = ocv_and_segment(curve, self.soc);
                self.segment = segment;
                volts
            }
        };
        self.open_circuit = (self.soc, volts);
        volts
    }
}

/// [`ocv`] within segment `k` of the curve, if `soc` lies in it (`s_k < soc <= s_k+1`,
/// where the scan in [`ocv`] would stop): the same expression, so the same bits.
fn segment_value(curve: &[(f32, f32)], k: usize, soc: f32) -> Option<f32> {
    let &[low, high] = curve.get(k..)?.get(..2)? else {
        return None;
    };
    (soc > low.0 && soc <= high.0).then(|| along_segment(low, high, soc))
}

/// Linear interpolation between two points of the curve.
fn along_segment((s0, v0): (f32, f32), (s1, v1): (f32, f32), soc: f32) -> f32 {
    v0 + (v1 - v0) * (soc - s0) / (s1 - s0)
}

/// A pack with its battery management system's readings.
#[derive(Component, Debug, Clone, Reflect)]
pub struct Battery {
    pub cells: Vec<BatteryCell>,
    pub capacity_ah: f32,
    pub cell_resistance_ohm: f32,
    /// Pack current, A: positive while discharging, negative while charging.
    pub current_a: f32,
    pub voltage_v: f32,
    pub temperature_c: f32,
    pub charging: bool,
    /// Fraction of normal heat loss the pack's cooling achieves (fan, airflow).
    pub cooling_factor: f32,
    /// Why the BMS refuses to charge, if it does.
    pub charge_inhibit: Option<ChargeInhibit>,
    /// Docked time without the charge rising, seconds, and the state of charge when it started.
    pub stalled_charge_s: f32,
    pub(crate) stalled_charge_from: f32,
}

/// Why a battery management system inhibits charging.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reflect)]
pub enum ChargeInhibit {
    CellImbalance,
    OverTemperature,
}

impl Battery {
    pub fn new(
        spec: &crate::fleet::BatterySpec,
        soc: f32,
        ambient_c: f32,
        rng: &mut SimRng,
    ) -> Self {
        let cells = (0..spec.cells_in_series)
            .map(|_| {
                let capacity_factor =
                    1.0 + rng.0.random_range(-1.0..=1.0) * spec.cell_capacity_spread;
                let cell_soc =
                    (soc + rng.0.random_range(-1.0..=1.0) * spec.cell_soc_spread).clamp(0.0, 1.0);
                let (open_circuit_v, segment) = ocv_and_segment(&spec.ocv_curve, cell_soc);
                BatteryCell {
                    soc: cell_soc,
                    capacity_factor,
                    voltage_v: open_circuit_v,
                    open_circuit: (cell_soc, open_circuit_v),
                    segment,
                }
            })
            .collect::<Vec<_>>();
        let voltage_v = cells.iter().map(|c| c.voltage_v).sum();
        Self {
            cells,
            capacity_ah: spec.capacity_ah,
            cell_resistance_ohm: spec.cell_resistance_ohm,
            current_a: 0.0,
            voltage_v,
            temperature_c: ambient_c,
            charging: false,
            cooling_factor: 1.0,
            charge_inhibit: None,
            stalled_charge_s: 0.0,
            stalled_charge_from: soc,
        }
    }

    /// State of charge of the pack as the BMS reports it (mean of the cells).
    pub fn soc(&self) -> f32 {
        self.cells.iter().map(|c| c.soc).sum::<f32>() / self.cells.len().max(1) as f32
    }

    /// Highest minus lowest cell voltage, volts.
    pub fn cell_spread_v(&self) -> f32 {
        let (lo, hi) = self.cells.iter().fold((f32::MAX, f32::MIN), |(lo, hi), c| {
            (lo.min(c.voltage_v), hi.max(c.voltage_v))
        });
        if self.cells.is_empty() { 0.0 } else { hi - lo }
    }

    /// The pack's open-circuit voltage (the cells' sum) and [`Self::cell_spread_v`], in
    /// one pass over the cells. Sums run in the cells' order from -0.0, as
    /// `Iterator::sum` does, so they have the bits of summing separately.
    fn open_circuit_and_spread(&mut self, curve: &[(f32, f32)]) -> (f32, f32) {
        let (mut open_circuit, mut lo, mut hi) = (-0.0f32, f32::MAX, f32::MIN);
        for cell in &mut self.cells {
            open_circuit += cell.open_circuit_v(curve);
            lo = lo.min(cell.voltage_v);
            hi = hi.max(cell.voltage_v);
        }
        let spread = if self.cells.is_empty() { 0.0 } else { hi - lo };
        (open_circuit, spread)
    }

    /// Takes `amp_hours` out of every cell (puts it in when negative), sets the cells'
    /// and the pack's terminal voltages under `current_a`, and returns [`Self::soc`]:
    /// one pass over the cells, with the sums in the same order as above.
    fn discharge(&mut self, amp_hours: f32, current_a: f32, curve: &[(f32, f32)]) -> f32 {
        let (capacity, r_cell) = (self.capacity_ah, self.cell_resistance_ohm);
        let (mut volts, mut charge) = (-0.0f32, -0.0f32);
        for cell in &mut self.cells {
            cell.soc = (cell.soc - amp_hours / (capacity * cell.capacity_factor)).clamp(0.0, 1.0);
            cell.voltage_v = cell.open_circuit_v(curve) - current_a * r_cell;
            volts += cell.voltage_v;
            charge += cell.soc;
        }
        self.voltage_v = volts;
        charge / self.cells.len().max(1) as f32
    }

    pub fn pack_resistance_ohm(&self) -> f32 {
        self.cell_resistance_ohm * self.cells.len() as f32
    }
}

/// The current the drive motors draw from a pack to get `power_w`, with `base_a` already
/// flowing: the terminal voltage sags with the current, so P = I (V_oc − (base + I) R).
/// Past the most power the pack can give (a stalled, bound motor on a weak pack), the
/// draw stays at that point instead of running away: the voltage halves, the controller
/// browns out, and the readings stay physical.
pub fn motor_draw(power_w: f32, open_circuit_v: f32, base_a: f32, resistance_ohm: f32) -> f32 {
    if power_w <= 0.0 {
        return 0.0;
    }
    let headroom = (open_circuit_v - base_a * resistance_ohm).max(0.0);
    if resistance_ohm <= 0.0 {
        return power_w / headroom.max(1.0);
    }
    let disc = headroom * headroom - 4.0 * resistance_ohm * power_w;
    if disc <= 0.0 {
        headroom / (2.0 * resistance_ohm)
    } else {
        // The smaller root, written so that a small draw loses no precision.
        2.0 * power_w / (headroom + disc.sqrt())
    }
}

/// Open-circuit cell voltage at a state of charge, by linear interpolation of the curve.
pub fn ocv(curve: &[(f32, f32)], soc: f32) -> f32 {
    ocv_and_segment(curve, soc).0
}

/// [`ocv`], and the segment of the curve it was read in (`usize::MAX` past either end:
/// a segment no charge matches, so the next lookup scans again).
fn ocv_and_segment(curve: &[(f32, f32)], soc: f32) -> (f32, usize) {
    let Some(first) = curve.first() else {
        return (0.0, usize::MAX);
    };
    if soc <= first.0 {
        return (first.1, usize::MAX);
    }
    for (k, pair) in curve.windows(2).enumerate() {
        if soc <= pair[1].0 {
            return (along_segment(pair[0], pair[1], soc), k);
        }
    }
    (curve.last().map_or(0.0, |p| p.1), usize::MAX)
}

/// Marks a charger: its pads and what it can deliver.
#[derive(Component, Debug, Clone, Reflect)]
pub struct Charger {
    pub id: u16,
    pub cell: crate::floor::Cell,
    pub max_current_a: f32,
    pub output_voltage_v: f32,
    /// Fraction of the charge current that gets through the pads (1.0 when clean).
    pub contact_quality: f32,
    /// Current flowing out now, A.
    pub current_a: f32,
    /// Isolated, locked and tagged: the pads are dead.
    pub locked_out: bool,
}

/// Discharge by the motors, lift and electronics; charge when docked; heat and voltages.
pub fn update_batteries(
    params: Res<FleetParams>,
    grid: Res<FloorGrid>,
    roster: Res<super::FleetRoster>,
    mut units: Query<(
        &DriveMotors,
        &Lift,
        &Mission,
        &super::unit::Route,
        &mut Battery,
        &super::unit::UnitPower,
    )>,
    mut chargers: Query<&mut Charger>,
) {
    let spec = &params.fleet.battery;
    let ambient = params.ambient_c;
    for mut charger in &mut chargers {
        charger.current_a = 0.0;
    }
    for (motors, lift, mission, route, mut battery, power) in &mut units {
        // An isolated pack carries no current (and cannot charge).
        let docked_at = match mission {
            _ if !power.battery_connected => None,
            Mission::Charge {
                charger,
                docked: true,
            } => Some(*charger),
            _ => None,
        };
        let (open_circuit, spread) = battery.open_circuit_and_spread(&spec.ocv_curve);
        let mut current = if power.battery_connected {
            let base = params.fleet.drive.hotel_current_a + lift.current_a;
            base + motor_draw(
                motors.power_w,
                open_circuit,
                base,
                battery.pack_resistance_ohm(),
            )
        } else {
            0.0
        };
        battery.charging = false;
        battery.charge_inhibit = if spread > spec.max_cell_spread_v {
            Some(ChargeInhibit::CellImbalance)
        } else if battery.temperature_c > spec.max_charge_temperature_c {
            Some(ChargeInhibit::OverTemperature)
        } else {
            None
        };
        if let Some(charger_id) = docked_at.filter(|_| battery.charge_inhibit.is_none()) {
            let at_pads = grid
                .chargers
                .get(charger_id as usize)
                .is_some_and(|site| site.cell == route.current);
            if let Some(mut charger) = roster
                .charger(charger_id)
                .and_then(|entity| chargers.get_mut(entity).ok())
                .filter(|c| at_pads && c.id == charger_id)
            {
                let headroom = charger.output_voltage_v - battery.voltage_v;
                if battery.soc() < spec.charge_until_soc && headroom > 0.0 && !charger.locked_out {
                    let delivered = charger.max_current_a * charger.contact_quality;
                    charger.current_a = delivered;
                    current -= delivered;
                    battery.charging = delivered > 0.0;
                }
            }
        }
        battery.current_a = current;
        let soc = battery.discharge(current * TICK_DT / 3600.0, current, &spec.ocv_curve);
        let heat_w = current * current * battery.pack_resistance_ohm();
        let loss_w =
            spec.heat_loss_w_per_k * battery.cooling_factor * (battery.temperature_c - ambient);
        battery.temperature_c += (heat_w - loss_w) / spec.heat_capacity_j_per_k * TICK_DT;
        // Charge timeout: docked, yet the state of charge has not risen by 1 %.
        if docked_at.is_some() && soc < spec.charge_until_soc {
            if soc > battery.stalled_charge_from + 0.01 {
                battery.stalled_charge_s = 0.0;
                battery.stalled_charge_from = soc;
            } else {
                battery.stalled_charge_s += TICK_DT;
            }
        } else {
            battery.stalled_charge_s = 0.0;
            battery.stalled_charge_from = soc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cached segment gives what the scan gives, bit for bit, across the curve and
    /// past both ends, as the charge falls and rises.
    #[test]
    fn a_cells_open_circuit_voltage_is_the_curves_bit_for_bit() {
        let curve = [
            (0.0, 3.0),
            (0.1, 3.45),
            (0.2, 3.55),
            (0.5, 3.7),
            (0.8, 3.95),
            (0.9, 4.05),
            (1.0, 4.2),
        ];
        let mut cell = BatteryCell {
            soc: 0.95,
            capacity_factor: 1.0,
            voltage_v: 0.0,
            open_circuit: (f32::NAN, 0.0),
            segment: usize::MAX,
        };
        let mut soc = 1.2f32;
        while soc > -0.2 {
            for s in [
                soc,
                soc + 0.05,
                f32::from_bits(soc.to_bits() + 1),
                0.5,
                0.1,
                0.0,
            ] {
                cell.soc = s;
                assert_eq!(
                    cell.open_circuit_v(&curve).to_bits(),
                    ocv(&curve, s).to_bits(),
                    "{s}"
                );
            }
            soc -= 0.0007;
        }
    }

    /// The one-pass sums give the bits of summing each quantity on its own.
    #[test]
    fn one_pass_over_the_cells_sums_as_separate_passes_do() {
        let curve = [(0.0, 3.0), (0.2, 3.55), (0.5, 3.7), (0.9, 4.05), (1.0, 4.2)];
        let cells = (0..13)
            .map(|i| BatteryCell {
                soc: 0.3 + 0.047 * i as f32,
                capacity_factor: 1.0 + 0.013 * (i % 5) as f32 - 0.02,
                voltage_v: 3.6 + 0.011 * i as f32,
                open_circuit: (f32::NAN, 0.0),
                segment: usize::MAX,
            })
            .collect();
        let mut pack = Battery {
            cells,
            capacity_ah: 38.0,
            cell_resistance_ohm: 0.0031,
            current_a: 0.0,
            voltage_v: 0.0,
            temperature_c: 25.0,
            charging: false,
            cooling_factor: 1.0,
            charge_inhibit: None,
            stalled_charge_s: 0.0,
            stalled_charge_from: 0.0,
        };
        for current in [3.7f32, 41.0, -25.0, 0.0, 180.0, -0.3] {
            let spread = pack.cell_spread_v();
            let open_circuit: f32 = pack.cells.iter().map(|c| ocv(&curve, c.soc)).sum();
            let (fused_open_circuit, fused_spread) = pack.open_circuit_and_spread(&curve);
            assert_eq!(fused_open_circuit.to_bits(), open_circuit.to_bits());
            assert_eq!(fused_spread.to_bits(), spread.to_bits());
            let soc = pack.discharge(current * 0.2, current, &curve);
            let volts: f32 = pack.cells.iter().map(|c| c.voltage_v).sum();
            assert_eq!(soc.to_bits(), pack.soc().to_bits());
            assert_eq!(pack.voltage_v.to_bits(), volts.to_bits());
        }
    }
}
