//! Work on drive units and chargers: isolating a unit and proving it dead, returning it
//! to service, the readings taken at them (through `crate::instruments`), and the
//! telemetry the fleet manager shows.

use bevy::ecs::query::QueryData;
use bevy::prelude::*;

use crate::faults::FaultSchedule;
use crate::fleet::{
    Battery, Charger, DriveHealth, DriveMotors, FiducialCamera, FleetParams, FleetRoster, Lift,
    Mission, Odometry, Pose, Route, TrafficStats, UnitCondition, UnitPower,
};
use crate::floor::{Cell, FloorGrid};
use crate::instruments::meter::{self, UnitBus};
use crate::instruments::{InstrumentFigures, TestPoint, self_test, thermal};
use crate::scenario::{FaultKind, ResolvedTarget, Wheel};
use crate::sim::TICK_HZ;

/// A drive unit's parts the technician reads, isolates and works on.
#[derive(QueryData)]
#[query_data(mutable)]
pub struct UnitParts {
    power: &'static mut UnitPower,
    health: &'static mut DriveHealth,
    odometry: &'static mut Odometry,
    battery: &'static mut Battery,
    lift: &'static mut Lift,
    route: &'static Route,
    pose: &'static Pose,
    motors: &'static DriveMotors,
    mission: &'static Mission,
    condition: &'static UnitCondition,
    camera: &'static FiducialCamera,
    stats: &'static TrafficStats,
}

/// Drive units and chargers as the technician can reach them.
#[derive(bevy::ecs::system::SystemParam)]
pub struct UnitWork<'w, 's> {
    roster: Res<'w, FleetRoster>,
    params: Res<'w, FleetParams>,
    chargers: Query<'w, 's, &'static mut Charger>,
    units: Query<'w, 's, UnitParts>,
}

/// The unit's label as the fleet manager writes it.
pub fn unit_name(unit: u32) -> String {
    format!("DU-{unit:03}")
}

impl<'s> UnitWork<'_, 's> {
    fn parts(&self, unit: u32) -> Option<UnitPartsReadOnlyItem<'_, 's>> {
        let &entity = self.roster.units.get(unit as usize)?;
        self.units.get(entity).ok()
    }

    fn parts_mut(&mut self, unit: u32) -> Option<UnitPartsItem<'_, 's>> {
        let &entity = self.roster.units.get(unit as usize)?;
        self.units.get_mut(entity).ok()
    }

    /// The unit's telemetry as the fleet manager shows it.
    pub fn telemetry(&self, unit: u32) -> String {
        let Some(u) = self.parts(unit) else {
            return format!("there is no unit {}", unit_name(unit));
        };
        let (battery, motors) = (u.battery, u.motors);
        format!(
            "{}: {}{}; at x {:.2} y {:.2} m, heading {:.0}°; SoC {:.0} %, {:.1} V, {:+.1} A, {:.1} °C, cell spread {:.0} mV; motor currents L {:.1} A R {:.1} A; encoder rates L {:.0} R {:.0} counts/s",
            unit_name(unit),
            u.mission.describe(),
            if u.odometry.lost { " (LOST)" } else { "" },
            u.pose.position.x,
            u.pose.position.y,
            u.pose.heading.to_degrees(),
            battery.soc() * 100.0,
            battery.voltage_v,
            battery.current_a,
            battery.temperature_c,
            battery.cell_spread_v() * 1000.0,
            motors.left.current_a,
            motors.right.current_a,
            motors.left.encoder_rate_cps,
            motors.right.encoder_rate_cps,
        )
    }

    /// Whether hands may go on this unit: powered down, isolated, proven dead, in a
    /// locked zone, and its lift down (a raised lift holds a pod's weight).
    pub fn safe_to_work_on(&self, unit: u32, grid: &FloorGrid) -> bool {
        self.parts(unit).is_some_and(|u| {
            u.power.dead_and_verified()
                && grid.is_locked(u.route.current)
                && u.lift.height_m <= 0.01
        })
    }

    /// The fiducial cell the unit last reached.
    pub fn cell_of(&self, unit: u32) -> Option<Cell> {
        self.parts(unit).map(|u| u.route.current)
    }

    /// Where the unit stands now, on the floor plane.
    pub fn position(&self, unit: u32) -> Option<Vec2> {
        self.parts(unit).map(|u| u.pose.position)
    }

    pub fn charger_locked_out(&self, charger: u16) -> bool {
        self.chargers
            .iter()
            .any(|c| c.id == charger && c.locked_out)
    }

    /// Starting a unit's test cycle: the cells it has driven so far.
    pub fn test_cycle_baseline(&self, target: ResolvedTarget) -> Option<u64> {
        let ResolvedTarget::Unit(unit) = target else {
            return None;
        };
        self.parts(unit).map(|u| u.stats.cells_travelled)
    }

    pub fn test_cycle_result(
        &self,
        target: ResolvedTarget,
        baseline: Option<u64>,
    ) -> Option<String> {
        let ResolvedTarget::Unit(unit) = target else {
            return None;
        };
        let u = self.parts(unit)?;
        let travelled = u.stats.cells_travelled;
        let cells = travelled - baseline.unwrap_or(travelled);
        Some(format!(
            "drove {cells} cells, now {}{}",
            u.mission.describe(),
            if u.odometry.lost { " (LOST)" } else { "" }
        ))
    }

    /// The meter at a unit's or a charger's test point.
    pub fn measure(
        &self,
        point: TestPoint,
        schedule: &FaultSchedule,
        figures: &InstrumentFigures,
    ) -> Option<String> {
        let f = &figures.meter;
        if let TestPoint::ChargerOutput { charger } = point {
            return Some(match self.chargers.iter().find(|c| c.id == charger) {
                Some(c) => meter::charger_output(c).text,
                None => format!("there is no charger C{charger}"),
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
                shorted_winding(schedule, unit, wheel),
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
        Some(reading.text)
    }

    /// The thermal camera on a unit, a charger or a floor cell.
    pub fn thermal_scan(
        &self,
        target: ResolvedTarget,
        schedule: &FaultSchedule,
        figures: &InstrumentFigures,
    ) -> Option<String> {
        let f = &figures.thermal;
        let ambient = self.params.ambient_c;
        Some(match target {
            ResolvedTarget::Unit(unit) => {
                let Some(u) = self.parts(unit) else {
                    return Some(format!("there is no unit {}", unit_name(unit)));
                };
                let rated = self.params.fleet.drive.motor_rated_current_a;
                let motor_c = |m, side| {
                    let hot = shorted_winding(schedule, unit, side) && u.power.powered;
                    thermal::drive_motor(f, ambient, m, rated, hot)
                };
                thermal::UnitTemperatures {
                    left_motor_c: motor_c(&u.motors.left, Wheel::Left),
                    right_motor_c: motor_c(&u.motors.right, Wheel::Right),
                    lift_screw_c: thermal::lift_screw(f, ambient, u.condition.lift_slowdown),
                    pack_c: u.battery.temperature_c,
                }
                .text(&unit_name(unit))
            }
            ResolvedTarget::Charger(charger) => {
                match self.chargers.iter().find(|c| c.id == charger) {
                    Some(c) => format!(
                        "charger C{charger}: pads {:.0} °C",
                        thermal::charger_pads(f, ambient, c)
                    ),
                    None => format!("there is no charger C{charger}"),
                }
            }
            ResolvedTarget::Cell(cell) => {
                format!("fiducial cell {cell}: floor at room temperature")
            }
            _ => return None,
        })
    }

    /// The unit's built-in self-test (it needs the unit powered).
    pub fn self_test(&self, unit: u32, figures: &InstrumentFigures) -> String {
        let name = unit_name(unit);
        match self.parts(unit) {
            None => format!("there is no unit {name}"),
            Some(u) if !u.power.powered || !u.power.battery_connected => {
                format!("{name}: the self-test needs the unit powered")
            }
            Some(u) => self_test::run(
                &figures.self_test,
                &self.params.fleet.drive,
                u.motors,
                u.condition,
                u.camera,
            )
            .text(&name),
        }
    }

    /// Power-side work on a unit: power down, isolate, prove dead, e-stop, lower the
    /// lift, reset the drive, return to service.
    pub fn energy(
        &mut self,
        action: &super::TraineeAction,
        unit: u32,
        tick: u64,
        grid: &FloorGrid,
        figures: &InstrumentFigures,
    ) -> String {
        use super::TraineeAction as A;
        let name = unit_name(unit);
        let Some(mut u) = self.parts_mut(unit) else {
            return format!("there is no unit {name}");
        };
        match action {
            A::PowerDownUnit { .. } => {
                u.power.powered = false;
                format!(
                    "{name}: controller powered down, unit stopped at {}",
                    u.route.current
                )
            }
            A::DisconnectBattery { .. } => {
                let under_load = u.power.powered;
                u.power.battery_connected = false;
                u.power.isolated_at = Some(tick);
                u.power.verified = false;
                format!(
                    "{name}: battery disconnected{}",
                    if under_load {
                        " under load (arcing at the connector: power down first)"
                    } else {
                        ""
                    }
                )
            }
            A::VerifyUnitDead { .. } => {
                let live = u.power.powered || u.power.battery_connected;
                let since = u.power.isolated_at.map(|at| (tick - at) as f64 / TICK_HZ);
                match meter::unit_bus(&figures.meter, u.battery.voltage_v, live, since) {
                    UnitBus::Live { volts } => {
                        format!("{name}: still live: {volts:.1} V at the controller")
                    }
                    UnitBus::Draining { volts, wait_s } => format!(
                        "{name}: bus capacitors at {volts:.0} V: wait about {wait_s:.0} s more"
                    ),
                    UnitBus::Dead => {
                        u.power.verified = true;
                        format!(
                            "{name}: meter proven, 0.0 V at the motor controller bus, proven again: zero energy verified"
                        )
                    }
                }
            }
            A::ReturnToService { .. } => {
                *u.power = UnitPower::default();
                clear_drive(&mut u.health, &mut u.odometry, grid, u.route);
                format!(
                    "{name}: battery reconnected, powered up, drive reset, released to the planner"
                )
            }
            A::ResetDrive { .. } => {
                clear_drive(&mut u.health, &mut u.odometry, grid, u.route);
                format!(
                    "{name}: drive faults cleared, position re-taken from fiducial {}",
                    u.route.current
                )
            }
            A::EstopUnit { .. } => {
                u.health.remote_estop = true;
                format!("{name}: remote e-stop, unit stopped at {}", u.route.current)
            }
            A::LowerLift { .. } => {
                if !u.power.powered || !u.power.battery_connected {
                    format!("{name}: the lift cannot move without power")
                } else if u.lift.height_m > 0.01 {
                    u.lift.height_m = 0.0;
                    format!("{name}: lift lowered, the pod rests on its feet")
                } else {
                    format!("{name}: the lift is already down")
                }
            }
            _ => "nothing happens".into(),
        }
    }

    /// Isolates a charger (lock and tag on its isolator) or gives it back.
    pub fn charger_lockout(&mut self, charger: u16, lock: bool) -> String {
        let Some(mut c) = self.chargers.iter_mut().find(|c| c.id == charger) else {
            return format!("there is no charger C{charger}");
        };
        c.locked_out = lock;
        if lock {
            format!("charger C{charger}: isolator off, lock and tag applied, pads proven dead")
        } else {
            format!("charger C{charger}: lock and tag removed, isolator on")
        }
    }

    /// A balance charge brings every cell of the pack to the pack's mean.
    pub fn balance_cells(&mut self, unit: u32) {
        if let Some(mut u) = self.parts_mut(unit) {
            let mean = u.battery.soc();
            for cell in &mut u.battery.cells {
                cell.soc = mean;
            }
        }
    }

    pub fn exists(&self, unit: u32) -> bool {
        self.parts(unit).is_some()
    }
}

/// Whether this motor's fault is a shorted winding acting now.
fn shorted_winding(schedule: &FaultSchedule, unit: u32, side: Wheel) -> bool {
    schedule.faults.iter().any(|f| {
        f.active
            && f.spec.target == ResolvedTarget::Unit(unit)
            && matches!(f.spec.kind, FaultKind::MotorBind { wheel, shorted_winding: true, .. } if wheel == side)
    })
}

fn clear_drive(health: &mut DriveHealth, odo: &mut Odometry, grid: &FloorGrid, route: &Route) {
    *health = DriveHealth::default();
    if odo.lost {
        // Re-localised by hand on the fiducial it stands on.
        odo.lost = false;
        odo.missed_in_a_row = 0;
        odo.position = grid.center(route.current);
    }
}
