//! Who may be where: cell reservations (no two units ever in one cell), claims on
//! spur cells (a pod's home, a charger) and how many units each station expects.

use bevy::prelude::*;

use crate::floor::{Cell, CellKind, Dir, FloorGrid, PodRoster};

/// The unit holding each cell of the grid. A unit drives only into cells it holds.
///
/// A unit kept waiting for a held cell files a request on it; while the request is
/// fresh, nobody else may take that cell when it comes free. Without this, a unit
/// merging from a station or pod spur could wait for ever on a busy aisle whose
/// traffic always reserves the merge cell first.
#[derive(Resource, Debug, Clone)]
pub struct CellReservations {
    holder: Vec<Option<Entity>>,
    request: Vec<Option<(Entity, u64)>>,
}

impl CellReservations {
    pub fn new(grid: &FloorGrid) -> Self {
        Self {
            holder: vec![None; grid.cell_count()],
            request: vec![None; grid.cell_count()],
        }
    }

    pub fn holder(&self, grid: &FloorGrid, cell: Cell) -> Option<Entity> {
        grid.index(cell).and_then(|i| self.holder[i])
    }

    /// Takes the cell for `unit` if nobody holds it. Returns whether `unit` now holds it.
    pub fn try_take(&mut self, grid: &FloorGrid, cell: Cell, unit: Entity) -> bool {
        let Some(i) = grid.index(cell) else {
            return false;
        };
        match self.holder[i] {
            None => {
                self.holder[i] = Some(unit);
                true
            }
            Some(h) => h == unit,
        }
    }

    /// Like [`Self::try_take`], but respecting another waiting unit's fresh request;
    /// when the cell is held by someone else, files (or refreshes) this unit's request.
    pub fn take_in_turn(
        &mut self,
        grid: &FloorGrid,
        cell: Cell,
        unit: Entity,
        tick: u64,
        first_step: bool,
    ) -> bool {
        let Some(i) = grid.index(cell) else {
            return false;
        };
        let requested_by_other =
            self.request[i].is_some_and(|(who, at)| who != unit && at + 1 >= tick);
        match self.holder[i] {
            Some(h) if h == unit => true,
            None if !requested_by_other => {
                self.holder[i] = Some(unit);
                if self.request[i].is_some_and(|(who, _)| who == unit) {
                    self.request[i] = None;
                }
                true
            }
            _ => {
                if first_step && !requested_by_other {
                    self.request[i] = Some((unit, tick));
                }
                false
            }
        }
    }

    pub fn release(&mut self, grid: &FloorGrid, cell: Cell, unit: Entity) {
        if let Some(i) = grid.index(cell)
            && self.holder[i] == Some(unit)
        {
            self.holder[i] = None;
        }
    }
}

/// Exclusive claims on spur cells: a pod's home while its pod is out or a unit parks
/// there, a charger while a unit uses it. Only the claimant may drive into the spur.
#[derive(Resource, Debug, Clone)]
pub struct SpurClaims {
    claimant: Vec<Option<Entity>>,
}

impl SpurClaims {
    pub fn new(grid: &FloorGrid) -> Self {
        Self {
            claimant: vec![None; grid.cell_count()],
        }
    }

    pub fn claimant(&self, grid: &FloorGrid, cell: Cell) -> Option<Entity> {
        grid.index(cell).and_then(|i| self.claimant[i])
    }

    pub fn claim(&mut self, grid: &FloorGrid, cell: Cell, unit: Entity) {
        if let Some(i) = grid.index(cell) {
            self.claimant[i] = Some(unit);
        }
    }

    pub fn release(&mut self, grid: &FloorGrid, cell: Cell, unit: Entity) {
        if let Some(i) = grid.index(cell)
            && self.claimant[i] == Some(unit)
        {
            self.claimant[i] = None;
        }
    }

    /// The nearest storage cell with its pod at home, nobody claiming it, and outside
    /// any locked zone.
    pub fn nearest_free_storage(
        &self,
        grid: &FloorGrid,
        pods: &PodRoster,
        from: Cell,
    ) -> Option<Cell> {
        grid.storage_cells
            .iter()
            .copied()
            .filter(|&c| {
                self.claimant(grid, c).is_none()
                    && !grid.is_locked(c)
                    && has_open_aisle_beside(grid, c)
                    && pods.pod_home_and_present(grid, c)
            })
            .min_by_key(|&c| (c.manhattan(from), c))
    }

    /// The nearest charger nobody has claimed.
    pub fn nearest_free_charger(&self, grid: &FloorGrid, from: Cell) -> Option<u16> {
        grid.chargers
            .iter()
            .filter(|site| self.claimant(grid, site.cell).is_none())
            .min_by_key(|site| (site.cell.manhattan(from), site.id))
            .map(|site| site.id)
    }
}

/// Units sent to each station and not yet done picking, so a station's lane is never
/// asked to hold more units than it has cells.
#[derive(Resource, Debug, Clone)]
pub struct StationLoad {
    pub assigned: Vec<u32>,
    pub capacity: Vec<u32>,
}

impl StationLoad {
    pub fn new(grid: &FloorGrid) -> Self {
        Self {
            assigned: vec![0; grid.stations.len()],
            capacity: grid.stations.iter().map(|s| s.capacity).collect(),
        }
    }

    pub fn has_room(&self, station: u16) -> bool {
        let i = station as usize;
        self.assigned
            .get(i)
            .zip(self.capacity.get(i))
            .is_some_and(|(a, c)| a < c)
    }

    pub fn take(&mut self, station: u16) {
        if let Some(a) = self.assigned.get_mut(station as usize) {
            *a += 1;
        }
    }

    pub fn release(&mut self, station: u16) {
        if let Some(a) = self.assigned.get_mut(station as usize) {
            *a = a.saturating_sub(1);
        }
    }
}

/// Whether a planned path may pass through `cell` on the way to `goal`.
/// A storage cell is driven into from an aisle beside it: with every such aisle cell
/// locked it cannot be reached, and a unit sent there would wait where it stands.
fn has_open_aisle_beside(grid: &FloorGrid, cell: Cell) -> bool {
    Dir::ALL.into_iter().any(|dir| {
        let next = cell.step(dir);
        grid.can_move(cell, dir) && grid.kind(next) == CellKind::Aisle && !grid.is_locked(next)
    })
}

pub fn may_enter(grid: &FloorGrid, cell: Cell, goal: Cell) -> bool {
    if cell == goal {
        return true;
    }
    match grid.kind(cell) {
        CellKind::Aisle => true,
        CellKind::StationLane { station } => {
            matches!(grid.kind(goal), CellKind::StationPick { station: s } if s == station)
        }
        _ => false,
    }
}

impl FromWorld for CellReservations {
    fn from_world(world: &mut World) -> Self {
        Self::new(world.resource::<FloorGrid>())
    }
}

impl FromWorld for SpurClaims {
    fn from_world(world: &mut World) -> Self {
        Self::new(world.resource::<FloorGrid>())
    }
}

impl FromWorld for StationLoad {
    fn from_world(world: &mut World) -> Self {
        Self::new(world.resource::<FloorGrid>())
    }
}
