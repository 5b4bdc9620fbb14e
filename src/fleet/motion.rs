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
use super::{DriveUnitSpec, FleetParams};
use crate::floor::FloorGrid;
use crate::sim::TICK_DT;

const GRAVITY: f32 = 9.81;
/// Friction coefficient of healthy polyurethane tyres on sealed concrete.
const TYRE_GRIP: f32 = 0.6;
/// Heading error below which a rotation in place is complete, rad.
const TURN_DONE_RAD: f32 = 0.003;
/// Heading error above which the unit rotates in place before driving, rad.
const TURN_NEEDED_RAD: f32 = 0.25;
/// A cell counts as reached this close before its centre, metres.
const CENTRE_REACHED_M: f32 = 0.002;
const DRIVE_EFFICIENCY: f32 = 0.85;
/// Angular acceleration allowed for steering corrections while driving, rad/s².
const STEER_ACCEL_RADPS2: f32 = 1.0;

/// Wraps an angle to (-π, π].
pub fn wrap_angle(a: f32) -> f32 {
    let mut a = (a + PI).rem_euclid(TAU) - PI;
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
        if !health.stalled
            && wheel_torques(&motors, &old, &motion, mass, d)
                .iter()
                .any(|t| t.abs() > stall_torque(d))
        {
            // A wheel cannot turn against its load: the drive faults and stops.
            health.stalled = true;
            motion.speed = 0.0;
            motion.turn_rate = 0.0;
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
        motor_currents(&mut motors, &old, &motion, mass, d, health.stalled);
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
    let dir_v = Vec2::from_angle(dir.heading());
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

/// Wheel speeds from the body command; the true pose moves by what the wheels really
/// do on the floor, the believed pose by what the encoders and gyro report.
fn move_wheels(
    pose: &mut Pose,
    odo: &mut Odometry,
    motors: &mut DriveMotors,
    motion: &BodyMotion,
    d: &DriveUnitSpec,
    grip: f32,
) {
    let r_nominal = d.wheel_radius_m;
    let half_base = d.wheel_base_m * 0.5;
    let cmd_left = (motion.speed - motion.turn_rate * half_base) / r_nominal;
    let cmd_right = (motion.speed + motion.turn_rate * half_base) / r_nominal;
    let ground_left = cmd_left * motors.left.radius_m * motors.left.traction;
    let ground_right = cmd_right * motors.right.radius_m * motors.right.traction;
    let v_wheels = (ground_left + ground_right) * 0.5;
    // The body follows the wheels only as fast as the tyres' grip allows: worn,
    // slippery tyres let it slide on when the wheels brake (and spin on take-off).
    let max_dv = grip * TYRE_GRIP * GRAVITY * TICK_DT;
    pose.speed += (v_wheels - pose.speed).clamp(-max_dv, max_dv);
    let w_true = (ground_right - ground_left) / d.wheel_base_m;
    integrate(&mut pose.position, &mut pose.heading, pose.speed, w_true);

    let counts_per_rad = d.encoder_counts_per_rev as f64 / std::f64::consts::TAU;
    let delta_left = tick_encoder(&mut motors.left, cmd_left, counts_per_rad);
    let delta_right = tick_encoder(&mut motors.right, cmd_right, counts_per_rad);
    let metres_per_count = (r_nominal as f64 / counts_per_rad) as f32;
    let v_believed = (delta_left + delta_right) as f32 * 0.5 * metres_per_count / TICK_DT;
    // The gyro measures the body's real turn rate.
    integrate(&mut odo.position, &mut odo.heading, v_believed, w_true);
}

fn integrate(position: &mut Vec2, heading: &mut f32, v: f32, w: f32) {
    let mid = *heading + w * TICK_DT * 0.5;
    *position += Vec2::from_angle(mid) * v * TICK_DT;
    *heading = wrap_angle(*heading + w * TICK_DT);
}

fn tick_encoder(wheel: &mut WheelMotor, speed_radps: f32, counts_per_rad: f64) -> i64 {
    wheel.speed_radps = speed_radps;
    if !wheel.encoder_ok {
        wheel.encoder_rate_cps = 0.0;
        return 0;
    }
    wheel.encoder_fraction += speed_radps as f64 * TICK_DT as f64 * counts_per_rad;
    let whole = wheel.encoder_fraction.trunc() as i64;
    wheel.encoder_fraction -= whole as f64;
    wheel.encoder_count += whole;
    wheel.encoder_rate_cps = whole as f32 / TICK_DT;
    whole
}

fn stall_torque(d: &DriveUnitSpec) -> f32 {
    d.motor_stall_current_a * d.motor_torque_nm_per_a
}

/// Axle torque each wheel needs for this tick's motion: acceleration, rolling
/// resistance, the scrub of turning in place, and any extra drag on the axle.
fn wheel_torques(
    motors: &DriveMotors,
    old: &BodyMotion,
    new: &BodyMotion,
    mass: f32,
    d: &DriveUnitSpec,
) -> [f32; 2] {
    let a_lin = (new.speed - old.speed) / TICK_DT;
    let a_ang = (new.turn_rate - old.turn_rate) / TICK_DT;
    let rolling = if new.speed.abs() > 1e-4 {
        d.rolling_resistance * mass * GRAVITY * 0.5 * new.speed.signum()
    } else {
        0.0
    };
    let f_linear = mass * a_lin * 0.5 + rolling;
    let inertia = 0.5 * mass * d.body_radius_m * d.body_radius_m;
    // Tyres scrub when the unit spins in place; rolling forward, the casters follow.
    let scrub = if new.speed.abs() < 0.05 {
        d.turn_scrub
            * mass
            * GRAVITY
            * d.wheel_base_m
            * 0.5
            * (new.turn_rate / 0.2).clamp(-1.0, 1.0)
    } else {
        0.0
    };
    let f_turn = (inertia * a_ang + scrub) / d.wheel_base_m;
    let half_base = d.wheel_base_m * 0.5;
    let wheel_speed = [
        new.speed - new.turn_rate * half_base,
        new.speed + new.turn_rate * half_base,
    ];
    let wheels = [&motors.left, &motors.right];
    let forces = [f_linear - f_turn, f_linear + f_turn];
    let mut torques = [0.0; 2];
    for i in 0..2 {
        let drag = if wheel_speed[i].abs() > 1e-4 {
            wheels[i].drag_nm * wheel_speed[i].signum()
        } else {
            0.0
        };
        torques[i] = forces[i] * d.wheel_radius_m + drag;
    }
    torques
}

/// Motor currents and electrical power from the torque each wheel delivers.
fn motor_currents(
    motors: &mut DriveMotors,
    old: &BodyMotion,
    new: &BodyMotion,
    mass: f32,
    d: &DriveUnitSpec,
    stalled: bool,
) {
    let torques = wheel_torques(motors, old, new, mass, d);
    let mut power = 0.0;
    for (wheel, torque) in [
        (&mut motors.left, torques[0]),
        (&mut motors.right, torques[1]),
    ] {
        let moving = wheel.speed_radps.abs() > 1e-3 || torque.abs() > 1e-3;
        wheel.current_a = if stalled && wheel.drag_nm > 0.0 {
            // The stalled drive keeps holding torque against the bind: it hums.
            d.motor_stall_current_a * 0.4
        } else if moving {
            // The drive limits its current: a wheel that needs more stalls (see health).
            (torque.abs() / d.motor_torque_nm_per_a + d.motor_no_load_current_a)
                .min(d.motor_stall_current_a)
        } else {
            0.0
        };
        let delivered = ((wheel.current_a - d.motor_no_load_current_a).max(0.0)
            * d.motor_torque_nm_per_a)
            .min(torque.abs());
        let mechanical = (delivered * torque.signum() * wheel.speed_radps).max(0.0);
        power += mechanical / DRIVE_EFFICIENCY
            + wheel.current_a * wheel.current_a * d.motor_winding_resistance_ohm;
    }
    motors.power_w = power;
}

/// The drive's fault monitors: sustained overcurrent, and a wheel driven with a silent encoder.
fn watch_drive(health: &mut DriveHealth, motors: &DriveMotors, d: &DriveUnitSpec) {
    let peak = motors.left.current_a.max(motors.right.current_a);
    health.overcurrent_s = if peak > d.motor_rated_current_a {
        health.overcurrent_s + TICK_DT
    } else {
        0.0
    };
    if health.overcurrent_s > 2.0 || health.stalled {
        health.overcurrent = true;
    }
    let silent = [&motors.left, &motors.right]
        .iter()
        .any(|w| !w.encoder_ok && w.speed_radps.abs() > 1.0);
    health.hall_silent_s = if silent {
        health.hall_silent_s + TICK_DT
    } else {
        0.0
    };
    if health.hall_silent_s > 0.5 {
        health.hall_error = true;
    }
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
        let to_go = (grid.center(next) - odo.position).dot(Vec2::from_angle(dir.heading()));
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
