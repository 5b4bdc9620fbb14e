//! A scenario as the editor holds it while the author works: the parts a person edits
//! as fields (texts, numbers, choices) and each fault's kind, target and trigger as the
//! RON a file holds, so any kind the catalogue has can be written. Building the draft
//! gives the scenario back (a draft of a scenario, unedited, builds that scenario).

use super::model::*;
use super::rewrite::ron_text;
use super::rubric::{Question, SafetyRule};

/// The scenario being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct EditorDraft {
    pub title: String,
    pub ticket: String,
    pub difficulty: Difficulty,
    pub shift_min: f32,
    pub seed: u64,
    /// The floor choice, as RON: `(preset: "default", units: 6, lines: 1)`.
    pub floor: String,
    pub faults: Vec<FaultDraft>,
    pub hints: Vec<Hint>,
    pub root_causes: Vec<String>,
    pub time_target_min: f32,
    pub pass_mark: f32,
    pub critical_safety: Vec<SafetyRule>,
    pub questions: Vec<QuestionDraft>,
    /// Everything else (id, weights, policy, minimums), carried over as it was.
    base: Scenario,
}

/// One fault: the parts that take any of several shapes as RON.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultDraft {
    pub id: String,
    pub kind: String,
    pub target: String,
    pub trigger: String,
    pub note: String,
}

/// An end-of-shift question, its choices one per line.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionDraft {
    pub ask: String,
    pub choices: String,
    pub answer: u32,
    pub points: f32,
}

fn text<T: serde::Serialize>(value: &T) -> String {
    ron_text(value, true).unwrap_or_default()
}

impl EditorDraft {
    pub fn of(s: &Scenario) -> Self {
        Self {
            title: s.title.clone(),
            ticket: s.ticket.clone(),
            difficulty: s.difficulty,
            shift_min: s.shift_min,
            seed: s.seed,
            floor: text(&s.floor),
            faults: s
                .faults
                .iter()
                .map(|f| FaultDraft {
                    id: f.id.clone(),
                    kind: text(&f.kind),
                    target: text(&f.target),
                    trigger: text(&f.trigger),
                    note: f.note.clone(),
                })
                .collect(),
            hints: s.hints.clone(),
            root_causes: s.rubric.root_causes.clone(),
            time_target_min: s.rubric.time_target_min,
            pass_mark: s.rubric.pass_mark,
            critical_safety: s.rubric.critical_safety.clone(),
            questions: s
                .rubric
                .questions
                .iter()
                .map(|q| QuestionDraft {
                    ask: q.ask.clone(),
                    choices: q.choices.join("\n"),
                    answer: q.answer,
                    points: q.points,
                })
                .collect(),
            base: s.clone(),
        }
    }

    /// The scenario the draft describes, or what in it does not read (each problem
    /// names the field). Whether it makes sense is `validate`'s to say.
    pub fn build(&self) -> Result<Scenario, Vec<String>> {
        let mut problems = Vec::new();
        let mut read = |what: String, text: &str| -> Option<()> {
            problems.push(format!("{what}: {}", text.trim()));
            None
        };
        let floor = parse::<FloorChoice>(&self.floor)
            .map_err(|e| read("floor".into(), &e))
            .ok();
        let mut faults = Vec::new();
        for (i, f) in self.faults.iter().enumerate() {
            let at = |field: &str| format!("fault {i} (`{}`) {field}", f.id);
            let kind = parse::<FaultKind>(&f.kind).map_err(|e| read(at("kind"), &e));
            let target = parse::<Target>(&f.target).map_err(|e| read(at("target"), &e));
            let trigger = parse::<Trigger>(&f.trigger).map_err(|e| read(at("trigger"), &e));
            if let (Ok(kind), Ok(target), Ok(trigger)) = (kind, target, trigger) {
                faults.push(FaultSpec {
                    id: f.id.clone(),
                    kind,
                    target,
                    trigger,
                    note: f.note.clone(),
                });
            }
        }
        let (Some(floor), true) = (floor, problems.is_empty()) else {
            return Err(problems);
        };
        let mut s = self.base.clone();
        s.title = self.title.clone();
        s.ticket = self.ticket.clone();
        s.difficulty = self.difficulty;
        s.shift_min = self.shift_min;
        s.seed = self.seed;
        s.floor = floor;
        s.faults = faults;
        s.hints = self.hints.clone();
        s.rubric.root_causes = self.root_causes.clone();
        s.rubric.time_target_min = self.time_target_min;
        s.rubric.pass_mark = self.pass_mark;
        s.rubric.critical_safety = self.critical_safety.clone();
        s.rubric.questions = self
            .questions
            .iter()
            .map(|q| Question {
                ask: q.ask.clone(),
                choices: q
                    .choices
                    .lines()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(String::from)
                    .collect(),
                answer: q.answer,
                points: q.points,
            })
            .collect();
        Ok(s)
    }

    /// A new fault, in the equipment given (as RON) or the first unit.
    pub fn add_fault(&mut self, target: Option<String>) {
        let n = self.faults.len();
        self.faults.push(FaultDraft {
            id: format!("fault-{}", n + 1),
            kind: FAULT_KIND_EXAMPLES[0].to_string(),
            target: target.unwrap_or_else(|| "Unit(0)".into()),
            trigger: TRIGGER_EXAMPLES[1].to_string(),
            note: String::new(),
        });
    }
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    crate::data::authored_ron()
        .from_str(text)
        .map_err(|e| format!("{} at column {}", e.code, e.span.start.col))
}
