//! Work on drive units and chargers: isolating a unit and proving it dead, returning it
//! to service, the readings taken at them (through `crate::instruments`), and the
//! telemetry the fleet manager shows.

use bevy::ecs::query::QueryData;
use bevy::prelude::*;

use super::outcome::{Effect, Isolation, Observed, Refusal};
use super::words::unit_name;
use crate::fleet::{
    Battery, Charger, DriveHealth, DriveMotors, FiducialCamera, FleetParams, FleetRoster, Lift,
    Mission, Odometry, Pose, Route, TestDrives, TrafficStats, UnitCondition, UnitPower,
};
use crate::floor::{Cell, FiducialStickers, FloorGrid};
use crate::instruments::InstrumentFigures;
use crate::instruments::meter::{self, UnitBus};
use crate::sim::TICK_HZ;

/// A drive unit's parts the technician reads, isolates and works on.
#[derive(QueryData)]
#[query_data(mutable)]
pub struct UnitParts {
    pub(super) power: &'static mut UnitPower,
    pub(super) health: &'static mut DriveHealth,
    pub(super) odometry: &'static mut Odometry,
    pub(super) battery: &'static mut Battery,
    pub(super) lift: &'static mut Lift,
    pub(super) route: &'static Route,
    pub(super) pose: &'static mut Pose,
    pub(super) motors: &'static DriveMotors,
    pub(super) mission: &'static Mission,
    pub(super) condition: &'static UnitCondition,
    pub(super) camera: &'static FiducialCamera,
    pub(super) stats: &'static TrafficStats,
}

/// Drive units and chargers as the technician can reach them.
#[derive(bevy::ecs::system::SystemParam)]
pub struct UnitWork<'w, 's> {
    roster: Res<'w, FleetRoster>,
    pub(super) params: Res<'w, FleetParams>,
    pub(super) stickers: Res<'w, FiducialStickers>,
    pub(super) test_drives: ResMut<'w, TestDrives>,
    pub(super) chargers: Query<'w, 's, &'static mut Charger>,
    units: Query<'w, 's, UnitParts>,
}

pub(super) fn no_unit(unit: u32) -> Observed {
    Observed::refused(
        format!("there is no unit {}", unit_name(unit)),
        Refusal::NoSuchEquipment,
    )
}

pub(super) fn no_charger(charger: u16) -> Observed {
    Observed::refused(
        format!("there is no charger C{charger}"),
        Refusal::NoSuchEquipment,
    )
}

impl<'s> UnitWork<'_, 's> {
    pub(super) fn parts(&self, unit: u32) -> Option<UnitPartsReadOnlyItem<'_, 's>> {
        let &entity = self.roster.units.get(unit as usize)?;
        self.units.get(entity).ok()
    }

    pub(super) fn parts_mut(&mut self, unit: u32) -> Option<UnitPartsItem<'_, 's>> {
        let &entity = self.roster.units.get(unit as usize)?;
        self.units.get_mut(entity).ok()
    }

    /// The unit's telemetry as the fleet manager shows it.
    pub fn telemetry(&self, unit: u32) -> Observed {
        let Some(u) = self.parts(unit) else {
            return no_unit(unit);
        };
        let (battery, motors) = (u.battery, u.motors);
        Observed::tested(format!(
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
        ))
    }

    /// Whether hands may go on this unit: powered down, isolated, proven dead, in a
    /// locked zone where it really stands, and its lift down (a raised lift holds a
    /// pod's weight).
    pub fn safe_to_work_on(&self, unit: u32, grid: &FloorGrid) -> bool {
        self.parts(unit).is_some_and(|u| {
            let cell = grid.cell_at(u.pose.position);
            // Off the grid (against the fence) no other unit can drive at it.
            let guarded = grid.index(cell).is_none() || grid.is_locked(cell);
            u.power.dead_and_verified() && guarded && u.lift.height_m <= 0.01
        })
    }

    /// The cell the unit really stands on (a lost unit may believe it is elsewhere).
    pub fn cell_of(&self, unit: u32, grid: &FloorGrid) -> Option<Cell> {
        self.parts(unit).map(|u| grid.cell_at(u.pose.position))
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

    /// Power-side work on a unit: power down, isolate, prove dead, e-stop, lower the
    /// lift, reset the drive, return to service.
    pub fn energy(
        &mut self,
        action: &super::TraineeAction,
        unit: u32,
        tick: u64,
        grid: &FloorGrid,
        figures: &InstrumentFigures,
    ) -> Observed {
        use super::TraineeAction as A;
        let name = unit_name(unit);
        let Some(mut u) = self.parts_mut(unit) else {
            return no_unit(unit);
        };
        let isolation = Isolation::Unit(unit);
        match action {
            A::PowerDownUnit { .. } => {
                u.power.powered = false;
                Observed::done(
                    format!(
                        "{name}: controller powered down, unit stopped at {}",
                        u.route.current
                    ),
                    vec![Effect::UnitMadeSafe { unit }],
                )
            }
            A::DisconnectBattery { .. } => {
                let under_load = u.power.powered;
                u.power.battery_connected = false;
                u.power.isolated_at = Some(tick);
                u.power.verified = false;
                Observed::done(
                    format!(
                        "{name}: battery disconnected{}",
                        if under_load {
                            " under load (arcing at the connector: power down first)"
                        } else {
                            ""
                        }
                    ),
                    vec![Effect::LockoutApplied { on: isolation }],
                )
            }
            A::VerifyUnitDead { .. } => {
                let live = u.power.powered || u.power.battery_connected;
                let since = u.power.isolated_at.map(|at| (tick - at) as f64 / TICK_HZ);
                match meter::unit_bus(&figures.meter, u.battery.voltage_v, live, since) {
                    UnitBus::Live { volts } => Observed::done(
                        format!("{name}: still live: {volts:.1} V at the controller"),
                        Vec::new(),
                    ),
                    UnitBus::Draining { volts, wait_s } => Observed::done(
                        format!(
                            "{name}: bus capacitors at {volts:.0} V: wait about {wait_s:.0} s more"
                        ),
                        Vec::new(),
                    ),
                    UnitBus::Dead => {
                        u.power.verified = true;
                        Observed::done(
                            format!(
                                "{name}: meter proven, 0.0 V at the motor controller bus, proven again: zero energy verified"
                            ),
                            vec![Effect::ZeroEnergyProven { on: isolation }],
                        )
                    }
                }
            }
            A::ReturnToService { .. } => {
                let was_isolated = !u.power.battery_connected;
                *u.power = UnitPower::default();
                clear_drive(&mut u.health, &mut u.odometry, &mut u.pose, grid, u.route);
                let mut effects = Vec::new();
                if was_isolated {
                    effects.push(Effect::LockoutRemoved { on: isolation });
                }
                effects.push(Effect::UnitReleased { unit });
                Observed::done(
                    format!(
                        "{name}: battery reconnected, powered up, drive reset, released to the planner"
                    ),
                    effects,
                )
            }
            A::ResetDrive { .. } => {
                clear_drive(&mut u.health, &mut u.odometry, &mut u.pose, grid, u.route);
                Observed::done(
                    format!(
                        "{name}: drive faults cleared, position re-taken from fiducial {}",
                        u.route.current
                    ),
                    vec![Effect::Reset],
                )
            }
            A::EstopUnit { .. } => {
                u.health.remote_estop = true;
                Observed::done(
                    format!("{name}: remote e-stop, unit stopped at {}", u.route.current),
                    vec![Effect::UnitMadeSafe { unit }],
                )
            }
            A::LowerLift { .. } => {
                if !u.power.powered || !u.power.battery_connected {
                    Observed::refused(
                        format!("{name}: the lift cannot move without power"),
                        Refusal::NeedsPower,
                    )
                } else if u.lift.height_m > 0.01 {
                    u.lift.height_m = 0.0;
                    Observed::done(
                        format!("{name}: lift lowered, the pod rests on its feet"),
                        vec![Effect::UnitMadeSafe { unit }],
                    )
                } else {
                    Observed::done(format!("{name}: the lift is already down"), Vec::new())
                }
            }
            _ => Observed::refused("nothing happens", Refusal::NoSuchEquipment),
        }
    }

    /// Isolates a charger (lock and tag on its isolator) or gives it back.
    pub fn charger_lockout(&mut self, charger: u16, lock: bool) -> Observed {
        let Some(mut c) = self.chargers.iter_mut().find(|c| c.id == charger) else {
            return no_charger(charger);
        };
        let on = Isolation::Charger(charger);
        if lock {
            c.locked_out = true;
            Observed::done(
                format!("charger C{charger}: isolator off, lock and tag applied, pads proven dead"),
                vec![
                    Effect::LockoutApplied { on },
                    Effect::ZeroEnergyProven { on },
                ],
            )
        } else if !c.locked_out {
            Observed::refused(
                format!("charger C{charger}: there is no lock and tag on its isolator"),
                Refusal::NothingLocked,
            )
        } else {
            c.locked_out = false;
            Observed::done(
                format!("charger C{charger}: lock and tag removed, isolator on"),
                vec![Effect::LockoutRemoved { on }],
            )
        }
    }

    /// A balance charge brings every cell of the pack to the pack's mean.
    pub fn balance_cells(&mut self, unit: u32) {
        if let Some(mut u) = self.parts_mut(unit) {
            let mean = u.battery.soc();
            for cell in u.battery.cells_mut() {
                cell.soc = mean;
            }
        }
    }

    pub fn exists(&self, unit: u32) -> bool {
        self.parts(unit).is_some()
    }
}

fn clear_drive(
    health: &mut DriveHealth,
    odo: &mut Odometry,
    pose: &mut Pose,
    grid: &FloorGrid,
    route: &Route,
) {
    *health = DriveHealth::default();
    if odo.lost {
        // Re-localised by hand: the technician pushes the unit onto the fiducial the
        // fleet manager holds for it, and it takes its position from there.
        let home = grid.center(route.current);
        odo.lost = false;
        odo.missed_in_a_row = 0;
        odo.since_read_m = 0.0;
        odo.position = home;
        odo.heading = pose.heading;
        pose.position = home;
        pose.speed = 0.0;
    }
}
