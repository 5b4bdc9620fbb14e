//! The parts of a conveyor line a technician works on, beside its rollers and belt:
//! the control panel at the induct (main disconnect and the belt's VFD with its
//! keypad, and the e-stop chain's device 0, its button), the pull-cord switches
//! along the line, and each zone's MDR card with its status LED.

use bevy::prelude::*;

use crate::conveyor::{ConveyorLine, ConveyorParams, MdrZone};
use crate::floor::{floor_point, heading_rotation};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (dress_lines, dress_zone_cards));
}

/// A line's control panel: the cabinet that holds the disconnect and the VFD.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinePanel(pub u16);

/// One e-stop device of a line's chain, by number (0: the panel button).
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct EstopPost {
    pub line: u16,
    pub device: u32,
}

/// The VFD keypad's display on a line's panel (its text is drawn by the keypad label).
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct VfdKeypad(pub u16);

/// How far out from the line's centre its panel and e-stop posts stand, metres.
pub(super) fn beside(params: &ConveyorParams) -> f32 {
    params.spec.width_m * 0.5 + 1.1
}

/// Where a line's panel cabinet stands, on the floor plane: just down the line from
/// the induct, clear of the field's fence, beside where the technician stands for it.
pub(super) fn panel_position(line: &ConveyorLine, params: &ConveyorParams) -> Vec2 {
    line.point_at(0.7) - line.direction.perp() * beside(params)
}

/// Where e-stop device `device` stands along the line.
pub(super) fn estop_position(line: &ConveyorLine, params: &ConveyorParams, device: u32) -> Vec2 {
    let count = line.estop_devices.len().max(2) as f32;
    let along = line.length_m * device as f32 / (count - 1.0);
    line.point_at(along) - line.direction.perp() * (beside(params) - 0.4)
}

fn dress_lines(
    mut commands: Commands,
    params: Res<ConveyorParams>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    lines: Query<&ConveyorLine, Added<ConveyorLine>>,
) {
    if lines.is_empty() {
        return;
    }
    let cabinet = meshes.add(Cuboid::new(0.3, 1.2, 0.8));
    let handle = meshes.add(Cuboid::new(0.06, 0.2, 0.05));
    let keypad = meshes.add(Cuboid::new(0.02, 0.14, 0.12));
    let post = meshes.add(Cuboid::new(0.06, 1.1, 0.06));
    let switch_box = meshes.add(Cuboid::new(0.14, 0.16, 0.12));
    let mushroom = meshes.add(Cylinder::new(0.045, 0.04));
    let grey = materials.add(Color::srgb(0.55, 0.57, 0.6));
    let red = materials.add(Color::srgb(0.85, 0.08, 0.05));
    let yellow = materials.add(Color::srgb(0.95, 0.78, 0.1));
    let black = materials.add(Color::srgb(0.08, 0.08, 0.09));
    let screen = materials.add(StandardMaterial {
        base_color: Color::srgb(0.1, 0.3, 0.15),
        emissive: LinearRgba::rgb(0.1, 0.5, 0.2),
        ..default()
    });
    for line in &lines {
        let facing = heading_rotation(line.direction.to_angle());
        commands
            .spawn((
                Name::new(format!("Line {} panel", line.id)),
                LinePanel(line.id),
                Mesh3d(cabinet.clone()),
                MeshMaterial3d(grey.clone()),
                Transform::from_translation(floor_point(panel_position(line, &params), 0.6))
                    .with_rotation(facing),
            ))
            .with_children(|panel| {
                // The disconnect's handle and the VFD keypad face the technician.
                panel.spawn((
                    Mesh3d(handle.clone()),
                    MeshMaterial3d(black.clone()),
                    Transform::from_xyz(0.0, 0.1, 0.42),
                ));
                // Device 0 of the e-stop chain is the panel's own button.
                panel.spawn((
                    EstopPost {
                        line: line.id,
                        device: 0,
                    },
                    Mesh3d(mushroom.clone()),
                    MeshMaterial3d(red.clone()),
                    Transform::from_xyz(0.0, 0.5, 0.42)
                        .with_rotation(Quat::from_rotation_x(std::f32::consts::FRAC_PI_2)),
                ));
                panel.spawn((
                    VfdKeypad(line.id),
                    Mesh3d(keypad.clone()),
                    MeshMaterial3d(screen.clone()),
                    Transform::from_xyz(0.0, 0.35, 0.42),
                ));
            });
        for device in 1..line.estop_devices.len() as u32 {
            let at = estop_position(line, &params, device);
            commands
                .spawn((
                    Name::new(format!("Line {} e-stop {device}", line.id)),
                    EstopPost {
                        line: line.id,
                        device,
                    },
                    Mesh3d(post.clone()),
                    MeshMaterial3d(yellow.clone()),
                    Transform::from_translation(floor_point(at, 0.55)).with_rotation(facing),
                ))
                .with_children(|p| {
                    p.spawn((
                        Mesh3d(switch_box.clone()),
                        MeshMaterial3d(yellow.clone()),
                        Transform::from_xyz(0.0, 0.55, 0.0),
                    ));
                    p.spawn((
                        Mesh3d(mushroom.clone()),
                        MeshMaterial3d(red.clone()),
                        Transform::from_xyz(0.0, 0.65, 0.0),
                    ));
                });
        }
    }
}

/// Marks a zone card's status LED (green while the card is powered and healthy).
#[derive(Component, Debug, Clone, Copy)]
pub struct CardLed;

fn dress_zone_cards(
    mut commands: Commands,
    params: Res<ConveyorParams>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    zones: Query<Entity, Added<MdrZone>>,
) {
    if zones.is_empty() {
        return;
    }
    let width = params.spec.width_m;
    let card = meshes.add(Cuboid::new(0.12, 0.1, 0.03));
    let led = meshes.add(Sphere::new(0.015));
    let board = materials.add(Color::srgb(0.1, 0.35, 0.2));
    let green = materials.add(StandardMaterial {
        base_color: Color::srgb(0.1, 0.9, 0.2),
        emissive: LinearRgba::rgb(0.3, 3.0, 0.6),
        ..default()
    });
    for zone in &zones {
        commands.entity(zone).with_children(|z| {
            z.spawn((
                Mesh3d(card.clone()),
                MeshMaterial3d(board.clone()),
                Transform::from_xyz(0.0, -0.12, -(width * 0.5 + 0.05)),
            ));
            z.spawn((
                CardLed,
                Mesh3d(led.clone()),
                MeshMaterial3d(green.clone()),
                Transform::from_xyz(0.0, -0.12, -(width * 0.5 + 0.075)),
            ));
        });
    }
}
