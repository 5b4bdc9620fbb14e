//! The fiducial grid generated from a [`FloorLayout`]: which cell is aisle, pod
//! storage, station lane or charger, and which moves the planner allows.
//!
//! Aisles are one-way: the perimeter is a ring (east along the south aisle, north
//! up the east aisle, west along the north aisle, south down the west aisle) and
//! inner aisles alternate. Every inner aisle starts and ends on the ring, so the
//! network is strongly connected for any block counts, and one-way traffic rules
//! out head-on deadlocks. Pods, chargers and station lanes are spurs entered only
//! by a unit that has claimed them.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::layout::FloorLayout;
use crate::sim::math::round_to_i32;

/// One fiducial cell, by column (`x`, west→east) and row (`y`, south→north).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Reflect,
)]
pub struct Cell {
    pub x: i32,
    pub y: i32,
}

impl Cell {
    pub const fn new(x: i32, y: i32) -> Self {
        Self { x, y }
    }

    pub fn step(self, dir: Dir) -> Cell {
        let (dx, dy) = dir.delta();
        Cell::new(self.x + dx, self.y + dy)
    }

    pub fn manhattan(self, other: Cell) -> u32 {
        self.x.abs_diff(other.x) + self.y.abs_diff(other.y)
    }

    /// The direction of a one-cell step from `self` to `next`, if they are neighbours.
    pub fn dir_to(self, next: Cell) -> Option<Dir> {
        Dir::ALL.into_iter().find(|d| self.step(*d) == next)
    }
}

impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

/// A compass direction on the grid. North is +y (world +z).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Reflect)]
pub enum Dir {
    East,
    North,
    West,
    South,
}

impl Dir {
    pub const ALL: [Dir; 4] = [Dir::East, Dir::North, Dir::West, Dir::South];

    pub fn delta(self) -> (i32, i32) {
        match self {
            Dir::East => (1, 0),
            Dir::North => (0, 1),
            Dir::West => (-1, 0),
            Dir::South => (0, -1),
        }
    }

    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Heading in radians in the floor plane (0 = east, π/2 = north).
    pub fn heading(self) -> f32 {
        match self {
            Dir::East => 0.0,
            Dir::North => std::f32::consts::FRAC_PI_2,
            Dir::West => std::f32::consts::PI,
            Dir::South => -std::f32::consts::FRAC_PI_2,
        }
    }

    /// `Vec2::from_angle(self.heading())`, worked out once: motion needs it for every
    /// moving unit every tick, and a table keeps the exact same values.
    pub fn heading_vector(self) -> Vec2 {
        static VECTORS: std::sync::OnceLock<[Vec2; 4]> = std::sync::OnceLock::new();
        VECTORS.get_or_init(|| Dir::ALL.map(|dir| Vec2::from_angle(dir.heading())))[self as usize]
    }

    pub fn opposite(self) -> Dir {
        match self {
            Dir::East => Dir::West,
            Dir::North => Dir::South,
            Dir::West => Dir::East,
            Dir::South => Dir::North,
        }
    }
}

/// What a cell is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reflect)]
pub enum CellKind {
    /// Part of the one-way travel network.
    Aisle,
    /// A pod's home; a spur off an aisle.
    Storage,
    /// A queue cell in front of a station's pick cell.
    StationLane { station: u16 },
    /// Where the associate picks from the pod.
    StationPick { station: u16 },
    /// A charger's contact pads; a spur off the north aisle.
    Charger { charger: u16 },
    /// Fenced off or structure: never driven on.
    Blocked,
}

/// A pick station: its queue lane (entry first, pick cell last) and its conveyor.
#[derive(Debug, Clone, Reflect)]
pub struct StationSite {
    pub id: u16,
    pub lane: Vec<Cell>,
    pub pick: Cell,
    /// Aisle cells a unit enters from and leaves to.
    pub entry_from: Cell,
    pub exit_to: Cell,
    /// Units the planner may send to this station at once (not yet done picking).
    pub capacity: u32,
    /// Storage cells whose pods this station is sent (nearest first); empty: any pod.
    pub catchment: Vec<Cell>,
}

/// A charger and the aisle cell in front of it.
#[derive(Debug, Clone, Reflect)]
pub struct ChargerSite {
    pub id: u16,
    pub cell: Cell,
    pub access: Cell,
}

/// The generated grid. Read-only once built, except `locked` (zones a technician
/// locks out in later work).
#[derive(Resource, Debug, Clone)]
pub struct FloorGrid {
    pub width: i32,
    pub height: i32,
    pub cell_size: f32,
    kinds: Vec<CellKind>,
    /// Allowed moves out of each cell, one bit per [`Dir`].
    exits: Vec<u8>,
    /// Cells closed to traffic (locked zones); the planner routes around them.
    locked: Vec<bool>,
    /// How many cells are locked: traffic skips its lock checks while none is.
    locked_cells: usize,
    /// How many times a cell's lock has changed: a route found not to exist stays so
    /// until this moves (the rest of the grid never changes).
    lock_changes: u64,
    pub stations: Vec<StationSite>,
    pub chargers: Vec<ChargerSite>,
    pub storage_cells: Vec<Cell>,
}

impl FloorGrid {
    pub fn from_layout(layout: &FloorLayout) -> Self {
        let s = &layout.storage;
        let (bw, bd) = (s.block_width as i32, s.block_depth as i32);
        let (nbx, nby) = (s.block_columns as i32, s.block_rows as i32);
        // A checked layout's size fits in an i32 (at most MAX_FLOOR_CELLS cells).
        let (width, height) = s.grid_size();
        let (width, height) = (width as i32, height as i32);
        let mut grid = FloorGrid {
            width,
            height,
            cell_size: layout.cell_size_m,
            kinds: vec![CellKind::Blocked; (width * height) as usize],
            exits: vec![0; (width * height) as usize],
            locked: vec![false; (width * height) as usize],
            locked_cells: 0,
            lock_changes: 0,
            stations: Vec::new(),
            chargers: Vec::new(),
            storage_cells: Vec::new(),
        };
        let aisle_rows: Vec<i32> = (0..=nby).map(|k| 1 + k * (bd + 1)).collect();
        let aisle_cols: Vec<i32> = (0..=nbx).map(|k| k * (bw + 1)).collect();

        for y in 1..height - 1 {
            for x in 0..width {
                let kind = if aisle_rows.contains(&y) || aisle_cols.contains(&x) {
                    CellKind::Aisle
                } else {
                    CellKind::Storage
                };
                grid.set_kind(Cell::new(x, y), kind);
            }
        }
        // One-way aisles: a ring on the perimeter, alternating inside.
        for (i, &y) in aisle_rows.iter().enumerate() {
            let last = i == aisle_rows.len() - 1;
            let dir = if i > 0 && (last || i % 2 == 1) {
                Dir::West
            } else {
                Dir::East
            };
            for x in 0..width {
                grid.allow_if_aisle(Cell::new(x, y), dir);
            }
        }
        for (i, &x) in aisle_cols.iter().enumerate() {
            let last = i == aisle_cols.len() - 1;
            let dir = if i > 0 && (last || i % 2 == 1) {
                Dir::North
            } else {
                Dir::South
            };
            for y in 1..height - 1 {
                grid.allow_if_aisle(Cell::new(x, y), dir);
            }
        }
        // Pods: a two-way spur to the aisle row below (or above, for the upper row).
        for y in 1..height - 1 {
            for x in 0..width {
                let cell = Cell::new(x, y);
                if grid.kind(cell) != CellKind::Storage {
                    continue;
                }
                grid.storage_cells.push(cell);
                let spur = if aisle_rows.contains(&(y - 1)) {
                    Dir::South
                } else {
                    Dir::North
                };
                grid.allow(cell, spur);
                grid.allow(cell.step(spur), spur.opposite());
            }
        }
        grid.place_stations(layout);
        grid.place_chargers(layout);
        grid
    }

    fn place_stations(&mut self, layout: &FloorLayout) {
        let n = layout.stations.count as i32;
        let q = layout.stations.queue_cells as i32;
        let spacing = self.width / n;
        for i in 0..n {
            let entry_x = i * spacing + (spacing - (q + 1)) / 2;
            let pick_x = entry_x + q;
            let id = i as u16;
            let lane: Vec<Cell> = (entry_x..=pick_x).map(|x| Cell::new(x, 0)).collect();
            for &cell in &lane[..lane.len() - 1] {
                self.set_kind(cell, CellKind::StationLane { station: id });
                self.allow(cell, Dir::East);
            }
            let pick = Cell::new(pick_x, 0);
            self.set_kind(pick, CellKind::StationPick { station: id });
            let entry_from = Cell::new(entry_x, 1);
            let exit_to = Cell::new(pick_x, 1);
            self.allow(entry_from, Dir::South);
            self.allow(pick, Dir::North);
            let capacity = layout
                .stations
                .units_in_flight
                .unwrap_or(lane.len() as u32)
                .max(1);
            let catchment = layout
                .stations
                .pod_catchment
                .map_or_else(Vec::new, |k| self.nearest_storage(pick, k as usize));
            self.stations.push(StationSite {
                id,
                capacity,
                lane,
                pick,
                entry_from,
                exit_to,
                catchment,
            });
        }
    }

    /// The `count` storage cells nearest `to`, nearest first (ties in storage order).
    fn nearest_storage(&self, to: Cell, count: usize) -> Vec<Cell> {
        let mut cells: Vec<(u32, usize)> = (self.storage_cells.iter().enumerate())
            .map(|(i, c)| (c.manhattan(to), i))
            .collect();
        let count = count.min(cells.len());
        if count < cells.len() {
            cells.select_nth_unstable(count);
            cells.truncate(count);
        }
        cells.sort_unstable();
        cells
            .into_iter()
            .map(|(_, i)| self.storage_cells[i])
            .collect()
    }

    fn place_chargers(&mut self, layout: &FloorLayout) {
        let n = layout.chargers.count as i32;
        let top = self.height - 1;
        for i in 0..n {
            let x = ((2 * i + 1) * self.width) / (2 * n);
            let cell = Cell::new(x, top);
            let access = Cell::new(x, top - 1);
            self.set_kind(cell, CellKind::Charger { charger: i as u16 });
            self.allow(cell, Dir::South);
            self.allow(access, Dir::North);
            self.chargers.push(ChargerSite {
                id: i as u16,
                cell,
                access,
            });
        }
    }

    fn set_kind(&mut self, cell: Cell, kind: CellKind) {
        if let Some(i) = self.index(cell) {
            self.kinds[i] = kind;
        }
    }

    fn allow(&mut self, cell: Cell, dir: Dir) {
        if let Some(i) = self.index(cell) {
            self.exits[i] |= dir.bit();
        }
    }

    fn allow_if_aisle(&mut self, cell: Cell, dir: Dir) {
        if self.kind(cell.step(dir)) == CellKind::Aisle {
            self.allow(cell, dir);
        }
    }

    pub fn cell_count(&self) -> usize {
        (self.width * self.height) as usize
    }

    pub fn index(&self, cell: Cell) -> Option<usize> {
        (cell.x >= 0 && cell.y >= 0 && cell.x < self.width && cell.y < self.height)
            .then(|| (cell.y * self.width + cell.x) as usize)
    }

    pub fn cell_of_index(&self, index: usize) -> Cell {
        Cell::new(index as i32 % self.width, index as i32 / self.width)
    }

    pub fn kind(&self, cell: Cell) -> CellKind {
        self.index(cell)
            .map_or(CellKind::Blocked, |i| self.kinds[i])
    }

    /// Whether the traffic rules allow a one-cell move from `cell` in `dir`.
    pub fn can_move(&self, cell: Cell, dir: Dir) -> bool {
        self.index(cell)
            .is_some_and(|i| self.exits[i] & dir.bit() != 0)
    }

    pub fn is_locked(&self, cell: Cell) -> bool {
        self.locked_cells > 0 && self.index(cell).is_some_and(|i| self.locked[i])
    }

    /// Whether any cell is locked (almost never, so traffic can skip its checks).
    pub fn any_locked(&self) -> bool {
        self.locked_cells > 0
    }

    /// How many times any cell has been locked or unlocked (a repeated lock is no change).
    pub fn lock_changes(&self) -> u64 {
        self.lock_changes
    }

    /// Every cell's lock, by index.
    pub fn locks(&self) -> &[bool] {
        &self.locked
    }

    /// Locks or unlocks the cell at `index`.
    pub fn set_locked(&mut self, index: usize, locked: bool) {
        if let Some(lock) = self.locked.get_mut(index)
            && *lock != locked
        {
            *lock = locked;
            self.lock_changes += 1;
            if locked {
                self.locked_cells += 1;
            } else {
                self.locked_cells -= 1;
            }
        }
    }

    /// Centre of a cell on the floor plane (world x, world z), metres.
    pub fn center(&self, cell: Cell) -> Vec2 {
        Vec2::new(cell.x as f32, cell.y as f32) * self.cell_size
    }

    /// The cell whose fiducial is nearest to a floor position.
    pub fn cell_at(&self, pos: Vec2) -> Cell {
        let p = pos / self.cell_size;
        Cell::new(round_to_i32(p.x), round_to_i32(p.y))
    }

    /// Extent of the fenced area on the floor plane: (min corner, max corner).
    pub fn fence_rect(&self) -> (Vec2, Vec2) {
        let half = self.cell_size * 0.5;
        (
            Vec2::splat(-half),
            Vec2::new(
                (self.width - 1) as f32 * self.cell_size + half,
                (self.height - 1) as f32 * self.cell_size + half,
            ),
        )
    }

    /// Cells reachable from `start` following the traffic rules through aisles only.
    pub fn reachable_aisles(&self, start: Cell, reverse: bool) -> Vec<bool> {
        let mut seen = vec![false; self.cell_count()];
        let mut stack = vec![start];
        while let Some(cell) = stack.pop() {
            let Some(i) = self.index(cell) else { continue };
            if seen[i] || self.kind(cell) != CellKind::Aisle {
                continue;
            }
            seen[i] = true;
            for dir in Dir::ALL {
                let next = cell.step(dir);
                let allowed = if reverse {
                    self.can_move(next, dir.opposite())
                } else {
                    self.can_move(cell, dir)
                };
                if allowed {
                    stack.push(next);
                }
            }
        }
        seen
    }

    /// True when every aisle cell can reach every other (no trap in the network).
    pub fn aisles_strongly_connected(&self) -> bool {
        let start = Cell::new(0, 1);
        let forward = self.reachable_aisles(start, false);
        let backward = self.reachable_aisles(start, true);
        (0..self.cell_count())
            .all(|i| self.kinds[i] != CellKind::Aisle || (forward[i] && backward[i]))
    }
}
