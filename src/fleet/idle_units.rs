//! The units free for a job during one planning pass, by column, so the nearest one to a
//! pod is found by looking outward from the pod's column rather than at the whole fleet.

use std::collections::BTreeMap;

use bevy::prelude::*;

use crate::floor::Cell;

/// One free unit: the row it stands in, its place in the roster (the tie-break), itself.
type IdleUnit = (i32, usize, Entity);

/// Free units by the column they stand in.
#[derive(Debug, Default)]
pub struct IdleUnits {
    columns: BTreeMap<i32, Vec<IdleUnit>>,
}

impl IdleUnits {
    /// Indexes `(roster order, cell, unit)` for every unit free for a job.
    pub fn new(free: impl IntoIterator<Item = (usize, Cell, Entity)>) -> Self {
        let mut columns: BTreeMap<i32, Vec<IdleUnit>> = BTreeMap::new();
        for (order, cell, unit) in free {
            columns
                .entry(cell.x)
                .or_default()
                .push((cell.y, order, unit));
        }
        Self { columns }
    }

    /// The free unit nearest `to` (Manhattan distance, then roster order), as a scan of
    /// the whole fleet would choose it.
    pub fn nearest(&self, to: Cell) -> Option<Entity> {
        let mut west = self.columns.range(..=to.x).rev().peekable();
        let mut east = self.columns.range(to.x + 1..).peekable();
        let mut best: Option<(u32, usize, Entity)> = None;
        loop {
            let west_dx = west.peek().map(|(x, _)| to.x.abs_diff(**x));
            let east_dx = east.peek().map(|(x, _)| to.x.abs_diff(**x));
            let next = match (west_dx, east_dx) {
                (Some(w), Some(e)) if w <= e => west.next(),
                (Some(_), None) => west.next(),
                (_, Some(_)) => east.next(),
                (None, None) => None,
            };
            let Some((&x, units)) = next else { break };
            let dx = to.x.abs_diff(x);
            // Every column from here on is at least this far: none can be nearer.
            if best.is_some_and(|(distance, ..)| dx > distance) {
                break;
            }
            for &(y, order, unit) in units {
                let key = (dx + to.y.abs_diff(y), order, unit);
                if best.is_none_or(|b| (key.0, key.1) < (b.0, b.1)) {
                    best = Some(key);
                }
            }
        }
        best.map(|(.., unit)| unit)
    }

    /// The unit took a job: it is no longer free.
    pub fn remove(&mut self, unit: Entity, at: Cell) {
        if let Some(units) = self.columns.get_mut(&at.x) {
            units.retain(|&(.., u)| u != unit);
            if units.is_empty() {
                self.columns.remove(&at.x);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{RngExt, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    /// The index chooses exactly what a scan of every free unit would, ties included.
    #[test]
    fn the_nearest_free_unit_is_the_one_a_full_scan_chooses() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for _ in 0..200 {
            let n = rng.random_range(0..40);
            let free: Vec<(usize, Cell, Entity)> = (0..n)
                .map(|i| {
                    let cell = Cell::new(rng.random_range(0..12), rng.random_range(0..6));
                    (
                        i * 2,
                        cell,
                        Entity::from_raw_u32(i as u32 + 1).expect("non-zero"),
                    )
                })
                .collect();
            let mut index = IdleUnits::new(free.iter().copied());
            let mut left = free.clone();
            for _ in 0..4 {
                let to = Cell::new(rng.random_range(-2..14), rng.random_range(0..6));
                let scan = left
                    .iter()
                    .min_by_key(|(order, cell, _)| (cell.manhattan(to), *order))
                    .map(|&(_, cell, unit)| (cell, unit));
                assert_eq!(index.nearest(to), scan.map(|(_, unit)| unit));
                if let Some((cell, unit)) = scan {
                    index.remove(unit, cell);
                    left.retain(|&(.., u)| u != unit);
                }
            }
        }
    }
}
