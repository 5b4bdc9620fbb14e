//! Differential-drive motion: a controller that follows the held cells on the
//! unit's *believed* pose, wheel motors that move the *true* pose, encoders and a
//! gyro that feed dead reckoning, and motor currents from the forces involved.
//!
//! Keeping belief and truth apart is what lets later faults (a worn wheel, a dead
//! encoder) produce real symptoms such as overshooting a fiducial.

use std::f32::consts::{PI, TAU};

use bevy::ecs::query::QueryData;
use bevy::prelude::*;

use super::claims::{CellReservations, SpurClaims};
use super::mission::Mission;
use super::unit::{
    BodyMotion, DriveHealth, DriveMotors, Lift, LiftPhase, Odometry, Pose, Route, TrafficStats,
    UnitCondition, UnitPower, WheelMotor,
};
use super::wheels::{motor_currents, move_wheels, stall_torque, watch_drive, wheel_torques};
use super::{DriveUnitSpec, FleetParams};
use crate::floor::FloorGrid;
use crate::sim::TICK_DT;

/// Heading error below which a rotation in place is complete, rad.
const TURN_DONE_RAD: f32 = 0.003;
/// Heading error above which the unit rotates in place before driving, rad.
const TURN_NEEDED_RAD: f32 = 0.25;
/// A cell counts as reached this close before its centre, metres.
const CENTRE_REACHED_M: f32 = 0.002;
/// Angular acceleration allowed for steering corrections while driving, rad/s².
const STEER_ACCEL_RADPS2: f32 = 1.0;

/// Wraps an angle to (-π, π].
pub fn wrap_angle(a: f32) -> f32 {
    let shifted = a + PI;
    // `rem_euclid` calls `fmod`; a shifted angle already within one turn (nearly every
    // call, every tick for every unit) is its own remainder, so the bits are the same.
    let turned = if (0.0..TAU).contains(&shifted) {
        shifted
    } else {
        shifted.rem_euclid(TAU)
    };
    let mut a = turned - PI;
    if a <= -PI {
        a += TAU;
    }
    a
}

/// What driving a unit reads and moves.
#[derive(QueryData)]
#[query_data(mutable)]
pub struct DrivenUnit {
    entity: Entity,
    pose: &'static mut Pose,
    odometry: &'static mut Odometry,
    motion: &'static mut BodyMotion,
    motors: &'static mut DriveMotors,
    route: &'static mut Route,
    stats: &'static mut TrafficStats,
    lift: &'static Lift,
    mission: &'static Mission,
    health: &'static mut DriveHealth,
    condition: &'static UnitCondition,
    power: &'static UnitPower,
}

/// One tick of driving for every unit.
pub fn drive_units(
    params: Res<FleetParams>,
    grid: Res<FloorGrid>,
    mut reservations: ResMut<CellReservations>,
    mut claims: ResMut<SpurClaims>,
    person: Res<super::PersonInField>,
    mut units: Query<DrivenUnit>,
) {
    let d = &params.fleet.drive;
    for unit in &mut units {
        let DrivenUnitItem {
            entity,
            mut pose,
            odometry: mut odo,
            mut motion,
            mut motors,
            mut route,
            mut stats,
            lift,
            mission,
            mut health,
            condition,
            power,
        } = unit;
        let loaded = lift.pod.is_some() || lift.phase != LiftPhase::Lowered;
        let payload = if lift.pod.is_some() {
            params.pod_mass_kg
        } else {
            0.0
        };
        let (v_max, accel) = if loaded {
            (d.max_speed_loaded_mps, d.accel_loaded_mps2)
        } else {
            (d.max_speed_mps, d.accel_empty_mps2)
        };
        let v_max = person
            .speed_limit(pose.position, pose.heading, accel)
            .map_or(v_max, |limit| v_max.min(limit));
        let (v_cmd, w_cmd) = if odo.lost
            || v_max <= 0.0
            || !power.powered
            || health.must_stop()
            || lift.phase == LiftPhase::Raising
            || lift.phase == LiftPhase::Lowering
        {
            (0.0, 0.0)
        } else {
            command(&grid, &route, &odo, &motion, d, v_max, accel)
        };
        if v_cmd.to_bits() == 0
            && w_cmd.to_bits() == 0
            && standing_still(&pose, &odo, &motion, &motors, &route, &health)
        {
            continue;
        }
        let old = *motion;
        motion.speed += (v_cmd - motion.speed).clamp(-accel * TICK_DT, accel * TICK_DT);
        // Steering corrections on the move are gentle; full turn acceleration is for spinning in place.
        let turn_accel = if motion.speed.abs() > 0.0 || v_cmd > 0.0 {
            d.turn_accel_radps2.min(STEER_ACCEL_RADPS2)
        } else {
            d.turn_accel_radps2
        };
        motion.turn_rate +=
            (w_cmd - motion.turn_rate).clamp(-turn_accel * TICK_DT, turn_accel * TICK_DT);
        if v_cmd == 0.0 && motion.speed.abs() < accel * TICK_DT {
            motion.speed = 0.0;
        }
        if w_cmd == 0.0 && motion.turn_rate.abs() < turn_accel * TICK_DT {
            motion.turn_rate = 0.0;
        }
        let mass = d.mass_kg + payload;
        // Worked out once for the stall check and the motor currents (driving moves the
        // wheels, not what the torques depend on), again only if the drive stalls.
        let mut torques = wheel_torques(&motors, &old, &motion, mass, d);
        if !health.stalled && torques.iter().any(|t| t.abs() > stall_torque(d)) {
            // A wheel cannot turn against its load: the drive faults and stops.
            health.stalled = true;
            motion.speed = 0.0;
            motion.turn_rate = 0.0;
            torques = wheel_torques(&motors, &old, &motion, mass, d);
        }
        // Only touch the pose when it moves, so parked units don't count as changed.
        let mut moved = *pose;
        move_wheels(
            &mut moved,
            &mut odo,
            &mut motors,
            &motion,
            d,
            condition.tyre_grip,
        );
        // The fence is a wall: a unit that drives into it (steering blind on a dead
        // encoder, say) stops against it and declares itself lost.
        let (fence_min, fence_max) = grid.fence_rect();
        let inside = moved.position.cmpge(fence_min).all() && moved.position.cmple(fence_max).all();
        if !inside {
            moved.position = moved.position.clamp(fence_min, fence_max);
            moved.speed = 0.0;
            odo.lost = true;
        }
        if moved.position != pose.position
            || moved.heading != pose.heading
            || moved.speed != pose.speed
        {
            *pose = moved;
        }
        motor_currents(&mut motors, torques, d, health.stalled);
        watch_drive(&mut health, &motors, d);
        advance_along_route(
            &grid,
            &mut reservations,
            &mut claims,
            entity,
            &odo,
            &mut route,
            &mut stats,
            mission,
            d,
        );
        route.settled = route.path.is_empty() && motion.speed == 0.0 && motion.turn_rate == 0.0;
    }
}

/// A unit commanded to stay at rest (`drive_units` checks the command is +0, +0)
/// whose last tick wrote every output of driving as this one would write it again
/// (zeros, headings already wrapped): parked, picking, lifting, or squared up on its
/// cell waiting for the next one. On a busy floor about half the units each tick,
/// skipped. Anything another system changed since (pose, odometry) or anything not at
/// rest (a stall, a timer running, a cell still held behind, a zero whose sign a step
/// could flip) goes through the full step, so the result is the same.
fn standing_still(
    pose: &Mut<Pose>,
    odo: &Mut<Odometry>,
    motion: &BodyMotion,
    motors: &DriveMotors,
    route: &Route,
    health: &DriveHealth,
) -> bool {
    let plus_zero = |v: f32| v.to_bits() == 0;
    let wheel_idle = |w: &WheelMotor| {
        plus_zero(w.current_a)
            && plus_zero(w.speed_radps)
            && plus_zero(w.encoder_rate_cps)
            && w.encoder_fraction.to_bits() != (-0.0f64).to_bits()
    };
    // A zero coordinate or a -0 heading is one whose sign a step of nothing could flip.
    let no_signed_zero = |position: Vec2, heading: f32| {
        position.x != 0.0 && position.y != 0.0 && heading.to_bits() != (-0.0f32).to_bits()
    };
    // The step would set `settled` to this (the unit is at rest).
    route.settled == route.path.is_empty()
        && route.reserved_ahead == 0
        && route.behind.is_none()
        && plus_zero(motion.speed)
        && plus_zero(motion.turn_rate)
        && pose.speed == 0.0
        && plus_zero(motors.power_w)
        && wheel_idle(&motors.left)
        && wheel_idle(&motors.right)
        && !health.stalled
        && plus_zero(health.overcurrent_s)
        && plus_zero(health.hall_silent_s)
        && !pose.is_changed()
        && no_signed_zero(pose.position, pose.heading)
        && no_signed_zero(odo.position, odo.heading)
        && (!odo.is_changed() || wrap_angle(odo.heading).to_bits() == odo.heading.to_bits())
}

/// Desired speed and turn rate: rotate to face the next cell, then drive to the
/// last held cell of the straight leg, braking so as to stop on its fiducial.
fn command(
    grid: &FloorGrid,
    route: &Route,
    odo: &Odometry,
    motion: &BodyMotion,
    d: &DriveUnitSpec,
    v_max: f32,
    accel: f32,
) -> (f32, f32) {
    let Some(dir) = route.next_dir() else {
        return (0.0, 0.0);
    };
    let centre = grid.center(route.current);
    let dir_v = dir.heading_vector();
    let heading_err = wrap_angle(dir.heading() - odo.heading);
    // Standing still, a unit squares up exactly before driving off (and finishes any
    // rotation it started); on the move, small errors are steered out.
    let squaring_up =
        motion.speed == 0.0 && (heading_err.abs() > TURN_DONE_RAD || motion.turn_rate != 0.0);
    if heading_err.abs() > TURN_NEEDED_RAD || squaring_up {
        // Corners are turned in place: come to a stop first.
        if motion.speed != 0.0 {
            return (0.0, 0.0);
        }
        let w = if heading_err.abs() < TURN_DONE_RAD {
            0.0
        } else {
            heading_err.signum()
                * d.max_turn_rate_radps
                    .min((2.0 * 0.9 * d.turn_accel_radps2 * heading_err.abs()).sqrt())
        };
        return (0.0, w);
    }
    let mut straight_held = 0;
    let mut from = route.current;
    for i in 0..route.reserved_ahead {
        if from.dir_to(route.path[i]) != Some(dir) {
            break;
        }
        straight_held = i + 1;
        from = route.path[i];
    }
    let stop = if straight_held == 0 {
        centre
    } else {
        grid.center(route.path[straight_held - 1])
    };
    let distance = (stop - odo.position).dot(dir_v);
    let v = if distance > 0.0 {
        v_max.min((2.0 * 0.9 * accel * distance).sqrt())
    } else {
        0.0
    };
    let lateral = dir_v.perp_dot(odo.position - centre);
    let w = (3.0 * heading_err - 2.0 * lateral).clamp(-0.6, 0.6);
    (
        v,
        if v > 0.0 || motion.speed > 0.0 {
            w
        } else {
            0.0
        },
    )
}

/// Moves `current` along the path as fiducial centres are reached, and gives back the
/// cell behind once the body has left it (and the spur claim, if the job is done with it).
fn advance_along_route(
    grid: &FloorGrid,
    reservations: &mut CellReservations,
    claims: &mut SpurClaims,
    entity: Entity,
    odo: &Odometry,
    route: &mut Route,
    stats: &mut TrafficStats,
    mission: &Mission,
    d: &DriveUnitSpec,
) {
    if route.reserved_ahead > 0
        && let (Some(&next), Some(dir)) = (route.path.front(), route.next_dir())
    {
        let to_go = (grid.center(next) - odo.position).dot(dir.heading_vector());
        if to_go <= CENTRE_REACHED_M {
            if let Some(old_behind) = route.behind.take() {
                release_cell(grid, reservations, claims, entity, old_behind, mission);
            }
            route.behind = Some(route.current);
            route.current = next;
            route.path.pop_front();
            route.reserved_ahead -= 1;
            stats.cells_travelled += 1;
        }
    }
    if let Some(behind) = route.behind {
        let clear = 0.5 * grid.cell_size + d.body_radius_m;
        if odo.position.distance(grid.center(behind)) >= clear {
            release_cell(grid, reservations, claims, entity, behind, mission);
            route.behind = None;
        }
    }
}

fn release_cell(
    grid: &FloorGrid,
    reservations: &mut CellReservations,
    claims: &mut SpurClaims,
    entity: Entity,
    cell: crate::floor::Cell,
    mission: &Mission,
) {
    reservations.release(grid, cell, entity);
    if !mission.keeps_claim_on(cell) {
        claims.release(grid, cell, entity);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The formula `wrap_angle` had before it skipped `fmod` for angles within a turn.
    fn wrap_by_remainder(a: f32) -> f32 {
        let mut a = (a + PI).rem_euclid(TAU) - PI;
        if a <= -PI {
            a += TAU;
        }
        a
    }

    #[test]
    fn wrapping_an_angle_gives_the_remainders_bits() {
        let mut angles = vec![
            0.0f32,
            -0.0,
            PI,
            -PI,
            TAU,
            -TAU,
            1e-8,
            -1e-8,
            1e30,
            -1e30,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
        ];
        for edge in [PI, -PI, TAU, -TAU, 3.0 * PI, -3.0 * PI] {
            angles.extend([
                f32::from_bits(edge.to_bits() + 1),
                f32::from_bits(edge.to_bits() - 1),
            ]);
        }
        angles.extend((-20_000..20_000).map(|i| i as f32 * 0.000_73));
        for a in angles {
            assert_eq!(
                wrap_angle(a).to_bits(),
                wrap_by_remainder(a).to_bits(),
                "{a:e}"
            );
        }
    }
}
