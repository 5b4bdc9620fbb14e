//! A drive unit's parts as components: identity, true pose, dead-reckoned pose,
//! wheel motors with encoders, the lift, and the route it is following.

use std::collections::VecDeque;

use bevy::prelude::*;

use super::pathfinding::NoWayFound;
use crate::floor::{Cell, Dir};

/// A drive unit, numbered from 0 in spawn order (the order all fleet logic uses).
#[derive(Component, Debug, Clone, Copy, Reflect)]
#[require(Transform)]
pub struct DriveUnit {
    pub id: u32,
}

impl DriveUnit {
    pub fn label(&self) -> String {
        format!("DU-{:03}", self.id)
    }
}

/// Where the unit really is: position on the floor plane (x east, y north), heading in radians.
#[derive(Component, Debug, Clone, Copy, Default, Reflect)]
pub struct Pose {
    pub position: Vec2,
    pub heading: f32,
    /// True forward speed over the floor, m/s (differs from the wheels' when they slip).
    pub speed: f32,
}

/// Where the unit believes it is: dead reckoning from encoders and gyro, corrected at fiducials.
#[derive(Component, Debug, Clone, Default, Reflect)]
pub struct Odometry {
    pub position: Vec2,
    pub heading: f32,
    pub last_fiducial: Option<FiducialRead>,
    /// Fiducials passed without a read since the last good one.
    pub missed_in_a_row: u32,
    pub reads: u64,
    pub misses: u64,
    /// The unit has stopped because it no longer trusts its position.
    pub lost: bool,
    /// The fiducial most recently passed over (read or not), so each pass counts once.
    pub(crate) last_passed: Option<Cell>,
    /// Metres driven since the last fiducial read: too far and the unit knows it is lost.
    pub(crate) since_read_m: f32,
}

/// One fiducial read by the downward camera.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct FiducialRead {
    pub cell: Cell,
    pub tick: u64,
    /// Unit position relative to the sticker's centre as the camera measured it, metres.
    pub offset: Vec2,
}

/// The downward camera's condition: 1.0 reads every sticker it passes over.
#[derive(Component, Debug, Clone, Copy, Reflect)]
pub struct FiducialCamera {
    pub read_quality: f32,
}

impl Default for FiducialCamera {
    fn default() -> Self {
        Self { read_quality: 1.0 }
    }
}

/// Body speed (m/s) and turn rate (rad/s) as commanded after acceleration limits.
#[derive(Component, Debug, Clone, Copy, Default, Reflect)]
pub struct BodyMotion {
    pub speed: f32,
    pub turn_rate: f32,
}

/// One brushless wheel motor, its encoder and its wheel.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct WheelMotor {
    pub current_a: f32,
    pub speed_radps: f32,
    pub encoder_count: i64,
    pub encoder_rate_cps: f32,
    /// Actual rolling radius (wear makes it smaller than the controller assumes).
    pub radius_m: f32,
    /// Fraction of wheel surface speed that reaches the floor (1.0 = no slip).
    pub traction: f32,
    /// Extra load torque on the axle (debris wrap, a failing gearbox), N·m.
    pub drag_nm: f32,
    /// The Hall encoder produces counts.
    pub encoder_ok: bool,
    /// Counts not yet whole.
    pub(crate) encoder_fraction: f64,
}

impl WheelMotor {
    pub fn new(radius_m: f32) -> Self {
        Self {
            current_a: 0.0,
            speed_radps: 0.0,
            encoder_count: 0,
            encoder_rate_cps: 0.0,
            radius_m,
            traction: 1.0,
            drag_nm: 0.0,
            encoder_ok: true,
            encoder_fraction: 0.0,
        }
    }
}

/// The two drive motors and the electrical power they draw from the pack.
#[derive(Component, Debug, Clone, Copy, Reflect)]
pub struct DriveMotors {
    pub left: WheelMotor,
    pub right: WheelMotor,
    pub power_w: f32,
}

/// The screw lift that raises a pod off the floor.
#[derive(Component, Debug, Clone, Copy, Default, Reflect)]
pub struct Lift {
    pub height_m: f32,
    pub phase: LiftPhase,
    /// Pack current the lift motor draws now, A.
    pub current_a: f32,
    /// The pod on the lift, if any.
    pub pod: Option<Entity>,
    /// Time spent in the current raise, seconds.
    pub raising_s: f32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Reflect)]
pub enum LiftPhase {
    #[default]
    Lowered,
    Raising,
    Raised,
    Lowering,
}

/// The cells a unit is travelling through and the ones it holds.
///
/// A unit holds its current cell, the cell behind it until its body has left, and
/// up to a lookahead of cells ahead. It only drives into cells it holds.
#[derive(Component, Debug, Clone, Reflect)]
pub struct Route {
    /// Where the mission wants the unit to be.
    pub goal: Option<Cell>,
    /// The goal changed (or a replan is due): the traffic planner must plan a path.
    pub needs_plan: bool,
    /// The cell whose centre the unit last reached.
    pub current: Cell,
    /// The previous cell, held until the body is clear of it.
    pub behind: Option<Cell>,
    /// Cells still to drive through, in order, ending at the goal.
    pub path: VecDeque<Cell>,
    /// How many cells at the front of `path` this unit holds.
    pub reserved_ahead: usize,
    /// Stopped at the centre of `current` with nowhere further to go.
    pub settled: bool,
    /// The last plan found no way to the goal: asked again unchanged, it need not search.
    pub no_way: Option<NoWayFound>,
}

impl Route {
    pub fn at(cell: Cell) -> Self {
        Self {
            goal: None,
            needs_plan: false,
            current: cell,
            behind: None,
            path: VecDeque::new(),
            reserved_ahead: 0,
            settled: true,
            no_way: None,
        }
    }

    /// Sets a new destination; the traffic planner plans the path on its next pass.
    pub fn go_to(&mut self, cell: Cell) {
        self.goal = Some(cell);
        self.needs_plan = true;
    }

    /// The unit stands at its goal (the motion controller has stopped it there).
    pub fn arrived(&self) -> bool {
        self.goal.is_some_and(|g| g == self.current)
            && self.path.is_empty()
            && !self.needs_plan
            && self.settled
    }

    /// Direction of the next step, if any.
    pub fn next_dir(&self) -> Option<Dir> {
        self.path
            .front()
            .and_then(|next| self.current.dir_to(*next))
    }
}

/// How long a unit has waited for cells, for traffic health checks and the telemetry panel.
#[derive(Component, Debug, Clone, Copy, Default, Reflect)]
pub struct TrafficStats {
    /// Consecutive ticks spent waiting for a cell held by another unit.
    pub waiting_ticks: u32,
    pub longest_wait_ticks: u32,
    pub replans: u32,
    pub cells_travelled: u64,
}

/// The drive controller's own view of its health: what makes it stop, and the
/// conditions behind its alarms.
#[derive(Component, Debug, Clone, Copy, Default, Reflect)]
pub struct DriveHealth {
    /// A wheel could not turn against its load: the drive has faulted and stopped.
    pub stalled: bool,
    /// Time a motor has run above its rated current, seconds.
    pub overcurrent_s: f32,
    /// The drive has logged an overcurrent (until reset).
    pub overcurrent: bool,
    /// Time a wheel has been driven with no encoder counts, seconds.
    pub hall_silent_s: f32,
    /// The drive has logged a Hall sensor error (until reset).
    pub hall_error: bool,
    /// Stopped by the obstacle sensor for this many more ticks.
    pub obstacle_hold_ticks: u32,
    /// The radio link is down for this many more ticks.
    pub link_down_ticks: u32,
    /// Stopped after a controller reset (pack undervoltage) for this many more ticks.
    pub reset_hold_ticks: u32,
    /// Stopped from the fleet manager's remote e-stop (until the drive is reset).
    pub remote_estop: bool,
}

impl DriveHealth {
    /// Whether the unit must stand still this tick.
    pub fn must_stop(&self) -> bool {
        self.stalled
            || self.remote_estop
            || self.obstacle_hold_ticks > 0
            || self.link_down_ticks > 0
            || self.reset_hold_ticks > 0
    }
}

/// The physical condition of a unit's parts that faults degrade (1.0 / 0.0 = as new).
#[derive(Component, Debug, Clone, Copy, Reflect)]
pub struct UnitCondition {
    /// Tyre grip relative to new tyres.
    pub tyre_grip: f32,
    /// Raising takes this many times longer (worn screw nut).
    pub lift_slowdown: f32,
    /// False obstacle trips per minute of driving.
    pub obstacle_trips_per_min: f32,
    pub dropouts_per_min: f32,
    pub dropout_duration_s: f32,
}

impl Default for UnitCondition {
    fn default() -> Self {
        Self {
            tyre_grip: 1.0,
            lift_slowdown: 1.0,
            obstacle_trips_per_min: 0.0,
            dropouts_per_min: 0.0,
            dropout_duration_s: 0.0,
        }
    }
}

/// A unit's energy state for maintenance: controller power and the battery isolator.
#[derive(Component, Debug, Clone, Copy, Reflect)]
pub struct UnitPower {
    pub powered: bool,
    pub battery_connected: bool,
    /// Tick the battery was disconnected (the bus capacitors drain after that).
    pub isolated_at: Option<u64>,
    /// Zero energy proven since the isolation.
    pub verified: bool,
}

impl Default for UnitPower {
    fn default() -> Self {
        Self {
            powered: true,
            battery_connected: true,
            isolated_at: None,
            verified: false,
        }
    }
}

impl UnitPower {
    pub fn dead_and_verified(&self) -> bool {
        !self.powered && !self.battery_connected && self.verified
    }
}
