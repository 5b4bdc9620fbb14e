//! The report an attempt gets: total, pass or fail, category points, and findings in
//! plain words, each tied to the tick and action that caused it.

use serde::{Deserialize, Serialize};

use crate::sim::{TICK_HZ, clock_text};
use crate::trainee::TraineeAction;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub scenario: String,
    pub trainee: String,
    /// 0–100.
    pub total: f32,
    pub pass_mark: f32,
    pub passed: bool,
    /// Why the attempt failed regardless of points (a critical safety violation).
    pub gate: Option<String>,
    pub categories: Vec<CategoryScore>,
    /// In time order; general findings (no tick) last.
    pub findings: Vec<Finding>,
    pub process: ProcessSummary,
    /// Cost of every part fitted, needed or not.
    pub parts_cost: f32,
    /// Simulated minutes from the fault's onset to the last piece of work done.
    pub duration_min: f32,
    /// When the graded fault began in this trainee's variant, simulated minutes into the
    /// shift: the time to repair is counted from here.
    #[serde(default)]
    pub onset_min: f32,
    /// The trainee's actions, one line each.
    pub trainee_path: Vec<String>,
    /// The reference solution's actions, when the caller has one.
    pub expert_path: Vec<String>,
    /// For a lab attempt: how long its log was and the chain value of its last line when
    /// the report was stored, so a log cut short afterwards shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_seal: Option<crate::trainee::LogSeal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryScore {
    pub name: String,
    pub weight: f32,
    pub points: f32,
}

impl CategoryScore {
    pub fn new(name: &str, weight: f32, points: f32) -> Self {
        Self {
            name: name.into(),
            weight,
            points: round(points.clamp(0.0, weight.max(0.0))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub category: String,
    /// When it happened (the tick the action started), if it is tied to a moment.
    pub tick: Option<u64>,
    pub time: Option<String>,
    pub action: Option<String>,
    pub text: String,
    /// Points gained or lost (negative: lost).
    pub points: f32,
}

impl Finding {
    pub fn general(category: &str, text: String, points: f32) -> Self {
        Self {
            category: category.into(),
            tick: None,
            time: None,
            action: None,
            text,
            points: round(points),
        }
    }

    pub fn tick(category: &str, tick: u64, text: String, points: f32) -> Self {
        Self {
            tick: Some(tick),
            time: Some(clock_text(tick as f64 / TICK_HZ)),
            ..Self::general(category, text, points)
        }
    }

    pub fn at(
        category: &str,
        tick: u64,
        action: &TraineeAction,
        text: String,
        points: f32,
    ) -> Self {
        Self {
            action: Some(super::describe(action)),
            ..Self::tick(category, tick, text, points)
        }
    }
}

/// How the tests went: how many, how many told nothing new, how far they narrowed
/// the suspects, against the fewest that would always have been enough.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProcessSummary {
    pub tests: u32,
    pub redundant: u32,
    pub candidates_start: u32,
    pub candidates_end: u32,
    pub fewest_possible: u32,
    pub text: String,
}

impl Report {
    /// The report as stored and exported: pretty JSON with one trailing newline. The same
    /// report always gives the same bytes, so a stored report can be compared exactly.
    pub fn json(&self) -> String {
        // Plain data (strings, numbers, lists): serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// The report as a trainee reads it.
    pub fn text(&self) -> String {
        let mut out = format!(
            "{} ({}): {} / 100, {} (pass mark {})\n",
            self.scenario,
            if self.trainee.is_empty() {
                "reference variant"
            } else {
                &self.trainee
            },
            points(self.total),
            if self.passed { "PASS" } else { "FAIL" },
            points(self.pass_mark)
        );
        if let Some(gate) = &self.gate {
            out += &format!("  failed: {gate}\n");
        }
        for c in &self.categories {
            out += &format!(
                "  {:<36} {:>5} / {}\n",
                c.name,
                points(c.points),
                points(c.weight)
            );
        }
        out += &format!(
            "  time {} min from the fault's onset at {}, parts {:.0}; {}\n",
            points(self.duration_min),
            clock_text(self.onset_min as f64 * 60.0),
            self.parts_cost,
            self.process.text
        );
        for f in &self.findings {
            out += &format!(
                "  [{}] {}{}\n",
                f.time.as_deref().unwrap_or("  --  "),
                f.action
                    .as_deref()
                    .map_or(String::new(), |a| format!("{a}: ")),
                f.text
            );
        }
        out
    }
}

/// Points to one decimal place, so reports compare exactly.
pub fn round(x: f32) -> f32 {
    (x * 10.0).round() / 10.0
}

/// Points as text: whole numbers without a decimal.
pub fn points(x: f32) -> String {
    let x = round(x);
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}
