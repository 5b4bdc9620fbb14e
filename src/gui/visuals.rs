//! Meshes for the moving equipment, attached as children of the simulation's own
//! entities so they follow the simulated transforms, and recoloured by state.

use bevy::prelude::*;

use crate::conveyor::{BeltSection, ConveyorParams, MdrZone, Tote, ZoneState};
use crate::fleet::Charger;
use crate::floor::Pod;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, make_palette).add_systems(
        Update,
        (
            dress_pods,
            dress_chargers,
            dress_totes,
            dress_conveyors,
            dress_jams,
            colour_zones,
        ),
    );
}

/// Shared meshes and materials, so identical parts batch together.
#[derive(Resource)]
pub(super) struct Palette {
    pod_leg: Handle<Mesh>,
    pod_shelf: Handle<Mesh>,
    pod_bin: Handle<Mesh>,
    tote: Handle<Mesh>,
    dark: Handle<StandardMaterial>,
    pod_fabric: Handle<StandardMaterial>,
    steel: Handle<StandardMaterial>,
    blue: Handle<StandardMaterial>,
    pub zone_running: Handle<StandardMaterial>,
    pub zone_holding: Handle<StandardMaterial>,
    pub zone_jammed: Handle<StandardMaterial>,
    pub zone_stopped: Handle<StandardMaterial>,
}

/// Marks the roller bed mesh of a zone, recoloured by zone state.
#[derive(Component)]
struct ZoneBed;

fn make_palette(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    params: Res<ConveyorParams>,
) {
    let tote = &params.spec.tote;
    commands.insert_resource(Palette {
        pod_leg: meshes.add(Cuboid::new(0.04, 1.9, 0.04)),
        pod_shelf: meshes.add(Cuboid::new(0.9, 0.025, 0.9)),
        pod_bin: meshes.add(Cuboid::new(0.8, 0.3, 0.8)),
        tote: meshes.add(Cuboid::new(tote.length_m, tote.height_m, tote.width_m)),
        dark: materials.add(Color::srgb(0.12, 0.12, 0.14)),
        pod_fabric: materials.add(Color::srgb(0.20, 0.38, 0.62)),
        steel: materials.add(Color::srgb(0.55, 0.56, 0.58)),
        blue: materials.add(Color::srgb(0.10, 0.55, 0.85)),
        zone_running: materials.add(Color::srgb(0.30, 0.33, 0.36)),
        zone_holding: materials.add(Color::srgb(0.85, 0.65, 0.15)),
        zone_jammed: materials.add(Color::srgb(0.85, 0.15, 0.12)),
        zone_stopped: materials.add(Color::srgb(0.45, 0.20, 0.45)),
    });
}

fn dress_pods(mut commands: Commands, palette: Res<Palette>, pods: Query<Entity, Added<Pod>>) {
    for pod in &pods {
        commands
            .entity(pod)
            .insert(Visibility::default())
            .with_children(|parent| {
                // An open shelf frame, so the unit underneath stays visible.
                for (x, z) in [(-0.42, -0.42), (0.42, -0.42), (-0.42, 0.42), (0.42, 0.42)] {
                    parent.spawn((
                        Mesh3d(palette.pod_leg.clone()),
                        MeshMaterial3d(palette.steel.clone()),
                        Transform::from_xyz(x, 0.95, z),
                    ));
                }
                for height in [0.38, 0.95, 1.5] {
                    parent.spawn((
                        Mesh3d(palette.pod_shelf.clone()),
                        MeshMaterial3d(palette.steel.clone()),
                        Transform::from_xyz(0.0, height, 0.0),
                    ));
                }
                for height in [0.55, 1.1] {
                    parent.spawn((
                        Mesh3d(palette.pod_bin.clone()),
                        MeshMaterial3d(palette.pod_fabric.clone()),
                        Transform::from_xyz(0.0, height + 0.12, 0.0),
                    ));
                }
            });
    }
}

fn dress_totes(mut commands: Commands, palette: Res<Palette>, totes: Query<Entity, Added<Tote>>) {
    for tote in &totes {
        commands.entity(tote).insert((
            Visibility::default(),
            Mesh3d(palette.tote.clone()),
            MeshMaterial3d(palette.blue.clone()),
        ));
    }
}

fn dress_conveyors(
    mut commands: Commands,
    palette: Res<Palette>,
    params: Res<ConveyorParams>,
    mut meshes: ResMut<Assets<Mesh>>,
    zones: Query<(Entity, &MdrZone), Added<MdrZone>>,
    belts: Query<(Entity, &BeltSection), Added<BeltSection>>,
) {
    // Nothing new to dress (nearly every frame): make no meshes, which would be uploaded
    // and dropped again every frame.
    if zones.is_empty() && belts.is_empty() {
        return;
    }
    let spec = &params.spec;
    let leg = meshes.add(Cuboid::new(0.05, spec.bed_height_m, 0.05));
    let eye = meshes.add(Cuboid::new(0.05, 0.08, 0.05));
    // Rollers across the bed every 10 cm; the bed's colour (the zone's state) shows
    // between them.
    let roller = meshes.add(Cylinder::new(0.022, spec.width_m * 0.92));
    let across = Quat::from_rotation_x(std::f32::consts::FRAC_PI_2);
    for (entity, zone) in &zones {
        let bed = meshes.add(Cuboid::new(zone.length_m - 0.03, 0.06, spec.width_m));
        let rollers = (zone.length_m / 0.1).floor().max(1.0) as i32;
        let eye_offset = zone.photo_eye.at_m - zone.start_m - zone.length_m * 0.5;
        commands
            .entity(entity)
            .insert(Visibility::default())
            .with_children(|parent| {
                parent.spawn((
                    ZoneBed,
                    super::thermal_view::HeatSource::Roller,
                    Mesh3d(bed),
                    MeshMaterial3d(palette.zone_running.clone()),
                    Transform::from_xyz(0.0, -0.03, 0.0),
                ));
                for i in 0..rollers {
                    let x = (i as f32 + 0.5) * zone.length_m / rollers as f32 - zone.length_m * 0.5;
                    parent.spawn((
                        Mesh3d(roller.clone()),
                        MeshMaterial3d(palette.steel.clone()),
                        Transform::from_xyz(x, 0.005, 0.0).with_rotation(across),
                    ));
                }
                for side in [-1.0, 1.0] {
                    parent.spawn((
                        Mesh3d(leg.clone()),
                        MeshMaterial3d(palette.steel.clone()),
                        Transform::from_xyz(
                            0.0,
                            -spec.bed_height_m * 0.5,
                            side * spec.width_m * 0.45,
                        ),
                    ));
                    parent.spawn((
                        Mesh3d(eye.clone()),
                        MeshMaterial3d(palette.dark.clone()),
                        Transform::from_xyz(eye_offset, 0.1, side * (spec.width_m * 0.5 + 0.05)),
                    ));
                }
            });
    }
    for (entity, belt) in &belts {
        let surface = meshes.add(Cuboid::new(belt.length_m, 0.06, spec.width_m));
        commands
            .entity(entity)
            .insert(Visibility::default())
            .with_children(|parent| {
                parent.spawn((
                    super::thermal_view::HeatSource::BeltMotor,
                    Mesh3d(surface),
                    MeshMaterial3d(palette.dark.clone()),
                    Transform::from_xyz(0.0, -0.03, 0.0),
                ));
                for x in [-belt.length_m * 0.45, 0.0, belt.length_m * 0.45] {
                    parent.spawn((
                        Mesh3d(leg.clone()),
                        MeshMaterial3d(palette.steel.clone()),
                        Transform::from_xyz(x, -spec.bed_height_m * 0.5, 0.0),
                    ));
                }
            });
    }
}

fn colour_zones(
    thermal: Res<super::thermal_view::ThermalView>,
    palette: Res<Palette>,
    zones: Query<(&MdrZone, &Children), Changed<MdrZone>>,
    mut beds: Query<&mut MeshMaterial3d<StandardMaterial>, With<ZoneBed>>,
) {
    if thermal.on {
        return;
    }
    for (zone, children) in &zones {
        let material = match zone.state {
            ZoneState::Running => &palette.zone_running,
            ZoneState::Accumulating => &palette.zone_holding,
            ZoneState::Retrying { .. } | ZoneState::Jammed => &palette.zone_jammed,
            ZoneState::Stopped => &palette.zone_stopped,
        };
        for child in children.iter() {
            if let Ok(mut bed) = beds.get_mut(child)
                && bed.0 != *material
            {
                bed.0 = material.clone();
            }
        }
    }
}

/// The wedged object of a tote-jam fault, so a technician can find it on the line.
fn dress_jams(
    mut commands: Commands,
    params: Res<ConveyorParams>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    jams: Query<Entity, Added<crate::faults::JamObstruction>>,
) {
    for jam in &jams {
        commands.entity(jam).insert((
            Visibility::default(),
            Mesh3d(meshes.add(Cuboid::new(0.12, 0.24, params.spec.width_m * 0.9))),
            MeshMaterial3d(materials.add(Color::srgb(0.55, 0.38, 0.2))),
        ));
    }
}

/// A charger's cabinet (its isolator on the front) and its pads, on the charger's own
/// entity so locks and beacons hang on it and a click selects it.
fn dress_chargers(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
    chargers: Query<Entity, Added<Charger>>,
) {
    if chargers.is_empty() {
        return;
    }
    let cabinet = meshes.add(Cuboid::new(0.7, 0.5, 0.3));
    let pad = meshes.add(Cuboid::new(0.5, 0.01, 0.5));
    let green = materials.add(Color::srgb(0.15, 0.55, 0.30));
    let copper = materials.add(Color::srgb(0.80, 0.50, 0.25));
    for charger in &chargers {
        commands
            .entity(charger)
            .insert(Visibility::default())
            .with_children(|c| {
                c.spawn((
                    Mesh3d(cabinet.clone()),
                    MeshMaterial3d(green.clone()),
                    Transform::from_xyz(0.0, 0.25, 0.55),
                ));
                c.spawn((
                    super::thermal_view::HeatSource::ChargerPads,
                    Mesh3d(pad.clone()),
                    MeshMaterial3d(copper.clone()),
                    Transform::from_xyz(0.0, 0.008, 0.0),
                ));
            });
    }
}
