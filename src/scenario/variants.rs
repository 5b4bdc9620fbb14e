//! Seeded variants: each trainee gets their own, equivalent version of a scenario
//! (which unit, which cell, when), chosen within the author's sets and windows.
//! The same trainee id always gets the same variant.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::model::*;
use super::validate::LoadedScenario;
use crate::floor::{Cell, CellKind, FloorGrid};
use crate::sim::hash::Fnv64;
use crate::sim::ticks_for;

/// The equipment a fault was put into, after the seeded choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResolvedTarget {
    Unit(u32),
    Charger(u16),
    Cell(Cell),
    Zone { line: u16, zone: u32 },
    Line(u16),
}

/// When the fault acts, in simulation ticks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ResolvedTrigger {
    At {
        tick: u64,
    },
    When {
        condition: Condition,
        after_tick: u64,
    },
    Intermittent {
        start_tick: u64,
        on_ticks: u64,
        off_ticks: u64,
    },
    Drifting {
        start_tick: u64,
        ramp_ticks: u64,
    },
    /// When the trainee does this action on the fault's equipment (while
    /// `while_present` acts unrepaired, if named).
    OnAction {
        action: String,
        while_present: Option<String>,
    },
    /// When fault `fault` has acted, unrepaired, for this many ticks in all.
    AfterFault {
        fault: String,
        running_ticks: u64,
    },
}

/// A fault as it will be injected for one trainee.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolvedFault {
    pub id: String,
    pub kind: FaultKind,
    pub target: ResolvedTarget,
    pub trigger: ResolvedTrigger,
}

/// One trainee's version of a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    pub trainee: String,
    /// Seed for the simulation's RNG (traffic, pick times, fault randomness).
    pub sim_seed: u64,
    pub faults: Vec<ResolvedFault>,
}

/// FNV-1a over `parts`, each followed by a 0xff byte, so that ("ab", "c") and ("a", "bc")
/// draw differently.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut hash = Fnv64::default();
    for part in parts {
        hash.bytes(part).bytes(&[0xff]);
    }
    hash.finish()
}

/// Chooses the variant for `trainee` (an empty id gives the author's reference variant).
pub fn variant_for(loaded: &LoadedScenario, trainee: &str) -> Variant {
    variant_of(loaded, trainee, None)
}

/// The variant for `trainee`; in a lab session, `slot` is the trainee's place on the
/// roster, and the session's trainees are spread evenly over the author's sets and
/// windows (neighbouring places get different equipment wherever the set allows).
/// Without a slot the choice is a stable hash of the trainee's id.
pub fn variant_of(loaded: &LoadedScenario, trainee: &str, slot: Option<u32>) -> Variant {
    let s = &loaded.scenario;
    let sim_seed = fnv(&[&s.seed.to_le_bytes(), trainee.as_bytes()]);
    let grid = FloorGrid::from_layout(&loaded.layout);
    let units = loaded.layout.fleet.units;
    let zones = loaded.layout.conveyors.zones_per_line;
    let mut faults: Vec<ResolvedFault> = Vec::with_capacity(s.faults.len());
    for fault in &s.faults {
        let resolved = {
            // One stream per fault, so editing one fault does not reshuffle the others.
            let mut rng = ChaCha8Rng::seed_from_u64(fnv(&[
                &s.seed.to_le_bytes(),
                trainee.as_bytes(),
                fault.id.as_bytes(),
            ]));
            let mut choice = match slot {
                Some(slot) => Choice::Spread {
                    slot,
                    offset: fnv(&[&s.seed.to_le_bytes(), fault.id.as_bytes()]),
                },
                None => Choice::Random(&mut rng),
            };
            let target = match &fault.target {
                // Validation puts the other fault first; a file that did not pass
                // falls back to unit 0 rather than panic.
                Target::SameAs(other) => faults
                    .iter()
                    .find(|f| &f.id == other)
                    .map_or(ResolvedTarget::Unit(0), |f| f.target),
                target => choose_target(target, &grid, units, zones, &mut choice),
            };
            ResolvedFault {
                id: fault.id.clone(),
                kind: fault.kind.clone(),
                target,
                trigger: choose_trigger(&fault.trigger, &mut choice),
            }
        };
        faults.push(resolved);
    }
    Variant {
        trainee: trainee.to_string(),
        sim_seed,
        faults,
    }
}

/// How a variant's choices are made: at random from the trainee's seed, or spread over
/// a session's roster by the trainee's place on it.
enum Choice<'r> {
    Random(&'r mut ChaCha8Rng),
    Spread { slot: u32, offset: u64 },
}

impl Choice<'_> {
    /// An index below `n`.
    fn index(&mut self, n: usize) -> usize {
        let n = n.max(1);
        match self {
            Choice::Random(rng) => rng.random_range(0..n),
            // Consecutive places take consecutive items, from an offset per fault.
            Choice::Spread { slot, offset } => ((*slot as u64 + *offset) % n as u64) as usize,
        }
    }

    /// A tick in `from..to`.
    fn tick(&mut self, from: u64, to: u64) -> u64 {
        match self {
            Choice::Random(rng) => rng.random_range(from..to),
            Choice::Spread { slot, offset } => {
                // The golden-ratio sequence spreads any number of places evenly.
                let phase = ((*slot as f64 * 0.618_033_988_749_895)
                    + (*offset % 1000) as f64 / 1000.0)
                    .fract();
                from + ((to - from) as f64 * phase) as u64
            }
        }
    }
}

fn pick<T: Copy>(items: &[T], choice: &mut Choice) -> T {
    items[choice.index(items.len())]
}

fn choose_target(
    target: &Target,
    grid: &FloorGrid,
    units: u32,
    zones: u32,
    choice: &mut Choice,
) -> ResolvedTarget {
    match target {
        Target::Unit(u) => ResolvedTarget::Unit(*u),
        Target::AnyUnit(set) => ResolvedTarget::Unit(pick(set, choice)),
        Target::AnyUnitInFleet => ResolvedTarget::Unit(choice.index(units as usize) as u32),
        Target::Charger(c) => ResolvedTarget::Charger(*c),
        Target::AnyCharger(set) => ResolvedTarget::Charger(pick(set, choice)),
        Target::Cell(c) => ResolvedTarget::Cell(*c),
        Target::AnyAisleCellIn(a, b) => {
            let cells = aisle_cells_in(grid, *a, *b);
            ResolvedTarget::Cell(if cells.is_empty() {
                *a
            } else {
                pick(&cells, choice)
            })
        }
        Target::Zone { line, zone } => ResolvedTarget::Zone {
            line: *line,
            zone: *zone,
        },
        Target::AnyZone { lines } => match choice {
            // Spread over every zone of every line in the set.
            Choice::Spread { .. } => {
                let zones = zones.max(1) as usize;
                let i = choice.index(lines.len().max(1) * zones);
                ResolvedTarget::Zone {
                    line: lines.get(i % lines.len().max(1)).copied().unwrap_or(0),
                    zone: (i / lines.len().max(1)) as u32,
                }
            }
            Choice::Random(_) => ResolvedTarget::Zone {
                line: pick(lines, choice),
                zone: choice.index(zones as usize) as u32,
            },
        },
        Target::Line(l) => ResolvedTarget::Line(*l),
        Target::AnyLine(set) => ResolvedTarget::Line(pick(set, choice)),
        // Resolved by the caller from the other fault.
        Target::SameAs(_) => ResolvedTarget::Unit(0),
    }
}

/// The aisle cells of a rectangle, clipped to the floor first (so a huge rectangle costs
/// no more than the floor).
pub fn aisle_cells_in(grid: &FloorGrid, a: Cell, b: Cell) -> Vec<Cell> {
    let (x0, x1) = (a.x.min(b.x).max(0), a.x.max(b.x).min(grid.width - 1));
    let (y0, y1) = (a.y.min(b.y).max(0), a.y.max(b.y).min(grid.height - 1));
    (y0..=y1)
        .flat_map(|y| (x0..=x1).map(move |x| Cell::new(x, y)))
        .filter(|c| grid.kind(*c) == CellKind::Aisle)
        .collect()
}

fn choose_trigger(trigger: &Trigger, choice: &mut Choice) -> ResolvedTrigger {
    match trigger {
        Trigger::AtTime { seconds } => ResolvedTrigger::At {
            tick: ticks_for(*seconds),
        },
        Trigger::RandomWindow { from_s, to_s } => {
            let (from, to) = (
                ticks_for(*from_s),
                ticks_for(*to_s).max(ticks_for(*from_s) + 1),
            );
            ResolvedTrigger::At {
                tick: choice.tick(from, to),
            }
        }
        Trigger::When { condition, after_s } => ResolvedTrigger::When {
            condition: condition.clone(),
            after_tick: ticks_for(*after_s),
        },
        Trigger::Intermittent {
            start_s,
            on_s,
            off_s,
        } => ResolvedTrigger::Intermittent {
            start_tick: ticks_for(*start_s),
            on_ticks: ticks_for(*on_s),
            off_ticks: (*off_s as f64 * crate::sim::TICK_HZ).round() as u64,
        },
        Trigger::Drifting { start_s, ramp_s } => ResolvedTrigger::Drifting {
            start_tick: ticks_for(*start_s),
            ramp_ticks: ticks_for(*ramp_s),
        },
        Trigger::OnAction {
            action,
            while_present,
        } => ResolvedTrigger::OnAction {
            action: action.clone(),
            while_present: while_present.clone(),
        },
        Trigger::AfterFault { fault, running_min } => ResolvedTrigger::AfterFault {
            fault: fault.clone(),
            running_ticks: ticks_for(running_min * 60.0),
        },
    }
}

impl ResolvedTarget {
    pub fn describe(&self) -> String {
        match self {
            ResolvedTarget::Unit(u) => format!("drive unit DU-{u:03}"),
            ResolvedTarget::Charger(c) => format!("charger C{c}"),
            ResolvedTarget::Cell(c) => format!("fiducial cell {c}"),
            ResolvedTarget::Zone { line, zone } => format!("line {line} zone {zone}"),
            ResolvedTarget::Line(l) => format!("conveyor line {l}"),
        }
    }

    pub fn equipment(&self) -> super::Equipment {
        use super::Equipment;
        match self {
            ResolvedTarget::Unit(_) => Equipment::DriveUnit,
            ResolvedTarget::Charger(_) => Equipment::Charger,
            ResolvedTarget::Cell(_) => Equipment::FiducialCell,
            ResolvedTarget::Zone { .. } => Equipment::ConveyorZone,
            ResolvedTarget::Line(_) => Equipment::ConveyorLine,
        }
    }

    /// Whether this equipment includes the other (a line its zones).
    pub fn covers_target(&self, other: ResolvedTarget) -> bool {
        match (*self, other) {
            (ResolvedTarget::Line(a), ResolvedTarget::Zone { line, .. }) => a == line,
            (a, b) => a == b,
        }
    }

    /// Whether alarms from this source belong to this equipment (a line owns its zones).
    pub fn covers(&self, source: crate::alarms::AlarmSource) -> bool {
        use crate::alarms::AlarmSource as S;
        match (*self, source) {
            (ResolvedTarget::Unit(a), S::Unit(b)) => a == b,
            (ResolvedTarget::Charger(a), S::Charger(b)) => a == b,
            (ResolvedTarget::Cell(c), S::Cell(x, y)) => c.x == x && c.y == y,
            (ResolvedTarget::Zone { line, zone }, S::Zone { line: l, zone: z }) => {
                line == l && zone == z
            }
            (ResolvedTarget::Line(a), S::Line(b) | S::Zone { line: b, .. }) => a == b,
            _ => false,
        }
    }
}

impl ResolvedTrigger {
    pub fn describe(&self) -> String {
        let t = |tick: u64| crate::sim::clock_text(tick as f64 / crate::sim::TICK_HZ);
        match self {
            ResolvedTrigger::At { tick } => format!("at {}", t(*tick)),
            ResolvedTrigger::When {
                condition,
                after_tick,
            } => format!("when {condition:?}, after {}", t(*after_tick)),
            ResolvedTrigger::Intermittent {
                start_tick,
                on_ticks,
                off_ticks,
            } => format!(
                "intermittent from {}: {:.0} s on, {:.0} s off",
                t(*start_tick),
                *on_ticks as f64 / crate::sim::TICK_HZ,
                *off_ticks as f64 / crate::sim::TICK_HZ
            ),
            ResolvedTrigger::Drifting {
                start_tick,
                ramp_ticks,
            } => {
                format!(
                    "drifting from {}, full after {:.0} s",
                    t(*start_tick),
                    *ramp_ticks as f64 / crate::sim::TICK_HZ
                )
            }
            ResolvedTrigger::OnAction {
                action,
                while_present,
            } => match while_present {
                Some(other) => format!("on {action}, `{other}` present"),
                None => format!("on {action}"),
            },
            ResolvedTrigger::AfterFault {
                fault,
                running_ticks,
            } => format!("`{fault}` acting {}", t(*running_ticks)),
        }
    }

    /// Whether the fault may never start, depending on what the trainee does (an action,
    /// or leaving another fault unrepaired): graded only in attempts where it started.
    pub fn depends_on_the_attempt(&self) -> bool {
        matches!(
            self,
            ResolvedTrigger::OnAction { .. } | ResolvedTrigger::AfterFault { .. }
        )
    }
}
