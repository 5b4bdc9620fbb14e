//! Checks of the rubric: root causes that name faults, a target inside the shift,
//! weights that add up, points and policy figures in range, each safety rule once.

use super::locate::{Seg, locate};
use super::model::*;
use super::rubric::{SafetyRule, ScoringPolicy};
use super::validate::Checker;
use crate::error::Diagnostic;

impl Checker<'_> {
    pub(super) fn rubric(&mut self, s: &Scenario) {
        let r = &s.rubric;
        let at = |field: &str| vec![Seg::from("rubric"), Seg::from(field)];
        if r.root_causes.is_empty() {
            self.report(
                at("root_causes"),
                "rubric.root_causes is empty, expected the id of at least one fault",
            );
        }
        for (k, cause) in r.root_causes.iter().enumerate() {
            if !s.faults.iter().any(|f| &f.id == cause) {
                let known: Vec<&str> = s.faults.iter().map(|f| f.id.as_str()).collect();
                self.problems.push(Diagnostic {
                    path: self.path.to_path_buf(),
                    position: locate(
                        self.text,
                        &[Seg::from("rubric"), Seg::from("root_causes"), Seg::Index(k)],
                    ),
                    message: format!(
                        "rubric names root cause `{cause}`, but no fault has that id (faults: {})",
                        known.join(", ")
                    ),
                });
            }
        }
        if !(r.time_target_min > 0.0 && r.time_target_min <= s.shift_min) {
            self.report(
                at("time_target_min"),
                format!(
                    "time_target_min is {}, expected more than 0 and at most the shift ({} min)",
                    r.time_target_min, s.shift_min
                ),
            );
        }
        if !(0.0..=100.0).contains(&r.pass_mark) {
            self.report(
                at("pass_mark"),
                format!("pass_mark is {}, expected 0 to 100", r.pass_mark),
            );
        }
        let w = &r.weights;
        let all = [
            w.root_cause,
            w.parts_efficiency,
            w.time,
            w.verification,
            w.logical_sequence,
            w.documentation,
        ];
        let sum: f32 = all.iter().sum();
        if all.iter().any(|v| *v < 0.0 || !v.is_finite()) || (sum - 100.0).abs() > 0.01 {
            self.report(
                at("weights"),
                format!("rubric weights add up to {sum}, expected 100 with none negative"),
            );
        }
        for (field, value) in [
            ("critical_cap", r.critical_cap),
            ("safety_event_cost", r.safety_event_cost),
            ("good_part_cost", r.good_part_cost),
        ] {
            if !(0.0..=100.0).contains(&value) {
                self.report(
                    at(field),
                    format!("rubric.{field} is {value}, expected 0 to 100 points"),
                );
            }
        }
        self.policy(&r.policy);
        for (category, share) in r.minimums.by_category() {
            if !(0.0..=1.0).contains(&share) {
                self.report(
                    vec![Seg::from("rubric"), Seg::from("minimums")],
                    format!("rubric.minimums for {category} is {share}, expected a share of its weight from 0 to 1"),
                );
            }
        }
        self.energy_sources(s);
        for (k, rule) in r.critical_safety.iter().enumerate() {
            if r.critical_safety[..k].contains(rule) {
                self.problems.push(Diagnostic {
                    path: self.path.to_path_buf(),
                    position: locate(
                        self.text,
                        &[
                            Seg::from("rubric"),
                            Seg::from("critical_safety"),
                            Seg::Index(k),
                        ],
                    ),
                    message: format!("safety rule {rule:?} is listed twice"),
                });
            }
        }
    }

    /// The critical rules should cover every energy source the scenario's faults put the
    /// trainee's hands near (a rule left out is a warning: the author may mean it).
    fn energy_sources(&mut self, s: &Scenario) {
        use super::model::Equipment as E;
        let mut wanted: Vec<(SafetyRule, &str)> = Vec::new();
        for f in &s.faults {
            let involves: &[(SafetyRule, &str)] = match f.kind.equipment() {
                E::DriveUnit => &[
                    (
                        SafetyRule::WorkOnPoweredUnit,
                        "a drive unit's battery and motors",
                    ),
                    (
                        SafetyRule::EnterFieldUnlocked,
                        "the field its units drive in",
                    ),
                ],
                E::Charger => &[
                    (SafetyRule::WorkOnEnergisedCharger, "a charger's live pads"),
                    (
                        SafetyRule::EnterFieldUnlocked,
                        "the field its units drive in",
                    ),
                ],
                E::FiducialCell => &[(
                    SafetyRule::EnterFieldUnlocked,
                    "the field its units drive in",
                )],
                E::ConveyorZone | E::ConveyorLine => &[(
                    SafetyRule::WorkOnEnergisedConveyor,
                    "a conveyor's motors and drive",
                )],
            };
            wanted.extend(involves.iter().copied());
            if matches!(f.kind, FaultKind::EstopChainOpen { .. }) {
                wanted.push((SafetyRule::BypassSafetyDevice, "an e-stop chain"));
            }
        }
        for (rule, source) in wanted {
            if !s.rubric.critical_safety.contains(&rule)
                && !self
                    .warnings
                    .iter()
                    .any(|w| w.message.contains(&format!("{rule:?}")))
            {
                self.warn(
                    vec![Seg::from("rubric"), Seg::from("critical_safety")],
                    format!(
                        "critical_safety leaves out {rule:?} ({}), though a fault here involves {source}",
                        rule.describe()
                    ),
                );
            }
        }
    }

    /// The scoring policy's shares and factors lie between 0 and 1, the time curve's end
    /// after the target.
    fn policy(&mut self, policy: &ScoringPolicy) {
        let at = |field: &str| vec![Seg::from("rubric"), Seg::from("policy"), Seg::from(field)];
        for (field, value) in [
            ("wrong_cause_factor", policy.wrong_cause_factor),
            ("unrestored_loss", policy.unrestored_loss),
            ("unchecked_loss", policy.unchecked_loss),
            ("locks_left_loss", policy.locks_left_loss),
            ("not_isolated_factor", policy.not_isolated_factor),
            (
                "incomplete_work_order_loss",
                policy.incomplete_work_order_loss,
            ),
        ] {
            if !(0.0..=1.0).contains(&value) {
                self.report(
                    at(field),
                    format!("rubric.policy.{field} is {value}, expected 0 to 1"),
                );
            }
        }
        for (field, value) in [
            (
                "part_price_points_per_1000",
                policy.part_price_points_per_1000,
            ),
            ("no_change_repair_cost", policy.no_change_repair_cost),
        ] {
            if !(0.0..=100.0).contains(&value) {
                self.report(
                    at(field),
                    format!("rubric.policy.{field} is {value}, expected 0 to 100 points"),
                );
            }
        }
        if !(policy.time_zero_at > 1.0 && policy.time_zero_at <= 100.0) {
            self.report(
                at("time_zero_at"),
                format!(
                    "rubric.policy.time_zero_at is {}, expected more than 1 (a multiple of the time target)",
                    policy.time_zero_at
                ),
            );
        }
    }
}
