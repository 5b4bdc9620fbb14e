//! The downward camera: reading a fiducial resets dead reckoning to the sticker's
//! known position; too many misses in a row and the unit stops, lost.

use bevy::prelude::*;
use rand::RngExt;

use super::unit::{DriveUnit, FiducialCamera, FiducialRead, Odometry, Pose};
use super::{FleetParams, FleetRoster};
use crate::alarms::{AlarmCode, AlarmLog, AlarmSource};
use crate::floor::{CellKind, FiducialStickers, FloorGrid};
use crate::sim::{SimClock, SimRng, TICK_DT};

/// Reads the fiducial under each unit as it passes over one.
///
/// Units are visited in storage order (cheap); a read that is certain is taken there,
/// and the few that are uncertain (a degraded camera or sticker) are drawn for
/// afterwards in id order, the order the random sequence is defined in.
pub fn read_fiducials(
    clock: Res<SimClock>,
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    grid: Res<FloorGrid>,
    stickers: Res<FiducialStickers>,
    mut rng: ResMut<SimRng>,
    mut alarms: ResMut<AlarmLog>,
    mut units: Query<(&DriveUnit, &Pose, &FiducialCamera, &mut Odometry)>,
) {
    let d = &params.fleet.drive;
    let limit = (d.lost_after_missed_fiducials as f32 + 1.5) * grid.cell_size;
    let mut uncertain = Vec::new();
    for (unit, pose, camera, mut odo) in &mut units {
        // Driven further than a few fiducials without reading one (off the grid): lost.
        odo.since_read_m += pose.speed.abs() * TICK_DT;
        if odo.since_read_m > limit && !odo.lost {
            odo.lost = true;
        }
        let cell = grid.cell_at(pose.position);
        if grid.kind(cell) == CellKind::Blocked || odo.last_passed == Some(cell) {
            continue;
        }
        let offset = pose.position - grid.center(cell);
        if offset.length() > d.fiducial_read_window_m {
            continue;
        }
        odo.last_passed = Some(cell);
        let quality = camera.read_quality * stickers.quality(&grid, cell);
        // Only a degraded camera or sticker draws on the RNG, so a healthy floor's
        // random sequence does not depend on how often units pass fiducials.
        if quality >= 1.0 {
            take_reading(&mut odo, &grid, cell, offset, pose.heading, clock.tick);
        } else {
            uncertain.push((unit.id, (cell, offset, quality)));
        }
    }
    for (entity, (cell, offset, quality)) in roster.in_id_order(uncertain) {
        let Ok((unit, pose, _, mut odo)) = units.get_mut(entity) else {
            continue;
        };
        if rng.0.random::<f32>() < quality {
            take_reading(&mut odo, &grid, cell, offset, pose.heading, clock.tick);
        } else {
            odo.missed_in_a_row += 1;
            odo.misses += 1;
            alarms.event(
                clock.tick,
                AlarmSource::Unit(unit.id),
                AlarmCode::FiducialMissed,
                format!("{}: fiducial at {cell} not read", unit.label()),
            );
            if odo.missed_in_a_row >= d.lost_after_missed_fiducials {
                odo.lost = true;
            }
        }
    }
}

/// Dead reckoning reset to the fiducial just read.
fn take_reading(
    odo: &mut Odometry,
    grid: &FloorGrid,
    cell: crate::floor::Cell,
    offset: Vec2,
    heading: f32,
    tick: u64,
) {
    odo.position = grid.center(cell) + offset;
    odo.heading = heading;
    odo.last_fiducial = Some(FiducialRead { cell, tick, offset });
    odo.missed_in_a_row = 0;
    odo.since_read_m = 0.0;
    odo.reads += 1;
}
