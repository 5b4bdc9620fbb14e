//! The floor's safety state, seen at a glance: a padlock and tag on each isolation
//! point that is locked out (a line's disconnect, a charger's isolator, a unit's
//! battery connector), barriers round the cells locked in the management system, and
//! a beacon over every piece of equipment with an active alarm.

use std::collections::BTreeSet;

use bevy::prelude::*;

use super::equipment::Equipment;
use super::line_model::LinePanel;
use super::unit_model::{UnitPart, part_position};
use crate::alarms::{AlarmLog, AlarmSource};
use crate::conveyor::ConveyorLine;
use crate::fleet::{Charger, DriveUnit, UnitPower};
use crate::floor::{Cell, FloorGrid, floor_point};
use crate::scenario::ResolvedTarget;
use crate::trainee::Isolation;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, make_mark_looks).add_systems(
        Update,
        (hang_padlocks, put_up_barriers, light_beacons, turn_beacons),
    );
}

/// A lock and tag hung on an isolation point.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Padlock(pub Isolation);

/// One side of a locked cell's barrier.
#[derive(Component, Debug, Clone, Copy)]
pub struct Barrier;

/// A turning beacon over equipment with an active alarm.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlarmBeacon(pub AlarmSource);

#[derive(Resource)]
struct MarkLooks {
    lock: (Handle<Mesh>, Handle<StandardMaterial>),
    tag: (Handle<Mesh>, Handle<StandardMaterial>),
    rail: (Handle<Mesh>, Handle<StandardMaterial>),
    post: (Handle<Mesh>, Handle<StandardMaterial>),
    beacon: (Handle<Mesh>, Handle<StandardMaterial>),
}

fn make_mark_looks(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let mut look = |mesh: Mesh, colour: Color, glow: f32| {
        let base = colour.to_linear();
        (
            meshes.add(mesh),
            materials.add(StandardMaterial {
                base_color: colour,
                emissive: base * glow,
                ..default()
            }),
        )
    };
    commands.insert_resource(MarkLooks {
        lock: look(
            Cuboid::new(0.07, 0.09, 0.04).into(),
            Color::srgb(0.9, 0.1, 0.08),
            0.3,
        ),
        tag: look(
            Cuboid::new(0.01, 0.14, 0.09).into(),
            Color::srgb(0.98, 0.95, 0.2),
            0.2,
        ),
        rail: look(
            Cuboid::new(grid.cell_size, 0.06, 0.03).into(),
            Color::srgb(0.95, 0.15, 0.1),
            0.4,
        ),
        post: look(
            Cylinder::new(0.025, 0.9).into(),
            Color::srgb(0.95, 0.95, 0.95),
            0.0,
        ),
        beacon: look(
            Cone::new(0.14, 0.2).into(),
            Color::srgb(1.0, 0.45, 0.0),
            4.0,
        ),
    });
}

/// Every isolation point locked out now.
#[derive(bevy::ecs::system::SystemParam)]
struct Isolations<'w, 's> {
    lines: Query<'w, 's, &'static ConveyorLine>,
    chargers: Query<'w, 's, (Entity, &'static Charger)>,
    units: Query<'w, 's, (Entity, &'static DriveUnit, &'static UnitPower)>,
    panels: Query<'w, 's, (Entity, &'static LinePanel)>,
}

impl Isolations<'_, '_> {
    /// The locked points, with the entity the lock hangs on and where on it.
    fn locked(&self) -> Vec<(Isolation, Entity, Vec3)> {
        let mut locked = Vec::new();
        for line in self.lines.iter().filter(|l| l.lockout.applied) {
            if let Some((panel, _)) = self.panels.iter().find(|(_, p)| p.0 == line.id) {
                locked.push((Isolation::Line(line.id), panel, Vec3::new(0.05, 0.0, 0.44)));
            }
        }
        for (entity, charger) in self.chargers.iter().filter(|(_, c)| c.locked_out) {
            locked.push((
                Isolation::Charger(charger.id),
                entity,
                Vec3::new(0.0, 0.45, 0.38),
            ));
        }
        for (entity, unit, power) in &self.units {
            if !power.battery_connected {
                let at = part_position(UnitPart::Pack) + Vec3::new(-0.16, 0.1, 0.0);
                locked.push((Isolation::Unit(unit.id), entity, at));
            }
        }
        locked
    }
}

/// Hangs a lock and tag on each isolation point locked out, and takes it off again.
fn hang_padlocks(
    mut commands: Commands,
    looks: Res<MarkLooks>,
    isolations: Isolations,
    hung: Query<(Entity, &Padlock)>,
) {
    let locked = isolations.locked();
    for (entity, padlock) in &hung {
        if !locked.iter().any(|(on, ..)| *on == padlock.0) {
            commands.entity(entity).despawn();
        }
    }
    for (on, holder, at) in locked {
        if hung.iter().any(|(_, p)| p.0 == on) {
            continue;
        }
        commands
            .spawn((
                Padlock(on),
                Mesh3d(looks.lock.0.clone()),
                MeshMaterial3d(looks.lock.1.clone()),
                Transform::from_translation(at),
                ChildOf(holder),
            ))
            .with_child((
                Mesh3d(looks.tag.0.clone()),
                MeshMaterial3d(looks.tag.1.clone()),
                Transform::from_xyz(0.0, -0.12, 0.0),
            ));
    }
}

/// Red rails on white posts round every locked cell's open sides, rebuilt when the
/// locks change.
fn put_up_barriers(
    mut commands: Commands,
    mut built_for: Local<Vec<bool>>,
    looks: Res<MarkLooks>,
    grid: Res<FloorGrid>,
    barriers: Query<Entity, With<Barrier>>,
) {
    // The grid is borrowed mutably by the trainee's actions every tick; compare the
    // locks themselves so the barriers are rebuilt only when a lock changed.
    if *built_for == grid.locks() {
        return;
    }
    built_for.clear();
    built_for.extend_from_slice(grid.locks());
    for entity in &barriers {
        commands.entity(entity).despawn();
    }
    let half = grid.cell_size * 0.5;
    for y in 0..grid.height {
        for x in 0..grid.width {
            let cell = Cell::new(x, y);
            if !grid.is_locked(cell) {
                continue;
            }
            let centre = grid.center(cell);
            for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                if grid.is_locked(Cell::new(x + dx, y + dy)) {
                    continue;
                }
                let edge = centre + Vec2::new(dx as f32, dy as f32) * half;
                let along = if dx == 0 {
                    0.0
                } else {
                    std::f32::consts::FRAC_PI_2
                };
                commands.spawn((
                    Barrier,
                    Mesh3d(looks.rail.0.clone()),
                    MeshMaterial3d(looks.rail.1.clone()),
                    Transform::from_translation(floor_point(edge, 0.8))
                        .with_rotation(Quat::from_rotation_y(along)),
                ));
                let corner = edge + Vec2::new(dy as f32, dx as f32).abs() * half;
                commands.spawn((
                    Barrier,
                    Mesh3d(looks.post.0.clone()),
                    MeshMaterial3d(looks.post.1.clone()),
                    Transform::from_translation(floor_point(corner, 0.45)),
                ));
            }
        }
    }
}

/// A beacon over each piece of equipment with an active alarm (a cell: over the cell).
fn light_beacons(
    mut commands: Commands,
    looks: Res<MarkLooks>,
    alarms: Res<AlarmLog>,
    equipment: Equipment,
    beacons: Query<(Entity, &AlarmBeacon)>,
) {
    if !alarms.is_changed() {
        return;
    }
    let active: BTreeSet<AlarmSource> = alarms.active().map(|a| a.source).collect();
    for (entity, beacon) in &beacons {
        if !active.contains(&beacon.0) {
            commands.entity(entity).despawn();
        }
    }
    for source in active {
        if beacons.iter().any(|(_, b)| b.0 == source) {
            continue;
        }
        let target = match source {
            AlarmSource::Unit(u) => ResolvedTarget::Unit(u),
            AlarmSource::Zone { line, zone } => ResolvedTarget::Zone { line, zone },
            AlarmSource::Line(line) => ResolvedTarget::Line(line),
            AlarmSource::Charger(c) => ResolvedTarget::Charger(c),
            AlarmSource::Cell(x, y) => ResolvedTarget::Cell(Cell::new(x, y)),
        };
        let mut beacon = commands.spawn((
            AlarmBeacon(source),
            Mesh3d(looks.beacon.0.clone()),
            MeshMaterial3d(looks.beacon.1.clone()),
        ));
        match (target, equipment.entity(target)) {
            (_, Some(holder)) => {
                beacon.insert((Transform::from_xyz(0.0, 2.3, 0.0), ChildOf(holder)));
            }
            (ResolvedTarget::Cell(cell), None) => {
                beacon.insert(Transform::from_translation(floor_point(
                    equipment.grid.center(cell),
                    2.3,
                )));
            }
            _ => {
                beacon.despawn();
            }
        }
    }
}

fn turn_beacons(time: Res<Time>, mut beacons: Query<&mut Transform, With<AlarmBeacon>>) {
    for mut transform in &mut beacons {
        transform.rotate_y(time.delta_secs() * 4.0);
    }
}
