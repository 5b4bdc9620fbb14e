//! The meter in hand: the selected equipment's test points marked on the model, each
//! a small target that, clicked, sends the same `Measure` a script sends. The reading
//! comes back through the trainee's meter display (see `overlays`).

use bevy::prelude::*;

use super::equipment::Equipment;
use super::line_model::{EstopPost, LinePanel};
use super::selection::Selection;
use super::unit_model::{UnitPart, part_position};
use crate::scenario::{ResolvedTarget, Wheel};
use crate::sim::SimClock;
use crate::trainee::{PendingActions, TestPoint, TraineeAction};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MeterInHand>()
        .add_systems(Startup, make_mark_look)
        .add_systems(Update, mark_test_points);
}

/// Whether the technician holds the meter (test points show on the selection).
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct MeterInHand(pub bool);

/// A test point's mark on the model.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct TestPointMark(pub TestPoint);

#[derive(Resource)]
struct MarkLook(Handle<Mesh>, Handle<StandardMaterial>);

fn make_mark_look(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    commands.insert_resource(MarkLook(
        meshes.add(Sphere::new(0.035)),
        materials.add(StandardMaterial {
            base_color: Color::srgb(1.0, 0.9, 0.1),
            emissive: LinearRgba::rgb(2.0, 1.6, 0.1),
            ..default()
        }),
    ));
}

/// The points on a piece of equipment and where each sits: on which entity, and where
/// in its frame.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct PointPlaces<'w, 's> {
    equipment: Equipment<'w, 's>,
    panels: Query<'w, 's, (Entity, &'static LinePanel)>,
    posts: Query<'w, 's, (Entity, &'static EstopPost)>,
}

impl PointPlaces<'_, '_> {
    fn points(&self, target: ResolvedTarget, holder: Entity) -> Vec<(TestPoint, Entity, Vec3)> {
        let up = |part: UnitPart, by: Vec3| part_position(part) + by;
        match target {
            ResolvedTarget::Unit(unit) => {
                let mut points = vec![
                    (
                        TestPoint::PackVoltage { unit },
                        holder,
                        up(UnitPart::Pack, Vec3::new(0.0, 0.06, 0.15)),
                    ),
                    (
                        TestPoint::CellVoltages { unit },
                        holder,
                        up(UnitPart::Pack, Vec3::new(0.0, 0.06, -0.15)),
                    ),
                ];
                for wheel in [Wheel::Left, Wheel::Right] {
                    let motor = UnitPart::Motor(wheel);
                    points.extend([
                        (
                            TestPoint::MotorPhaseResistance { unit, wheel },
                            holder,
                            up(motor, Vec3::new(0.05, 0.06, 0.0)),
                        ),
                        (
                            TestPoint::MotorInsulation { unit, wheel },
                            holder,
                            up(motor, Vec3::new(-0.05, 0.06, 0.0)),
                        ),
                        (
                            TestPoint::EncoderSupply { unit, wheel },
                            holder,
                            up(motor, Vec3::new(0.0, 0.06, 0.05)),
                        ),
                    ]);
                }
                points
            }
            ResolvedTarget::Zone { line, zone } => vec![(
                TestPoint::PhotoEyeOutput { line, zone },
                holder,
                Vec3::new(0.0, 0.2, -0.1),
            )],
            ResolvedTarget::Line(line) => {
                let mut points = vec![
                    (
                        TestPoint::BeltMotorCurrent { line },
                        holder,
                        Vec3::new(-0.2, 0.1, 0.0),
                    ),
                    (
                        TestPoint::BeltMotorInsulation { line },
                        holder,
                        Vec3::new(0.2, 0.1, 0.0),
                    ),
                ];
                if let Some((panel, _)) = self.panels.iter().find(|(_, p)| p.0 == line) {
                    points.extend([
                        (
                            TestPoint::RollerSupply { line },
                            panel,
                            Vec3::new(0.0, 0.5, 0.45),
                        ),
                        (
                            TestPoint::VfdDcBus { line },
                            panel,
                            Vec3::new(0.0, 0.25, 0.45),
                        ),
                    ]);
                }
                for (post, p) in self.posts.iter().filter(|(_, p)| p.line == line) {
                    let point = TestPoint::EstopDevice {
                        line,
                        device: p.device,
                    };
                    // Device 0 is the panel's button itself; the others sit on posts.
                    let at = if p.device == 0 {
                        Vec3::new(0.0, 0.05, 0.0)
                    } else {
                        Vec3::new(0.0, 0.55, 0.1)
                    };
                    points.push((point, post, at));
                }
                points
            }
            ResolvedTarget::Charger(charger) => vec![(
                TestPoint::ChargerOutput { charger },
                holder,
                Vec3::new(0.0, 0.05, 0.0),
            )],
            ResolvedTarget::Cell(_) => Vec::new(),
        }
    }
}

/// Puts marks on the selection's test points while the meter is in hand.
fn mark_test_points(
    mut commands: Commands,
    meter: Res<MeterInHand>,
    selection: Res<Selection>,
    look: Res<MarkLook>,
    places: PointPlaces,
    marks: Query<Entity, With<TestPointMark>>,
) {
    if !meter.is_changed() && !selection.is_changed() {
        return;
    }
    for mark in &marks {
        commands.entity(mark).despawn();
    }
    let Some(holder) = selection.0.filter(|_| meter.0) else {
        return;
    };
    let Some(target) = places.equipment.target(holder) else {
        return;
    };
    for (point, on, at) in places.points(target, holder) {
        commands
            .spawn((
                TestPointMark(point),
                Mesh3d(look.0.clone()),
                MeshMaterial3d(look.1.clone()),
                Transform::from_translation(at),
                ChildOf(on),
            ))
            .observe(measure_on_click);
    }
}

fn measure_on_click(
    click: On<Pointer<Click>>,
    marks: Query<&TestPointMark>,
    clock: Res<SimClock>,
    mut pending: ResMut<PendingActions>,
) {
    if click.button != PointerButton::Primary {
        return;
    }
    if let Ok(mark) = marks.get(click.entity) {
        pending.push(clock.tick + 1, TraineeAction::Measure { point: mark.0 });
    }
}
