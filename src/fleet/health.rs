//! The unit's own monitors: obstacle sensor and radio link (which stop it), the BMS
//! and lift checks, and the alarms a technician reads off the unit.

use bevy::ecs::query::QueryData;
use bevy::prelude::*;
use rand::RngExt;

use super::battery::{Battery, ChargeInhibit};
use super::mission::Mission;
use super::unit::{BodyMotion, DriveHealth, DriveUnit, Lift, LiftPhase, Odometry, UnitCondition};
use super::{FleetParams, FleetRoster};
use crate::alarms::{AlarmCode, AlarmLog, AlarmSource};
use crate::sim::{SimClock, SimRng, TICK_DT, ticks_for};

/// How long a false obstacle trip or a controller reset holds the unit, seconds.
const OBSTACLE_HOLD_S: f32 = 3.0;
const RESET_HOLD_S: f32 = 5.0;

/// Obstacle-sensor trips and radio dropouts, drawn only for units whose condition
/// makes them possible, so a healthy fleet's random sequence is untouched.
///
/// Units are visited in storage order (cheap) and the few whose condition draws on the
/// random sequence are drawn for afterwards in id order, the order the sequence is
/// defined in, so the result does not depend on how the units are stored.
pub fn sense_obstacles_and_link(
    clock: Res<SimClock>,
    roster: Res<FleetRoster>,
    mut rng: ResMut<SimRng>,
    mut alarms: ResMut<AlarmLog>,
    mut units: Query<(&DriveUnit, &BodyMotion, &UnitCondition, &mut DriveHealth)>,
) {
    let mut may_trip = Vec::new();
    for (unit, _, condition, mut health) in &mut units {
        if health.obstacle_hold_ticks + health.link_down_ticks + health.reset_hold_ticks > 0 {
            health.obstacle_hold_ticks = health.obstacle_hold_ticks.saturating_sub(1);
            health.link_down_ticks = health.link_down_ticks.saturating_sub(1);
            health.reset_hold_ticks = health.reset_hold_ticks.saturating_sub(1);
        }
        if condition.obstacle_trips_per_min > 0.0 || condition.dropouts_per_min > 0.0 {
            may_trip.push((unit.id, ()));
        }
    }
    for (entity, ()) in roster.in_id_order(may_trip) {
        let Ok((unit, motion, condition, mut health)) = units.get_mut(entity) else {
            continue;
        };
        if condition.obstacle_trips_per_min > 0.0 && motion.speed.abs() > 0.05 {
            let p = condition.obstacle_trips_per_min / 60.0 * TICK_DT;
            if rng.0.random::<f32>() < p {
                health.obstacle_hold_ticks = ticks_for(OBSTACLE_HOLD_S) as u32;
                alarms.event(
                    clock.tick,
                    AlarmSource::Unit(unit.id),
                    AlarmCode::ObstacleDetected,
                    format!("{}: obstacle sensor tripped, unit stopped", unit.label()),
                );
            }
        }
        if condition.dropouts_per_min > 0.0 && health.link_down_ticks == 0 {
            let p = condition.dropouts_per_min / 60.0 * TICK_DT;
            if rng.0.random::<f32>() < p {
                health.link_down_ticks = ticks_for(condition.dropout_duration_s) as u32;
            }
        }
    }
}

/// A pack that sags below the controller's brown-out voltage under load resets the unit.
/// Sagging units are found in storage order and logged in id order.
pub fn brown_out_on_sag(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    mut alarms: ResMut<AlarmLog>,
    mut units: Query<(&DriveUnit, &Battery, &mut DriveHealth)>,
) {
    let limit = params.fleet.battery.min_pack_voltage_v;
    let sagging = units
        .iter()
        .filter(|(_, battery, health)| {
            battery.current_a > 0.0 && battery.voltage_v < limit && health.reset_hold_ticks == 0
        })
        .map(|(unit, ..)| (unit.id, ()))
        .collect();
    for (entity, ()) in roster.in_id_order(sagging) {
        if let Ok((unit, battery, mut health)) = units.get_mut(entity) {
            health.reset_hold_ticks = ticks_for(RESET_HOLD_S) as u32;
            alarms.event(
                clock.tick,
                AlarmSource::Unit(unit.id),
                AlarmCode::PackUndervoltage,
                format!(
                    "{}: pack sagged to {:.1} V at {:.0} A (limit {limit:.0} V), controller reset",
                    unit.label(),
                    battery.voltage_v,
                    battery.current_a
                ),
            );
        }
    }
}

/// Bits of [`AlarmCode`]s a unit can hold active, to touch the log only on change.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct UnitAlarmBits(u16);

const UNIT_ALARMS: [AlarmCode; 9] = [
    AlarmCode::UnitLost,
    AlarmCode::MotorOvercurrent,
    AlarmCode::MotorStall,
    AlarmCode::HallSensorError,
    AlarmCode::LinkLost,
    AlarmCode::LiftTimeout,
    AlarmCode::CellImbalance,
    AlarmCode::PackOverTemperature,
    AlarmCode::ChargeTimeout,
];

/// What a unit's controller and BMS report alarms from.
#[derive(QueryData)]
#[query_data(mutable)]
pub struct AlarmingUnit {
    unit: &'static DriveUnit,
    odometry: &'static Odometry,
    health: &'static DriveHealth,
    lift: &'static Lift,
    battery: &'static Battery,
    mission: &'static Mission,
    bits: &'static mut UnitAlarmBits,
}

/// Raises and clears each unit's standing alarms from its controller and BMS state.
///
/// Every unit's alarm bits are worked out in storage order; the few that changed are
/// written to the log afterwards in id order, so the log reads the same however the
/// units are stored.
pub fn raise_unit_alarms(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    mut alarms: ResMut<AlarmLog>,
    mut units: Query<AlarmingUnit>,
) {
    let spec = &params.fleet;
    let mut changed = Vec::new();
    for unit in &mut units {
        let docked = matches!(unit.mission, Mission::Charge { docked: true, .. });
        let now = [
            unit.odometry.lost,
            unit.health.overcurrent,
            unit.health.stalled,
            unit.health.hall_error,
            unit.health.link_down_ticks > 0,
            unit.lift.phase == LiftPhase::Raising
                && unit.lift.raising_s > 2.0 * spec.drive.lift_time_s,
            unit.battery.charge_inhibit == Some(ChargeInhibit::CellImbalance),
            unit.battery.charge_inhibit == Some(ChargeInhibit::OverTemperature),
            docked && unit.battery.stalled_charge_s > spec.battery.charge_timeout_s,
        ];
        let mask = now
            .iter()
            .enumerate()
            .fold(0u16, |m, (i, on)| m | ((*on as u16) << i));
        if mask != unit.bits.0 {
            changed.push((unit.unit.id, mask));
        }
    }
    for (entity, mask) in roster.in_id_order(changed) {
        let Ok(AlarmingUnitItem {
            unit,
            odometry: odo,
            battery,
            mut bits,
            ..
        }) = units.get_mut(entity)
        else {
            continue;
        };
        for (i, code) in UNIT_ALARMS.iter().enumerate() {
            if (mask ^ bits.0) & (1 << i) != 0 {
                alarms.set(
                    clock.tick,
                    AlarmSource::Unit(unit.id),
                    *code,
                    mask & (1 << i) != 0,
                    || unit_alarm_text(unit, *code, odo, battery),
                );
            }
        }
        bits.0 = mask;
    }
}

fn unit_alarm_text(unit: &DriveUnit, code: AlarmCode, odo: &Odometry, battery: &Battery) -> String {
    let name = unit.label();
    match code {
        AlarmCode::UnitLost => format!(
            "{name}: status LOST after {} missed fiducials, stopped",
            odo.missed_in_a_row
        ),
        AlarmCode::MotorOvercurrent => format!("{name}: drive motor overcurrent"),
        AlarmCode::MotorStall => format!("{name}: wheel stall, speed error, drive faulted"),
        AlarmCode::HallSensorError => {
            format!("{name}: Hall sensor error, no encoder counts while current flows")
        }
        AlarmCode::LinkLost => format!("{name}: wireless link lost, unit holding"),
        AlarmCode::LiftTimeout => format!("{name}: lift did not reach its limit switch in time"),
        AlarmCode::CellImbalance => format!(
            "{name}: BMS cell imbalance {:.0} mV, charging blocked",
            battery.cell_spread_v() * 1000.0
        ),
        AlarmCode::PackOverTemperature => format!(
            "{name}: BMS over-temperature {:.1} °C, charging inhibited",
            battery.temperature_c
        ),
        AlarmCode::ChargeTimeout => format!(
            "{name}: charge timeout, state of charge not rising ({:.0} %)",
            battery.soc() * 100.0
        ),
        _ => format!("{name}: {}", code.tag()),
    }
}
