//! The technician on the floor: the avatar (hi-vis when the vest is on), a ring round
//! them, right-click to walk there, locked cells in red, and the selected line's test
//! points drawn on the model.

use bevy::prelude::*;

use super::selection::Selection;
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone};
use crate::floor::floor_point;
use crate::sim::SimClock;
use crate::trainee::{PendingActions, Spot, Technician, TraineeAction, line_spot};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_avatar)
        .add_systems(
            Update,
            (place_avatar, draw_locks_and_technician, draw_test_points),
        )
        .add_observer(walk_on_right_click);
}

#[derive(Component)]
struct Avatar;

#[derive(Resource)]
struct AvatarLooks {
    vest: Handle<StandardMaterial>,
    plain: Handle<StandardMaterial>,
}

fn spawn_avatar(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let looks = AvatarLooks {
        // Hi-vis lime, unlike the station operators' orange.
        vest: materials.add(StandardMaterial {
            base_color: Color::srgb(0.75, 1.0, 0.1),
            emissive: LinearRgba::rgb(0.3, 0.45, 0.0),
            ..default()
        }),
        plain: materials.add(Color::srgb(0.15, 0.25, 0.6)),
    };
    let helmet = materials.add(Color::WHITE);
    commands
        .spawn((
            Name::new("Technician"),
            Avatar,
            Mesh3d(meshes.add(Capsule3d::new(0.22, 1.2))),
            MeshMaterial3d(looks.plain.clone()),
            Transform::default(),
        ))
        .with_child((
            Mesh3d(meshes.add(Sphere::new(0.17))),
            MeshMaterial3d(helmet),
            Transform::from_xyz(0.0, 0.88, 0.0),
        ));
    commands.insert_resource(looks);
}

fn place_avatar(
    technician: Res<Technician>,
    looks: Res<AvatarLooks>,
    aim: Res<super::camera_aim::CameraAim>,
    mut avatar: Query<
        (
            &mut Transform,
            &mut MeshMaterial3d<StandardMaterial>,
            &mut Visibility,
        ),
        With<Avatar>,
    >,
) {
    for (mut transform, mut material, mut visibility) in &mut avatar {
        // In the close-up the camera looks over the technician's shoulder.
        visibility.set_if_neq(if aim.close_up {
            Visibility::Hidden
        } else {
            Visibility::Inherited
        });
        transform.translation = floor_point(technician.position, 0.82);
        let wanted = if technician.vest_on {
            &looks.vest
        } else {
            &looks.plain
        };
        if material.0 != *wanted {
            material.0 = wanted.clone();
        }
    }
}

/// Locked cells get a red square on the floor; the technician a ring (and, with the
/// vest on, the radius inside which units stop), so both show from far away.
fn draw_locks_and_technician(
    grid: Res<crate::floor::FloorGrid>,
    technician: Res<Technician>,
    catalogue: Option<Res<crate::trainee::ActionCatalogue>>,
    mut gizmos: Gizmos,
) {
    let red = Color::srgb(0.95, 0.15, 0.1);
    let half = grid.cell_size * 0.45;
    for y in 0..grid.height {
        for x in 0..grid.width {
            let cell = crate::floor::Cell::new(x, y);
            if !grid.is_locked(cell) {
                continue;
            }
            let c = grid.center(cell);
            let corners = [
                Vec2::new(-half, -half),
                Vec2::new(half, -half),
                Vec2::new(half, half),
                Vec2::new(-half, half),
            ];
            for i in 0..4 {
                gizmos.line(
                    floor_point(c + corners[i], 0.03),
                    floor_point(c + corners[(i + 1) % 4], 0.03),
                    red,
                );
            }
        }
    }
    let flat = Quat::from_rotation_x(std::f32::consts::FRAC_PI_2);
    let at = floor_point(technician.position, 0.04);
    let lime = Color::srgb(0.75, 1.0, 0.1);
    gizmos.circle(Isometry3d::new(at, flat), 0.5, lime);
    if technician.vest_on
        && let Some(c) = catalogue
    {
        gizmos.circle(Isometry3d::new(at, flat), c.vest.stop_radius_m, lime);
    }
}

/// Right-click on the floor: walk there (the same `WalkTo` action a script sends).
fn walk_on_right_click(
    click: On<Pointer<Click>>,
    clock: Res<SimClock>,
    mut pending: ResMut<PendingActions>,
) {
    if click.button != PointerButton::Secondary {
        return;
    }
    if let Some(at) = click.hit.position {
        pending.push(
            clock.tick + 1,
            TraineeAction::WalkTo {
                to: Spot::Point { x: at.x, y: at.z },
            },
        );
    }
}

/// The selected line's test points on the model: the control panel (blue) and the
/// e-stop chain's devices (yellow, with one tick per device number).
fn draw_test_points(
    selection: Res<Selection>,
    params: Res<ConveyorParams>,
    roster: Res<ConveyorRoster>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    lines: Query<&ConveyorLine>,
    mut gizmos: Gizmos,
) {
    let Some(entity) = selection.0 else { return };
    let line_id = zones
        .get(entity)
        .map(|z| z.line)
        .or_else(|_| belts.get(entity).map(|b| b.line));
    let Ok(line_id) = line_id else { return };
    let Some(line) = roster
        .lines
        .get(line_id as usize)
        .and_then(|&e| lines.get(e).ok())
    else {
        return;
    };
    let belt = belts.get(line.belt).ok();
    let spec = &params.spec;
    if let Some(panel) = line_spot(line, belt, spec, Spot::LinePanel(line_id)) {
        gizmos.sphere(
            Isometry3d::from_translation(floor_point(panel, 1.0)),
            0.18,
            Color::srgb(0.3, 0.6, 1.0),
        );
    }
    for device in 0..line.estop_devices.len() as u32 {
        let spot = Spot::EstopDevice {
            line: line_id,
            device,
        };
        let Some(at) = line_spot(line, belt, spec, spot) else {
            continue;
        };
        let top = floor_point(at, 1.1);
        let yellow = Color::srgb(1.0, 0.85, 0.1);
        gizmos.sphere(Isometry3d::from_translation(top), 0.12, yellow);
        for tick in 0..=device {
            let x = tick as f32 * 0.08 - device as f32 * 0.04;
            gizmos.line(
                top + Vec3::new(x, 0.2, 0.0),
                top + Vec3::new(x, 0.4, 0.0),
                yellow,
            );
        }
    }
}
