//! Checks of each fault: its kind's figures, its target on this floor, its trigger
//! inside the shift.

use super::locate::Seg;
use super::model::*;
use super::validate::Checker;
use crate::conveyor::ESTOP_DEVICES_PER_LINE;
use crate::floor::{CellKind, FloorGrid, FloorLayout};

impl Checker<'_> {
    pub(super) fn fault(
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
        // Figures within the physical range each kind models (one table: `ranges.rs`).
        for r in f.kind.ranges() {
            if !r.holds() {
                // A VfdTrip's load factor sits inside its cause.
                let field = if r.name == "load_factor" {
                    "cause"
                } else {
                    r.name
                };
                self.report(
                    param(field),
                    format!(
                        "{} {} is {}, expected a value in {}",
                        f.kind.name(),
                        r.name,
                        r.value,
                        r.text()
                    ),
                );
            }
        }
        // Numbers checked against the floor.
        match &f.kind {
            FaultKind::CellImbalance { cell, .. }
                if *cell >= layout.fleet.battery.cells_in_series =>
            {
                self.report(
                    param("cell"),
                    format!(
                        "CellImbalance cell is {cell}, the pack has cells 0 to {}",
                        layout.fleet.battery.cells_in_series - 1
                    ),
                );
            }
            FaultKind::EstopChainOpen { device } if *device >= ESTOP_DEVICES_PER_LINE => {
                self.report(
                    param("device"),
                    format!(
                        "EstopChainOpen device is {device}, each line has devices 0 to {}",
                        ESTOP_DEVICES_PER_LINE - 1
                    ),
                );
            }
            _ => {}
        }
        self.target(i, f, layout, grid);
        self.trigger(i, f, s, layout);
    }

    fn target(&mut self, i: usize, f: &FaultSpec, layout: &FloorLayout, grid: &FloorGrid) {
        let at = vec![Seg::from("faults"), Seg::Index(i), Seg::from("target")];
        let Some(equipment) = f.target.equipment() else {
            // `SameAs`: checked with the other links between faults (`link_checks`).
            return;
        };
        if equipment != f.kind.equipment() {
            self.report(
                at,
                format!(
                    "{} is a {:?} fault, but the target is a {:?}",
                    f.kind.name(),
                    f.kind.equipment(),
                    equipment
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
            Target::AnyAisleCellIn(a, b) => super::variants::aisle_cells_in(grid, *a, *b)
                .is_empty()
                .then(|| format!("no aisle cell between {a} and {b}")),
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
                } else if *to_s > shift_s {
                    self.report(
                        at("to_s"),
                        format!(
                            "RandomWindow ends at {to_s} s, after the {}-minute shift ({shift_s} s): some trainees would get the fault after their shift ended",
                            s.shift_min
                        ),
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
                let equipment = f.kind.equipment();
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
}
