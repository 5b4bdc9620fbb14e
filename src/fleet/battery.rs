//! The drive unit's lithium pack: its cells as the BMS samples them, sag under load,
//! heating, and charging on a charger's contact pads.

use bevy::prelude::*;
use rand::RngExt;
use smallvec::SmallVec;

use super::FleetParams;
use super::cell::BatteryCell;
use super::mission::Mission;
use super::unit::{DriveMotors, Lift};
use crate::floor::FloorGrid;
use crate::sim::{SimRng, TICK_DT};

/// Series cells a pack holds inside its component; a pack with more keeps them on the
/// heap, as every pack once did. Inside, the cells lie beside the rest of the pack, so
/// sampling them needs no pointer followed into memory the tick has not touched: that
/// first load was nearly half of the Energy set's time on a large floor
/// (docs/benchmarks.md).
const CELLS_INSIDE: usize = 16;

/// A pack with its battery management system's readings.
#[derive(Component, Debug, Clone, Reflect)]
pub struct Battery {
    /// Read through [`Self::cells`]; changed through [`Self::cells_mut`], which has the
    /// BMS sample them again on the next tick.
    cells: SmallVec<[BatteryCell; CELLS_INSIDE]>,
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
    #[reflect(ignore)]
    sample: CellSample,
}

/// What the BMS last read from the cells, and the charge that has flowed since. The
/// cells are integrated at the BMS's sample rate, not every tick: their charge moves by
/// a few parts in a million a tick, and the pack's current (counted every tick) is what
/// the motors, charger, heat and brown-out see.
#[derive(Debug, Clone, Copy, Default)]
struct CellSample {
    /// The cells' open-circuit voltages summed, V.
    open_circuit_v: f32,
    /// Highest minus lowest cell terminal voltage, V.
    spread_v: f32,
    /// Mean state of charge.
    soc: f32,
    /// Charge out of the pack since the sample (negative when charging), Ah.
    unsampled_ah: f32,
    /// Ticks until the next sample: 0 samples on the coming tick.
    ticks_to_next: u32,
}

/// Why a battery management system inhibits charging.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reflect)]
pub enum ChargeInhibit {
    CellImbalance,
    OverTemperature,
}

impl Battery {
    /// A pack at charge `soc`, its cells spread as `spec` says, first sampled by the BMS
    /// `ticks_to_first_sample` ticks from now (packs sample out of step, so that no tick
    /// samples them all).
    pub fn new(
        spec: &crate::fleet::BatterySpec,
        soc: f32,
        ambient_c: f32,
        rng: &mut SimRng,
        ticks_to_first_sample: u32,
    ) -> Self {
        let cells = (0..spec.cells_in_series)
            .map(|_| {
                let capacity_factor =
                    1.0 + rng.0.random_range(-1.0..=1.0) * spec.cell_capacity_spread;
                let cell_soc =
                    (soc + rng.0.random_range(-1.0..=1.0) * spec.cell_soc_spread).clamp(0.0, 1.0);
                BatteryCell::new(cell_soc, capacity_factor, &spec.ocv_curve)
            })
            .collect::<SmallVec<_>>();
        let mut pack = Self {
            cells,
            capacity_ah: spec.capacity_ah,
            cell_resistance_ohm: spec.cell_resistance_ohm,
            current_a: 0.0,
            voltage_v: 0.0,
            temperature_c: ambient_c,
            charging: false,
            cooling_factor: 1.0,
            charge_inhibit: None,
            stalled_charge_s: 0.0,
            stalled_charge_from: soc,
            sample: CellSample::default(),
        };
        pack.sample_cells(0.0, &spec.ocv_curve, ticks_to_first_sample);
        pack.voltage_v = pack.open_circuit_v();
        pack
    }

    /// The series cells, as the BMS last sampled them.
    pub fn cells(&self) -> &[BatteryCell] {
        &self.cells
    }

    /// The cells, to change their charge (a fault, a balance charge): the BMS samples them
    /// again on the next tick.
    pub fn cells_mut(&mut self) -> &mut [BatteryCell] {
        self.sample.ticks_to_next = 0;
        &mut self.cells
    }

    /// State of charge of the pack as the BMS reports it (mean of the cells at its last
    /// sample).
    pub fn soc(&self) -> f32 {
        self.sample.soc
    }

    /// Highest minus lowest cell voltage at the BMS's last sample, volts.
    pub fn cell_spread_v(&self) -> f32 {
        self.sample.spread_v
    }

    /// The pack's open-circuit voltage (its cells' summed) at the BMS's last sample, volts.
    pub fn open_circuit_v(&self) -> f32 {
        self.sample.open_circuit_v
    }

    /// Counts one tick of the pack's current: the charge it moves, and the terminal
    /// voltage it leaves. Every `sample_every` ticks the BMS samples the cells, taking
    /// out the charge counted since the last sample.
    fn pass_current(&mut self, current_a: f32, curve: &[(f32, f32)], sample_every: u32) {
        self.current_a = current_a;
        self.sample.unsampled_ah += current_a * TICK_DT / 3600.0;
        match self.sample.ticks_to_next.checked_sub(1) {
            Some(ticks) => self.sample.ticks_to_next = ticks,
            None => {
                let amp_hours = std::mem::take(&mut self.sample.unsampled_ah);
                self.sample_cells(amp_hours, curve, sample_every.saturating_sub(1));
            }
        }
        self.voltage_v = self.sample.open_circuit_v - current_a * self.pack_resistance_ohm();
    }

    /// Takes `amp_hours` out of every cell (puts it in when negative), sets the cells'
    /// terminal voltages under the pack's current, and samples the pack's open-circuit
    /// voltage, spread and charge, in one pass over the cells; the next sample is due
    /// in `ticks_to_next` ticks. The pack's own voltage is the caller's to set.
    fn sample_cells(&mut self, amp_hours: f32, curve: &[(f32, f32)], ticks_to_next: u32) {
        let (capacity, r_cell, current) =
            (self.capacity_ah, self.cell_resistance_ohm, self.current_a);
        let (mut open_circuit, mut charge) = (0.0f32, 0.0f32);
        let (mut lo, mut hi) = (f32::MAX, f32::MIN);
        for cell in &mut self.cells {
            cell.soc = (cell.soc - amp_hours / (capacity * cell.capacity_factor)).clamp(0.0, 1.0);
            let cell_open_circuit = cell.open_circuit_v(curve);
            cell.voltage_v = cell_open_circuit - current * r_cell;
            open_circuit += cell_open_circuit;
            charge += cell.soc;
            lo = lo.min(cell.voltage_v);
            hi = hi.max(cell.voltage_v);
        }
        let count = self.cells.len();
        self.sample = CellSample {
            open_circuit_v: open_circuit,
            spread_v: if count == 0 { 0.0 } else { hi - lo },
            soc: charge / count.max(1) as f32,
            unsampled_ah: 0.0,
            ticks_to_next,
        };
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
    let sample_every = spec.cell_sample_ticks();
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
        let mut current = if power.battery_connected {
            let base = params.fleet.drive.hotel_current_a + lift.current_a;
            base + motor_draw(
                motors.power_w,
                battery.open_circuit_v(),
                base,
                battery.pack_resistance_ohm(),
            )
        } else {
            0.0
        };
        battery.charging = false;
        battery.charge_inhibit = if battery.cell_spread_v() > spec.max_cell_spread_v {
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
        battery.pass_current(current, &spec.ocv_curve, sample_every);
        let soc = battery.soc();
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

    const CURVE: [(f32, f32); 5] = [(0.0, 3.0), (0.2, 3.55), (0.5, 3.7), (0.9, 4.05), (1.0, 4.2)];

    /// A 13-cell pack with cells of uneven charge and capacity, sampled.
    fn pack(sample_every: u32) -> Battery {
        let cells = (0..13)
            .map(|i| {
                let capacity_factor = 1.0 + 0.013 * (i % 5) as f32 - 0.02;
                BatteryCell::new(0.3 + 0.047 * i as f32, capacity_factor, &CURVE)
            })
            .collect();
        let mut pack = Battery {
            cells,
            capacity_ah: 30.0,
            cell_resistance_ohm: 0.004,
            current_a: 0.0,
            voltage_v: 0.0,
            temperature_c: 25.0,
            charging: false,
            cooling_factor: 1.0,
            charge_inhibit: None,
            stalled_charge_s: 0.0,
            stalled_charge_from: 0.0,
            sample: CellSample::default(),
        };
        pack.sample_cells(0.0, &CURVE, sample_every - 1);
        pack
    }

    /// A draw that changes every few ticks: driving, lifting, idling, charging.
    fn current_at(tick: u32) -> f32 {
        [3.7f32, 41.0, 180.0, 12.5, 0.0, -25.0, -0.3][(tick / 7 % 7) as usize]
    }

    /// Ten simulated minutes of a changing draw: a pack sampled at 10 Hz never reads
    /// further from one integrated every tick than six ticks of the largest draw can
    /// move it, and once sampled it holds the same charge.
    #[test]
    fn cells_sampled_at_the_bms_rate_read_as_cells_integrated_every_tick() {
        let (mut every_tick, mut at_bms_rate) = (pack(1), pack(6));
        // Six ticks at 180 A out of the smallest cell, and the curve's steepest slope.
        let soc_lag = 6.0 * 180.0 * TICK_DT / 3600.0 / (30.0 * 0.98) + 1e-6;
        let volts_lag = 13.0 * 2.75 * soc_lag + 1e-4;
        let mut widest = 0.0f32;
        for tick in 0..36_000 {
            every_tick.pass_current(current_at(tick), &CURVE, 1);
            at_bms_rate.pass_current(current_at(tick), &CURVE, 6);
            let (a, b) = (&every_tick, &at_bms_rate);
            widest = widest.max((a.soc() - b.soc()).abs());
            assert!((a.soc() - b.soc()).abs() < soc_lag, "tick {tick}");
            assert!((a.voltage_v - b.voltage_v).abs() < volts_lag, "tick {tick}");
            assert!(
                (a.cell_spread_v() - b.cell_spread_v()).abs() < volts_lag,
                "tick {tick}"
            );
        }
        let (a, b) = (&every_tick, &at_bms_rate);
        assert!(a.soc() < 0.6, "the draw moved the charge: {}", a.soc());
        assert!(widest > soc_lag / 4.0, "the lag was exercised: {widest}");
        // Both were just sampled (36,000 ticks is a whole number of samples).
        assert!((a.soc() - b.soc()).abs() < 1e-4, "{} {}", a.soc(), b.soc());
    }

    /// Between samples the pack's voltage follows its current every tick, and the charge
    /// drawn between samples is all taken out at the next one.
    #[test]
    fn the_current_is_counted_every_tick_between_samples() {
        let mut battery = pack(6);
        let (soc, open_circuit) = (battery.soc(), battery.open_circuit_v());
        for tick in 0..5 {
            battery.pass_current(60.0 + tick as f32, &CURVE, 6);
            assert_eq!(battery.soc(), soc, "no sample yet");
            let sag = (60.0 + tick as f32) * battery.pack_resistance_ohm();
            assert!((battery.voltage_v - (open_circuit - sag)).abs() < 1e-4);
        }
        battery.pass_current(65.0, &CURVE, 6);
        let drawn_ah = (60.0 + 61.0 + 62.0 + 63.0 + 64.0 + 65.0) * TICK_DT / 3600.0;
        let expected: f32 = battery.cells().iter().map(|c| c.soc).sum::<f32>() / 13.0;
        assert_eq!(battery.soc(), expected);
        assert!((soc - battery.soc() - drawn_ah / 30.0).abs() < 2e-6);
    }

    /// A changed cell (a fault's shift, a balance charge) is read on the next tick, not
    /// at the next regular sample.
    #[test]
    fn changed_cells_are_sampled_on_the_next_tick() {
        let mut battery = pack(6);
        battery.pass_current(1.0, &CURVE, 6);
        for cell in battery.cells_mut() {
            cell.soc = 0.5;
        }
        battery.pass_current(1.0, &CURVE, 6);
        assert!((battery.soc() - 0.5).abs() < 1e-5, "{}", battery.soc());
        assert!(battery.cell_spread_v() < 1e-6);
    }
}
