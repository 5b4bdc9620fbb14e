//! Action scripts: RON lists of timed actions, as `faultline play --script` runs them
//! and as reference solutions are written. A script may name equipment by its role in
//! the scenario, so one solution plays on every trainee's variant:
//!
//! | placeholder | becomes |
//! |---|---|
//! | `{unit:FAULT}` | the drive unit fault FAULT is in |
//! | `{line:FAULT}` | the conveyor line of a zone or line fault |
//! | `{zone:FAULT}` | the zone (on its line) of a zone fault |
//! | `{charger:FAULT}` | the charger of a charger fault |
//! | `{cell:FAULT}` | the cell of a sticker fault, or the cell a charger stands on |
//!
//! Loaded for a scenario, a script is checked before it plays: every time finite and
//! inside the shift, every walk to a point on the floor, every piece of equipment on the
//! floor, every work order's root cause one the catalogue lists; each problem named with
//! its file, line and column.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::action::{Spot, TraineeAction};
use super::technician::FloorPlaces;
use super::work_order::causes_for;
use crate::error::{Diagnostic, Error, SourcePosition};
use crate::faults::FaultCatalogue;
use crate::floor::FloorGrid;
use crate::scenario::{LoadedScenario, ResolvedTarget, Seg, Variant, locate};

/// A scripted action: what to do, and when (simulated seconds from the start of the shift).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptedAction {
    pub at_s: f32,
    pub action: TraineeAction,
}

/// A RON list of timed actions, as `faultline play --script` runs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionScript {
    pub actions: Vec<ScriptedAction>,
}

impl ActionScript {
    /// Reads a script file as it is (no placeholders); a parse error names the file,
    /// line and column.
    pub fn load(path: &Path) -> Result<Self, crate::error::LoadError> {
        crate::data::load_ron(path)
    }

    /// Reads a script for one variant of a scenario: placeholders filled in from the
    /// variant, then every action checked against the scenario's floor and catalogue.
    pub fn load_for(
        path: &Path,
        loaded: &LoadedScenario,
        variant: &Variant,
        faults: &FaultCatalogue,
    ) -> Result<Self, Error> {
        let text = crate::data::read_text(path, crate::data::AUTHORED_FILE_LIMIT)?;
        Self::parse_for(&text, path, loaded, variant, faults)
    }

    /// [`ActionScript::load_for`] on text already read; `path` names it in errors.
    pub fn parse_for(
        text: &str,
        path: &Path,
        loaded: &LoadedScenario,
        variant: &Variant,
        faults: &FaultCatalogue,
    ) -> Result<Self, Error> {
        let grid = FloorGrid::from_layout(&loaded.layout);
        let text = fill_roles(text, path, variant, &grid)?;
        let script: ActionScript = crate::data::authored_ron()
            .from_str(&text)
            .map_err(|e| crate::error::LoadError::from_ron(path, e))?;
        let problems = script.problems(&text, path, loaded, &grid, faults);
        if problems.is_empty() {
            Ok(script)
        } else {
            Err(Error::Problems(problems))
        }
    }

    /// Everything wrong with the script on this scenario's floor.
    fn problems(
        &self,
        text: &str,
        path: &Path,
        loaded: &LoadedScenario,
        grid: &FloorGrid,
        faults: &FaultCatalogue,
    ) -> Vec<Diagnostic> {
        let shift_s = loaded.scenario.shift_min * 60.0;
        let places = FloorPlaces::of(grid);
        let mut problems = Vec::new();
        for (i, step) in self.actions.iter().enumerate() {
            let at = |field: &str| {
                locate(
                    text,
                    &[Seg::from("actions"), Seg::Index(i), Seg::from(field)],
                )
            };
            let mut problem = |field: &str, message: String| {
                problems.push(Diagnostic::new(path, at(field), message));
            };
            if !(step.at_s.is_finite() && step.at_s >= 0.0 && step.at_s <= shift_s) {
                problem(
                    "at_s",
                    format!(
                        "at_s is {}, expected a time from 0 to the end of the {}-minute shift ({shift_s} s)",
                        step.at_s, loaded.scenario.shift_min
                    ),
                );
            }
            if let TraineeAction::WalkTo {
                to: Spot::Point { x, y },
            } = step.action
                && !places.in_hall(bevy::math::Vec2::new(x, y))
            {
                problem(
                    "action",
                    format!("a walk to ({x}, {y}), which is off the floor"),
                );
            }
            if let Some(missing) = missing_equipment(&step.action, loaded, grid) {
                problem("action", missing);
            }
            if let TraineeAction::FileWorkOrder {
                target, root_cause, ..
            } = &step.action
            {
                let causes = causes_for(faults, *target);
                if !causes.iter().any(|c| c == root_cause) {
                    problem(
                        "action",
                        format!(
                            "the work order's root cause \"{root_cause}\" is not one the catalogue lists for {}: one of {}",
                            target.describe(),
                            causes.join("; ")
                        ),
                    );
                }
            }
        }
        problems
    }
}

/// What an action names that is not on this floor, if anything.
fn missing_equipment(
    action: &TraineeAction,
    loaded: &LoadedScenario,
    grid: &FloorGrid,
) -> Option<String> {
    let layout = &loaded.layout;
    let lines = grid.stations.len() as u16;
    let zones = layout.conveyors.zones_per_line;
    let check = |target: ResolvedTarget| -> Option<String> {
        let ok = match target {
            ResolvedTarget::Unit(u) => u < layout.fleet.units,
            ResolvedTarget::Charger(c) => (c as usize) < grid.chargers.len(),
            ResolvedTarget::Cell(c) => grid.index(c).is_some(),
            ResolvedTarget::Zone { line, zone } => line < lines && zone < zones,
            ResolvedTarget::Line(line) => line < lines,
        };
        (!ok).then(|| format!("{} is not on this floor", target.describe()))
    };
    if let Some(target) = action.equipment()
        && let Some(missing) = check(target)
    {
        return Some(missing);
    }
    let device = match *action {
        TraineeAction::ResetEstopDevice { device, .. }
        | TraineeAction::JumperEstopDevice { device, .. } => Some(device),
        TraineeAction::Measure {
            point: super::TestPoint::EstopDevice { device, .. },
        } => Some(device),
        _ => None,
    };
    if let Some(device) = device
        && device >= crate::conveyor::ESTOP_DEVICES_PER_LINE
    {
        return Some(format!(
            "e-stop device {device} is not on this floor (devices 0 to {})",
            crate::conveyor::ESTOP_DEVICES_PER_LINE - 1
        ));
    }
    match action.work_spot() {
        Some(Spot::Unit(u)) => check(ResolvedTarget::Unit(u)),
        Some(Spot::Charger(c)) => check(ResolvedTarget::Charger(c)),
        Some(Spot::Cell(c)) => check(ResolvedTarget::Cell(c)),
        Some(Spot::Zone { line, zone }) => check(ResolvedTarget::Zone { line, zone }),
        Some(Spot::LinePanel(l) | Spot::Belt(l) | Spot::EstopDevice { line: l, .. }) => {
            check(ResolvedTarget::Line(l))
        }
        _ => match action {
            TraineeAction::WalkTo { to } => match *to {
                Spot::Unit(u) => check(ResolvedTarget::Unit(u)),
                Spot::Charger(c) => check(ResolvedTarget::Charger(c)),
                Spot::Cell(c) => check(ResolvedTarget::Cell(c)),
                Spot::Zone { line, zone } => check(ResolvedTarget::Zone { line, zone }),
                Spot::LinePanel(l) | Spot::Belt(l) | Spot::EstopDevice { line: l, .. } => {
                    check(ResolvedTarget::Line(l))
                }
                _ => None,
            },
            _ => None,
        },
    }
}

/// Replaces each `{role:FAULT}` with the variant's equipment; an unknown fault or a role
/// its equipment does not have is an error at the placeholder's line and column.
fn fill_roles(
    text: &str,
    path: &Path,
    variant: &Variant,
    grid: &FloorGrid,
) -> Result<String, Error> {
    let mut out = String::with_capacity(text.len());
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        // Comments keep their braces: only code holds placeholders.
        let (code, comment) = match line.find("//") {
            Some(i) => line.split_at(i),
            None => (line, ""),
        };
        let mut rest = code;
        let mut column = 1;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            out += &rest[..open];
            let inside = &rest[open + 1..close];
            let at = SourcePosition {
                line: n + 1,
                column: column + rest[..open].chars().count(),
            };
            match inside.split_once(':') {
                Some((role, fault)) => match role_value(role, fault.trim(), variant, grid) {
                    Ok(value) => {
                        // Pad to the placeholder's width, so later columns stay true.
                        let width = close - open + 1;
                        out += &format!("{value:<width$}");
                    }
                    Err(message) => {
                        problems.push(Diagnostic::new(path, Some(at), message));
                        out += &rest[open..=close];
                    }
                },
                None => out += &rest[open..=close],
            }
            column += rest[..=close].chars().count();
            rest = &rest[close + 1..];
        }
        out += rest;
        out += comment;
        out.push('\n');
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::Problems(problems))
    }
}

fn role_value(
    role: &str,
    fault: &str,
    variant: &Variant,
    grid: &FloorGrid,
) -> Result<String, String> {
    let Some(f) = variant.faults.iter().find(|f| f.id == fault) else {
        return Err(format!(
            "{{{role}:{fault}}}: the scenario has no fault `{fault}` (faults: {})",
            variant
                .faults
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    };
    let value = match (role, f.target) {
        ("unit", ResolvedTarget::Unit(u)) => Some(u.to_string()),
        ("line", ResolvedTarget::Zone { line, .. } | ResolvedTarget::Line(line)) => {
            Some(line.to_string())
        }
        ("zone", ResolvedTarget::Zone { zone, .. }) => Some(zone.to_string()),
        ("charger", ResolvedTarget::Charger(c)) => Some(c.to_string()),
        ("cell", ResolvedTarget::Cell(c)) => Some(format!("(x: {}, y: {})", c.x, c.y)),
        ("cell", ResolvedTarget::Charger(c)) => grid
            .chargers
            .get(c as usize)
            .map(|site| format!("(x: {}, y: {})", site.cell.x, site.cell.y)),
        _ => None,
    };
    value.ok_or_else(|| {
        format!(
            "{{{role}:{fault}}}: fault `{fault}` is in {}, which has no {role}",
            f.target.describe()
        )
    })
}
