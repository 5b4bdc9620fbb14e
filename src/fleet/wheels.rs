//! The drive train under the controller: wheel speeds, the true and believed pose they
//! move, encoder counts, the torque each wheel needs, motor currents and the drive's
//! fault monitors. `motion` decides what to command; this says what the wheels then do.

use bevy::prelude::*;

use super::DriveUnitSpec;
use super::motion::wrap_angle;
use super::unit::{BodyMotion, DriveHealth, DriveMotors, Odometry, Pose, WheelMotor};
use crate::sim::TICK_DT;

const GRAVITY: f32 = 9.81;
/// Friction coefficient of healthy polyurethane tyres on sealed concrete.
const TYRE_GRIP: f32 = 0.6;
const DRIVE_EFFICIENCY: f32 = 0.85;

/// Wheel speeds from the body command; the true pose moves by what the wheels really
/// do on the floor, the believed pose by what the encoders and gyro report.
pub(super) fn move_wheels(
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
    // Standing (or turning in place), the step is ±0 and leaves the position as it is
    // (unless a coordinate is a zero whose sign it could flip), so the sine and cosine
    // are skipped for the many units that are not driving.
    if v != 0.0 || !mid.is_finite() || position.x == 0.0 || position.y == 0.0 {
        *position += Vec2::from_angle(mid) * v * TICK_DT;
    }
    *heading = wrap_angle(*heading + w * TICK_DT);
}

fn tick_encoder(wheel: &mut WheelMotor, speed_radps: f32, counts_per_rad: f64) -> i64 {
    wheel.speed_radps = speed_radps;
    if !wheel.encoder_ok {
        wheel.encoder_rate_cps = 0.0;
        return 0;
    }
    wheel.encoder_fraction += speed_radps as f64 * TICK_DT as f64 * counts_per_rad;
    // A cast truncates toward zero as `trunc` does (saturating, NaN to 0), without
    // `trunc`'s call into the maths library on baseline x86-64: the same count.
    let whole = wheel.encoder_fraction as i64;
    wheel.encoder_fraction -= whole as f64;
    wheel.encoder_count += whole;
    wheel.encoder_rate_cps = whole as f32 / TICK_DT;
    whole
}

pub(super) fn stall_torque(d: &DriveUnitSpec) -> f32 {
    d.motor_stall_current_a * d.motor_torque_nm_per_a
}

/// Axle torque each wheel needs for this tick's motion: acceleration, rolling
/// resistance, the scrub of turning in place, and any extra drag on the axle.
pub(super) fn wheel_torques(
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

/// Motor currents and electrical power from the torque each wheel delivers
/// ([`wheel_torques`] for this tick's motion).
pub(super) fn motor_currents(
    motors: &mut DriveMotors,
    torques: [f32; 2],
    d: &DriveUnitSpec,
    stalled: bool,
) {
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
pub(super) fn watch_drive(health: &mut DriveHealth, motors: &DriveMotors, d: &DriveUnitSpec) {
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
