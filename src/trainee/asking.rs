//! What the trainee asks for and is asked: the scenario's hints, each unlocking at its
//! time, and its end-of-shift questions, where the first answer stands.

use bevy::prelude::*;

use super::handlers::Workshop;
use super::outcome::{Effect, Observed, Refusal};
use crate::scenario::Question;
use crate::sim::tick_text;

/// The running scenario's end-of-shift questions, and the answers given so far.
#[derive(Resource, Debug, Default, Clone)]
pub struct ScenarioQuestions {
    pub asked: Vec<Question>,
    /// (question, choice) for each question answered, in order.
    pub answered: Vec<(u32, u32)>,
}

impl ScenarioQuestions {
    pub fn new(asked: Vec<Question>) -> Self {
        Self {
            asked,
            answered: Vec::new(),
        }
    }

    /// The choice given for a question, if it was answered.
    pub fn answer_to(&self, question: u32) -> Option<u32> {
        self.answered
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, c)| *c)
    }
}

impl Workshop<'_, '_> {
    /// A hint, if the scenario has it and its time has come.
    pub(super) fn hint(&self, index: u32, tick: u64) -> Observed {
        let Some(hint) = self.view.hints.get(index as usize) else {
            return Observed::refused(format!("there is no hint {index}"), Refusal::NoSuchHint);
        };
        if tick < hint.unlock_tick() {
            return Observed::refused(
                format!(
                    "hint {index} ({}) unlocks at {}",
                    hint.step,
                    tick_text(hint.unlock_tick())
                ),
                Refusal::HintLocked,
            );
        }
        Observed::done(
            format!("hint ({}): {}", hint.step, hint.text),
            vec![Effect::HintShown { index }],
        )
    }

    /// Answers an end-of-shift question; a question already answered keeps its answer
    /// (trying every choice in turn earns nothing).
    pub(super) fn answer(&mut self, question: u32, choice: u32) -> Observed {
        let questions = &mut self.questions;
        let Some(asked) = questions.asked.get(question as usize) else {
            return Observed::refused(
                format!("there is no question {question}"),
                Refusal::NoSuchQuestion,
            );
        };
        let Some(text) = asked.choices.get(choice as usize) else {
            return Observed::refused(
                format!(
                    "question {question} has choices 0 to {}",
                    asked.choices.len().saturating_sub(1)
                ),
                Refusal::NoSuchQuestion,
            );
        };
        if let Some(given) = questions.answer_to(question) {
            return Observed::refused(
                format!(
                    "question {question} was already answered (choice {given}); the first answer stands"
                ),
                Refusal::AlreadyAnswered,
            );
        }
        let text = format!("answered \"{}\": {text}", asked.ask);
        questions.answered.push((question, choice));
        Observed::done(text, vec![Effect::Answered { question, choice }])
    }
}
