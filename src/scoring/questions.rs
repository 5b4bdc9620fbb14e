//! End-of-shift questions: each wrong answer, or none, costs the question's points.

use super::Attempted;
use super::report::{self, Finding};
use crate::scenario::Question;
use crate::trainee::Effect;

/// What the questions cost (wrong or unanswered), with a finding for each one that cost
/// (a right answer costs nothing and, like full marks elsewhere, needs no finding). Only
/// the first answer to a question counts.
pub(super) fn charges(a: &Attempted, questions: &[Question], findings: &mut Vec<Finding>) -> f32 {
    let mut charged = 0.0;
    for (i, q) in questions.iter().enumerate() {
        let first = a.done().find_map(|d| {
            d.outcome.effects.iter().find_map(|e| match e {
                Effect::Answered { question, choice } if *question as usize == i => {
                    Some((d, *choice))
                }
                _ => None,
            })
        });
        let chosen = |c: u32| q.choices.get(c as usize).map_or("?", String::as_str);
        match first {
            Some((_, choice)) if choice == q.answer => {}
            Some((d, choice)) => {
                charged += q.points;
                findings.push(Finding::at(
                    "questions",
                    d.started,
                    d.action,
                    format!(
                        "\"{}\": you answered \"{}\"; the answer is \"{}\": −{}",
                        q.ask,
                        chosen(choice),
                        chosen(q.answer),
                        report::points(q.points)
                    ),
                    -q.points,
                ));
            }
            None => {
                charged += q.points;
                findings.push(Finding::general(
                    "questions",
                    format!(
                        "\"{}\" was not answered (the answer is \"{}\"): −{}",
                        q.ask,
                        chosen(q.answer),
                        report::points(q.points)
                    ),
                    -q.points,
                ));
            }
        }
    }
    charged
}
