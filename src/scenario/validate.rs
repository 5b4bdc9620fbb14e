//! Loading a scenario file and checking its meaning, with every problem reported at
//! once as `file:line:column: what was expected`.

use std::fmt;
use std::path::{Path, PathBuf};

use super::locate::{Seg, locate};
use super::model::*;
use crate::error::SourcePosition;
use crate::floor::{CellKind, FloorGrid, FloorLayout};

/// E-stop devices wired in series on each line (pull cords and the panel button).
pub const ESTOP_DEVICES_PER_LINE: u32 = 4;

/// One problem in a scenario file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub position: Option<SourcePosition>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                p.line,
                p.column,
                self.message
            ),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// A scenario that parsed and passed every check, with the floor it runs on.
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    pub path: PathBuf,
    pub scenario: Scenario,
    pub layout: FloorLayout,
}

/// Reads, parses and checks a scenario file.
pub fn load_scenario(path: &Path) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic {
            path: path.to_path_buf(),
            position: None,
            message: format!("cannot read the file: {e}"),
        }]
    })?;
    load_scenario_str(&text, path)
}

/// Parses and checks scenario text; `path` names the file in diagnostics.
pub fn load_scenario_str(text: &str, path: &Path) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let options = super::authored_ron();
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
        path,
        problems: Vec::new(),
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
        }),
        _ => Err(checker.problems),
    }
}

/// The floor a scenario runs on: its preset with the scenario's fleet size.
pub fn scenario_floor(scenario: &Scenario) -> Result<FloorLayout, String> {
    let mut layout =
        FloorLayout::preset_or_path(&scenario.floor.preset).map_err(|e| e.to_string())?;
    if let Some(units) = scenario.floor.units {
        layout.fleet.units = units;
    }
    if let Some(soc) = scenario.floor.initial_soc {
        layout.fleet.initial_soc = soc;
    }
    if let Some(chargers) = scenario.floor.chargers {
        layout.chargers.count = chargers;
    }
    let grid_width = 1 + layout.storage.block_columns * (layout.storage.block_width + 1);
    if layout.chargers.count == 0 || layout.chargers.count > grid_width {
        return Err(format!(
            "chargers is {}, expected 1 to {grid_width} (one per cell of the north edge)",
            layout.chargers.count
        ));
    }
    Ok(layout)
}

struct Checker<'a> {
    text: &'a str,
    path: &'a Path,
    problems: Vec<Diagnostic>,
}

fn p(segs: &[Seg]) -> Vec<Seg> {
    segs.to_vec()
}

impl Checker<'_> {
    fn report(&mut self, at: Vec<Seg>, message: impl Into<String>) {
        self.problems.push(Diagnostic {
            path: self.path.to_path_buf(),
            position: locate(self.text, &at),
            message: message.into(),
        });
    }

    fn floor(&mut self, s: &Scenario) -> Option<FloorLayout> {
        match scenario_floor(s) {
            Ok(layout) => {
                let pods = layout.storage.block_columns
                    * layout.storage.block_rows
                    * layout.storage.block_width
                    * layout.storage.block_depth;
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
        self.rubric(s);
    }

    fn fault(
        &mut self,
        i: usize,
        f: &FaultSpec,
        s: &Scenario,
        layout: &FloorLayout,
        grid: &FloorGrid,
    ) {
        let at = |field: &str| vec![Seg::from("faults"), Seg::Index(i), Seg::from(field)];
        let param = |name: &str| {
            vec![
                Seg::from("faults"),
                Seg::Index(i),
                Seg::from("kind"),
                Seg::from(name),
            ]
        };
        if f.id.trim().is_empty() {
            self.report(at("id"), "fault id is empty");
        }
        // Parameters within the physical range each kind models.
        let mut range = |name: &str, value: f32, lo: f32, hi: f32, lo_open: bool, hi_open: bool| {
            let ok = value.is_finite()
                && (if lo_open { value > lo } else { value >= lo })
                && (if hi_open { value < hi } else { value <= hi });
            if !ok {
                let l = if lo_open { "(" } else { "[" };
                let h = if hi_open { ")" } else { "]" };
                self.report(
                    param(name),
                    format!(
                        "{} {name} is {value}, expected a value in {l}{lo}, {hi}{h}",
                        f.kind.name()
                    ),
                );
            }
        };
        match &f.kind {
            FaultKind::MotorBind { drag_nm, .. } => {
                range("drag_nm", *drag_nm, 0.0, 80.0, true, false)
            }
            FaultKind::EncoderFailure { .. }
            | FaultKind::ToteJam
            | FaultKind::RollerCardFailure => {}
            FaultKind::WornWheel { radius_loss, .. } => {
                range("radius_loss", *radius_loss, 0.0, 0.2, true, false)
            }
            FaultKind::WheelSlip { grip } => range("grip", *grip, 0.01, 1.0, false, true),
            FaultKind::LiftWear { slowdown } => {
                range("slowdown", *slowdown, 1.1, 10.0, false, false)
            }
            FaultKind::DirtyCamera { read_rate } => {
                range("read_rate", *read_rate, 0.0, 1.0, false, true)
            }
            FaultKind::DamagedFiducial { read_rate } => {
                range("read_rate", *read_rate, 0.0, 1.0, false, true)
            }
            FaultKind::ObstacleFalseTrip { trips_per_min } => {
                range("trips_per_min", *trips_per_min, 0.0, 30.0, true, false)
            }
            FaultKind::WirelessDropout {
                dropouts_per_min,
                duration_s,
            } => {
                range(
                    "dropouts_per_min",
                    *dropouts_per_min,
                    0.0,
                    30.0,
                    true,
                    false,
                );
                range("duration_s", *duration_s, 0.0, 120.0, true, false);
            }
            FaultKind::WornPack {
                capacity_fraction,
                resistance_factor,
            } => {
                range(
                    "capacity_fraction",
                    *capacity_fraction,
                    0.1,
                    1.0,
                    false,
                    true,
                );
                range(
                    "resistance_factor",
                    *resistance_factor,
                    1.0,
                    10.0,
                    false,
                    false,
                );
            }
            FaultKind::CellImbalance { cell, soc_offset } => {
                range("soc_offset", soc_offset.abs(), 0.01, 0.5, false, false);
                let cells = layout.fleet.battery.cells_in_series;
                if *cell >= cells {
                    self.report(
                        param("cell"),
                        format!(
                            "CellImbalance cell is {cell}, the pack has cells 0 to {}",
                            cells - 1
                        ),
                    );
                }
            }
            FaultKind::PackOverTemperature { cooling_fraction } => {
                range("cooling_fraction", *cooling_fraction, 0.0, 1.0, false, true)
            }
            FaultKind::ChargerContact { contact_quality } => {
                range("contact_quality", *contact_quality, 0.0, 1.0, false, true)
            }
            FaultKind::DirtyPhotoEye { signal_margin } => {
                range("signal_margin", *signal_margin, 0.0, 1.0, false, true)
            }
            FaultKind::VfdTrip { cause } => {
                if let VfdTripCause::MechanicalBind { load_factor } = cause
                    && !(1.5..=20.0).contains(load_factor)
                {
                    self.report(
                        param("cause"),
                        format!("VfdTrip load_factor is {load_factor}, expected 1.5 to 20"),
                    );
                }
            }
            FaultKind::EstopChainOpen { device } => {
                if *device >= ESTOP_DEVICES_PER_LINE {
                    self.report(
                        param("device"),
                        format!(
                            "EstopChainOpen device is {device}, each line has devices 0 to {}",
                            ESTOP_DEVICES_PER_LINE - 1
                        ),
                    );
                }
            }
            FaultKind::BeltMistracking { drift_mps } => {
                range("drift_mps", *drift_mps, 0.0, 0.5, true, false)
            }
        }
        self.target(i, f, layout, grid);
        self.trigger(i, f, s, layout);
    }

    fn target(&mut self, i: usize, f: &FaultSpec, layout: &FloorLayout, grid: &FloorGrid) {
        let at = vec![Seg::from("faults"), Seg::Index(i), Seg::from("target")];
        if f.target.equipment() != f.kind.equipment() {
            self.report(
                at,
                format!(
                    "{} is a {:?} fault, but the target is a {:?}",
                    f.kind.name(),
                    f.kind.equipment(),
                    f.target.equipment()
                ),
            );
            return;
        }
        let units = layout.fleet.units;
        let lines = grid.stations.len() as u16;
        let zones = layout.conveyors.zones_per_line;
        let chargers = grid.chargers.len() as u16;
        let problem = match &f.target {
            Target::Unit(u) if *u >= units => Some(format!(
                "unknown target unit {u}: the fleet has units 0 to {}",
                units - 1
            )),
            Target::AnyUnit(set) if set.is_empty() => Some("AnyUnit lists no units".into()),
            Target::AnyUnit(set) => set.iter().find(|u| **u >= units).map(|u| {
                format!(
                    "unknown target unit {u}: the fleet has units 0 to {}",
                    units - 1
                )
            }),
            Target::Charger(c) if *c >= chargers => Some(format!(
                "unknown target charger {c}: the floor has chargers 0 to {}",
                chargers - 1
            )),
            Target::AnyCharger(set) if set.is_empty() => {
                Some("AnyCharger lists no chargers".into())
            }
            Target::AnyCharger(set) => set.iter().find(|c| **c >= chargers).map(|c| {
                format!(
                    "unknown target charger {c}: the floor has chargers 0 to {}",
                    chargers - 1
                )
            }),
            Target::Cell(cell) if grid.kind(*cell) == CellKind::Blocked => Some(format!(
                "target cell {cell} is not a fiducial cell of the floor ({} × {} cells)",
                grid.width, grid.height
            )),
            Target::AnyAisleCellIn(a, b) => {
                let any = (a.x.min(b.x)..=a.x.max(b.x)).any(|x| {
                    (a.y.min(b.y)..=a.y.max(b.y))
                        .any(|y| grid.kind(crate::floor::Cell::new(x, y)) == CellKind::Aisle)
                });
                (!any).then(|| format!("no aisle cell between {a} and {b}"))
            }
            Target::Zone { line, zone } if *line >= lines || *zone >= zones => Some(format!(
                "unknown target zone {zone} on line {line}: the floor has lines 0 to {} with zones 0 to {}",
                lines - 1,
                zones - 1
            )),
            Target::AnyZone { lines: set } | Target::AnyLine(set) if set.is_empty() => {
                Some("the target lists no lines".into())
            }
            Target::AnyZone { lines: set } | Target::AnyLine(set) => {
                set.iter().find(|l| **l >= lines).map(|l| {
                    format!(
                        "unknown target line {l}: the floor has lines 0 to {}",
                        lines - 1
                    )
                })
            }
            Target::Line(l) if *l >= lines => Some(format!(
                "unknown target line {l}: the floor has lines 0 to {}",
                lines - 1
            )),
            _ => None,
        };
        if let Some(message) = problem {
            self.report(at, message);
        }
    }

    fn trigger(&mut self, i: usize, f: &FaultSpec, s: &Scenario, layout: &FloorLayout) {
        let at = |field: &str| {
            vec![
                Seg::from("faults"),
                Seg::Index(i),
                Seg::from("trigger"),
                Seg::from(field),
            ]
        };
        let shift_s = s.shift_min * 60.0;
        let never = format!("can never fire in a {}-minute shift", s.shift_min);
        match &f.trigger {
            Trigger::AtTime { seconds } if !(*seconds >= 0.0 && *seconds < shift_s) => {
                self.report(
                    at("seconds"),
                    format!("AtTime at {seconds} s {never} (expected 0 to {shift_s} s)"),
                );
            }
            Trigger::RandomWindow { from_s, to_s } => {
                if !(*from_s >= 0.0 && from_s < to_s) {
                    self.report(at("from_s"), format!("RandomWindow from {from_s} s to {to_s} s is empty: expected 0 <= from_s < to_s"));
                } else if *from_s >= shift_s {
                    self.report(
                        at("from_s"),
                        format!("RandomWindow starting at {from_s} s {never}"),
                    );
                }
            }
            Trigger::Intermittent {
                start_s,
                on_s,
                off_s,
            } => {
                if !(*start_s >= 0.0 && *start_s < shift_s) {
                    self.report(
                        at("start_s"),
                        format!("Intermittent start at {start_s} s {never}"),
                    );
                }
                if on_s.is_nan() || *on_s <= 0.0 {
                    self.report(
                        at("on_s"),
                        format!(
                            "Intermittent on_s is {on_s}: a fault that is never on can never fire"
                        ),
                    );
                }
                if off_s.is_nan() || *off_s < 0.0 {
                    self.report(
                        at("off_s"),
                        format!("Intermittent off_s is {off_s}, expected 0 or more"),
                    );
                }
            }
            Trigger::Drifting { start_s, ramp_s } => {
                if !(*start_s >= 0.0 && *start_s < shift_s) {
                    self.report(
                        at("start_s"),
                        format!("Drifting start at {start_s} s {never}"),
                    );
                }
                if ramp_s.is_nan() || *ramp_s <= 0.0 {
                    self.report(
                        at("ramp_s"),
                        format!("Drifting ramp_s is {ramp_s}, expected more than 0"),
                    );
                }
            }
            Trigger::When { condition, after_s } => {
                if !(*after_s >= 0.0 && *after_s < shift_s) {
                    self.report(at("after_s"), format!("When after {after_s} s {never}"));
                }
                let equipment = f.target.equipment();
                let line_capacity = layout.conveyors.zones_per_line
                    + (layout.conveyors.belt.length_m / layout.conveyors.tote.length_m) as u32;
                let problem = match condition {
                    Condition::CarryingPod | Condition::SocBelow(_)
                        if equipment != Equipment::DriveUnit =>
                    {
                        Some(format!(
                            "{condition:?} only applies to a drive unit, the target is a {equipment:?}"
                        ))
                    }
                    Condition::SocBelow(x) if !(*x > 0.0 && *x <= 1.0) => Some(format!(
                        "SocBelow({x}) {never}: state of charge is between 0 and 1"
                    )),
                    Condition::TotesOnLineAbove(_)
                        if !matches!(
                            equipment,
                            Equipment::ConveyorZone | Equipment::ConveyorLine
                        ) =>
                    {
                        Some(format!(
                            "TotesOnLineAbove only applies to conveyors, the target is a {equipment:?}"
                        ))
                    }
                    Condition::TotesOnLineAbove(n) if *n >= line_capacity => Some(format!(
                        "TotesOnLineAbove({n}) {never}: a line holds at most {line_capacity} totes"
                    )),
                    _ => None,
                };
                if let Some(message) = problem {
                    self.report(at("condition"), message);
                }
            }
            _ => {}
        }
    }

    fn rubric(&mut self, s: &Scenario) {
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
}
