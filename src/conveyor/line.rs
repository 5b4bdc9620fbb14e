//! Conveyor lines as components: MDR zones with photo-eyes, a belt on a VFD, totes.

use bevy::prelude::*;

/// A takeaway line from one station: `zones` MDR zones then a belt section.
#[derive(Component, Debug, Clone, Reflect)]
#[require(Transform, super::logic::LineAlarmBits)]
pub struct ConveyorLine {
    pub id: u16,
    pub station: u16,
    /// Where totes are inducted, on the floor plane.
    pub origin: Vec2,
    /// Direction of travel on the floor plane (unit vector).
    pub direction: Vec2,
    pub zones: Vec<Entity>,
    pub belt: Entity,
    /// Total length from induct to takeaway, metres.
    pub length_m: f32,
    /// The e-stop chain's safety relay output: when open, every motor on the line stops.
    pub safety_relay_closed: bool,
    /// The devices wired in series into the safety relay (pull cords, panel button): true = closed.
    pub estop_devices: Vec<bool>,
    /// Devices bridged with a jumper wire: the relay sees them closed whatever they are.
    pub jumpered: Vec<bool>,
    /// The line's main disconnect: open cuts the 24 V roller supply and the belt drive.
    pub disconnect_closed: bool,
    /// Lock and tag on the disconnect, and whether zero energy has been verified since.
    pub lockout: Lockout,
    /// Totes waiting at the station for room on the first zone.
    pub waiting_totes: u32,
    pub delivered: u64,
}

impl ConveyorLine {
    /// Distance along the line of a point on the floor plane.
    pub fn along(&self, point: Vec2) -> f32 {
        (point - self.origin).dot(self.direction)
    }

    /// Sideways offset of a point (positive to the left of travel).
    pub fn across(&self, point: Vec2) -> f32 {
        self.direction.perp_dot(point - self.origin)
    }

    pub fn point_at(&self, along: f32) -> Vec2 {
        self.origin + self.direction * along
    }
}

/// One motor-driven-roller zone with its photo-eye (zero-pressure accumulation).
#[derive(Component, Debug, Clone, Reflect)]
#[require(Transform)]
pub struct MdrZone {
    pub line: u16,
    pub index: u32,
    pub start_m: f32,
    pub length_m: f32,
    pub photo_eye: PhotoEye,
    pub motor: RollerMotor,
    pub state: ZoneState,
    /// Time the photo-eye has stayed blocked while the rollers run forward, seconds.
    pub blocked_running_s: f32,
    pub retries_used: u32,
    /// Time the photo-eye has been clear, seconds.
    pub clear_for_s: f32,
}

/// A retro-reflective photo-eye across the zone near its discharge end.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct PhotoEye {
    /// Position along the line, metres.
    pub at_m: f32,
    /// PLC input: true while the beam is broken.
    pub blocked: bool,
    /// Signal strength as a fraction of a clean, aligned eye (1.0).
    pub signal_margin: f32,
}

/// The zone's 24 V roller motor as its controller card drives it.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct RollerMotor {
    pub running: bool,
    pub reverse: bool,
    pub current_a: f32,
    pub running_for_s: f32,
    /// The card and motor are healthy and powered.
    pub healthy: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Reflect)]
pub enum ZoneState {
    /// Rollers run: empty and ready, or carrying a tote on.
    Running,
    /// Holding a tote because the next zone is occupied.
    Accumulating,
    /// Reversing briefly to free a stuck tote.
    Retrying { remaining_s: f32 },
    /// Gave up after its retries: waits for a person to clear it.
    Jammed,
    /// No power from the safety relay, or the card is dead.
    Stopped,
}

impl ZoneState {
    pub fn describe(&self) -> &'static str {
        match self {
            ZoneState::Running => "running",
            ZoneState::Accumulating => "accumulating",
            ZoneState::Retrying { .. } => "jam retry (reversing)",
            ZoneState::Jammed => "JAMMED",
            ZoneState::Stopped => "stopped",
        }
    }
}

/// The belt section at the end of a line, driven by an AC gearmotor on a VFD.
#[derive(Component, Debug, Clone, Reflect)]
#[require(Transform)]
pub struct BeltSection {
    pub line: u16,
    pub start_m: f32,
    pub length_m: f32,
    pub vfd: Vfd,
    /// Load torque relative to a free-running belt (a bind raises it).
    pub load_factor: f32,
    /// Sideways creep of the belt surface, m/s (mistracking).
    pub mistrack_mps: f32,
    /// Insulation of the motor circuit has broken down to ground.
    pub ground_fault: bool,
}

/// A variable-frequency drive's readings.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct Vfd {
    pub setpoint_hz: f32,
    pub output_hz: f32,
    pub output_current_a: f32,
    pub dc_bus_v: f32,
    pub trip: Option<VfdTrip>,
    /// Motor thermal overload accumulator (I²t above rated), reaches the trip level at 1.0.
    pub overload: f32,
}

/// Drive trip codes (PowerFlex convention, DOMAIN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reflect)]
pub enum VfdTrip {
    F004UnderVoltage,
    F005OverVoltage,
    F007MotorOverload,
    F012HwOverCurrent,
    F013GroundFault,
    F064DriveOverload,
}

impl VfdTrip {
    pub fn code(&self) -> &'static str {
        match self {
            VfdTrip::F004UnderVoltage => "F004 undervoltage",
            VfdTrip::F005OverVoltage => "F005 overvoltage",
            VfdTrip::F007MotorOverload => "F007 motor overload",
            VfdTrip::F012HwOverCurrent => "F012 hardware overcurrent",
            VfdTrip::F013GroundFault => "F013 ground fault",
            VfdTrip::F064DriveOverload => "F064 drive overload",
        }
    }
}

/// A tote riding a line as a rapier rigid body.
#[derive(Component, Debug, Clone, Copy, Reflect)]
pub struct Tote {
    pub id: u64,
    pub line: u16,
}

/// Lockout/tagout state of an energy-isolating device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Reflect)]
pub struct Lockout {
    pub applied: bool,
    pub verified: bool,
}

impl ConveyorLine {
    /// Whether the line's motors can get power at all.
    pub fn energised(&self) -> bool {
        self.disconnect_closed
    }

    /// Safe to put hands on: locked out and proven dead.
    pub fn safe_to_work_on(&self) -> bool {
        self.lockout.applied && self.lockout.verified && !self.disconnect_closed
    }
}
