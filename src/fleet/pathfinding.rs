//! Shortest routes over the one-way grid (A* with a turn penalty, since a unit must
//! stop and rotate at every corner).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use bevy::prelude::*;

use super::claims::may_enter;
use crate::floor::{Cell, Dir, FloorGrid};

const MOVE_COST: u32 = 10;
const TURN_COST: u32 = 15;

/// Reusable search buffers, so planning costs no allocation per request.
#[derive(Resource, Debug, Default)]
pub struct PathPlanner {
    cost: Vec<u32>,
    came_from: Vec<u32>,
    stamp: Vec<u32>,
    generation: u32,
    open: BinaryHeap<Reverse<(u32, u32)>>,
    /// Cells (not nodes) found by the search back from the goal, stamped like `stamp`.
    back_stamp: Vec<u32>,
    back_open: VecDeque<u32>,
    /// Nodes and cells the last search looked at, both ways.
    looked_at: usize,
    /// Searches run so far (for tests and profiles).
    searches: u64,
}

/// A route asked for that does not exist, and the floor's lock changes when it was asked:
/// until a lock changes, the same request has the same answer, since the aisles and
/// their rules never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reflect)]
pub struct NoWayFound {
    start: Cell,
    heading: Dir,
    goal: Cell,
    avoid: Option<Cell>,
    lock_changes: u64,
}

/// Where the search back from the goal stands.
#[derive(PartialEq)]
enum BackSearch {
    Running,
    /// It reached the start: a path exists, and only the forward search can say which.
    ReachedStart,
    /// No cell is left to look from without reaching the start: there is no path.
    Exhausted,
}

impl PathPlanner {
    /// Cells from `start` (exclusive) to `goal` (inclusive), honouring one-way aisles,
    /// spurs, locked cells and an optional cell to avoid. `None` if unreachable.
    ///
    /// A* finds the path. A search with no answer would look at every cell it can
    /// reach, the whole floor, before giving up; that is common when looking for a
    /// way round a blocked cell, and grows with the floor. So a plain search back from
    /// the goal runs beside it, a cell for each node A* takes: few cells lead into a
    /// goal, and when the cells that do are used up without reaching the start, there
    /// is no path. The answer is A*'s either way.
    pub fn plan(
        &mut self,
        grid: &FloorGrid,
        start: Cell,
        heading: Option<Dir>,
        goal: Cell,
        avoid: Option<Cell>,
    ) -> Option<Vec<Cell>> {
        self.looked_at = 0;
        self.searches += 1;
        if start == goal {
            return Some(Vec::new());
        }
        self.prepare(grid);
        let start_index = grid.index(start)?;
        let goal_index = grid.index(goal)?;
        // The goal is entered like any cell: if it may not be, nothing leads to it.
        if !enterable(grid, goal, goal, avoid) {
            return None;
        }
        // Facing the given heading, or any.
        for h in Dir::ALL
            .into_iter()
            .filter(|d| heading.is_none_or(|h| h == *d))
        {
            let node = (start_index * 4 + h.index()) as u32;
            self.visit(node, 0, u32::MAX);
            self.open
                .push(Reverse((start.manhattan(goal) * MOVE_COST, node)));
        }
        self.back_stamp[goal_index] = self.generation;
        self.back_open.push_back(goal_index as u32);
        let mut back = BackSearch::Running;
        while let Some(Reverse((_, node))) = self.open.pop() {
            self.looked_at += 1;
            if back == BackSearch::Running {
                back = self.step_back(grid, start, goal, avoid);
                if back == BackSearch::Exhausted {
                    return None;
                }
            }
            let cell = grid.cell_of_index(node as usize / 4);
            let facing = Dir::ALL[node as usize % 4];
            let cost_here = self.cost[node as usize];
            if cell == goal {
                return Some(self.unwind(grid, node));
            }
            for dir in Dir::ALL {
                if !grid.can_move(cell, dir) {
                    continue;
                }
                let next = cell.step(dir);
                if !enterable(grid, next, goal, avoid) {
                    continue;
                }
                let Some(next_index) = grid.index(next) else {
                    continue;
                };
                let turn = if dir == facing { 0 } else { TURN_COST };
                let next_node = (next_index * 4 + dir.index()) as u32;
                let next_cost = cost_here + MOVE_COST + turn;
                if self.known_cost(next_node) > next_cost {
                    self.visit(next_node, next_cost, node);
                    let estimate = next_cost + next.manhattan(goal) * MOVE_COST;
                    self.open.push(Reverse((estimate, next_node)));
                }
            }
        }
        None
    }

    /// [`PathPlanner::plan`] from `start` facing `heading`, unless `no_way` says the same
    /// request found no way and no lock has changed since: then `None` at once. A unit
    /// whose goal is shut in a locked zone asks again every tick until the zone opens,
    /// and a waiting unit asks for the same way round now and then; each time is one
    /// search fewer. `no_way` is updated with the answer.
    pub fn plan_unless_known_unreachable(
        &mut self,
        grid: &FloorGrid,
        start: Cell,
        heading: Dir,
        goal: Cell,
        avoid: Option<Cell>,
        no_way: &mut Option<NoWayFound>,
    ) -> Option<Vec<Cell>> {
        let request = NoWayFound {
            start,
            heading,
            goal,
            avoid,
            lock_changes: grid.lock_changes(),
        };
        if *no_way == Some(request) {
            return None;
        }
        let path = self.plan(grid, start, Some(heading), goal, avoid);
        *no_way = path.is_none().then_some(request);
        path
    }

    /// How many searches [`PathPlanner::plan`] has run (for tests and profiles).
    pub fn searches(&self) -> u64 {
        self.searches
    }

    /// Nodes and cells the last [`PathPlanner::plan`] looked at (for tests and profiles).
    pub fn last_search_size(&self) -> usize {
        self.looked_at
    }

    /// Sizes the buffers for the grid and starts a new generation of stamps.
    fn prepare(&mut self, grid: &FloorGrid) {
        let nodes = grid.cell_count() * 4;
        if self.cost.len() != nodes {
            self.cost = vec![u32::MAX; nodes];
            self.came_from = vec![u32::MAX; nodes];
            self.stamp = vec![0; nodes];
            self.back_stamp = vec![0; grid.cell_count()];
            self.generation = 0;
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.fill(0);
            self.back_stamp.fill(0);
            self.generation = 1;
        }
        self.open.clear();
        self.back_open.clear();
    }

    /// One cell of the search back from the goal: the cells one move before it that
    /// a path could come through.
    fn step_back(
        &mut self,
        grid: &FloorGrid,
        start: Cell,
        goal: Cell,
        avoid: Option<Cell>,
    ) -> BackSearch {
        let Some(index) = self.back_open.pop_front() else {
            return BackSearch::Exhausted;
        };
        let cell = grid.cell_of_index(index as usize);
        self.looked_at += 1;
        for dir in Dir::ALL {
            let before = cell.step(dir.opposite());
            if !grid.can_move(before, dir) {
                continue;
            }
            if before == start {
                return BackSearch::ReachedStart;
            }
            // Any cell on the way but the start must be one a unit may enter.
            if let Some(i) = grid.index(before)
                && self.back_stamp[i] != self.generation
                && enterable(grid, before, goal, avoid)
            {
                self.back_stamp[i] = self.generation;
                self.back_open.push_back(i as u32);
            }
        }
        BackSearch::Running
    }

    fn known_cost(&self, node: u32) -> u32 {
        if self.stamp[node as usize] == self.generation {
            self.cost[node as usize]
        } else {
            u32::MAX
        }
    }

    fn visit(&mut self, node: u32, cost: u32, from: u32) {
        let i = node as usize;
        self.stamp[i] = self.generation;
        self.cost[i] = cost;
        self.came_from[i] = from;
    }

    fn unwind(&self, grid: &FloorGrid, mut node: u32) -> Vec<Cell> {
        let mut cells = Vec::new();
        while self.came_from[node as usize] != u32::MAX {
            cells.push(grid.cell_of_index(node as usize / 4));
            node = self.came_from[node as usize];
        }
        cells.reverse();
        cells
    }
}

/// Whether a path to `goal` may pass through (or end on) `cell`.
fn enterable(grid: &FloorGrid, cell: Cell, goal: Cell, avoid: Option<Cell>) -> bool {
    Some(cell) != avoid
        && grid.index(cell).is_some()
        && !grid.is_locked(cell)
        && may_enter(grid, cell, goal)
}
