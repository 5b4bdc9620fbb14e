//! Faults seen on the model. Once a look or test has shown a fault (see
//! [`crate::trainee::revealed_faults`]: done, on that equipment, after the fault
//! started, and a test the action catalogue says tells the cause apart), its sign
//! appears on the part: debris wound on an axle, a scorched motor, a worn or glazed
//! tread, a smeared lens, a loose antenna, a stopped fan, pitted charger pads, a dirty
//! photo-eye, a dark card LED, a frayed belt edge, an open e-stop device, a scuffed
//! fiducial sticker. Healthy parts
//! look healthy, nothing shows before it is found, a repair removes the sign, and a
//! fault no look can see (an encoder, a worn pack) never shows.

use std::collections::BTreeMap;

use bevy::prelude::*;

use super::line_model::estop_position;
use super::unit_model::{UnitPart, part_position};
use crate::conveyor::MdrZone;
use crate::faults::FaultSchedule;
use crate::floor::floor_point;
use crate::scenario::{FaultKind, ResolvedTarget, Wheel};
use crate::trainee::{ActionCatalogue, AttemptLog, revealed_faults};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<EvidenceShown>()
        .add_systems(Startup, make_sign_looks)
        .add_systems(Update, show_evidence);
}

/// A sign of a fault on the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sign {
    AxleDebris(Wheel),
    ScorchedMotor(Wheel),
    WornTread(Wheel),
    GlazedTyres,
    SmearedLens,
    LooseAntenna,
    StoppedFan,
    PittedPads,
    DirtyPhotoEye,
    CardLedOff,
    FrayedBeltEdge,
    OpenEstop(u32),
    ScuffedSticker,
}

impl Sign {
    /// What a fault shows when found, if a look can see it at all.
    pub fn of(kind: &FaultKind) -> Option<Sign> {
        Some(match *kind {
            FaultKind::MotorBind {
                wheel,
                shorted_winding: true,
                ..
            } => Sign::ScorchedMotor(wheel),
            FaultKind::MotorBind { wheel, .. } => Sign::AxleDebris(wheel),
            FaultKind::WornWheel { wheel, .. } => Sign::WornTread(wheel),
            FaultKind::WheelSlip { .. } => Sign::GlazedTyres,
            FaultKind::DirtyCamera { .. } => Sign::SmearedLens,
            FaultKind::WirelessDropout { .. } => Sign::LooseAntenna,
            FaultKind::PackOverTemperature { .. } => Sign::StoppedFan,
            FaultKind::ChargerContact { .. } => Sign::PittedPads,
            FaultKind::DirtyPhotoEye { .. } => Sign::DirtyPhotoEye,
            FaultKind::RollerCardFailure => Sign::CardLedOff,
            FaultKind::BeltMistracking { .. } => Sign::FrayedBeltEdge,
            FaultKind::EstopChainOpen { device } => Sign::OpenEstop(device),
            FaultKind::DamagedFiducial { .. } => Sign::ScuffedSticker,
            _ => return None,
        })
    }

    /// Whether a test (its key in the action catalogue) lets the trainee see the sign:
    /// a look for what the eye sees, the meter across the device for an open contact.
    pub fn seen_by(self, test_key: &str) -> bool {
        match self {
            Sign::OpenEstop(device) => test_key == format!("Measure/EstopDevice/{device}"),
            _ => test_key.starts_with("Inspect"),
        }
    }

    /// The part of a unit the sign stands in for (hidden while the sign shows).
    fn replaces(self) -> Option<UnitPart> {
        match self {
            Sign::LooseAntenna => Some(UnitPart::Antenna),
            Sign::StoppedFan => Some(UnitPart::Fan),
            _ => None,
        }
    }
}

/// Marks a sign's entity, a child of the equipment that shows it.
#[derive(Component, Debug, Clone)]
pub struct Evidence {
    pub fault: String,
    pub sign: Sign,
}

/// The signs on show, by fault id, and the log length they were worked out at.
#[derive(Resource, Debug, Default)]
pub(super) struct EvidenceShown {
    shown: BTreeMap<String, Entity>,
    log_len: usize,
}

#[derive(Resource)]
struct SignLooks {
    debris: (Handle<Mesh>, Handle<StandardMaterial>),
    char_sleeve: (Handle<Mesh>, Handle<StandardMaterial>),
    worn_band: (Handle<Mesh>, Handle<StandardMaterial>),
    glaze: (Handle<Mesh>, Handle<StandardMaterial>),
    smear: (Handle<Mesh>, Handle<StandardMaterial>),
    bent_antenna: (Handle<Mesh>, Handle<StandardMaterial>),
    still_fan: (Handle<Mesh>, Handle<StandardMaterial>),
    pits: (Handle<Mesh>, Handle<StandardMaterial>),
    grime: (Handle<Mesh>, Handle<StandardMaterial>),
    dead_led: (Handle<Mesh>, Handle<StandardMaterial>),
    fray: (Handle<Mesh>, Handle<StandardMaterial>),
    open_contact: (Handle<Mesh>, Handle<StandardMaterial>),
    scuff: (Handle<Mesh>, Handle<StandardMaterial>),
}

fn make_sign_looks(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let mut look = |mesh: Mesh, colour: Color, rough: f32| {
        (
            meshes.add(mesh),
            materials.add(StandardMaterial {
                base_color: colour,
                perceptual_roughness: rough,
                ..default()
            }),
        )
    };
    commands.insert_resource(SignLooks {
        debris: look(
            Torus::new(0.014, 0.05).into(),
            Color::srgb(0.62, 0.5, 0.3),
            1.0,
        ),
        char_sleeve: look(
            Cylinder::new(0.049, 0.1).into(),
            Color::srgb(0.2, 0.1, 0.04),
            1.0,
        ),
        worn_band: look(
            Cylinder::new(0.0765, 0.03).into(),
            Color::srgb(0.55, 0.55, 0.52),
            0.9,
        ),
        glaze: look(
            Cylinder::new(0.0765, 0.052).into(),
            Color::srgb(0.42, 0.46, 0.52),
            0.05,
        ),
        smear: look(
            Cylinder::new(0.021, 0.004).into(),
            Color::srgb(0.45, 0.32, 0.15),
            1.0,
        ),
        bent_antenna: look(
            Cylinder::new(0.006, 0.16).into(),
            Color::srgb(0.12, 0.12, 0.14),
            0.5,
        ),
        still_fan: look(
            Cuboid::new(0.012, 0.075, 0.075).into(),
            Color::srgb(0.45, 0.35, 0.2),
            1.0,
        ),
        pits: look(
            Cuboid::new(0.46, 0.004, 0.46).into(),
            Color::srgb(0.22, 0.13, 0.07),
            1.0,
        ),
        grime: look(
            Cuboid::new(0.06, 0.09, 0.06).into(),
            Color::srgb(0.35, 0.25, 0.12),
            1.0,
        ),
        dead_led: look(Sphere::new(0.02).into(), Color::srgb(0.08, 0.08, 0.08), 0.6),
        fray: look(
            Cuboid::new(1.0, 0.02, 0.05).into(),
            Color::srgb(0.85, 0.8, 0.65),
            1.0,
        ),
        scuff: look(
            Cuboid::new(0.09, 0.003, 0.06).into(),
            Color::srgb(0.7, 0.68, 0.62),
            1.0,
        ),
        open_contact: look(
            Cuboid::new(0.08, 0.3, 0.02).into(),
            Color::srgb(0.95, 0.1, 0.05),
            0.6,
        ),
    });
}

/// What the evidence reads to decide what shows.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct EvidenceSources<'w, 's> {
    log: Option<Res<'w, AttemptLog>>,
    schedule: Res<'w, FaultSchedule>,
    catalogue: Option<Res<'w, ActionCatalogue>>,
    equipment: super::equipment::Equipment<'w, 's>,
    zones: Query<'w, 's, &'static MdrZone>,
}

fn show_evidence(
    mut commands: Commands,
    mut shown: ResMut<EvidenceShown>,
    looks: Res<SignLooks>,
    sources: EvidenceSources,
    mut parts: Query<(&UnitPart, &ChildOf, &mut Visibility)>,
) {
    let Some(log) = sources.log.as_deref() else {
        return;
    };
    let log_len = log.entries.len();
    if !sources.schedule.is_changed() && log_len == shown.log_len {
        return;
    }
    shown.log_len = log_len;
    let Some(catalogue) = sources.catalogue.as_deref() else {
        return;
    };
    let revealed = revealed_faults(log, &sources.schedule, catalogue);
    for fault in &sources.schedule.faults {
        let id = &fault.spec.id;
        let sign = Sign::of(&fault.spec.kind);
        let wanted = sign.filter(|sign| {
            !fault.repaired
                && revealed
                    .get(id)
                    .is_some_and(|keys| keys.iter().any(|k| sign.seen_by(k)))
        });
        let holder = sources.equipment.entity(fault.spec.target);
        match (wanted, shown.shown.get(id).copied(), holder) {
            (Some(sign), None, Some(holder)) => {
                let zone = sources.zones.get(holder).ok();
                let (mesh, material, transform) =
                    sign_model(&looks, sign, fault.spec.target, zone, &sources);
                let mut mark = commands.spawn((
                    Evidence {
                        fault: id.clone(),
                        sign,
                    },
                    Mesh3d(mesh.clone()),
                    MeshMaterial3d(material.clone()),
                    transform,
                    Visibility::Inherited,
                ));
                match sign {
                    // The device stands beside the line, not on the belt.
                    Sign::OpenEstop(_) => {}
                    // Both tyres glaze; the right one sits 0.58 m across (the band's
                    // frame is turned a quarter round x).
                    Sign::GlazedTyres => {
                        mark.insert(ChildOf(holder)).with_child((
                            Mesh3d(mesh),
                            MeshMaterial3d(material),
                            Transform::from_xyz(0.0, -0.58, 0.0),
                        ));
                    }
                    _ => {
                        mark.insert(ChildOf(holder));
                    }
                }
                let mark = mark.id();
                shown.shown.insert(id.clone(), mark);
                hide_replaced(&mut parts, holder, sign, true);
            }
            (None, Some(mark), _) => {
                commands.entity(mark).despawn();
                shown.shown.remove(id);
                if let (Some(sign), Some(holder)) = (sign, holder) {
                    hide_replaced(&mut parts, holder, sign, false);
                }
            }
            _ => {}
        }
    }
}

fn hide_replaced(
    parts: &mut Query<(&UnitPart, &ChildOf, &mut Visibility)>,
    holder: Entity,
    sign: Sign,
    hide: bool,
) {
    let Some(replaced) = sign.replaces() else {
        return;
    };
    for (part, parent, mut visibility) in parts.iter_mut() {
        if *part == replaced && parent.parent() == holder {
            visibility.set_if_neq(if hide {
                Visibility::Hidden
            } else {
                Visibility::Inherited
            });
        }
    }
}

/// The sign's mesh, material and place in its holder's frame.
fn sign_model(
    looks: &SignLooks,
    sign: Sign,
    target: ResolvedTarget,
    zone: Option<&MdrZone>,
    sources: &EvidenceSources,
) -> (Handle<Mesh>, Handle<StandardMaterial>, Transform) {
    let across = Quat::from_rotation_x(std::f32::consts::FRAC_PI_2);
    let at = |part| Transform::from_translation(part_position(part));
    let width = sources.equipment.params.spec.width_m;
    let line = match target {
        ResolvedTarget::Line(line) | ResolvedTarget::Zone { line, .. } => line,
        _ => 0,
    };
    let (look, transform) = match sign {
        Sign::AxleDebris(w) => (&looks.debris, at(UnitPart::Axle(w)).with_rotation(across)),
        Sign::ScorchedMotor(w) => (
            &looks.char_sleeve,
            at(UnitPart::Motor(w)).with_rotation(across),
        ),
        Sign::WornTread(w) => (
            &looks.worn_band,
            at(UnitPart::Tyre(w)).with_rotation(across),
        ),
        Sign::GlazedTyres => (
            &looks.glaze,
            at(UnitPart::Tyre(Wheel::Left)).with_rotation(across),
        ),
        Sign::SmearedLens => (
            &looks.smear,
            at(UnitPart::Lens).with_translation(part_position(UnitPart::Lens) - Vec3::Y * 0.003),
        ),
        Sign::LooseAntenna => (
            &looks.bent_antenna,
            at(UnitPart::Antenna)
                .with_translation(part_position(UnitPart::Antenna) - Vec3::new(0.0, 0.04, -0.04))
                .with_rotation(Quat::from_rotation_x(0.8)),
        ),
        Sign::StoppedFan => (&looks.still_fan, at(UnitPart::Fan)),
        Sign::PittedPads => (&looks.pits, Transform::from_xyz(0.0, 0.016, 0.0)),
        Sign::DirtyPhotoEye => {
            let offset = zone.map_or(0.0, |z| z.photo_eye.at_m - z.start_m - z.length_m * 0.5);
            (
                &looks.grime,
                Transform::from_xyz(offset, 0.1, width * 0.5 + 0.05),
            )
        }
        Sign::CardLedOff => (
            &looks.dead_led,
            Transform::from_xyz(0.0, -0.12, -(width * 0.5 + 0.075)),
        ),
        Sign::FrayedBeltEdge => {
            let length = sources.equipment.belt_length(line).unwrap_or(1.0);
            (
                &looks.fray,
                Transform::from_xyz(0.0, 0.005, width * 0.5 - 0.02)
                    .with_scale(Vec3::new(length, 1.0, 1.0)),
            )
        }
        // A torn corner of the dark marker, pale where the print has worn away.
        Sign::ScuffedSticker => (&looks.scuff, Transform::from_xyz(0.03, 0.006, 0.04)),
        Sign::OpenEstop(device) => {
            // A red flag on the device's post, beside where the technician stands.
            let at = sources
                .equipment
                .line(line)
                .map(|l| estop_position(l, &sources.equipment.params, device))
                .unwrap_or_default();
            (
                &looks.open_contact,
                Transform::from_translation(floor_point(at, 1.25)),
            )
        }
    };
    (look.0.clone(), look.1.clone(), transform)
}
