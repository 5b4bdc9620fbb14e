//! How an attempt at a scenario is marked: the rubric, its weights, its policy figures
//! and the safety rules it treats as critical.

use serde::{Deserialize, Serialize};

/// How the attempt is marked (scored in a later issue; validated now).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Fault ids the work order must name as root cause.
    pub root_causes: Vec<String>,
    /// Target time to repair, simulated minutes.
    pub time_target_min: f32,
    pub pass_mark: f32,
    #[serde(default)]
    pub weights: Weights,
    /// Safety rules whose breach fails the attempt.
    pub critical_safety: Vec<SafetyRule>,
    /// The most a failed safety gate can score.
    #[serde(default = "default_critical_cap")]
    pub critical_cap: f32,
    /// Points a safety event that is not critical costs (standing in front of a unit, say).
    #[serde(default = "default_five")]
    pub safety_event_cost: f32,
    /// Points off parts efficiency for each good part replaced.
    #[serde(default = "default_five")]
    pub good_part_cost: f32,
    /// The figures of the scoring rules themselves (defaults: published practice).
    #[serde(default)]
    pub policy: ScoringPolicy,
}

/// How the scoring rules weigh what they find. Every figure has a default; a rubric
/// names only those it changes, e.g. `policy: (wrong_cause_factor: 0.25)`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ScoringPolicy {
    /// Each wrong work order before the right one multiplies that fault's root-cause
    /// points by this (0 to 1; 0.5 halves them, as Electude does).
    pub wrong_cause_factor: f32,
    /// Time points fall from full at the target to none at this multiple of it (over 1).
    pub time_zero_at: f32,
    /// Share of a fault's verification points lost when its equipment is not returned to
    /// service (a lock or lockout left on, the unit not released), 0 to 1.
    pub unrestored_loss: f32,
    /// Share of a fault's verification points lost when nothing showed the equipment
    /// working after the repair, 0 to 1.
    pub unchecked_loss: f32,
    /// Share of the verification weight lost when zone locks are left on the floor, 0 to 1.
    pub locks_left_loss: f32,
    /// The logical-sequence points are multiplied by this when the tests never isolated
    /// the cause, 0 to 1.
    pub not_isolated_factor: f32,
    /// A work order's notes need at least this many characters.
    pub min_note_chars: u32,
    /// Share of the documentation points lost for a work order without the repair done
    /// or without notes, 0 to 1.
    pub incomplete_work_order_loss: f32,
}

impl Default for ScoringPolicy {
    fn default() -> Self {
        Self {
            wrong_cause_factor: 0.5,
            time_zero_at: 2.0,
            unrestored_loss: 0.5,
            unchecked_loss: 0.5,
            locks_left_loss: 0.2,
            not_isolated_factor: 0.5,
            min_note_chars: 10,
            incomplete_work_order_loss: 0.5,
        }
    }
}

fn default_critical_cap() -> f32 {
    20.0
}

fn default_five() -> f32 {
    5.0
}

/// Category weights (defaults from DOMAIN.md); they must add up to 100.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    pub root_cause: f32,
    pub parts_efficiency: f32,
    pub time: f32,
    pub verification: f32,
    pub logical_sequence: f32,
    pub documentation: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            root_cause: 40.0,
            parts_efficiency: 15.0,
            time: 15.0,
            verification: 15.0,
            logical_sequence: 10.0,
            documentation: 5.0,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum SafetyRule {
    /// Entering the fenced field without a locked zone.
    EnterFieldUnlocked,
    /// Hands on a unit that is not powered down inside a locked zone.
    WorkOnPoweredUnit,
    /// Hands on a conveyor that is not locked out and verified.
    WorkOnEnergisedConveyor,
    /// Jumpering an e-stop device instead of fixing it.
    BypassSafetyDevice,
    /// Hands on charger pads that are not locked out.
    WorkOnEnergisedCharger,
    /// Standing in an open aisle in front of a moving unit.
    InPathOfMovingUnit,
}
