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
    /// The least share of each category's weight a passing attempt must earn (0 to 1).
    #[serde(default)]
    pub minimums: Minimums,
    /// Questions put to the trainee at the end of the shift ("what would you check
    /// next?"): a wrong answer, or none, costs the question's points off the total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
}

/// An end-of-shift question with choices; the trainee's first answer stands.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub ask: String,
    pub choices: Vec<String>,
    /// The right choice, counting from 0.
    pub answer: u32,
    /// Points a wrong answer or none costs.
    pub points: f32,
}

/// Category minimums, as shares of each category's weight: an attempt below one fails
/// whatever its total. By default half the root-cause points (at most one wrong work
/// order before the right one) and a fifth of the test sequence's (some useful test).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Minimums {
    pub root_cause: f32,
    pub parts_efficiency: f32,
    pub time: f32,
    pub verification: f32,
    pub logical_sequence: f32,
    pub documentation: f32,
}

impl Default for Minimums {
    fn default() -> Self {
        Self {
            root_cause: 0.5,
            parts_efficiency: 0.0,
            time: 0.0,
            verification: 0.0,
            logical_sequence: 0.2,
            documentation: 0.0,
        }
    }
}

impl Minimums {
    /// Each category's name (as the report writes it) and its minimum share.
    pub fn by_category(&self) -> [(&'static str, f32); 6] {
        [
            ("root cause", self.root_cause),
            ("parts efficiency", self.parts_efficiency),
            ("time", self.time),
            ("verification and return to service", self.verification),
            ("logical test sequence", self.logical_sequence),
            ("documentation", self.documentation),
        ]
    }
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
    /// A good part replaced costs the rubric's `good_part_cost` plus this many points per
    /// 1,000 of its price (a 2,600 pack costs more than a 2 sticker).
    pub part_price_points_per_1000: f32,
    /// A repair that removed no cause (trial and error) costs this many points.
    pub no_change_repair_cost: f32,
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
            part_price_points_per_1000: 5.0,
            no_change_repair_cost: 3.0,
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

impl SafetyRule {
    /// Every rule, in the order the docs list them.
    pub const ALL: [SafetyRule; 6] = [
        SafetyRule::EnterFieldUnlocked,
        SafetyRule::InPathOfMovingUnit,
        SafetyRule::WorkOnPoweredUnit,
        SafetyRule::WorkOnEnergisedConveyor,
        SafetyRule::WorkOnEnergisedCharger,
        SafetyRule::BypassSafetyDevice,
    ];

    /// The rule in words.
    pub fn describe(&self) -> &'static str {
        match self {
            SafetyRule::EnterFieldUnlocked => "in the field without a locked zone",
            SafetyRule::WorkOnPoweredUnit => "hands on a drive unit not proven dead",
            SafetyRule::WorkOnEnergisedConveyor => "hands on a conveyor not locked out",
            SafetyRule::BypassSafetyDevice => "a safety device bypassed",
            SafetyRule::WorkOnEnergisedCharger => "hands on live charger pads",
            SafetyRule::InPathOfMovingUnit => "in the path of a moving unit",
        }
    }
}
