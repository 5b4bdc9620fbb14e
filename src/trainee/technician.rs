//! The technician in the world: where they stand, the vest, walking (into the fenced
//! field only through the gate), and the action in hand with the tick it will be done.

use bevy::prelude::*;

use super::action::{Spot, TraineeAction};
use super::catalogue::ActionCatalogue;
use crate::fleet::PersonInField;
use crate::floor::FloorGrid;
use crate::sim::{SimClock, TICK_HZ};

/// The technician: position on the floor plane (metres), vest, the action in hand.
#[derive(Resource, Debug, Clone)]
pub struct Technician {
    pub position: Vec2,
    pub in_field: bool,
    pub vest_on: bool,
    pub busy: Option<ActionInHand>,
    /// Standing in an open part of the field without the vest (after the last action).
    pub exposed: bool,
    /// Zones locked round units, by unit: (from, to).
    pub zones_round_units: Vec<(u32, crate::floor::Cell, crate::floor::Cell)>,
}

/// An action the technician has started and will finish at `done_tick`.
#[derive(Debug, Clone)]
pub struct ActionInHand {
    pub started: u64,
    pub done_tick: u64,
    pub action: TraineeAction,
    /// For a walk: the way points, walked at `speed_mps` from `started`.
    pub walk: Option<Walk>,
    /// What the equipment showed when a test cycle began (compared at the end).
    pub baseline: Option<TestBaseline>,
}

/// Where the equipment stood when a test cycle began: a count to compare at the end
/// (cells a unit drove, totes a line delivered), the test totes added, a pack's charge.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TestBaseline {
    pub count: u64,
    pub added: u32,
    pub soc: f32,
}

#[derive(Debug, Clone)]
pub struct Walk {
    pub points: Vec<Vec2>,
    pub speed_mps: f32,
}

impl Walk {
    pub fn length(&self) -> f32 {
        self.points.windows(2).map(|w| w[0].distance(w[1])).sum()
    }

    /// Where the walker is after `distance` metres.
    pub fn at(&self, mut distance: f32) -> Vec2 {
        for w in self.points.windows(2) {
            let leg = w[0].distance(w[1]);
            if distance <= leg {
                return w[0].lerp(w[1], if leg > 0.0 { distance / leg } else { 1.0 });
            }
            distance -= leg;
        }
        self.points.last().copied().unwrap_or_default()
    }
}

/// Fixed places on the floor: the bench the shift starts at, and the gate.
pub struct FloorPlaces {
    pub bench: Vec2,
    /// Just outside and just inside the gate in the west fence.
    pub gate_out: Vec2,
    pub gate_in: Vec2,
    /// The fence's south-west corner, walked round outside.
    pub corner: Vec2,
    /// The fence's corners (south-west, north-east).
    pub fence: (Vec2, Vec2),
}

impl FloorPlaces {
    pub fn of(grid: &FloorGrid) -> Self {
        let (min, max) = grid.fence_rect();
        // The gate is half-way along the west fence.
        let gate_y = (min.y + max.y) * 0.5;
        Self {
            bench: Vec2::new(min.x - 2.0, min.y - 2.5),
            gate_out: Vec2::new(min.x - 0.8, gate_y),
            gate_in: Vec2::new(min.x + 0.4, gate_y),
            corner: Vec2::new(min.x - 1.0, min.y - 1.0),
            fence: (min, max),
        }
    }
}

impl FloorPlaces {
    /// Whether a point is in the hall the technician can walk: the fenced field and the
    /// floor round it (the bench and gate to the west, the conveyors to the south).
    pub fn in_hall(&self, point: Vec2) -> bool {
        let (min, max) = self.fence;
        point.is_finite()
            && point.x >= min.x - HALL_MARGIN_M
            && point.x <= max.x + HALL_MARGIN_M
            && point.y >= min.y - HALL_SOUTH_M
            && point.y <= max.y + HALL_MARGIN_M
    }
}

/// The hall reaches this far beyond the fence to the west, east and north, metres.
const HALL_MARGIN_M: f32 = 6.0;
/// ...and this far south of it, where the takeaway conveyors run, metres.
const HALL_SOUTH_M: f32 = 20.0;

pub fn inside_fence(grid: &FloorGrid, point: Vec2) -> bool {
    let (min, max) = grid.fence_rect();
    point.cmpge(min).all() && point.cmple(max).all()
}

/// The way from `from` to `to`: through the gate when crossing the fence, round the
/// fence's corner outside it.
pub fn route(grid: &FloorGrid, from: Vec2, to: Vec2) -> Vec<Vec2> {
    let places = FloorPlaces::of(grid);
    let (a_in, b_in) = (inside_fence(grid, from), inside_fence(grid, to));
    let mut points = vec![from];
    let outside_to_gate = |p: Vec2| {
        // South of the fence, go round the corner to reach the gate in the west fence.
        if p.y < places.corner.y + 0.5 {
            vec![places.corner, places.gate_out]
        } else {
            vec![places.gate_out]
        }
    };
    match (a_in, b_in) {
        (false, true) => {
            points.extend(outside_to_gate(from));
            points.push(places.gate_in);
        }
        (true, false) => {
            points.push(places.gate_in);
            let mut out = outside_to_gate(to);
            out.reverse();
            points.extend(out);
        }
        _ => {}
    }
    points.push(to);
    points
}

/// A shift starts with the technician at the bench.
impl FromWorld for Technician {
    fn from_world(world: &mut World) -> Self {
        Self::at_bench(world.resource::<FloorGrid>())
    }
}

impl Technician {
    pub fn at_bench(grid: &FloorGrid) -> Self {
        Self {
            position: FloorPlaces::of(grid).bench,
            in_field: false,
            vest_on: false,
            busy: None,
            exposed: false,
            zones_round_units: Vec::new(),
        }
    }

    /// Seconds of the current action still to go.
    pub fn remaining_s(&self, tick: u64) -> f64 {
        self.busy
            .as_ref()
            .map_or(0.0, |b| b.done_tick.saturating_sub(tick) as f64 / TICK_HZ)
    }
}

/// Moves the technician along a walk in progress, notes whether they are in the fenced
/// field, and tells the fleet where the person (and vest) is.
pub fn move_technician(
    clock: Res<SimClock>,
    grid: Res<FloorGrid>,
    catalogue: Option<Res<ActionCatalogue>>,
    mut technician: ResMut<Technician>,
    mut person: ResMut<PersonInField>,
) {
    let tech = &mut *technician;
    if let Some(hand) = &tech.busy
        && let Some(walk) = &hand.walk
    {
        let walked = (clock.tick.saturating_sub(hand.started)) as f32 / TICK_HZ as f32;
        tech.position = walk.at(walked * walk.speed_mps);
    }
    tech.in_field = inside_fence(&grid, tech.position);
    // The vest's tracker sees the technician approaching the fence too, so units by
    // the gate have slowed before the technician steps through it.
    let (min, max) = grid.fence_rect();
    let outside_by = (tech.position - tech.position.clamp(min, max)).length();
    let tracked_outside = catalogue
        .as_deref()
        .map_or(0.0, |c| c.vest.tracked_outside_m);
    let tracked = tech.in_field || (tech.vest_on && outside_by < tracked_outside);
    *person = PersonInField {
        position: tracked.then_some(tech.position),
        vest: catalogue
            .as_deref()
            .filter(|_| tech.vest_on)
            .map(|c| c.vest),
    };
}

/// Where a spot is on the floor plane, for spots that do not move.
pub fn fixed_spot(grid: &FloorGrid, spot: Spot) -> Option<Vec2> {
    let places = FloorPlaces::of(grid);
    Some(match spot {
        Spot::Bench => places.bench,
        Spot::Gate => places.gate_out,
        Spot::Cell(cell) => {
            grid.index(cell)?;
            grid.center(cell)
        }
        Spot::Charger(id) => {
            let charger = grid.chargers.get(id as usize)?;
            // In front of the charger's pads, on its cell.
            grid.center(charger.cell)
        }
        Spot::Point { x, y } => Vec2::new(x, y),
        _ => return None,
    })
}
