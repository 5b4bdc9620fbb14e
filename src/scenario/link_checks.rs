//! Checks of what ties a scenario together beyond one fault: a fault that lands where
//! another is (`SameAs`), waits on a trainee action (`OnAction`) or on another fault
//! running (`AfterFault`); hints that unlock later; end-of-shift questions.

use super::locate::Seg;
use super::model::*;
use super::validate::Checker;

impl Checker<'_> {
    /// Every fault another one names must be listed before it (so a variant resolves
    /// it first and a consequence never waits on itself), on the right equipment.
    pub(super) fn links(&mut self, s: &Scenario) {
        for (i, f) in s.faults.iter().enumerate() {
            let at = |field: &str, inner: &str| {
                let mut at = vec![Seg::from("faults"), Seg::Index(i), Seg::from(field)];
                if !inner.is_empty() {
                    at.push(Seg::from(inner));
                }
                at
            };
            let earlier = |id: &str| s.faults[..i].iter().find(|g| g.id == id);
            let missing = |id: &str, what: &str| {
                let listed: Vec<&str> = s.faults[..i].iter().map(|g| g.id.as_str()).collect();
                format!(
                    "{what} names fault `{id}`, expected one listed before `{}`: {}",
                    f.id,
                    if listed.is_empty() {
                        "none is".to_string()
                    } else {
                        listed.join(", ")
                    }
                )
            };
            if let Target::SameAs(other) = &f.target {
                match earlier(other) {
                    None => self.report(at("target", ""), missing(other, "SameAs")),
                    Some(g) if g.kind.equipment() != f.kind.equipment() => self.report(
                        at("target", ""),
                        format!(
                            "{} is a {:?} fault, but `{other}` is in a {:?}",
                            f.kind.name(),
                            f.kind.equipment(),
                            g.kind.equipment()
                        ),
                    ),
                    Some(_) => {}
                }
            }
            match &f.trigger {
                Trigger::OnAction {
                    action,
                    while_present,
                } => {
                    match TRIGGER_ACTIONS.iter().find(|(name, _)| name == action) {
                        None => self.report(
                            at("trigger", "action"),
                            format!(
                                "OnAction action `{action}` cannot set off a fault, expected one of: {}",
                                TRIGGER_ACTIONS
                                    .iter()
                                    .map(|(n, _)| *n)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        ),
                        Some((_, on)) if !acts_on(*on, f.kind.equipment()) => self.report(
                            at("trigger", "action"),
                            format!(
                                "OnAction `{action}` acts on a {on:?}, so it can never set off a fault in a {:?}",
                                f.kind.equipment()
                            ),
                        ),
                        Some(_) => {}
                    }
                    if let Some(other) = while_present
                        && earlier(other).is_none()
                    {
                        self.report(
                            at("trigger", "while_present"),
                            missing(other, "while_present"),
                        );
                    }
                }
                Trigger::AfterFault { fault, running_min } => {
                    if earlier(fault).is_none() {
                        self.report(at("trigger", "fault"), missing(fault, "AfterFault"));
                    }
                    if !(*running_min > 0.0 && *running_min < s.shift_min) {
                        self.report(
                            at("trigger", "running_min"),
                            format!(
                                "AfterFault running_min is {running_min}, expected more than 0 and less than the {}-minute shift",
                                s.shift_min
                            ),
                        );
                    }
                }
                _ => {}
            }
        }
    }

    pub(super) fn hint_unlocks(&mut self, s: &Scenario) {
        for (i, hint) in s.hints.iter().enumerate() {
            let after = hint.unlocks_after_min;
            if !(after >= 0.0 && after < s.shift_min) {
                self.report(
                    vec![Seg::from("hints"), Seg::Index(i), Seg::from("unlocks_after_min")],
                    format!(
                        "hint unlocks_after_min is {after}, expected 0 to less than the {}-minute shift",
                        s.shift_min
                    ),
                );
            }
        }
    }

    pub(super) fn questions(&mut self, s: &Scenario) {
        for (i, q) in s.rubric.questions.iter().enumerate() {
            let at = |field: &str| {
                vec![
                    Seg::from("rubric"),
                    Seg::from("questions"),
                    Seg::Index(i),
                    Seg::from(field),
                ]
            };
            if q.ask.trim().is_empty() {
                self.report(at("ask"), "question ask is empty, expected the question");
            }
            if q.choices.len() < 2 || q.choices.iter().any(|c| c.trim().is_empty()) {
                self.report(
                    at("choices"),
                    format!(
                        "question has {} choice(s), expected at least 2, none empty",
                        q.choices.len()
                    ),
                );
            } else if q.answer as usize >= q.choices.len() {
                self.report(
                    at("answer"),
                    format!(
                        "question answer is {}, expected a choice from 0 to {}",
                        q.answer,
                        q.choices.len() - 1
                    ),
                );
            }
            if !(q.points > 0.0 && q.points <= 100.0) {
                self.report(
                    at("points"),
                    format!(
                        "question points is {}, expected more than 0 and at most 100",
                        q.points
                    ),
                );
            }
        }
    }
}

/// Whether an action on `on` reaches a fault in `fault` (a line's action reaches its zones).
fn acts_on(on: Equipment, fault: Equipment) -> bool {
    on == fault || (on == Equipment::ConveyorLine && fault == Equipment::ConveyorZone)
}
