//! The floor comes from data, and bad floor files get clear, located errors.

mod common;

use std::path::Path;

use faultline::error::LoadError;
use faultline::fleet::PathPlanner;
use faultline::floor::{Cell, CellKind, Dir, FloorGrid, FloorLayout};

#[test]
fn default_floor_is_built_from_its_file() {
    let layout = common::preset("default");
    let grid = FloorGrid::from_layout(&layout);
    let s = &layout.storage;
    assert_eq!(grid.width as u32, 1 + s.block_columns * (s.block_width + 1));
    assert_eq!(
        grid.storage_cells.len() as u32,
        s.block_columns * s.block_rows * s.block_width * s.block_depth
    );
    assert_eq!(grid.stations.len() as u32, layout.stations.count);
    assert_eq!(grid.chargers.len() as u32, layout.chargers.count);
    for site in &grid.stations {
        assert_eq!(site.lane.len() as u32, layout.stations.queue_cells + 1);
        assert!(matches!(grid.kind(site.pick), CellKind::StationPick { .. }));
    }
}

#[test]
fn changing_the_file_changes_the_floor() {
    let mut layout = common::preset("default");
    layout.storage.block_columns = 7;
    layout.stations.count = 6;
    layout.chargers.count = 9;
    let grid = FloorGrid::from_layout(&layout);
    assert_eq!(grid.width, 1 + 7 * 6);
    assert_eq!(grid.stations.len(), 6);
    assert_eq!(grid.chargers.len(), 9);
}

#[test]
fn one_way_aisles_are_strongly_connected_for_any_size() {
    let base = common::preset("default");
    for units in [5, 20, 100, 500, 2000] {
        let grid = FloorGrid::from_layout(&base.sized_for_fleet(units));
        assert!(
            grid.aisles_strongly_connected(),
            "{units}-unit floor has a trap"
        );
        // Every pod, station and charger is reachable: its spur has a way in and out.
        for &cell in &grid.storage_cells {
            let out = Dir::ALL
                .into_iter()
                .filter(|d| grid.can_move(cell, *d))
                .count();
            assert_eq!(out, 1, "pod cell {cell} must have exactly one exit");
        }
    }
}

#[test]
fn bundled_large_floor_loads() {
    let layout = common::preset("large");
    assert_eq!(layout.fleet.units, 200);
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let text = std::fs::read_to_string("tests/data/broken_floor.ron").expect("test data file");
    let err = FloorLayout::from_ron_str(&text, Path::new("tests/data/broken_floor.ron"))
        .expect_err("a broken file must not load");
    let message = err.to_string();
    assert!(matches!(err, LoadError::Syntax { .. }), "{message}");
    assert!(
        message.starts_with("tests/data/broken_floor.ron:9:"),
        "{message}"
    );
}

#[test]
fn impossible_values_are_reported_together() {
    let mut layout = common::preset("default");
    layout.storage.block_depth = 3;
    layout.fleet.drive.max_speed_mps = -1.0;
    layout.fleet.battery.cell_sample_hz = 100.0;
    layout.conveyors.tote.friction = -0.2;
    let text = ron::ser::to_string_pretty(&layout, Default::default()).expect("serialise");
    let err = FloorLayout::from_ron_str(&text, Path::new("bad.ron")).expect_err("must be refused");
    let message = err.to_string();
    assert!(message.contains("block_depth is 3"), "{message}");
    assert!(message.contains("max_speed_mps is -1"), "{message}");
    assert!(message.contains("cell_sample_hz is 100"), "{message}");
    assert!(message.contains("tote.friction is -0.2"), "{message}");
}

/// A floor file's counts are u32s: at their largest they must be refused by the check,
/// not multiplied into a wrapped size, a huge allocation or a divisor of zero.
#[test]
fn the_largest_counts_are_refused_before_anything_is_built() {
    let checks: [(&str, fn(&mut FloorLayout), &str); 7] = [
        (
            "columns",
            |l| l.storage.block_columns = u32::MAX,
            "cells, expected at most",
        ),
        (
            "rows",
            |l| l.storage.block_rows = 100_000,
            "cells, expected at most",
        ),
        (
            "queue",
            |l| l.stations.queue_cells = u32::MAX,
            "cells of south edge",
        ),
        (
            "zones",
            |l| l.conveyors.zones_per_line = u32::MAX,
            "zones_per_line is 4294967295",
        ),
        (
            "series",
            |l| l.fleet.battery.cells_in_series = u32::MAX,
            "cells_in_series is 4294967295",
        ),
        (
            "replan",
            |l| l.fleet.drive.replan_after_wait_s = 4.3e9,
            "replan_after_wait_s is",
        ),
        (
            "units",
            |l| l.fleet.units = u32::MAX,
            "fleet.units is 4294967295",
        ),
    ];
    for (name, spoil, expected) in checks {
        let mut layout = common::preset("default");
        spoil(&mut layout);
        let text = ron::ser::to_string_pretty(&layout, Default::default()).expect("serialise");
        let err = FloorLayout::from_ron_str(&text, Path::new("huge.ron"))
            .expect_err(&format!("{name}: must be refused"));
        let message = err.to_string();
        assert!(message.starts_with("huge.ron"), "{name}: {message}");
        assert!(message.contains(expected), "{name}: {message}");
    }
}

#[test]
fn missing_preset_names_where_it_looked() {
    let err = FloorLayout::preset_or_path("no_such_floor").expect_err("must not exist");
    let message = err.to_string();
    assert!(message.contains("no_such_floor"), "{message}");
    assert!(
        message.contains("assets/floors/no_such_floor.ron"),
        "{message}"
    );
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let err = FloorLayout::preset_or_path("does/not/exist.ron").expect_err("must fail");
    assert!(
        err.to_string()
            .starts_with("does/not/exist.ron: cannot read"),
        "{err}"
    );
}

#[test]
fn grown_floors_keep_the_stated_units_per_station_and_validate() {
    let base = common::preset("default");
    let grown = base
        .stations
        .grown
        .expect("the default floor says how it grows");
    for units in [20, 100, 1000, 5000, 10000] {
        let layout = base.sized_for_fleet(units);
        let wanted = (units as f32 / grown.units_per_station).ceil() as usize;
        let grid = FloorGrid::from_layout(&layout);
        assert_eq!(grid.stations.len(), wanted, "{units} units");
        assert!(
            grid.stations
                .iter()
                .all(|s| s.capacity == grown.units_in_flight),
            "{units} units"
        );
        assert!(
            layout.problems().is_empty(),
            "{units}: {:?}",
            layout.problems()
        );
        assert!(
            grid.storage_cells.len() >= 3 * units as usize,
            "{units} units"
        );
        // Each station fetches from its nearest storage, so trips stay short however wide
        // the floor grows: no storage cell outside its catchment is nearer than one inside.
        for site in &grid.stations {
            assert_eq!(site.catchment.len(), grown.pod_catchment as usize);
            let farthest = site.catchment.iter().map(|c| c.manhattan(site.pick)).max();
            let nearer_left_out = grid
                .storage_cells
                .iter()
                .filter(|c| !site.catchment.contains(c))
                .any(|c| Some(c.manhattan(site.pick)) < farthest);
            assert!(!nearer_left_out, "{units} units, station {}", site.id);
            if units > 1000 {
                break; // one station is proof enough on the biggest floors
            }
        }
    }
    // The training floor itself sends no more units to a station than its lane holds,
    // and draws its pods from the whole field (its recorded attempts depend on it).
    let grid = FloorGrid::from_layout(&base);
    assert!(
        grid.stations
            .iter()
            .all(|s| s.capacity as usize == s.lane.len() && s.catchment.is_empty())
    );
}

/// Traffic skips its lock checks while no cell is locked, so the grid's count of locked
/// cells must follow every lock and unlock, repeated ones included.
#[test]
fn the_grid_counts_its_locked_cells() {
    let mut grid = FloorGrid::from_layout(&common::preset("default"));
    let a = grid.index(Cell::new(1, 1)).expect("on the floor");
    let b = grid.index(Cell::new(2, 1)).expect("on the floor");
    assert!(!grid.any_locked());
    grid.set_locked(a, true);
    grid.set_locked(a, true);
    grid.set_locked(b, true);
    assert!(grid.any_locked() && grid.is_locked(Cell::new(1, 1)));
    grid.set_locked(a, false);
    assert!(grid.any_locked() && !grid.is_locked(Cell::new(1, 1)));
    grid.set_locked(b, false);
    grid.set_locked(b, false);
    assert!(!grid.any_locked() && !grid.is_locked(Cell::new(2, 1)));
    assert!(grid.locks().iter().all(|locked| !locked));
    // An index off the floor changes nothing.
    grid.set_locked(grid.locks().len(), true);
    assert!(!grid.any_locked());
    // Four real changes; the repeated lock, the repeated unlock and the cell off the
    // floor are none (routes known not to exist are searched again on each change).
    assert_eq!(grid.lock_changes(), 4);
}

/// A unit whose goal is shut in a locked zone asks for a route every tick until the zone
/// opens. Asked again with nothing changed, the planner answers from the last answer
/// without a search; another start, heading or cell to avoid, or any lock changing,
/// searches again; and every answer is a full search's.
#[test]
fn a_route_known_not_to_exist_is_not_searched_again_until_a_lock_changes() {
    let mut grid = FloorGrid::from_layout(&common::preset("default"));
    let pod = grid.storage_cells[5];
    // The zone round the pod is locked, the pod's own cell is not: it may be entered,
    // but nothing leads to it.
    let ring: Vec<usize> = (-1..=1)
        .flat_map(|dx| (-1..=1).map(move |dy| (dx, dy)))
        .filter(|&d| d != (0, 0))
        .filter_map(|(dx, dy)| grid.index(Cell::new(pod.x + dx, pod.y + dy)))
        .collect();
    for &i in &ring {
        grid.set_locked(i, true);
    }
    let start = (0..grid.cell_count())
        .map(|i| grid.cell_of_index(i))
        .find(|&c| grid.kind(c) == CellKind::Aisle && !grid.is_locked(c) && c.manhattan(pod) > 4)
        .expect("an aisle cell away from the pod");
    let far = grid
        .index(Cell::new(grid.width - 1, grid.height - 2))
        .expect("on the floor");
    let mut planner = PathPlanner::default();
    let mut no_way = None;
    let mut ask = |planner: &mut PathPlanner, grid: &FloorGrid, from: Cell, heading: Dir| {
        let path =
            planner.plan_unless_known_unreachable(grid, from, heading, pod, None, &mut no_way);
        let full_search = PathPlanner::default().plan(grid, from, Some(heading), pod, None);
        assert_eq!(path, full_search, "not a full search's answer");
        (path, planner.searches())
    };

    assert_eq!(ask(&mut planner, &grid, start, Dir::East), (None, 1));
    for _ in 0..10 {
        assert_eq!(
            ask(&mut planner, &grid, start, Dir::East),
            (None, 1),
            "searched again unchanged"
        );
    }
    // Another heading is another request; asking it again is not.
    assert_eq!(ask(&mut planner, &grid, start, Dir::North), (None, 2));
    assert_eq!(ask(&mut planner, &grid, start, Dir::North), (None, 2));
    // So is another start (the unit has moved on), and then the first one again.
    let elsewhere = grid
        .storage_cells
        .iter()
        .copied()
        .find(|&c| c.manhattan(pod) > 4)
        .expect("a pod away from the zone");
    assert_eq!(ask(&mut planner, &grid, elsewhere, Dir::North), (None, 3));
    assert_eq!(ask(&mut planner, &grid, start, Dir::North), (None, 4));
    // A lock changing anywhere on the floor, however far, means searching again; a
    // cell locked again, already locked, changes nothing.
    grid.set_locked(far, true);
    assert_eq!(ask(&mut planner, &grid, start, Dir::North), (None, 5));
    grid.set_locked(far, true);
    assert_eq!(ask(&mut planner, &grid, start, Dir::North), (None, 5));
    // The zone opens: the route is found at once.
    for &i in &ring {
        grid.set_locked(i, false);
    }
    let (path, searches) = ask(&mut planner, &grid, start, Dir::North);
    assert!(path.is_some_and(|p| p.last() == Some(&pod)) && searches == 6);
    // A route found is never kept: the next request searches.
    assert_eq!(ask(&mut planner, &grid, start, Dir::North).1, 7);
    // A request for a way round a cell (the goal itself here, so there is none) is a
    // request of its own, answered the same way when asked again.
    for _ in 0..3 {
        let path = planner.plan_unless_known_unreachable(
            &grid,
            start,
            Dir::North,
            pod,
            Some(pod),
            &mut no_way,
        );
        assert!(path.is_none());
    }
    assert_eq!(
        planner.searches(),
        8,
        "searched again for the same way round"
    );
}

/// Which cells a path to `goal` may use, written out again from the floor's rules, so
/// the planner is checked against something it does not share code with.
fn may_pass(grid: &FloorGrid, cell: Cell, goal: Cell, avoid: Cell) -> bool {
    if cell == avoid || grid.index(cell).is_none() || grid.is_locked(cell) {
        return false;
    }
    cell == goal
        || match grid.kind(cell) {
            CellKind::Aisle => true,
            CellKind::StationLane { station } => {
                grid.kind(goal) == CellKind::StationPick { station }
            }
            _ => false,
        }
}

/// Whether any path leads from `start` to `goal` without `avoid` (a flood, no costs).
fn reachable(grid: &FloorGrid, start: Cell, goal: Cell, avoid: Cell) -> bool {
    let mut seen = vec![false; grid.cell_count()];
    let mut open = vec![start];
    while let Some(cell) = open.pop() {
        for dir in Dir::ALL {
            let next = cell.step(dir);
            if !grid.can_move(cell, dir) || !may_pass(grid, next, goal, avoid) {
                continue;
            }
            if next == goal {
                return true;
            }
            let i = grid.index(next).expect("passable cells are on the floor");
            if !seen[i] {
                seen[i] = true;
                open.push(next);
            }
        }
    }
    false
}

/// Plans from aisle cells a few cells from each 7th goal, round the cell ahead, and
/// checks each answer against [`reachable`] and each path against the floor's rules.
/// Returns how many found a path, how many found none, and the largest search of those.
fn plan_round_the_cell_ahead(grid: &FloorGrid, goals: &[Cell]) -> (usize, usize, usize) {
    let mut planner = PathPlanner::default();
    let (mut found, mut none, mut largest_none) = (0, 0, 0);
    for (n, &goal) in goals.iter().enumerate().step_by(7) {
        for offset in [-4, -2, 2, 5] {
            let start = Cell::new(goal.x + offset, 1 + (n % 3) as i32 * 3);
            for dir in Dir::ALL.into_iter().filter(|d| grid.can_move(start, *d)) {
                let avoid = start.step(dir);
                let path = planner.plan(grid, start, Some(dir), goal, Some(avoid));
                let case = format!("from {start} facing {dir:?} to {goal} round {avoid}");
                assert_eq!(
                    path.is_some(),
                    reachable(grid, start, goal, avoid),
                    "{case}"
                );
                let Some(path) = path else {
                    none += 1;
                    largest_none = largest_none.max(planner.last_search_size());
                    continue;
                };
                found += 1;
                assert_eq!(path.last(), Some(&goal), "{case}");
                let mut at = start;
                for &next in &path {
                    let step = Dir::ALL.into_iter().find(|d| at.step(*d) == next);
                    assert!(
                        step.is_some_and(|d| grid.can_move(at, d)),
                        "{case}: {at} -> {next}"
                    );
                    assert!(may_pass(grid, next, goal, avoid), "{case}: through {next}");
                    at = next;
                }
            }
        }
    }
    (found, none, largest_none)
}

/// Looking for a way round a blocked cell often finds none. The planner must still
/// answer exactly as a full search would, and, when there is no way, know it from the
/// few cells leading into the goal instead of searching the whole floor (which grows
/// with the fleet).
#[test]
fn a_search_with_no_way_round_stays_small_and_answers_as_a_full_search() {
    let mut grid = FloorGrid::from_layout(&common::preset("default").sized_for_fleet(2000));
    let nodes = grid.cell_count() * 4;
    let goals: Vec<Cell> = grid
        .storage_cells
        .iter()
        .copied()
        .chain(grid.stations.iter().map(|s| s.pick))
        .collect();
    let (found, none, largest_none) = plan_round_the_cell_ahead(&grid, &goals);
    assert!(
        found > 100 && none > 100,
        "{found} found, {none} with no way round"
    );
    assert!(
        largest_none * 100 < nodes,
        "a search with no way round looked at {largest_none} of {nodes} nodes"
    );

    // A unit at a station's entry, round the lane's first cell: the pick can only be
    // reached through it, which a search forward learns only from the whole floor.
    let mut planner = PathPlanner::default();
    for station in &grid.stations {
        let (start, avoid) = (station.entry_from, station.lane[0]);
        let path = planner.plan(&grid, start, Some(Dir::South), station.pick, Some(avoid));
        assert!(path.is_none(), "station {} has another way in", station.id);
        assert!(
            planner.last_search_size() <= 4 * (station.lane.len() + 1),
            "station {}: looked at {} nodes and cells",
            station.id,
            planner.last_search_size()
        );
    }

    // Zones locked round every 40th pod, as a technician locks them: the same answers
    // as a full search, and a locked goal is known unreachable at once.
    for &pod in grid.storage_cells.clone().iter().step_by(40) {
        for (dx, dy) in (-1..=1).flat_map(|dx| (-1..=1).map(move |dy| (dx, dy))) {
            if let Some(i) = grid.index(Cell::new(pod.x + dx, pod.y + dy)) {
                grid.set_locked(i, true);
            }
        }
    }
    let (found, none, _) = plan_round_the_cell_ahead(&grid, &goals);
    assert!(
        found > 100 && none > 100,
        "locked: {found} found, {none} with no way round"
    );
    let locked_pod = grid.storage_cells[0];
    let start = Cell::new(locked_pod.x + 6, 1);
    assert_eq!(grid.kind(start), CellKind::Aisle);
    let path = planner.plan(&grid, start, None, locked_pod, None);
    assert!(path.is_none() && planner.last_search_size() == 0);
}
