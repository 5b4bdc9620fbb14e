//! The static scene: floor tiles and fiducials, stations, fence, lights
//! and the orbit camera.

use bevy::camera::CameraOutputMode;
use bevy::camera::visibility::RenderLayers;
use bevy::light::GlobalAmbientLight;
use bevy::prelude::*;
use bevy::render::render_resource::BlendState;
use bevy::render::renderer::RenderAdapterInfo;
use bevy_egui::{EguiGlobalSettings, PrimaryEguiContext};
use bevy_panorbit_camera::PanOrbitCamera;

use crate::floor::floor_point;
use crate::floor::{CellKind, FloorGrid};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(ClearColor(Color::srgb(0.16, 0.17, 0.19)))
        .insert_resource(GlobalAmbientLight {
            color: Color::WHITE,
            brightness: 600.0,
            ..default()
        })
        .add_systems(
            Startup,
            (spawn_camera_and_lights, spawn_fence, spawn_stations),
        );
}

fn spawn_camera_and_lights(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    egui_settings: Option<ResMut<EguiGlobalSettings>>,
    adapter: Option<Res<RenderAdapterInfo>>,
) {
    let (min, max) = grid.fence_rect();
    let centre = (min + max) * 0.5;
    let size = (max - min).length();
    let (focus, radius) = super::camera_aim::overview(&grid);
    commands.spawn((
        Name::new("Floor camera"),
        Transform::from_translation(floor_point(centre, size)),
        PanOrbitCamera {
            focus,
            radius: Some(radius),
            pitch: Some(0.85),
            yaw: Some(std::f32::consts::PI - 0.3),
            ..default()
        },
        super::renderer::floor_multisampling(adapter.as_deref()),
    ));
    // The 3D view renders into the space between the panels (see `dock`); egui draws
    // on its own camera over the whole window. A plain scene (`bench --render`) has no
    // panels.
    if let Some(mut egui_settings) = egui_settings {
        egui_settings.auto_create_primary_context = false;
        commands.spawn((
            Name::new("Panel camera"),
            PrimaryEguiContext,
            Camera2d,
            RenderLayers::none(),
            // egui draws without multisampling: a 4x target here would only be resolved.
            Msaa::Off,
            Camera {
                order: 1,
                output_mode: CameraOutputMode::Write {
                    blend_state: Some(BlendState::ALPHA_BLENDING),
                    clear_color: ClearColorConfig::None,
                },
                clear_color: ClearColorConfig::Custom(Color::NONE),
                ..default()
            },
        ));
    }
    commands.spawn((
        Name::new("Sun"),
        DirectionalLight {
            illuminance: 9000.0,
            shadow_maps_enabled: true,
            ..default()
        },
        Transform::from_xyz(centre.x - 10.0, 30.0, centre.y - 20.0)
            .looking_at(floor_point(centre, 0.0), Vec3::Y),
    ));
}

/// The floor's tiles and fiducials (in the window and in headless tests of what shows).
pub(super) fn tiles_plugin(app: &mut App) {
    app.add_systems(Startup, spawn_floor);
}

/// A floor cell's tile: clicking it selects the cell (its fiducial sticker).
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloorTile(pub crate::floor::Cell);

/// Floor tiles coloured by use, with a dark fiducial square at each cell centre.
fn spawn_floor(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let (min, max) = grid.fence_rect();
    let centre = (min + max) * 0.5;
    let slab = meshes.add(Cuboid::new(
        max.x - min.x + 14.0,
        0.02,
        max.y - min.y + 16.0,
    ));
    commands.spawn((
        Name::new("Concrete"),
        Mesh3d(slab),
        MeshMaterial3d(materials.add(Color::srgb(0.42, 0.42, 0.44))),
        Transform::from_translation(floor_point(centre - Vec2::new(0.0, 3.0), -0.011)),
    ));
    let tile = meshes.add(Cuboid::new(
        grid.cell_size * 0.97,
        0.004,
        grid.cell_size * 0.97,
    ));
    let marker = meshes.add(Cuboid::new(0.14, 0.003, 0.14));
    let aisle = materials.add(Color::srgb(0.78, 0.78, 0.76));
    let storage = materials.add(Color::srgb(0.60, 0.66, 0.74));
    let station = materials.add(Color::srgb(0.93, 0.72, 0.20));
    let charger = materials.add(Color::srgb(0.35, 0.75, 0.45));
    let ink = materials.add(Color::srgb(0.05, 0.05, 0.06));
    for y in 0..grid.height {
        for x in 0..grid.width {
            let cell = crate::floor::Cell::new(x, y);
            let material = match grid.kind(cell) {
                CellKind::Blocked => continue,
                CellKind::Aisle => aisle.clone(),
                CellKind::Storage => storage.clone(),
                CellKind::StationLane { .. } | CellKind::StationPick { .. } => station.clone(),
                CellKind::Charger { .. } => charger.clone(),
            };
            let at = grid.center(cell);
            commands.spawn((
                FloorTile(cell),
                Mesh3d(tile.clone()),
                MeshMaterial3d(material),
                Transform::from_translation(floor_point(at, 0.0)),
            ));
            commands.spawn((
                Mesh3d(marker.clone()),
                MeshMaterial3d(ink.clone()),
                Transform::from_translation(floor_point(at, 0.004)),
            ));
        }
    }
}

/// A waist-high safety fence round the field, with a gate on the west side.
fn spawn_fence(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let (min, max) = grid.fence_rect();
    let (min, max) = (min - Vec2::splat(0.3), max + Vec2::splat(0.3));
    let yellow = materials.add(Color::srgb(0.95, 0.78, 0.10));
    let post = meshes.add(Cuboid::new(0.06, 1.4, 0.06));
    let gate_y = crate::trainee::FloorPlaces::of(&grid).gate_in.y;
    let sides = [
        (Vec2::new(min.x, min.y), Vec2::new(max.x, min.y)),
        (Vec2::new(max.x, min.y), Vec2::new(max.x, max.y)),
        (Vec2::new(max.x, max.y), Vec2::new(min.x, max.y)),
        (Vec2::new(min.x, max.y), Vec2::new(min.x, min.y)),
    ];
    for (a, b) in sides {
        let length = a.distance(b);
        let dir = (b - a) / length;
        let posts = (length / 2.0).ceil() as i32;
        for i in 0..=posts {
            let at = a + dir * (length * i as f32 / posts as f32);
            commands.spawn((
                Mesh3d(post.clone()),
                MeshMaterial3d(yellow.clone()),
                Transform::from_translation(floor_point(at, 0.7)),
            ));
        }
        for height in [0.6, 1.35] {
            // The west side leaves a 1.2 m gate opening.
            let segments: Vec<(Vec2, Vec2)> = if a.x == min.x && b.x == min.x {
                vec![
                    (a, Vec2::new(min.x, gate_y + 0.6)),
                    (Vec2::new(min.x, gate_y - 0.6), b),
                ]
            } else {
                vec![(a, b)]
            };
            for (s, e) in segments {
                let len = s.distance(e);
                if len < 0.01 {
                    continue;
                }
                let mid = (s + e) * 0.5;
                let rail = meshes.add(Cuboid::new(len, 0.05, 0.03));
                commands.spawn((
                    Mesh3d(rail),
                    MeshMaterial3d(yellow.clone()),
                    Transform::from_translation(floor_point(mid, height))
                        .with_rotation(crate::floor::heading_rotation((e - s).to_angle())),
                ));
            }
        }
    }
}

fn spawn_stations(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let desk = meshes.add(Cuboid::new(1.2, 0.9, 0.6));
    let person = meshes.add(Capsule3d::new(0.2, 1.0));
    let grey = materials.add(Color::srgb(0.30, 0.32, 0.36));
    let vest = materials.add(Color::srgb(0.98, 0.55, 0.10));
    for site in &grid.stations {
        let pick = grid.center(site.pick);
        commands.spawn((
            Name::new(format!("Station {} desk", site.id)),
            Mesh3d(desk.clone()),
            MeshMaterial3d(grey.clone()),
            Transform::from_translation(floor_point(pick + Vec2::new(1.3, -1.0), 0.45)),
        ));
        commands.spawn((
            Name::new(format!("Station {} associate", site.id)),
            Mesh3d(person.clone()),
            MeshMaterial3d(vest.clone()),
            Transform::from_translation(floor_point(pick + Vec2::new(1.1, -1.6), 0.7)),
        ));
    }
}
