//! Work on drive units, stickers and charger pads: isolating a unit, proving it dead,
//! repairs that remove a fault's cause, and returning the unit to service.

use bevy::prelude::*;

use super::action::TestPoint;
use super::action::TraineeAction;
use super::repair::{inspect, repair, repair_if};
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::fleet::{
    Battery, Charger, DriveHealth, DriveMotors, FiducialCamera, FleetParams, FleetRoster, Lift,
    Mission, Odometry, Pose, Route, TrafficStats, UnitCondition, UnitPower, WheelMotor,
};
use crate::floor::FloorGrid;
use crate::scenario::{FaultKind, ResolvedTarget, Wheel};
use crate::sim::TICK_HZ;

/// Seconds for a unit's motor-controller capacitors to drain after isolation.
const UNIT_BUS_DRAIN_S: f64 = 30.0;

#[derive(bevy::ecs::system::SystemParam)]
pub struct UnitWork<'w, 's> {
    roster: Res<'w, FleetRoster>,
    params: Res<'w, FleetParams>,
    chargers: Query<'w, 's, &'static mut Charger>,
    extras: Query<
        'w,
        's,
        (
            &'static mut Lift,
            &'static UnitCondition,
            &'static FiducialCamera,
            &'static TrafficStats,
        ),
    >,
    units: Query<
        'w,
        's,
        (
            &'static mut UnitPower,
            &'static mut DriveHealth,
            &'static mut Odometry,
            &'static mut Battery,
            &'static Route,
            &'static Pose,
            &'static DriveMotors,
            &'static Mission,
        ),
    >,
}

impl UnitWork<'_, '_> {
    /// The unit's telemetry as the fleet manager shows it.
    pub fn telemetry(&self, unit: u32) -> String {
        let Some(Ok((_, _, odo, battery, _, pose, motors, mission))) = self
            .roster
            .units
            .get(unit as usize)
            .map(|&e| self.units.get(e))
        else {
            return format!("there is no unit DU-{unit:03}");
        };
        format!(
            "DU-{unit:03}: {}{}; at x {:.2} y {:.2} m, heading {:.0}°; SoC {:.0} %, {:.1} V, {:+.1} A, {:.1} °C, cell spread {:.0} mV; motor currents L {:.1} A R {:.1} A; encoder rates L {:.0} R {:.0} counts/s",
            mission.describe(),
            if odo.lost { " (LOST)" } else { "" },
            pose.position.x,
            pose.position.y,
            pose.heading.to_degrees(),
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

    /// Whether hands may go on this unit: powered down, isolated, proven dead, in a locked zone.
    pub fn safe_to_work_on(&self, unit: u32, grid: &FloorGrid) -> bool {
        self.roster
            .units
            .get(unit as usize)
            .and_then(|&e| self.units.get(e).ok())
            .is_some_and(|(power, _, _, _, route, ..)| {
                power.dead_and_verified() && grid.is_locked(route.current)
            })
            && !self.lift_raised(unit)
    }

    /// A raised lift holds a pod's weight: stored energy to release before hands go on.
    fn lift_raised(&self, unit: u32) -> bool {
        self.roster
            .units
            .get(unit as usize)
            .and_then(|&e| self.extras.get(e).ok())
            .is_some_and(|(lift, ..)| lift.height_m > 0.01)
    }

    /// The fiducial cell the unit last reached.
    pub fn cell_of(&self, unit: u32) -> Option<crate::floor::Cell> {
        let &e = self.roster.units.get(unit as usize)?;
        self.units
            .get(e)
            .ok()
            .map(|(.., route, _, _, _)| route.current)
    }

    /// Where the unit stands now, on the floor plane.
    pub fn position(&self, unit: u32) -> Option<Vec2> {
        let &e = self.roster.units.get(unit as usize)?;
        self.units.get(e).ok().map(|(.., pose, _, _)| pose.position)
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
        let &e = self.roster.units.get(unit as usize)?;
        self.extras
            .get(e)
            .ok()
            .map(|(.., stats)| stats.cells_travelled)
    }

    pub fn test_cycle_result(
        &self,
        target: ResolvedTarget,
        baseline: Option<u64>,
    ) -> Option<String> {
        let ResolvedTarget::Unit(unit) = target else {
            return None;
        };
        let &e = self.roster.units.get(unit as usize)?;
        let (_, _, odo, _, _, _, _, mission) = self.units.get(e).ok()?;
        let (.., stats) = self.extras.get(e).ok()?;
        let cells = stats.cells_travelled - baseline.unwrap_or(stats.cells_travelled);
        Some(format!(
            "drove {cells} cells, now {}{}",
            mission.describe(),
            if odo.lost { " (LOST)" } else { "" }
        ))
    }

    /// Meter readings at a unit's or a charger's test points.
    fn measure(&self, point: TestPoint, schedule: &FaultSchedule) -> Option<String> {
        let d = &self.params.fleet.drive;
        let unit = match point {
            TestPoint::MotorPhaseResistance { unit, .. }
            | TestPoint::MotorInsulation { unit, .. }
            | TestPoint::EncoderSupply { unit, .. }
            | TestPoint::PackVoltage { unit }
            | TestPoint::CellVoltages { unit } => unit,
            TestPoint::ChargerOutput { charger } => {
                let Some(c) = self.chargers.iter().find(|c| c.id == charger) else {
                    return Some(format!("there is no charger C{charger}"));
                };
                let v = if c.locked_out {
                    0.0
                } else {
                    c.output_voltage_v
                };
                return Some(format!(
                    "charger C{charger} at its pads: {v:.1} V DC, delivering {:.1} A",
                    c.current_a
                ));
            }
            _ => return None,
        };
        let name = format!("DU-{unit:03}");
        let &e = self.roster.units.get(unit as usize)?;
        let (power, _, _, battery, _, _, motors, _) = self.units.get(e).ok()?;
        let wheel_of = |w: Wheel| match w {
            Wheel::Left => (&motors.left, "left"),
            Wheel::Right => (&motors.right, "right"),
        };
        Some(match point {
            TestPoint::MotorPhaseResistance { wheel, .. } => {
                let (_, side) = wheel_of(wheel);
                let r = 2.0 * d.motor_winding_resistance_ohm;
                // A shorted turn in phase U lowers the two readings that include it.
                let short = Self::shorted_winding(schedule, unit, wheel);
                let (uv, vw, wu) = if short {
                    (r * 0.55, r, r * 0.55)
                } else {
                    (r, r, r)
                };
                format!(
                    "{name} {side} drive motor phase resistance: U-V {uv:.2} Ω, V-W {vw:.2} Ω, W-U {wu:.2} Ω"
                )
            }
            TestPoint::MotorInsulation { wheel, .. } => {
                let (_, side) = wheel_of(wheel);
                format!("{name} {side} drive motor, 500 V phases to frame: > 550 MΩ")
            }
            TestPoint::EncoderSupply { wheel, .. } => {
                let (motor, side) = wheel_of(wheel);
                let v = if power.powered && power.battery_connected {
                    5.02
                } else {
                    0.0
                };
                format!(
                    "{name} {side} encoder connector: {v:.2} V supply; outputs {} when the wheel is turned",
                    encoder_outputs(motor, v > 0.0)
                )
            }
            TestPoint::PackVoltage { .. } => format!(
                "{name} pack terminals: {:.1} V ({:+.1} A flowing)",
                battery.voltage_v, battery.current_a
            ),
            TestPoint::CellVoltages { .. } => {
                let cells: Vec<String> = battery
                    .cells
                    .iter()
                    .map(|c| format!("{:.3}", c.voltage_v))
                    .collect();
                format!(
                    "{name} cell voltages: {} V (spread {:.0} mV)",
                    cells.join(" "),
                    battery.cell_spread_v() * 1000.0
                )
            }
            _ => return None,
        })
    }

    fn shorted_winding(schedule: &FaultSchedule, unit: u32, side: Wheel) -> bool {
        schedule.faults.iter().any(|f| {
            f.active
                && f.spec.target == ResolvedTarget::Unit(unit)
                && matches!(f.spec.kind, FaultKind::MotorBind { wheel, shorted_winding: true, .. } if wheel == side)
        })
    }

    pub fn act(
        &mut self,
        action: &TraineeAction,
        tick: u64,
        schedule: &mut FaultSchedule,
        catalogue: Option<&FaultCatalogue>,
        grid: &FloorGrid,
    ) -> Option<String> {
        use TraineeAction as A;
        let unit = match action {
            A::PowerDownUnit { unit }
            | A::DisconnectBattery { unit }
            | A::VerifyUnitDead { unit }
            | A::ReturnToService { unit }
            | A::ResetDrive { unit }
            | A::InspectUnit { unit }
            | A::LowerLift { unit }
            | A::EstopUnit { unit }
            | A::SelfTest { unit }
            | A::ThermalScan {
                target: ResolvedTarget::Unit(unit),
            } => *unit,
            A::ReplaceSticker { cell } => {
                if !grid.is_locked(*cell) {
                    return Some(format!("cell {cell} is not in a locked zone"));
                }
                return Some(repair(
                    schedule,
                    ResolvedTarget::Cell(*cell),
                    &["DamagedFiducial"],
                    &format!("replaced the fiducial sticker at {cell}"),
                ));
            }
            A::Measure { point } => return self.measure(*point, schedule),
            A::ApplyChargerLockout { charger } | A::RemoveChargerLockout { charger } => {
                let lock = matches!(action, A::ApplyChargerLockout { .. });
                let Some(mut c) = self.chargers.iter_mut().find(|c| c.id == *charger) else {
                    return Some(format!("there is no charger C{charger}"));
                };
                c.locked_out = lock;
                return Some(if lock {
                    format!(
                        "charger C{charger}: isolator off, lock and tag applied, pads proven dead"
                    )
                } else {
                    format!("charger C{charger}: lock and tag removed, isolator on")
                });
            }
            A::ThermalScan {
                target: ResolvedTarget::Charger(charger),
            } => {
                let Some(c) = self.chargers.iter().find(|c| c.id == *charger) else {
                    return Some(format!("there is no charger C{charger}"));
                };
                // Pitted pads heat up with the current through their contact resistance.
                let t = self.params.ambient_c
                    + c.current_a * 0.2
                    + c.current_a * (1.0 - c.contact_quality) * 1.5;
                return Some(format!("charger C{charger}: pads {t:.0} °C"));
            }
            A::ThermalScan {
                target: ResolvedTarget::Cell(cell),
            } => return Some(format!("fiducial cell {cell}: floor at room temperature")),
            A::CleanChargerPads { charger } => {
                return Some(repair(
                    schedule,
                    ResolvedTarget::Charger(*charger),
                    &["ChargerContact"],
                    &format!("cleaned the contact pads of charger C{charger}"),
                ));
            }
            other => other.hands_on_unit()?,
        };
        let name = format!("DU-{unit:03}");
        let Some(&entity) = self.roster.units.get(unit as usize) else {
            return Some(format!("there is no unit {name}"));
        };
        let mut extras = self.extras.get_mut(entity).ok();
        let Ok((mut power, mut health, mut odo, mut battery, route, _, motors, _)) =
            self.units.get_mut(entity)
        else {
            return Some(format!("there is no unit {name}"));
        };
        let target = ResolvedTarget::Unit(unit);
        let text = match action {
            A::PowerDownUnit { .. } => {
                power.powered = false;
                format!(
                    "{name}: controller powered down, unit stopped at {}",
                    route.current
                )
            }
            A::DisconnectBattery { .. } => {
                power.battery_connected = false;
                power.isolated_at = Some(tick);
                power.verified = false;
                format!(
                    "{name}: battery disconnected{}",
                    if power.powered {
                        " under load (arcing at the connector: power down first)"
                    } else {
                        ""
                    }
                )
            }
            A::VerifyUnitDead { .. } => match power.isolated_at {
                _ if power.powered || power.battery_connected => format!(
                    "{name}: still live: {:.1} V at the controller",
                    battery.voltage_v
                ),
                Some(at) if (tick - at) as f64 / TICK_HZ < UNIT_BUS_DRAIN_S => {
                    let left = UNIT_BUS_DRAIN_S - (tick - at) as f64 / TICK_HZ;
                    let v =
                        battery.voltage_v as f64 * (-((tick - at) as f64) / TICK_HZ / 8.0).exp();
                    format!("{name}: bus capacitors at {v:.0} V: wait about {left:.0} s more")
                }
                _ => {
                    power.verified = true;
                    format!(
                        "{name}: meter proven, 0.0 V at the motor controller bus, proven again: zero energy verified"
                    )
                }
            },
            A::ReturnToService { .. } => {
                *power = UnitPower::default();
                clear_drive(&mut health, &mut odo, grid, route);
                format!(
                    "{name}: battery reconnected, powered up, drive reset, released to the planner"
                )
            }
            A::ResetDrive { .. } => {
                clear_drive(&mut health, &mut odo, grid, route);
                format!(
                    "{name}: drive faults cleared, position re-taken from fiducial {}",
                    route.current
                )
            }
            A::InspectUnit { .. } => inspect(schedule, catalogue, target),
            A::ClearAxleDebris { .. } => repair_if(
                schedule,
                target,
                |k| {
                    matches!(
                        k,
                        FaultKind::MotorBind {
                            shorted_winding: false,
                            ..
                        }
                    )
                },
                &format!("{name}: cleared debris from the axles"),
            ),
            A::ReplaceDriveMotor { .. } => repair_if(
                schedule,
                target,
                |k| {
                    matches!(
                        k,
                        FaultKind::MotorBind {
                            shorted_winding: true,
                            ..
                        }
                    )
                },
                &format!("{name}: fitted a new drive motor"),
            ),
            A::EstopUnit { .. } => {
                health.remote_estop = true;
                format!("{name}: remote e-stop, unit stopped at {}", route.current)
            }
            A::LowerLift { .. } => match extras.as_mut() {
                Some((lift, ..)) if !power.powered || !power.battery_connected => {
                    let _ = lift;
                    format!("{name}: the lift cannot move without power")
                }
                Some((lift, ..)) if lift.height_m > 0.01 => {
                    lift.height_m = 0.0;
                    format!("{name}: lift lowered, the pod rests on its feet")
                }
                _ => format!("{name}: the lift is already down"),
            },
            A::SelfTest { .. } => match extras.as_ref() {
                _ if !power.powered || !power.battery_connected => {
                    format!("{name}: the self-test needs the unit powered")
                }
                Some((lift, condition, camera, _)) => {
                    self_test(&name, motors, condition, camera, lift, &self.params)
                }
                None => format!("{name}: no self-test"),
            },
            A::ThermalScan { .. } => {
                let ambient = self.params.ambient_c;
                let rated = self.params.fleet.drive.motor_rated_current_a.max(0.1);
                let motor_t = |m: &WheelMotor, side: Wheel| {
                    let short = if Self::shorted_winding(schedule, unit, side) && power.powered {
                        25.0
                    } else {
                        0.0
                    };
                    ambient + 8.0 + 25.0 * (m.current_a / rated).powi(2).min(4.0) + short
                };
                let lift_t = extras.as_ref().map_or(ambient, |(_, c, ..)| {
                    ambient + 4.0 + 12.0 * (c.lift_slowdown - 1.0).max(0.0)
                });
                format!(
                    "{name}: left motor {:.0} °C, right motor {:.0} °C, lift screw {lift_t:.0} °C, pack {:.0} °C",
                    motor_t(&motors.left, Wheel::Left),
                    motor_t(&motors.right, Wheel::Right),
                    battery.temperature_c
                )
            }
            A::ReplaceEncoder { .. } => repair(
                schedule,
                target,
                &["EncoderFailure"],
                &format!("{name}: replaced the wheel encoder"),
            ),
            A::ReplaceWheels { .. } => repair(
                schedule,
                target,
                &["WornWheel", "WheelSlip"],
                &format!("{name}: replaced both drive wheels"),
            ),
            A::ReplaceLiftNut { .. } => repair(
                schedule,
                target,
                &["LiftWear"],
                &format!("{name}: replaced the lift screw nut"),
            ),
            A::CleanCamera { .. } => repair(
                schedule,
                target,
                &["DirtyCamera"],
                &format!("{name}: cleaned the fiducial camera lens"),
            ),
            A::ReplaceBumperSwitch { .. } => repair(
                schedule,
                target,
                &["ObstacleFalseTrip"],
                &format!("{name}: replaced the bumper switch"),
            ),
            A::ReseatAntenna { .. } => repair(
                schedule,
                target,
                &["WirelessDropout"],
                &format!("{name}: reseated the antenna connector"),
            ),
            A::ReplacePack { .. } => repair(
                schedule,
                target,
                &["WornPack"],
                &format!("{name}: fitted a new battery pack"),
            ),
            A::ReplaceCoolingFan { .. } => repair(
                schedule,
                target,
                &["PackOverTemperature"],
                &format!("{name}: replaced the pack cooling fan"),
            ),
            A::BalanceCharge { .. } => {
                let text = repair(
                    schedule,
                    target,
                    &["CellImbalance"],
                    &format!("{name}: balance-charged the pack"),
                );
                let mean = battery.soc();
                for cell in &mut battery.cells {
                    cell.soc = mean;
                }
                text
            }
            _ => return None,
        };
        Some(text)
    }
}

/// What an encoder's outputs do when the wheel is turned by hand.
fn encoder_outputs(motor: &WheelMotor, supplied: bool) -> &'static str {
    if !supplied {
        "stay low (no supply)"
    } else if motor.encoder_ok {
        "toggle A/B/C in turn"
    } else {
        "do NOT toggle"
    }
}

/// The unit's built-in test: a slow turn of each wheel, the camera on its test
/// target, the bumper and the lift, reported against the drive's figures.
fn self_test(
    name: &str,
    motors: &crate::fleet::DriveMotors,
    condition: &UnitCondition,
    camera: &FiducialCamera,
    lift: &Lift,
    params: &FleetParams,
) -> String {
    let d = &params.fleet.drive;
    let wheel = |m: &WheelMotor, side: &str| {
        let counts = if m.encoder_ok {
            "counts ok"
        } else {
            "NO encoder counts (Hall error)"
        };
        // Drag on the axle shows as extra current at the slow test speed.
        let amps = d.motor_no_load_current_a + m.drag_nm / d.motor_torque_nm_per_a;
        let diameter = m.radius_m * 2000.0;
        format!("{side} wheel {counts}, {amps:.1} A at test speed, diameter {diameter:.0} mm")
    };
    let _ = lift;
    let mut report = vec![
        wheel(&motors.left, "left"),
        wheel(&motors.right, "right"),
        format!(
            "camera test-target contrast {:.0} %{}",
            camera.read_quality * 100.0,
            if camera.read_quality < 0.9 {
                " (LOW)"
            } else {
                ""
            }
        ),
        if condition.obstacle_trips_per_min > 0.0 {
            "bumper input chatters open while nothing touches it".to_string()
        } else {
            "bumper input closed".to_string()
        },
        format!(
            "lift test raise {:.1} s (spec {:.1} s)",
            d.lift_time_s * condition.lift_slowdown,
            d.lift_time_s
        ),
    ];
    if condition.dropouts_per_min > 0.0 {
        report.push("radio link quality drops in bursts".into());
    }
    format!("{name} self-test: {}", report.join("; "))
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
