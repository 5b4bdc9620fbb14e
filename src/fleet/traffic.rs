//! Traffic control: plan paths for new goals, reserve cells ahead in unit order,
//! and look for another way round when a unit has waited too long.

use bevy::prelude::*;

use super::claims::CellReservations;
use super::pathfinding::PathPlanner;
use super::unit::{BodyMotion, Odometry, Pose, Route, TrafficStats};
use super::{FleetParams, FleetRoster};
use crate::floor::{Cell, Dir, FloorGrid};
use crate::sim::SimClock;

/// Plans paths where a goal changed, then extends each unit's reservations ahead.
pub fn plan_and_reserve(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    grid: Res<FloorGrid>,
    mut planner: ResMut<PathPlanner>,
    mut reservations: ResMut<CellReservations>,
    mut units: Query<(&Pose, &BodyMotion, &Odometry, &mut Route, &mut TrafficStats)>,
) {
    let lookahead = params.fleet.drive.reservation_lookahead_cells as usize;
    let replan_after = params.fleet.drive.replan_after_ticks();
    for &entity in &roster.units {
        let Ok((pose, motion, odometry, mut route, mut stats)) = units.get_mut(entity) else {
            continue;
        };
        let stopped = motion.speed.abs() < 1e-3;
        if route.needs_plan && stopped {
            replan(
                &grid,
                &mut planner,
                &mut reservations,
                entity,
                &mut route,
                pose,
                None,
            );
        }
        // A zone locked under the unit's reservations: give back the cells from the
        // first locked one on, stop short of it and look for another way.
        if grid.any_locked()
            && let Some(first_locked) =
                (0..route.reserved_ahead).find(|&i| grid.is_locked(route.path[i]))
        {
            for i in first_locked..route.reserved_ahead {
                reservations.release(&grid, route.path[i], entity);
            }
            route.reserved_ahead = first_locked;
            route.needs_plan = true;
        }
        if odometry.lost {
            continue;
        }
        while route.reserved_ahead < route.path.len().min(lookahead) {
            let cell = route.path[route.reserved_ahead];
            let first_step = route.reserved_ahead == 0;
            if grid.is_locked(cell)
                || !reservations.take_in_turn(&grid, cell, entity, clock.tick, first_step)
            {
                break;
            }
            route.reserved_ahead += 1;
        }
        let blocked = !route.path.is_empty() && route.reserved_ahead == 0;
        if blocked {
            stats.waiting_ticks += 1;
            stats.longest_wait_ticks = stats.longest_wait_ticks.max(stats.waiting_ticks);
            if stats.waiting_ticks % replan_after == 0 && stopped {
                // Someone is in the way for a while: try a route around the blocked cell.
                let avoid = route.path.front().copied();
                replan(
                    &grid,
                    &mut planner,
                    &mut reservations,
                    entity,
                    &mut route,
                    pose,
                    avoid,
                );
                stats.replans += 1;
            }
        } else {
            stats.waiting_ticks = 0;
        }
    }
}

fn replan(
    grid: &FloorGrid,
    planner: &mut PathPlanner,
    reservations: &mut CellReservations,
    entity: Entity,
    route: &mut Route,
    pose: &Pose,
    avoid: Option<Cell>,
) {
    route.needs_plan = false;
    let Some(goal) = route.goal else {
        release_ahead(grid, reservations, entity, route);
        route.path.clear();
        return;
    };
    let path = planner.plan_unless_known_unreachable(
        grid,
        route.current,
        nearest_dir(pose.heading),
        goal,
        avoid,
        &mut route.no_way,
    );
    match path {
        Some(path) => {
            release_ahead(grid, reservations, entity, route);
            route.path = path.into();
        }
        // No way round the blocked cell: keep waiting on the old path.
        None if avoid.is_some() => {}
        None => {
            release_ahead(grid, reservations, entity, route);
            route.path.clear();
            // Unreachable for now (a locked zone, say): try again next tick.
            route.needs_plan = true;
        }
    }
}

fn release_ahead(
    grid: &FloorGrid,
    reservations: &mut CellReservations,
    entity: Entity,
    route: &mut Route,
) {
    for i in 0..route.reserved_ahead {
        reservations.release(grid, route.path[i], entity);
    }
    route.reserved_ahead = 0;
}

/// The grid direction closest to a heading.
pub fn nearest_dir(heading: f32) -> Dir {
    let quarter = crate::sim::math::round_to_i32(heading / std::f32::consts::FRAC_PI_2);
    match quarter.rem_euclid(4) {
        0 => Dir::East,
        1 => Dir::North,
        2 => Dir::West,
        _ => Dir::South,
    }
}
