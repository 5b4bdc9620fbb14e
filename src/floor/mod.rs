//! The floor: the fiducial grid, the pod storage field, stations, chargers and fence.

mod conveyor_spec;
mod fleet_spec;
mod grid;
mod layout;

use bevy::prelude::*;

pub use conveyor_spec::{BeltSpec, ConveyorSpec, ToteSpec};
pub use fleet_spec::{BatterySpec, DriveUnitSpec, FleetSpec};
pub use grid::{Cell, CellKind, ChargerSite, Dir, FloorGrid, StationSite};
pub use layout::{
    ChargerRow, FloorLayout, GrownStations, MAX_FLEET_UNITS, MAX_FLOOR_CELLS, StationRow,
    StorageField, preset_search_paths,
};

/// A point on the floor plane at a height, in world coordinates (y up).
pub fn floor_point(position: Vec2, height: f32) -> Vec3 {
    Vec3::new(position.x, height, position.y)
}

/// World rotation for a heading on the floor plane (0 = east, counter-clockwise seen from above).
pub fn heading_rotation(heading: f32) -> Quat {
    Quat::from_rotation_y(-heading)
}

/// A shelf pod with its home cell in the storage field.
#[derive(Component, Debug, Clone, Reflect)]
#[require(Transform)]
pub struct Pod {
    pub id: u32,
    pub home: Cell,
    /// The drive unit carrying it, if it is off its home cell.
    pub carried_by: Option<Entity>,
}

/// Every pod by id, its home, and whether a job is using it.
#[derive(Resource, Debug, Default, Clone)]
pub struct PodRoster {
    pub entities: Vec<Entity>,
    pub homes: Vec<Cell>,
    pub in_use: Vec<bool>,
    /// The pod whose home each cell is, by cell index.
    home_of_cell: Vec<Option<u32>>,
}

impl PodRoster {
    /// Two pods trade storage cells (one's home was locked while it was out).
    pub fn swap_homes(&mut self, grid: &FloorGrid, a: u32, b: u32) {
        let (ha, hb) = (self.homes[a as usize], self.homes[b as usize]);
        self.homes.swap(a as usize, b as usize);
        if let (Some(ia), Some(ib)) = (grid.index(ha), grid.index(hb)) {
            self.home_of_cell[ia] = Some(b);
            self.home_of_cell[ib] = Some(a);
        }
    }

    /// True if `cell` is a pod's home and that pod is there and free.
    pub fn pod_home_and_present(&self, grid: &FloorGrid, cell: Cell) -> bool {
        grid.index(cell)
            .and_then(|i| self.home_of_cell.get(i).copied().flatten())
            .is_some_and(|pod| !self.in_use[pod as usize])
    }

    pub fn pod_at_home_cell(&self, grid: &FloorGrid, cell: Cell) -> Option<u32> {
        grid.index(cell)
            .and_then(|i| self.home_of_cell.get(i).copied().flatten())
    }
}

/// How readable each cell's fiducial sticker is (1.0 = clean and whole).
#[derive(Resource, Debug, Clone)]
pub struct FiducialStickers {
    quality: Vec<f32>,
}

impl FiducialStickers {
    pub fn quality(&self, grid: &FloorGrid, cell: Cell) -> f32 {
        grid.index(cell).map_or(0.0, |i| self.quality[i])
    }

    pub fn set_quality(&mut self, grid: &FloorGrid, cell: Cell, quality: f32) {
        if let Some(i) = grid.index(cell) {
            self.quality[i] = quality.clamp(0.0, 1.0);
        }
    }
}

impl FromWorld for FiducialStickers {
    fn from_world(world: &mut World) -> Self {
        Self {
            quality: vec![1.0; world.resource::<FloorGrid>().cell_count()],
        }
    }
}

/// How small a floor file's figure may be.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AtLeast {
    AboveZero,
    Zero,
}

/// Adds a problem for each of `figures` (its name in the file, its value) that is not a
/// finite number of at least `at_least`.
pub(crate) fn check_figures(
    problems: &mut Vec<String>,
    at_least: AtLeast,
    figures: &[(&str, f32)],
) {
    for &(name, value) in figures {
        let (enough, expected) = match at_least {
            AtLeast::AboveZero => (value > 0.0, "a positive number"),
            AtLeast::Zero => (value >= 0.0, "zero or more"),
        };
        if !(enough && value.is_finite()) {
            problems.push(format!("{name} is {value}, expected {expected}"));
        }
    }
}

/// Needs the [`FloorGrid`] (inserted by the composition root from the floor file).
pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<FiducialStickers>()
        .init_resource::<PodRoster>()
        .add_systems(Startup, spawn_pods);
}

/// One pod on every storage cell.
pub fn spawn_pods(mut commands: Commands, grid: Res<FloorGrid>, mut roster: ResMut<PodRoster>) {
    roster.home_of_cell = vec![None; grid.cell_count()];
    for (id, &home) in grid.storage_cells.iter().enumerate() {
        let entity = commands
            .spawn((
                Name::new(format!("Pod P{id}")),
                Pod {
                    id: id as u32,
                    home,
                    carried_by: None,
                },
                Transform::from_translation(floor_point(grid.center(home), 0.0)),
            ))
            .id();
        roster.entities.push(entity);
        roster.homes.push(home);
        roster.in_use.push(false);
        if let Some(i) = grid.index(home) {
            roster.home_of_cell[i] = Some(id as u32);
        }
    }
}
