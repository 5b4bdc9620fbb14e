//! Clicking a drive unit or a conveyor section selects it; the selection is outlined.

use bevy::prelude::*;

use crate::conveyor::{BeltSection, ConveyorParams, MdrZone};
use crate::fleet::{DriveUnit, FleetRoster, Pose};

/// The equipment whose telemetry the side panel shows.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq)]
pub struct Selection(pub Option<Entity>);

/// A unit to select at start (`--select-unit`).
#[derive(Resource, Debug, Clone, Copy)]
pub(super) struct InitialSelection(pub u32);

/// A line's control panel to select at start (`--select-line`).
#[derive(Resource, Debug, Clone, Copy)]
pub(super) struct InitialLine(pub u16);

/// A conveyor zone to select at start (`--select-zone`).
#[derive(Resource, Debug, Clone, Copy)]
pub(super) struct InitialZone(pub u16, pub u32);

/// Whether a start selection (`--select-unit`, `--select-line`, `--select-zone`) is
/// still to land: the equipment it names may spawn a few frames in.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct PendingStartSelection<'w> {
    unit: Option<Res<'w, InitialSelection>>,
    line: Option<Res<'w, InitialLine>>,
    zone: Option<Res<'w, InitialZone>>,
}

impl PendingStartSelection<'_> {
    pub(super) fn any(&self) -> bool {
        self.unit.is_some() || self.line.is_some() || self.zone.is_some()
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Selection>().add_systems(
        Update,
        (
            make_selectable,
            apply_initial_selection,
            apply_initial_zone,
            apply_initial_line,
            outline_selection,
        ),
    );
}

fn make_selectable(
    mut commands: Commands,
    added: Query<
        Entity,
        Or<(
            Added<DriveUnit>,
            Added<MdrZone>,
            Added<BeltSection>,
            Added<crate::fleet::Charger>,
            Added<super::line_model::LinePanel>,
            Added<super::scene::FloorTile>,
        )>,
    >,
) {
    for entity in &added {
        commands.entity(entity).observe(select_on_click);
    }
}

fn select_on_click(click: On<Pointer<Click>>, mut selection: ResMut<Selection>) {
    if click.button == PointerButton::Primary {
        selection.0 = Some(click.entity);
    }
}

fn apply_initial_selection(
    mut commands: Commands,
    initial: Option<Res<InitialSelection>>,
    roster: Res<FleetRoster>,
    mut selection: ResMut<Selection>,
) {
    let Some(initial) = initial else { return };
    if let Some(&entity) = roster.units.get(initial.0 as usize) {
        selection.0 = Some(entity);
        commands.remove_resource::<InitialSelection>();
    }
}

fn outline_selection(
    selection: Res<Selection>,
    params: Res<ConveyorParams>,
    units: Query<&Pose, With<DriveUnit>>,
    sections: Query<(&GlobalTransform, Option<&MdrZone>, Option<&BeltSection>)>,
    mut gizmos: Gizmos,
) {
    let Some(entity) = selection.0 else { return };
    let highlight = Color::srgb(0.1, 1.0, 0.9);
    if let Ok(pose) = units.get(entity) {
        // Rings round the unit and a beacon above it, visible over the pods.
        for (height, radius) in [(0.02, 0.5), (0.3, 0.5), (2.6, 0.25)] {
            gizmos.circle(
                Isometry3d::new(
                    crate::floor::floor_point(pose.position, height),
                    Quat::from_rotation_x(std::f32::consts::FRAC_PI_2),
                ),
                radius,
                highlight,
            );
        }
        gizmos.line(
            crate::floor::floor_point(pose.position, 0.3),
            crate::floor::floor_point(pose.position, 2.6),
            highlight,
        );
        return;
    }
    if let Ok((transform, zone, belt)) = sections.get(entity) {
        let length = zone
            .map(|z| z.length_m)
            .or(belt.map(|b| b.length_m))
            .unwrap_or(1.0);
        let size = Vec3::new(length, 0.3, params.spec.width_m + 0.1);
        let t = Transform::from_translation(transform.translation() + Vec3::Y * 0.1)
            .with_rotation(transform.rotation())
            .with_scale(size);
        gizmos.cube(t, highlight);
    }
}

fn apply_initial_zone(
    mut commands: Commands,
    initial: Option<Res<InitialZone>>,
    roster: Res<crate::conveyor::ConveyorRoster>,
    lines: Query<&crate::conveyor::ConveyorLine>,
    mut selection: ResMut<Selection>,
) {
    let Some(initial) = initial else { return };
    let zone = roster
        .lines
        .get(initial.0 as usize)
        .and_then(|&e| lines.get(e).ok())
        .and_then(|l| l.zones.get(initial.1 as usize).copied());
    if let Some(zone) = zone {
        selection.0 = Some(zone);
        commands.remove_resource::<InitialZone>();
    }
}

fn apply_initial_line(
    mut commands: Commands,
    initial: Option<Res<InitialLine>>,
    panels: Query<(Entity, &super::line_model::LinePanel)>,
    mut selection: ResMut<Selection>,
) {
    let Some(initial) = initial else { return };
    if let Some((entity, _)) = panels.iter().find(|(_, p)| p.0 == initial.0) {
        selection.0 = Some(entity);
        commands.remove_resource::<InitialLine>();
    }
}
