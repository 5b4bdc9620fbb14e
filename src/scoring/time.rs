//! Time: from the start of the shift to the last piece of work, against the rubric's target.

use super::Attempted;
use super::report::{self, Finding};

/// Full marks up to the target, falling in a straight line to none at the policy's
/// multiple of it (twice the target by default).
pub(super) fn points(a: &Attempted, minutes: f64, findings: &mut Vec<Finding>) -> f32 {
    let target = a.rubric.time_target_min as f64;
    let weight = a.rubric.weights.time;
    if minutes <= target || target <= 0.0 {
        return weight;
    }
    let zero_at = a.rubric.policy.time_zero_at as f64;
    let share = ((zero_at * target - minutes) / ((zero_at - 1.0) * target)).clamp(0.0, 1.0) as f32;
    let points = weight * share;
    findings.push(Finding::general(
        "time",
        format!(
            "You took {minutes:.0} min against a target of {target:.0} min: −{}",
            report::points(weight - points)
        ),
        points - weight,
    ));
    points
}
