//! A person in the fenced field, as the fleet sees them: a tracked vest makes nearby
//! units slow and stop; without one, only a unit's own obstacle sensor sees them.

use bevy::prelude::*;

/// A unit's obstacle sensor stops it for a person this close ahead, metres.
const BUMPER_SEES_M: f32 = 0.8;

/// What the tracked vest makes nearby units do.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VestSpec {
    pub slow_radius_m: f32,
    pub creep_speed_mps: f32,
    pub stop_radius_m: f32,
    /// How far outside the fence the tracker still reports the vest (units by the gate
    /// slow before the technician steps through it).
    pub tracked_outside_m: f32,
}

/// Where the technician stands inside the field, if they are in it, and their vest.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct PersonInField {
    pub position: Option<Vec2>,
    /// The vest's radii when it is worn.
    pub vest: Option<VestSpec>,
}

impl PersonInField {
    /// The fastest a unit at `position` heading along `heading`, able to brake at
    /// `brake_mps2`, may drive, if limited.
    pub fn speed_limit(&self, position: Vec2, heading: f32, brake_mps2: f32) -> Option<f32> {
        let person = self.position?;
        let offset = person - position;
        let distance = offset.length();
        if let Some(vest) = self.vest {
            if distance < vest.stop_radius_m {
                return Some(0.0);
            }
            // Slow enough to stop at the stop radius braking gently (half the unit's
            // deceleration, as the technician may be walking towards it), and creep
            // inside the slow radius.
            let braking = (brake_mps2 * (distance - vest.stop_radius_m)).sqrt();
            let creep = if distance < vest.slow_radius_m {
                vest.creep_speed_mps
            } else {
                f32::INFINITY
            };
            return Some(braking.min(creep));
        }
        let ahead = offset.dot(Vec2::from_angle(heading));
        let beside = Vec2::from_angle(heading).perp_dot(offset).abs();
        (ahead > 0.0 && ahead < BUMPER_SEES_M && beside < 0.5).then_some(0.0)
    }
}
