//! The floor layout as instructors write it: a RON file describing the grid, the
//! pod field, stations, chargers, conveyors and the fleet's equipment figures.
//!
//! The grid itself is generated from these figures (see [`super::grid`]) so that
//! the one-way aisle network is always connected, whatever the sizes.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::conveyor_spec::ConveyorSpec;
use super::fleet_spec::FleetSpec;
use crate::error::{LoadError, SourcePosition};

/// A whole floor: geometry plus the equipment on it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FloorLayout {
    /// Preset name, shown in the window title and reports.
    pub name: String,
    /// Distance between fiducial stickers (the grid pitch), metres.
    pub cell_size_m: f32,
    pub storage: StorageField,
    pub stations: StationRow,
    pub chargers: ChargerRow,
    pub conveyors: ConveyorSpec,
    pub fleet: FleetSpec,
    /// Ambient temperature on the floor, °C.
    pub ambient_temperature_c: f32,
}

/// The pod storage field: blocks of pods separated by one-way aisles.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageField {
    /// Blocks across the floor (west to east).
    pub block_columns: u32,
    /// Blocks along the floor (south to north).
    pub block_rows: u32,
    /// Pods per block along a row.
    pub block_width: u32,
    /// Pods per block across a row: 1 or 2, so every pod touches an aisle.
    pub block_depth: u32,
    /// Mass of a stocked pod, kg (adds to the unit's load when lifted).
    pub pod_mass_kg: f32,
}

impl StorageField {
    /// The floor's width and height in cells: the blocks with an aisle west of each and
    /// one east of the last; the station edge, the blocks with an aisle south of each,
    /// and the charger row. In u64, since a floor file's u32 figures multiplied may not
    /// fit in a u32; the floor check bounds them by [`MAX_FLOOR_CELLS`].
    pub fn grid_size(&self) -> (u64, u64) {
        let width = 1 + u64::from(self.block_columns) * (u64::from(self.block_width) + 1);
        let height = 3 + u64::from(self.block_rows) * (u64::from(self.block_depth) + 1);
        (width, height)
    }
}

/// Pick stations along the south edge.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StationRow {
    pub count: u32,
    /// Queue cells in front of each pick cell.
    pub queue_cells: u32,
    /// Time an associate takes per pick, seconds (uniform between the two).
    pub pick_time_s: (f32, f32),
    /// Totes sent down the conveyor per completed pick.
    pub totes_per_pick: u32,
    /// Units the planner sends to a station at once, counting those queued in its lane
    /// (default: as many as the lane holds); more keep a busy floor's stations fed while
    /// the lane is full, the extra units waiting their turn in the aisle.
    #[serde(default)]
    pub units_in_flight: Option<u32>,
    /// Storage cells each station draws its pods from: its nearest this many (default:
    /// any pod on the floor). A big floor's planner keeps trips short this way.
    #[serde(default)]
    pub pod_catchment: Option<u32>,
    /// How the stations grow on a floor grown for a bigger fleet (`bench`, `run --units`);
    /// without it, as many stations as the storage's width holds.
    #[serde(default)]
    pub grown: Option<GrownStations>,
}

/// Stations on a floor grown for a fleet: a real floor keeps one per 8 to 12 units.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GrownStations {
    pub units_per_station: f32,
    pub units_in_flight: u32,
    /// Each station's pods come from its nearest this many storage cells.
    pub pod_catchment: u32,
}

/// Chargers along the north edge.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChargerRow {
    pub count: u32,
    /// Constant charge current, A.
    pub charge_current_a: f32,
    /// Charger output voltage limit, V.
    pub output_voltage_v: f32,
}

/// The most cells a floor may have: room for about 100,000 drive units and their
/// stations, and a bound on what a floor file can make the grid allocate.
pub const MAX_FLOOR_CELLS: u64 = 2_000_000;

/// The largest fleet a floor or a benchmark may have.
pub const MAX_FLEET_UNITS: u32 = 100_000;

impl FloorLayout {
    /// Parses a layout from RON text; `path` is only used to name the file in errors.
    pub fn from_ron_str(text: &str, path: &Path) -> Result<Self, LoadError> {
        let layout: FloorLayout = ron::from_str(text).map_err(|e| LoadError::from_ron(path, e))?;
        layout.check(path)?;
        Ok(layout)
    }

    /// Loads a layout file from disk.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = crate::data::read_text(path, crate::data::AUTHORED_FILE_LIMIT)?;
        Self::from_ron_str(&text, path)
    }

    /// Loads a bundled preset by its name (`default`, `large`): a name, never a path, so
    /// a scenario can only name floors in `assets/floors/`.
    pub fn preset(name: &str) -> Result<Self, LoadError> {
        let is_name = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !is_name {
            return Err(LoadError::MissingPreset {
                name: name.to_string(),
                searched: Vec::new(),
            });
        }
        let searched = preset_search_paths(name);
        match searched.iter().find(|p| p.is_file()) {
            Some(path) => Self::load(path),
            None => Err(LoadError::MissingPreset {
                name: name.to_string(),
                searched,
            }),
        }
    }

    /// Loads a bundled preset by name (`default`, `large`) or a path to a `.ron` file.
    pub fn preset_or_path(name_or_path: &str) -> Result<Self, LoadError> {
        let as_path = Path::new(name_or_path);
        if name_or_path.ends_with(".ron") || as_path.components().count() > 1 {
            return Self::load(as_path);
        }
        Self::preset(name_or_path)
    }

    /// Semantic checks: values a generator could not turn into a working floor.
    fn check(&self, path: &Path) -> Result<(), LoadError> {
        let problems = self.problems();
        if problems.is_empty() {
            return Ok(());
        }
        Err(LoadError::Invalid {
            path: path.to_path_buf(),
            position: None::<SourcePosition>,
            message: problems.join("; "),
        })
    }

    /// What in the layout a generator could not turn into a working floor (none: fine).
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let s = &self.storage;
        if !(0.5..=2.0).contains(&self.cell_size_m) {
            problems.push(format!(
                "cell_size_m is {}, expected 0.5 to 2.0 (fiducials are about 1 m apart)",
                self.cell_size_m
            ));
        }
        if s.block_columns == 0 || s.block_rows == 0 || s.block_width == 0 {
            problems.push("storage needs at least one block of at least one pod".into());
        }
        if !(1..=2).contains(&s.block_depth) {
            problems.push(format!(
                "storage.block_depth is {}, expected 1 or 2 so every pod touches an aisle",
                s.block_depth
            ));
        }
        if self.stations.count == 0 {
            problems.push("stations.count must be at least 1".into());
        }
        if let Some(grown) = self.stations.grown
            && !(grown.units_per_station >= 1.0 && grown.units_per_station.is_finite())
        {
            problems.push(format!(
                "stations.grown.units_per_station is {}, expected 1 or more",
                grown.units_per_station
            ));
        }
        let catchments = [
            ("stations.pod_catchment", self.stations.pod_catchment),
            (
                "stations.grown.pod_catchment",
                self.stations.grown.map(|g| g.pod_catchment),
            ),
        ];
        for (field, catchment) in catchments {
            if catchment == Some(0) {
                problems.push(format!("{field} is 0, expected at least 1 storage cell"));
            }
        }
        let (lo, hi) = self.stations.pick_time_s;
        if !(lo > 0.0 && hi >= lo) {
            problems.push(format!(
                "stations.pick_time_s is ({lo}, {hi}), expected 0 < min <= max"
            ));
        }
        let (width, height) = s.grid_size();
        if width * height > MAX_FLOOR_CELLS {
            problems.push(format!(
                "the storage blocks make a floor of {width} x {height} cells, expected at most {MAX_FLOOR_CELLS} cells"
            ));
            return problems;
        }
        let lane = u64::from(self.stations.queue_cells) + 2;
        if u64::from(self.stations.count) * lane + 1 > width {
            problems.push(format!(
                "{} stations with {} queue cells need {} cells of south edge, the floor is {} wide",
                self.stations.count,
                self.stations.queue_cells,
                u64::from(self.stations.count) * lane + 1,
                width
            ));
        }
        if self.chargers.count == 0 || u64::from(self.chargers.count) > width {
            problems.push(format!(
                "chargers.count is {}, expected 1 to {width} (one per cell of the north edge)",
                self.chargers.count
            ));
        }
        let pods = u64::from(s.block_columns)
            * u64::from(s.block_rows)
            * u64::from(s.block_width)
            * u64::from(s.block_depth);
        if self.fleet.units > MAX_FLEET_UNITS {
            problems.push(format!(
                "fleet.units is {}, expected at most {MAX_FLEET_UNITS}",
                self.fleet.units
            ));
        } else if u64::from(self.fleet.units) > pods {
            problems.push(format!(
                "fleet.units is {}, but the field has only {pods} pods to park under",
                self.fleet.units
            ));
        }
        problems.extend(self.fleet.problems());
        problems.extend(self.conveyors.problems());
        problems
    }

    /// A copy of this layout grown so the pod field and stations suit `units` drive
    /// units (used by the benchmark). Equipment figures are kept.
    pub fn sized_for_fleet(&self, units: u32) -> FloorLayout {
        let mut layout = self.clone();
        let pods_per_block = layout.storage.block_width * layout.storage.block_depth;
        let blocks_needed = (units * 3).div_ceil(pods_per_block).max(1);
        // Keep the floor roughly 2:1, wider along the station edge...
        let mut rows = ((blocks_needed as f32 / 2.0).sqrt().ceil() as u32).max(1);
        let mut columns = blocks_needed.div_ceil(rows).max(1);
        if columns < rows {
            std::mem::swap(&mut columns, &mut rows);
        }
        // ...and wide enough for a station per `grown.units_per_station` units along it.
        let lane = layout.stations.queue_cells + 2;
        let grown = layout.stations.grown;
        let stations = grown.map(|g| ((units as f32 / g.units_per_station).ceil() as u32).max(1));
        if let Some(g) = grown {
            layout.stations.units_in_flight = Some(g.units_in_flight);
            layout.stations.pod_catchment = Some(g.pod_catchment);
        }
        if let Some(stations) = stations {
            let columns_for_stations =
                (stations * (lane + 2)).div_ceil(layout.storage.block_width + 1);
            if columns_for_stations > columns {
                columns = columns_for_stations;
                rows = blocks_needed.div_ceil(columns).max(1);
            }
        }
        layout.storage.block_columns = columns;
        layout.storage.block_rows = rows;
        let width = layout.storage.grid_size().0 as u32;
        layout.stations.count = stations.unwrap_or((width - 1) / (lane + 2)).max(1);
        layout.chargers.count = (units / 8).clamp(1, width);
        layout.fleet.units = units;
        layout
    }
}

/// Where bundled presets are looked for: `./assets/floors/` then the source tree's.
pub fn preset_search_paths(name: &str) -> Vec<PathBuf> {
    let file = format!("{name}.ron");
    let mut paths = vec![Path::new("assets/floors").join(&file)];
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/floors")
        .join(&file);
    if !paths.contains(&bundled) {
        paths.push(bundled);
    }
    paths
}
