//! What the technician reads at drive units, chargers and stickers: the meter at their
//! test points, the thermal camera, a unit's self-test, and how the equipment ran in a
//! test cycle. The readings themselves are `crate::instruments`' pure functions.

use super::outcome::{Observed, Refusal, TestRun};
use super::technician::TestBaseline;
use super::unit_work::{UnitWork, no_charger, no_unit};
use super::words::unit_name;
use crate::faults::FaultSchedule;
use crate::floor::{Cell, FloorGrid};
use crate::instruments::{InstrumentFigures, MeterReading, TestPoint, meter, self_test, thermal};
use crate::scenario::{ResolvedTarget, Wheel};

impl UnitWork<'_, '_> {
    /// Starting a unit's test cycle: the cells it has driven so far.
    /// Starting a unit's test cycle: the fleet manager is asked to put it to work at
    /// once; the cells it has driven and its charge so far.
    pub fn test_cycle_baseline(&mut self, target: ResolvedTarget) -> Option<TestBaseline> {
        let ResolvedTarget::Unit(unit) = target else {
            return None;
        };
        self.test_drives.units.push(unit);
        self.parts(unit).map(|u| TestBaseline {
            count: u.stats.cells_travelled,
            added: 0,
            soc: u.battery.soc(),
        })
    }

    /// How the unit ran since its test cycle began: (the words, the run).
    pub fn test_cycle_result(
        &self,
        target: ResolvedTarget,
        baseline: Option<TestBaseline>,
    ) -> Option<(String, TestRun)> {
        let ResolvedTarget::Unit(unit) = target else {
            return None;
        };
        let u = self.parts(unit)?;
        let travelled = u.stats.cells_travelled;
        let cells = travelled - baseline.map_or(travelled, |b| b.count);
        let charged_pct = baseline.map_or(0.0, |b| (u.battery.soc() - b.soc) * 100.0);
        let lost = u.odometry.lost;
        Some((
            format!(
                "drove {cells} cells{}, now {}{}",
                if charged_pct >= 0.5 {
                    format!(" and charged {charged_pct:.1} %")
                } else {
                    String::new()
                },
                u.mission.describe(),
                if lost { " (LOST)" } else { "" }
            ),
            TestRun::Drove {
                cells,
                lost,
                charged_pct,
            },
        ))
    }

    /// A charger into its test load: what it delivers against its rating.
    pub fn charger_test(&self, charger: u16) -> Option<(String, TestRun)> {
        let c = self.chargers.iter().find(|c| c.id == charger)?;
        let amps = if c.locked_out {
            0.0
        } else {
            c.max_current_a * c.contact_quality
        };
        Some((
            format!(
                "charger C{charger} into its test load: {amps:.1} A (rated {:.1} A)",
                c.max_current_a
            ),
            TestRun::Charged {
                amps,
                rated_amps: c.max_current_a,
            },
        ))
    }

    /// A test unit driven over a cell's sticker ten times: how often it read it.
    pub fn sticker_test(&self, cell: Cell, grid: &FloorGrid) -> Option<(String, TestRun)> {
        grid.index(cell)?;
        let passes = 10;
        let reads = (self.stickers.quality(grid, cell) * passes as f32).round() as u32;
        Some((
            format!("a test unit driven over {cell} {passes} times read its sticker {reads} times"),
            TestRun::Read { passes, reads },
        ))
    }

    /// The meter at a unit's or a charger's test point (Err: nothing there to read).
    pub fn measure(
        &self,
        point: TestPoint,
        schedule: &FaultSchedule,
        figures: &InstrumentFigures,
    ) -> Option<Result<MeterReading, Observed>> {
        let f = &figures.meter;
        if let TestPoint::ChargerOutput { charger } = point {
            return Some(match self.chargers.iter().find(|c| c.id == charger) {
                Some(c) => Ok(meter::charger_output(c)),
                None => Err(no_charger(charger)),
            });
        }
        let unit = point.unit()?;
        let name = unit_name(unit);
        let u = self.parts(unit)?;
        let motor = |w: Wheel| match w {
            Wheel::Left => (&u.motors.left, "left"),
            Wheel::Right => (&u.motors.right, "right"),
        };
        let reading = match point {
            TestPoint::MotorPhaseResistance { wheel, .. } => meter::phase_resistance(
                f,
                &name,
                motor(wheel).1,
                self.params.fleet.drive.motor_winding_resistance_ohm,
                schedule.shorted_winding(unit, wheel),
            ),
            TestPoint::MotorInsulation { wheel, .. } => {
                meter::motor_insulation(f, &name, motor(wheel).1)
            }
            TestPoint::EncoderSupply { wheel, .. } => {
                let (m, side) = motor(wheel);
                let powered = u.power.powered && u.power.battery_connected;
                meter::encoder_supply(f, &name, side, m, powered)
            }
            TestPoint::PackVoltage { .. } => meter::pack_voltage(&name, u.battery),
            TestPoint::CellVoltages { .. } => meter::cell_voltages(&name, u.battery),
            _ => return None,
        };
        Some(Ok(reading))
    }

    /// The thermal camera on a unit, a charger or a floor cell.
    pub fn thermal_scan(
        &self,
        target: ResolvedTarget,
        schedule: &FaultSchedule,
        figures: &InstrumentFigures,
    ) -> Observed {
        let f = &figures.thermal;
        let ambient = self.params.ambient_c;
        Observed::tested(match target {
            ResolvedTarget::Unit(unit) => {
                let Some(u) = self.parts(unit) else {
                    return no_unit(unit);
                };
                let powered = u.power.powered;
                thermal::UnitTemperatures::of(
                    f,
                    ambient,
                    thermal::UnitHeat {
                        left: &u.motors.left,
                        right: &u.motors.right,
                        rated_current_a: self.params.fleet.drive.motor_rated_current_a,
                        shorted: [Wheel::Left, Wheel::Right]
                            .map(|w| powered && schedule.shorted_winding(unit, w)),
                        lift_slowdown: u.condition.lift_slowdown,
                        pack_c: u.battery.temperature_c,
                    },
                )
                .text(&unit_name(unit))
            }
            ResolvedTarget::Charger(charger) => {
                match self.chargers.iter().find(|c| c.id == charger) {
                    Some(c) => format!(
                        "charger C{charger}: pads {:.0} °C",
                        thermal::charger_pads(f, ambient, c)
                    ),
                    None => return no_charger(charger),
                }
            }
            ResolvedTarget::Cell(cell) => {
                format!("fiducial cell {cell}: floor at room temperature")
            }
            other => {
                return Observed::refused(
                    format!("{}: nothing to see there", other.describe()),
                    Refusal::NothingToTest,
                );
            }
        })
    }

    /// The unit's built-in self-test (it needs the unit powered).
    pub fn self_test(&self, unit: u32, figures: &InstrumentFigures) -> Observed {
        let name = unit_name(unit);
        match self.parts(unit) {
            None => no_unit(unit),
            Some(u) if !u.power.powered || !u.power.battery_connected => Observed::refused(
                format!("{name}: the self-test needs the unit powered"),
                Refusal::NeedsPower,
            ),
            Some(u) => Observed::tested(
                self_test::run(
                    &figures.self_test,
                    &self.params.fleet.drive,
                    u.motors,
                    u.condition,
                    u.camera,
                )
                .text(&name),
            ),
        }
    }
}
