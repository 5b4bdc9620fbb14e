//! Conveyors: MDR accumulation zones with photo-eyes, a belt on a VFD, and totes
//! that ride them as rapier rigid bodies.

mod line;
mod logic;
mod totes;

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

pub use crate::floor::{BeltSpec, ConveyorSpec, ToteSpec};
pub use line::{
    BeltSection, ConveyorLine, Lockout, MdrZone, PhotoEye, RollerMotor, Tote, Vfd, VfdTrip,
    ZoneState,
};
pub use totes::LineOccupancy;

use crate::floor::{FloorGrid, FloorLayout};
use crate::floor::{floor_point, heading_rotation};
use crate::sim::SimSet;

/// Devices in each line's e-stop chain: the panel button (0) and pull cords along the line.
pub const ESTOP_DEVICES_PER_LINE: u32 = 4;

/// Conveyor figures and per-pick tote count, from the floor file.
#[derive(Resource, Debug, Clone)]
pub struct ConveyorParams {
    pub spec: ConveyorSpec,
    pub totes_per_pick: u32,
    /// The hall's air temperature, °C (what an idle motor sits at).
    pub ambient_c: f32,
}

/// Every line by id, and floor-wide tote counters.
#[derive(Resource, Debug, Default, Clone)]
pub struct ConveyorRoster {
    pub lines: Vec<Entity>,
    pub next_tote_id: u64,
    pub totes_delivered: u64,
}

impl ConveyorParams {
    /// The conveyors' figures from a floor file.
    pub fn from_layout(layout: &FloorLayout) -> Self {
        Self {
            spec: layout.conveyors.clone(),
            totes_per_pick: layout.stations.totes_per_pick,
            ambient_c: layout.ambient_temperature_c,
        }
    }
}

/// Needs [`FloorGrid`] and [`ConveyorParams`] (inserted by the composition root).
pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<ConveyorRoster>()
        .init_resource::<totes::LineOccupancy>()
        .add_systems(Startup, spawn_lines)
        .add_systems(
            FixedUpdate,
            (
                (
                    totes::queue_totes_from_picks,
                    totes::survey_totes,
                    logic::update_safety_relays,
                    totes::induct_totes,
                    logic::run_zones,
                    logic::run_belts,
                    totes::drive_totes,
                )
                    .chain()
                    .in_set(SimSet::ConveyorControl),
                (logic::read_photo_eyes, totes::take_away_totes)
                    .chain()
                    .in_set(SimSet::ConveyorSense),
                // Both alarm systems write the one alarm log: units first, always, so a
                // tick that raises both logs them in the same order on every build.
                logic::raise_conveyor_alarms
                    .in_set(SimSet::Alarms)
                    .after(crate::fleet::UnitAlarms),
            ),
        );
}

/// One line per station, running south from the station's pick cell, outside the fence.
fn spawn_lines(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    params: Res<ConveyorParams>,
    mut roster: ResMut<ConveyorRoster>,
) {
    let spec = &params.spec;
    for site in &grid.stations {
        let direction = Vec2::NEG_Y;
        let origin = grid.center(site.pick) + direction * (0.5 * grid.cell_size + 0.3);
        let zones_length = spec.zones_per_line as f32 * spec.zone_length_m;
        let length_m = zones_length + spec.belt.length_m;
        let rotation = heading_rotation(direction.to_angle());
        let line_id = site.id;
        let zones: Vec<Entity> = (0..spec.zones_per_line)
            .map(|index| {
                let start_m = index as f32 * spec.zone_length_m;
                let centre = origin + direction * (start_m + spec.zone_length_m * 0.5);
                commands
                    .spawn((
                        Name::new(format!("Line {line_id} zone {index}")),
                        MdrZone {
                            line: line_id,
                            index,
                            start_m,
                            length_m: spec.zone_length_m,
                            photo_eye: PhotoEye {
                                at_m: start_m + spec.zone_length_m - 0.1,
                                blocked: false,
                                signal_margin: 1.0,
                            },
                            motor: RollerMotor {
                                running: false,
                                reverse: false,
                                current_a: 0.0,
                                running_for_s: 0.0,
                                healthy: true,
                            },
                            state: ZoneState::Running,
                            blocked_running_s: 0.0,
                            retries_used: 0,
                            clear_for_s: 0.0,
                        },
                        Transform::from_translation(floor_point(centre, spec.bed_height_m))
                            .with_rotation(rotation),
                    ))
                    .id()
            })
            .collect();
        let belt_centre = origin + direction * (zones_length + spec.belt.length_m * 0.5);
        let belt = commands
            .spawn((
                Name::new(format!("Line {line_id} belt")),
                BeltSection {
                    line: line_id,
                    start_m: zones_length,
                    length_m: spec.belt.length_m,
                    vfd: Vfd {
                        setpoint_hz: 0.0,
                        output_hz: 0.0,
                        output_current_a: 0.0,
                        dc_bus_v: spec.belt.line_voltage_v * std::f32::consts::SQRT_2,
                        trip: None,
                        overload: 0.0,
                    },
                    load_factor: 1.0,
                    mistrack_mps: 0.0,
                    ground_fault: false,
                },
                Transform::from_translation(floor_point(belt_centre, spec.bed_height_m))
                    .with_rotation(rotation),
            ))
            .id();
        // The line's frictionless side rails (the rollers' grip is a force, see
        // `totes::drive_totes`). The bed under the totes is no collider: its support is a
        // locked axis (see `totes::induct_totes`).
        let mid = origin + direction * (length_m * 0.5);
        let no_friction = Friction {
            coefficient: 0.0,
            combine_rule: CoefficientCombineRule::Min,
        };
        let line = commands
            .spawn((
                Name::new(format!("Conveyor line {line_id}")),
                ConveyorLine {
                    id: line_id,
                    station: site.id,
                    origin,
                    direction,
                    zones,
                    belt,
                    length_m,
                    safety_relay_closed: true,
                    disconnect_closed: true,
                    lockout: Lockout::default(),
                    estop_devices: vec![true; ESTOP_DEVICES_PER_LINE as usize],
                    jumpered: vec![false; ESTOP_DEVICES_PER_LINE as usize],
                    waiting_totes: 0,
                    delivered: 0,
                },
                Transform::from_translation(floor_point(mid, spec.bed_height_m))
                    .with_rotation(rotation),
                RigidBody::Fixed,
            ))
            .with_children(|parent| {
                for side in [-1.0, 1.0] {
                    parent.spawn((
                        Collider::cuboid(length_m * 0.5, 0.1, 0.02),
                        no_friction,
                        Transform::from_xyz(0.0, 0.1, side * (spec.width_m * 0.5 + 0.02)),
                    ));
                }
            })
            .id();
        roster.lines.push(line);
    }
}
