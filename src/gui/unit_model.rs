//! A drive unit as the catalogue names its parts: drive wheels with tyres and motors,
//! casters, the lift screw and nut under the lift plate, the battery pack with its
//! cooling fan, the fiducial camera underneath, the bumper, the antenna and a status
//! light. Each part is a child entity marked with [`UnitPart`], so evidence, test
//! points and the thermal view can find it. In the close-up the selected unit's shell
//! is cut away to show what is inside.

use bevy::prelude::*;

use super::camera_aim::CameraAim;
use super::selection::Selection;
use crate::fleet::{DriveHealth, DriveUnit, Lift, PersonInField, Pose, UnitPower};
use crate::floor::Pod;
use crate::scenario::Wheel;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, make_unit_looks).add_systems(
        Update,
        (
            dress_units,
            raise_lift_plates,
            spin_fans,
            light_status,
            cut_away_selected,
        ),
    );
}

/// A part of a drive unit's model.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitPart {
    Shell,
    LiftPlate,
    Tyre(Wheel),
    Axle(Wheel),
    Motor(Wheel),
    Caster,
    LiftScrew,
    LiftNut,
    Pack,
    Fan,
    Camera,
    Lens,
    Bumper,
    Antenna,
    StatusLight,
}

/// Where each part sits in the unit's frame (x forward, y up, z to the left), metres.
pub fn part_position(part: UnitPart) -> Vec3 {
    let side = |w: Wheel| if w == Wheel::Left { 1.0 } else { -1.0 };
    match part {
        UnitPart::Shell => Vec3::new(0.0, 0.165, 0.0),
        UnitPart::LiftPlate => Vec3::new(0.0, 0.255, 0.0),
        UnitPart::Tyre(w) => Vec3::new(0.0, 0.075, 0.29 * side(w)),
        UnitPart::Axle(w) => Vec3::new(0.0, 0.075, 0.235 * side(w)),
        UnitPart::Motor(w) => Vec3::new(0.0, 0.075, 0.15 * side(w)),
        UnitPart::Caster => Vec3::new(0.28, 0.03, 0.0),
        UnitPart::LiftScrew => Vec3::new(0.0, 0.17, 0.0),
        UnitPart::LiftNut => Vec3::new(0.0, 0.2, 0.0),
        UnitPart::Pack => Vec3::new(-0.19, 0.15, 0.0),
        UnitPart::Fan => Vec3::new(-0.365, 0.16, -0.12),
        UnitPart::Camera => Vec3::new(0.12, 0.045, 0.0),
        UnitPart::Lens => Vec3::new(0.12, 0.03, 0.0),
        UnitPart::Bumper => Vec3::new(0.375, 0.11, 0.0),
        UnitPart::Antenna => Vec3::new(-0.28, 0.33, 0.22),
        UnitPart::StatusLight => Vec3::new(-0.3, 0.255, -0.22),
    }
}

/// Meshes and materials shared by every unit, so identical parts batch together.
#[derive(Resource)]
pub(super) struct UnitLooks {
    shell: Handle<Mesh>,
    plate: Handle<Mesh>,
    tyre: Handle<Mesh>,
    axle: Handle<Mesh>,
    motor: Handle<Mesh>,
    caster: Handle<Mesh>,
    screw: Handle<Mesh>,
    nut: Handle<Mesh>,
    pack: Handle<Mesh>,
    fan: Handle<Mesh>,
    camera: Handle<Mesh>,
    lens: Handle<Mesh>,
    bumper: Handle<Mesh>,
    antenna: Handle<Mesh>,
    light: Handle<Mesh>,
    orange: Handle<StandardMaterial>,
    dark: Handle<StandardMaterial>,
    rubber: Handle<StandardMaterial>,
    steel: Handle<StandardMaterial>,
    bronze: Handle<StandardMaterial>,
    pack_blue: Handle<StandardMaterial>,
    glass: Handle<StandardMaterial>,
    /// Status light: working, held (braking, obstacle, link), stopped on a fault, off.
    pub light_ok: Handle<StandardMaterial>,
    pub light_held: Handle<StandardMaterial>,
    pub light_fault: Handle<StandardMaterial>,
    pub light_off: Handle<StandardMaterial>,
}

fn make_unit_looks(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let glow = |materials: &mut Assets<StandardMaterial>, r: f32, g: f32, b: f32| {
        materials.add(StandardMaterial {
            base_color: Color::srgb(r, g, b),
            emissive: LinearRgba::rgb(r * 4.0, g * 4.0, b * 4.0),
            ..default()
        })
    };
    // A wheel's cylinder lies along the unit's z axis.
    let looks = UnitLooks {
        shell: meshes.add(Cuboid::new(0.74, 0.15, 0.5)),
        plate: meshes.add(Cylinder::new(0.28, 0.03)),
        tyre: meshes.add(Cylinder::new(0.075, 0.05)),
        axle: meshes.add(Cylinder::new(0.012, 0.07)),
        motor: meshes.add(Cylinder::new(0.045, 0.11)),
        caster: meshes.add(Sphere::new(0.03)),
        screw: meshes.add(Cylinder::new(0.025, 0.12)),
        nut: meshes.add(Cylinder::new(0.06, 0.035)),
        pack: meshes.add(Cuboid::new(0.28, 0.1, 0.4)),
        fan: meshes.add(Cuboid::new(0.012, 0.075, 0.012)),
        camera: meshes.add(Cylinder::new(0.03, 0.03)),
        lens: meshes.add(Cylinder::new(0.018, 0.004)),
        bumper: meshes.add(Cuboid::new(0.03, 0.06, 0.56)),
        antenna: meshes.add(Cylinder::new(0.006, 0.16)),
        light: meshes.add(Sphere::new(0.03)),
        orange: materials.add(Color::srgb(0.95, 0.45, 0.08)),
        dark: materials.add(Color::srgb(0.12, 0.12, 0.14)),
        rubber: materials.add(StandardMaterial {
            base_color: Color::srgb(0.05, 0.05, 0.05),
            perceptual_roughness: 0.95,
            ..default()
        }),
        steel: materials.add(Color::srgb(0.62, 0.63, 0.66)),
        bronze: materials.add(Color::srgb(0.72, 0.52, 0.25)),
        pack_blue: materials.add(Color::srgb(0.16, 0.28, 0.55)),
        glass: materials.add(StandardMaterial {
            base_color: Color::srgb(0.25, 0.45, 0.7),
            perceptual_roughness: 0.05,
            reflectance: 0.8,
            ..default()
        }),
        light_ok: glow(&mut materials, 0.1, 0.8, 0.2),
        light_held: glow(&mut materials, 0.95, 0.65, 0.05),
        light_fault: glow(&mut materials, 0.95, 0.1, 0.05),
        light_off: materials.add(Color::srgb(0.15, 0.15, 0.15)),
    };
    commands.insert_resource(looks);
}

fn dress_units(
    mut commands: Commands,
    looks: Res<UnitLooks>,
    units: Query<Entity, Added<DriveUnit>>,
) {
    let across = Quat::from_rotation_x(std::f32::consts::FRAC_PI_2);
    let fan_axis = Quat::from_rotation_z(std::f32::consts::FRAC_PI_2);
    for unit in &units {
        let mut parts: Vec<(UnitPart, Handle<Mesh>, Handle<StandardMaterial>, Quat)> = vec![
            (
                UnitPart::Shell,
                looks.shell.clone(),
                looks.orange.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::LiftPlate,
                looks.plate.clone(),
                looks.dark.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::Caster,
                looks.caster.clone(),
                looks.steel.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::LiftScrew,
                looks.screw.clone(),
                looks.steel.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::LiftNut,
                looks.nut.clone(),
                looks.bronze.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::Pack,
                looks.pack.clone(),
                looks.pack_blue.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::Fan,
                looks.fan.clone(),
                looks.dark.clone(),
                fan_axis,
            ),
            (
                UnitPart::Camera,
                looks.camera.clone(),
                looks.dark.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::Lens,
                looks.lens.clone(),
                looks.glass.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::Bumper,
                looks.bumper.clone(),
                looks.dark.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::Antenna,
                looks.antenna.clone(),
                looks.dark.clone(),
                Quat::IDENTITY,
            ),
            (
                UnitPart::StatusLight,
                looks.light.clone(),
                looks.light_ok.clone(),
                Quat::IDENTITY,
            ),
        ];
        for wheel in [Wheel::Left, Wheel::Right] {
            parts.extend([
                (
                    UnitPart::Tyre(wheel),
                    looks.tyre.clone(),
                    looks.rubber.clone(),
                    across,
                ),
                (
                    UnitPart::Axle(wheel),
                    looks.axle.clone(),
                    looks.steel.clone(),
                    across,
                ),
                (
                    UnitPart::Motor(wheel),
                    looks.motor.clone(),
                    looks.dark.clone(),
                    across,
                ),
            ]);
        }
        commands
            .entity(unit)
            .insert(Visibility::default())
            .with_children(|parent| {
                for (part, mesh, material, rotation) in parts {
                    parent.spawn((
                        part,
                        Visibility::Inherited,
                        Mesh3d(mesh),
                        MeshMaterial3d(material),
                        Transform::from_translation(part_position(part)).with_rotation(rotation),
                    ));
                }
            });
    }
}

fn raise_lift_plates(
    units: Query<(&Lift, &Children), Changed<Lift>>,
    mut parts: Query<(&UnitPart, &mut Transform)>,
) {
    for (lift, children) in &units {
        for child in children.iter() {
            if let Ok((UnitPart::LiftPlate, mut transform)) = parts.get_mut(child) {
                transform.translation.y = part_position(UnitPart::LiftPlate).y + lift.height_m;
            }
        }
    }
}

/// A working unit's pack fan turns; a stopped one shows only once found (see evidence).
fn spin_fans(
    time: Res<Time>,
    units: Query<(&UnitPower, &Children)>,
    mut parts: Query<(&UnitPart, &mut Transform)>,
) {
    let turn = Quat::from_rotation_x(time.delta_secs() * 25.0);
    for (power, children) in &units {
        if !power.powered {
            continue;
        }
        for child in children.iter() {
            if let Ok((UnitPart::Fan, mut transform)) = parts.get_mut(child) {
                transform.rotation = turn * transform.rotation;
            }
        }
    }
}

/// The status light: green working, amber held (braking for a person, an obstacle,
/// a link drop), red stopped on a fault or e-stop, dark when powered down.
fn light_status(
    thermal: Res<super::thermal_view::ThermalView>,
    looks: Res<UnitLooks>,
    person: Res<PersonInField>,
    units: Query<(&Pose, &DriveHealth, &UnitPower, &Children), With<DriveUnit>>,
    mut lights: Query<(&UnitPart, &mut MeshMaterial3d<StandardMaterial>)>,
) {
    if thermal.on {
        return;
    }
    for (pose, health, power, children) in &units {
        let wanted = if !power.powered || !power.battery_connected {
            &looks.light_off
        } else if health.stalled || health.remote_estop || health.overcurrent || health.hall_error {
            &looks.light_fault
        } else if health.must_stop() || braking_for_person(&person, pose) {
            &looks.light_held
        } else {
            &looks.light_ok
        };
        for child in children.iter() {
            if let Ok((UnitPart::StatusLight, mut material)) = lights.get_mut(child)
                && material.0 != *wanted
            {
                material.0 = wanted.clone();
            }
        }
    }
}

/// Whether the person in the field limits this unit's speed now (it slows or stops).
pub(super) fn braking_for_person(person: &PersonInField, pose: &Pose) -> bool {
    person
        .speed_limit(pose.position, pose.heading, 1.0)
        .is_some_and(|limit| limit < 0.5)
}

/// In the close-up, the selected unit's shell and lift plate are hidden to show the
/// parts inside, and
/// so are the pods over and round it.
fn cut_away_selected(
    aim: Res<CameraAim>,
    selection: Res<Selection>,
    units: Query<(Entity, &Pose, &Children), With<DriveUnit>>,
    mut shells: Query<(&UnitPart, &mut Visibility), Without<Pod>>,
    mut pods: Query<(&Transform, &mut Visibility), With<Pod>>,
) {
    if !aim.is_changed() && !selection.is_changed() {
        return;
    }
    let open_unit = selection.0.filter(|_| aim.close_up);
    let shown = |hide: bool| {
        if hide {
            Visibility::Hidden
        } else {
            Visibility::Inherited
        }
    };
    let mut over = None;
    for (unit, pose, children) in &units {
        let open = open_unit == Some(unit);
        if open {
            over = Some(pose.position);
        }
        for child in children.iter() {
            if let Ok((UnitPart::Shell | UnitPart::LiftPlate, mut visibility)) =
                shells.get_mut(child)
            {
                visibility.set_if_neq(shown(open));
            }
        }
    }
    for (transform, mut visibility) in &mut pods {
        let at = Vec2::new(transform.translation.x, transform.translation.z);
        // Pods round the unit too: in a storage field they wall it in.
        let hide = over.is_some_and(|p| p.distance(at) < 2.6);
        visibility.set_if_neq(shown(hide));
    }
}
