//! Loading a scenario file and checking its meaning, with every problem reported at
//! once as `file:line:column: what was expected`.

use std::path::{Path, PathBuf};

use super::locate::Seg;
use super::model::*;
use crate::error::{Diagnostic, LoadError, SourcePosition};
use crate::floor::{FloorGrid, FloorLayout};

/// A scenario that parsed and passed every check, with the floor it runs on.
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    pub path: PathBuf,
    pub scenario: Scenario,
    pub layout: FloorLayout,
    /// What validation would point out without refusing the file (a safety rule the
    /// rubric leaves out, say).
    pub warnings: Vec<Diagnostic>,
}

/// Reads, parses and checks a scenario file.
pub fn load_scenario(path: &Path) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let text = crate::data::read_text(path, crate::data::AUTHORED_FILE_LIMIT).map_err(|e| {
        let (position, message) = match &e {
            LoadError::Syntax {
                position, message, ..
            }
            | LoadError::Invalid {
                position, message, ..
            } => (*position, message.clone()),
            LoadError::Io { source, .. } => (None, format!("cannot read the file: {source}")),
            other => (None, other.to_string()),
        };
        vec![Diagnostic {
            path: path.to_path_buf(),
            position,
            message,
        }]
    })?;
    load_scenario_str(&text, path)
}

/// Parses and checks scenario text; `path` names the file in diagnostics.
pub fn load_scenario_str(text: &str, path: &Path) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let options = crate::data::authored_ron();
    let scenario: Scenario = options.from_str(text).map_err(|e| {
        vec![Diagnostic {
            path: path.to_path_buf(),
            position: Some(SourcePosition {
                line: e.span.start.line,
                column: e.span.start.col,
            }),
            message: e.code.to_string(),
        }]
    })?;
    let mut checker = Checker {
        text,
        locator: super::Locator::new(text),
        path,
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    let layout = checker.floor(&scenario);
    if let Some(layout) = &layout {
        checker.scenario(&scenario, layout);
    }
    match (layout, checker.problems.is_empty()) {
        (Some(layout), true) => Ok(LoadedScenario {
            path: path.to_path_buf(),
            scenario,
            layout,
            warnings: checker.warnings,
        }),
        _ => Err(checker.problems),
    }
}

/// The floor a scenario runs on: its preset with the scenario's fleet size.
pub fn scenario_floor(scenario: &Scenario) -> Result<FloorLayout, LoadError> {
    let mut layout = FloorLayout::preset(&scenario.floor.preset)?;
    if let Some(units) = scenario.floor.units {
        layout.fleet.units = units;
    }
    if let Some(soc) = scenario.floor.initial_soc {
        layout.fleet.initial_soc = soc;
    }
    if let Some(chargers) = scenario.floor.chargers {
        layout.chargers.count = chargers;
    }
    if let Some(lines) = scenario.floor.lines {
        layout.stations.count = lines;
    }
    Ok(layout)
}

/// Collects every problem in one scenario file, each at its line and column.
pub(super) struct Checker<'a> {
    pub text: &'a str,
    /// The text tokenized once, to place every problem.
    pub locator: super::Locator,
    pub path: &'a Path,
    pub problems: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

fn p(segs: &[Seg]) -> Vec<Seg> {
    segs.to_vec()
}

impl Checker<'_> {
    /// Something worth the author's attention that does not make the file wrong.
    pub(super) fn warn(&mut self, at: Vec<Seg>, message: impl Into<String>) {
        self.warnings.push(Diagnostic {
            path: self.path.to_path_buf(),
            position: self.locator.locate(&at),
            message: format!("warning: {}", message.into()),
        });
    }

    pub(super) fn report(&mut self, at: Vec<Seg>, message: impl Into<String>) {
        self.problems.push(Diagnostic {
            path: self.path.to_path_buf(),
            position: self.locator.locate(&at),
            message: message.into(),
        });
    }

    fn floor(&mut self, s: &Scenario) -> Option<FloorLayout> {
        if let (Some(lines), Ok(preset)) = (s.floor.lines, FloorLayout::preset(&s.floor.preset))
            && !(1..=preset.stations.count).contains(&lines)
        {
            self.report(
                p(&["floor".into(), "lines".into()]),
                format!(
                    "floor.lines is {lines}, expected 1 to {} (the `{}` floor's stations, each with its line)",
                    preset.stations.count, s.floor.preset
                ),
            );
            return None;
        }
        match scenario_floor(s) {
            Ok(layout) => {
                let pods = layout.storage.block_columns
                    * layout.storage.block_rows
                    * layout.storage.block_width
                    * layout.storage.block_depth;
                let grid_width =
                    1 + layout.storage.block_columns * (layout.storage.block_width + 1);
                if layout.chargers.count == 0 || layout.chargers.count > grid_width {
                    self.report(
                        p(&["floor".into(), "chargers".into()]),
                        format!(
                            "floor.chargers is {}, expected 1 to {grid_width} (one per cell of the north edge)",
                            layout.chargers.count
                        ),
                    );
                    return None;
                }
                let (lo, hi) = layout.fleet.initial_soc;
                if !(0.0 < lo && lo <= hi && hi <= 1.0) {
                    self.report(
                        p(&["floor".into(), "initial_soc".into()]),
                        format!("floor.initial_soc is ({lo}, {hi}), expected 0 < min <= max <= 1"),
                    );
                }
                if layout.fleet.units == 0 || layout.fleet.units > pods {
                    self.report(
                        p(&["floor".into(), "units".into()]),
                        format!(
                            "floor.units is {}, expected 1 to {pods} (one unit per pod at most)",
                            layout.fleet.units
                        ),
                    );
                    return None;
                }
                Some(layout)
            }
            Err(e) => {
                self.report(
                    p(&["floor".into(), "preset".into()]),
                    format!("unknown floor preset `{}`: {e}", s.floor.preset),
                );
                None
            }
        }
    }

    fn scenario(&mut self, s: &Scenario, layout: &FloorLayout) {
        for (field, value) in [("id", &s.id), ("title", &s.title), ("ticket", &s.ticket)] {
            if value.trim().is_empty() {
                self.report(
                    p(&[field.into()]),
                    format!("{field} is empty, expected some text"),
                );
            }
        }
        if !s
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.report(
                p(&["id".into()]),
                format!("id `{}` may only use letters, digits, `-` and `_`", s.id),
            );
        }
        if !(s.shift_min > 0.0 && s.shift_min <= 480.0) {
            self.report(
                p(&["shift_min".into()]),
                format!(
                    "shift_min is {}, expected more than 0 and at most 480 minutes",
                    s.shift_min
                ),
            );
        }
        if s.faults.is_empty() {
            self.report(
                p(&["faults".into()]),
                "faults is empty, expected at least one fault",
            );
        }
        let grid = FloorGrid::from_layout(layout);
        for (i, fault) in s.faults.iter().enumerate() {
            if s.faults[..i].iter().any(|f| f.id == fault.id) {
                self.report(
                    p(&["faults".into(), i.into(), "id".into()]),
                    format!("duplicate fault id `{}`", fault.id),
                );
            }
            self.fault(i, fault, s, layout, &grid);
        }
        for (i, hint) in s.hints.iter().enumerate() {
            if !(hint.cost >= 0.0 && hint.cost <= 100.0) {
                self.report(
                    p(&["hints".into(), i.into(), "cost".into()]),
                    format!("hint cost is {}, expected 0 to 100 points", hint.cost),
                );
            }
        }
        self.links(s);
        self.hint_unlocks(s);
        self.questions(s);
        self.rubric(s);
    }
}
