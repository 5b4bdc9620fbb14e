//! Shortest routes over the one-way grid (A* with a turn penalty, since a unit must
//! stop and rotate at every corner).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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
}

impl PathPlanner {
    /// Cells from `start` (exclusive) to `goal` (inclusive), honouring one-way aisles,
    /// spurs, locked cells and an optional cell to avoid. `None` if unreachable.
    pub fn plan(
        &mut self,
        grid: &FloorGrid,
        start: Cell,
        heading: Option<Dir>,
        goal: Cell,
        avoid: Option<Cell>,
    ) -> Option<Vec<Cell>> {
        if start == goal {
            return Some(Vec::new());
        }
        let nodes = grid.cell_count() * 4;
        if self.cost.len() != nodes {
            self.cost = vec![u32::MAX; nodes];
            self.came_from = vec![u32::MAX; nodes];
            self.stamp = vec![0; nodes];
            self.generation = 0;
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.fill(0);
            self.generation = 1;
        }
        self.open.clear();
        let start_index = grid.index(start)?;
        let headings: Vec<Dir> = heading.map_or(Dir::ALL.to_vec(), |h| vec![h]);
        for h in headings {
            let node = (start_index * 4 + h.index()) as u32;
            self.visit(node, 0, u32::MAX);
            self.open
                .push(Reverse((start.manhattan(goal) * MOVE_COST, node)));
        }
        while let Some(Reverse((_, node))) = self.open.pop() {
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
                if Some(next) == avoid || grid.is_locked(next) || !may_enter(grid, next, goal) {
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
