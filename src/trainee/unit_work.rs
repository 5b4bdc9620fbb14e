//! Work on drive units, stickers and charger pads: isolating a unit, proving it dead,
//! repairs that remove a fault's cause, and returning the unit to service.

use bevy::prelude::*;

use super::action::TraineeAction;
use super::repair::{inspect, repair};
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::fleet::{
    Battery, DriveHealth, DriveMotors, FleetRoster, Mission, Odometry, Pose, Route, UnitPower,
};
use crate::floor::FloorGrid;
use crate::scenario::ResolvedTarget;
use crate::sim::TICK_HZ;

/// Seconds for a unit's motor-controller capacitors to drain after isolation.
const UNIT_BUS_DRAIN_S: f64 = 30.0;

#[derive(bevy::ecs::system::SystemParam)]
pub struct UnitWork<'w, 's> {
    roster: Res<'w, FleetRoster>,
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
            | A::InspectUnit { unit } => *unit,
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
        let Some(Ok((mut power, mut health, mut odo, mut battery, route, ..))) = self
            .roster
            .units
            .get(unit as usize)
            .map(|&e| self.units.get_mut(e))
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
            A::ClearAxleDebris { .. } => repair(
                schedule,
                target,
                &["MotorBind"],
                &format!("{name}: cleared debris from the axles"),
            ),
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

fn clear_drive(health: &mut DriveHealth, odo: &mut Odometry, grid: &FloorGrid, route: &Route) {
    *health = DriveHealth::default();
    if odo.lost {
        // Re-localised by hand on the fiducial it stands on.
        odo.lost = false;
        odo.missed_in_a_row = 0;
        odo.position = grid.center(route.current);
    }
}
