//! Totes: queued at the station after each pick, inducted onto the first zone when
//! there is room, pushed by the rollers or belt under them, taken away at the end.

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use super::line::{BeltSection, ConveyorLine, MdrZone, Tote};
use super::{ConveyorParams, ConveyorRoster};
use crate::fleet::PickCompleted;
use crate::floor::{floor_point, heading_rotation};

const GRAVITY: f32 = 9.81;
/// How quickly roller grip brings a tote to surface speed, seconds.
const GRIP_TIME_S: f32 = 0.05;

pub fn queue_totes_from_picks(
    params: Res<ConveyorParams>,
    roster: Res<ConveyorRoster>,
    mut picks: MessageReader<PickCompleted>,
    mut lines: Query<&mut ConveyorLine>,
) {
    for pick in picks.read() {
        if let Some(&entity) = roster.lines.get(pick.station as usize)
            && let Ok(mut line) = lines.get_mut(entity)
        {
            line.waiting_totes += params.totes_per_pick;
        }
    }
}

/// Where the totes on each line are, gathered in one pass so per-line logic never
/// scans every tote on the floor.
#[derive(Resource, Debug, Default, Clone)]
pub struct LineOccupancy {
    /// Distance along the line of the tote nearest the induct end, by line id.
    pub nearest_to_induct_m: Vec<f32>,
    /// Totes on each line's belt section.
    pub on_belt: Vec<u32>,
    /// Totes anywhere on each line.
    pub on_line: Vec<u32>,
}

pub fn survey_totes(
    roster: Res<ConveyorRoster>,
    lines: Query<&ConveyorLine>,
    belts: Query<&BeltSection>,
    totes: Query<(&Tote, &Transform)>,
    mut occupancy: ResMut<LineOccupancy>,
    mut belt_start: Local<Vec<f32>>,
) {
    let n = roster.lines.len();
    occupancy.nearest_to_induct_m.clear();
    occupancy.nearest_to_induct_m.resize(n, f32::INFINITY);
    occupancy.on_belt.clear();
    occupancy.on_belt.resize(n, 0);
    occupancy.on_line.clear();
    occupancy.on_line.resize(n, 0);
    // Kept between ticks so the tick allocates nothing.
    belt_start.clear();
    belt_start.extend(roster.lines.iter().map(|&e| {
        lines
            .get(e)
            .ok()
            .and_then(|l| belts.get(l.belt).ok())
            .map_or(f32::INFINITY, |b| b.start_m)
    }));
    for_each_tote_along_its_line(&roster, &lines, &totes, |i, along| {
        occupancy.nearest_to_induct_m[i] = occupancy.nearest_to_induct_m[i].min(along);
        occupancy.on_line[i] += 1;
        if along >= belt_start[i] {
            occupancy.on_belt[i] += 1;
        }
    });
}

/// Calls `each(line id, distance along that line)` for every tote on a known line.
pub(super) fn for_each_tote_along_its_line(
    roster: &ConveyorRoster,
    lines: &Query<&ConveyorLine>,
    totes: &Query<(&Tote, &Transform)>,
    mut each: impl FnMut(usize, f32),
) {
    for (tote, transform) in totes {
        let i = tote.line as usize;
        if let Some(line) = roster.lines.get(i).and_then(|&e| lines.get(e).ok()) {
            each(
                i,
                line.along(Vec2::new(transform.translation.x, transform.translation.z)),
            );
        }
    }
}

/// Puts a waiting tote on the first zone once the induct end is clear.
pub fn induct_totes(
    mut commands: Commands,
    params: Res<ConveyorParams>,
    occupancy: Res<LineOccupancy>,
    mut roster: ResMut<ConveyorRoster>,
    mut lines: Query<&mut ConveyorLine>,
) {
    let spec = &params.spec;
    // Zero-pressure accumulation: one tote per zone, so the induct waits until the
    // last tote has left the first zone (a close stream would hold its eye blocked and
    // read as a jam).
    let clearance = spec.zone_length_m + spec.tote.length_m * 0.5 + 0.05;
    for i in 0..roster.lines.len() {
        let entity = roster.lines[i];
        let Ok(mut line) = lines.get_mut(entity) else {
            continue;
        };
        // Nobody inducts onto a stopped or isolated line: the totes wait at the station.
        if line.waiting_totes == 0 || !line.safety_relay_closed || !line.energised() {
            continue;
        }
        let nearest = occupancy
            .nearest_to_induct_m
            .get(line.id as usize)
            .copied()
            .unwrap_or(f32::INFINITY);
        if nearest <= clearance {
            continue;
        }
        line.waiting_totes -= 1;
        let id = roster.next_tote_id;
        roster.next_tote_id += 1;
        let at = line.point_at(spec.tote.length_m * 0.5 + 0.05);
        let t = &spec.tote;
        // The bed holds a tote up and, its rollers' grip being `drive_totes`' force,
        // does nothing else, so its support is a constraint, not a contact: no gravity,
        // height and tilt locked, no bed collider. A resting contact cost the solver four
        // contact points a tote every tick, about half of rapier's step on a busy floor
        // (docs/benchmarks.md). A tote meets other totes, the rails and jams in the
        // floor's plane; it does not tip or ride up on anything.
        //
        // A tote at rest (a stopped zone, behind a jam) may sleep and leave the solver:
        // a new force from `drive_totes` wakes it (bevy_rapier wakes a body whose
        // `ExternalForce` changes, and `drive_totes` writes only changes), as does a
        // tote or an obstacle touching it or going away.
        commands.spawn((
            Name::new(format!("Tote T{id}")),
            Tote { id, line: line.id },
            Transform::from_translation(floor_point(at, spec.bed_height_m + t.height_m * 0.5))
                .with_rotation(heading_rotation(line.direction.to_angle())),
            RigidBody::Dynamic,
            Collider::cuboid(t.length_m * 0.5, t.height_m * 0.5, t.width_m * 0.5),
            ColliderMassProperties::Mass(t.mass_kg),
            Friction::coefficient(t.friction),
            Velocity::zero(),
            ExternalForce::default(),
            GravityScale(0.0),
            LockedAxes::TRANSLATION_LOCKED_Y
                | LockedAxes::ROTATION_LOCKED_X
                | LockedAxes::ROTATION_LOCKED_Z,
            Damping {
                linear_damping: 0.0,
                angular_damping: t.spin_damping_per_s,
            },
        ));
    }
}

/// Roller and belt traction: each tote is pulled towards the surface speed of the
/// zone (or belt) under its centre, never harder than the rollers' grip allows.
pub fn drive_totes(
    params: Res<ConveyorParams>,
    roster: Res<ConveyorRoster>,
    lines: Query<&ConveyorLine>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    mut totes: Query<(&Tote, &Transform, &Velocity, &mut ExternalForce)>,
) {
    let spec = &params.spec;
    let mass = spec.tote.mass_kg;
    let max_force = spec.roller_grip * mass * GRAVITY;
    for (tote, transform, velocity, mut force) in &mut totes {
        let Some(line) = roster
            .lines
            .get(tote.line as usize)
            .and_then(|&e| lines.get(e).ok())
        else {
            continue;
        };
        let position = Vec2::new(transform.translation.x, transform.translation.z);
        let along = line.along(position);
        let surface_speed = surface_speed_at(line, along, spec, &zones, &belts);
        let velocity_2d = Vec2::new(velocity.linear.x, velocity.linear.z);
        let across = Vec2::new(-line.direction.y, line.direction.x);
        let mut f_along = mass * (surface_speed - velocity_2d.dot(line.direction)) / GRIP_TIME_S;
        let creep = belt_creep_at(line, along, spec, &belts);
        let mut f_across = mass * (creep - velocity_2d.dot(across)) / GRIP_TIME_S;
        f_along = f_along.clamp(-max_force, max_force);
        f_across = f_across.clamp(-max_force, max_force);
        let new = floor_point(line.direction * f_along + across * f_across, 0.0);
        if force.force != new {
            force.force = new;
        }
    }
}

fn surface_speed_at(
    line: &ConveyorLine,
    along: f32,
    spec: &super::ConveyorSpec,
    zones: &Query<&MdrZone>,
    belts: &Query<&BeltSection>,
) -> f32 {
    let zone_index = (along / spec.zone_length_m).floor();
    if zone_index < 0.0 {
        return 0.0;
    }
    if let Some(zone) = line
        .zones
        .get(zone_index as usize)
        .and_then(|&z| zones.get(z).ok())
    {
        return match (zone.motor.running, zone.motor.reverse) {
            (true, false) => spec.roller_speed_mps,
            (true, true) => -spec.roller_speed_mps,
            (false, _) => 0.0,
        };
    }
    belts.get(line.belt).map_or(0.0, |belt| {
        spec.belt.speed_at_base_hz_mps * belt.vfd.output_hz / spec.belt.base_frequency_hz
    })
}

/// Sideways surface speed under a tote: only a mistracking belt has any.
fn belt_creep_at(
    line: &ConveyorLine,
    along: f32,
    spec: &super::ConveyorSpec,
    belts: &Query<&BeltSection>,
) -> f32 {
    let zones_length = spec.zones_per_line as f32 * spec.zone_length_m;
    if along < zones_length {
        return 0.0;
    }
    belts.get(line.belt).map_or(0.0, |belt| {
        belt.mistrack_mps * belt.vfd.output_hz / spec.belt.base_frequency_hz
    })
}

/// Totes past the end of the line leave the simulation as delivered. Totes run back off
/// the induct end (their centre past the bed's edge, where they would tip off) leave it
/// too, delivered nowhere: a line running backwards proves nothing in a test cycle.
pub fn take_away_totes(
    mut commands: Commands,
    params: Res<ConveyorParams>,
    mut roster: ResMut<ConveyorRoster>,
    mut lines: Query<&mut ConveyorLine>,
    totes: Query<(Entity, &Tote, &Transform)>,
) {
    let half = params.spec.tote.length_m * 0.5;
    let mut leaving = Vec::new();
    for (entity, tote, transform) in &totes {
        let Some(&line_entity) = roster.lines.get(tote.line as usize) else {
            continue;
        };
        let Ok(line) = lines.get(line_entity) else {
            continue;
        };
        let along = line.along(Vec2::new(transform.translation.x, transform.translation.z));
        let delivered = along > line.length_m - half;
        if delivered || along < 0.0 {
            leaving.push((tote.id, entity, line_entity, delivered));
        }
    }
    leaving.sort_by_key(|(id, ..)| *id);
    for (_, entity, line_entity, delivered) in leaving {
        commands.entity(entity).despawn();
        if !delivered {
            continue;
        }
        roster.totes_delivered += 1;
        if let Ok(mut line) = lines.get_mut(line_entity) {
            line.delivered += 1;
        }
    }
}
