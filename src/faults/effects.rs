//! What each fault does to the physical model. Every tick a fault's parameter is
//! written from the part's as-new value and the fault's severity, so a fault that
//! switches off (intermittent) or is repaired leaves the part as new.

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use super::FaultSchedule;
use crate::conveyor::{
    BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone, VfdTrip,
};
use crate::fleet::{
    Battery, Charger, DriveMotors, FiducialCamera, FleetParams, FleetRoster, UnitCondition,
};
use crate::floor::{FiducialStickers, FloorGrid, floor_point, heading_rotation};
use crate::scenario::{FaultKind, ResolvedTarget, VfdTripCause, Wheel};

/// Blend from the as-new value to the fully faulty one by severity.
fn blend(new: f32, faulty: f32, severity: f32) -> f32 {
    new + (faulty - new) * severity
}

type UnitParts<'a> = (
    &'a mut DriveMotors,
    &'a mut FiducialCamera,
    &'a mut UnitCondition,
    &'a mut Battery,
);

pub fn apply_unit_faults(
    params: Res<FleetParams>,
    roster: Res<FleetRoster>,
    mut schedule: ResMut<FaultSchedule>,
    mut units: Query<UnitParts>,
) {
    let drive = &params.fleet.drive;
    let pack = &params.fleet.battery;
    let schedule = &mut *schedule;
    for &i in &schedule.effect_order {
        let fault = &mut schedule.faults[i];
        let ResolvedTarget::Unit(id) = fault.spec.target else {
            continue;
        };
        let Some(Ok((mut motors, mut camera, mut condition, mut battery))) =
            roster.unit(id).map(|e| units.get_mut(e))
        else {
            continue;
        };
        let s = fault.severity;
        let on = fault.active;
        match &fault.spec.kind {
            FaultKind::MotorBind { wheel, drag_nm, .. } => {
                wheel_of(&mut motors, *wheel).drag_nm = drag_nm * s
            }
            FaultKind::EncoderFailure { wheel } => wheel_of(&mut motors, *wheel).encoder_ok = !on,
            FaultKind::WornWheel { wheel, radius_loss } => {
                wheel_of(&mut motors, *wheel).radius_m =
                    drive.wheel_radius_m * (1.0 - radius_loss * s);
            }
            FaultKind::WheelSlip { grip } => condition.tyre_grip = blend(1.0, *grip, s),
            FaultKind::LiftWear { slowdown } => condition.lift_slowdown = blend(1.0, *slowdown, s),
            FaultKind::DirtyCamera { read_rate } => camera.read_quality = blend(1.0, *read_rate, s),
            FaultKind::ObstacleFalseTrip { trips_per_min } => {
                condition.obstacle_trips_per_min = trips_per_min * s
            }
            FaultKind::WirelessDropout {
                dropouts_per_min,
                duration_s,
            } => {
                condition.dropouts_per_min = dropouts_per_min * s;
                condition.dropout_duration_s = *duration_s;
            }
            FaultKind::WornPack {
                capacity_fraction,
                resistance_factor,
            } => {
                battery.capacity_ah = pack.capacity_ah * blend(1.0, *capacity_fraction, s);
                battery.cell_resistance_ohm =
                    pack.cell_resistance_ohm * blend(1.0, *resistance_factor, s);
            }
            FaultKind::CellImbalance { cell, soc_offset } => {
                // A one-off shift of one cell's charge, applied as the fault develops. Once
                // repaired (the pack balanced), the shift is gone and is not given back.
                if fault.repaired {
                    fault.applied = 0.0;
                    continue;
                }
                let due = soc_offset * s;
                if (due - fault.applied).abs() > 1e-6
                    && let Some(c) = battery.cells_mut().get_mut(*cell as usize)
                {
                    c.soc = (c.soc + due - fault.applied).clamp(0.0, 1.0);
                    fault.applied = due;
                }
            }
            FaultKind::PackOverTemperature { cooling_fraction } => {
                battery.cooling_factor = blend(1.0, *cooling_fraction, s)
            }
            _ => {}
        }
    }
}

fn wheel_of(motors: &mut DriveMotors, wheel: Wheel) -> &mut crate::fleet::WheelMotor {
    match wheel {
        Wheel::Left => &mut motors.left,
        Wheel::Right => &mut motors.right,
    }
}

pub fn apply_floor_faults(
    grid: Res<FloorGrid>,
    roster: Res<FleetRoster>,
    schedule: Res<FaultSchedule>,
    mut stickers: ResMut<FiducialStickers>,
    mut chargers: Query<&mut Charger>,
) {
    for fault in schedule.in_effect_order() {
        match (&fault.spec.kind, fault.spec.target) {
            (FaultKind::DamagedFiducial { read_rate }, ResolvedTarget::Cell(cell)) => {
                let quality = blend(1.0, *read_rate, fault.severity);
                if (stickers.quality(&grid, cell) - quality).abs() > f32::EPSILON {
                    stickers.set_quality(&grid, cell, quality);
                }
            }
            (FaultKind::ChargerContact { contact_quality }, ResolvedTarget::Charger(id)) => {
                if let Some(mut charger) = roster.charger(id).and_then(|e| chargers.get_mut(e).ok())
                {
                    charger.contact_quality = blend(1.0, *contact_quality, fault.severity);
                }
            }
            _ => {}
        }
    }
}

/// A wedged object across a zone near its discharge end: totes stop against it.
#[derive(Component, Debug, Clone, Copy)]
pub struct JamObstruction {
    pub line: u16,
    pub zone: u32,
}

pub fn apply_conveyor_faults(
    mut commands: Commands,
    params: Res<ConveyorParams>,
    roster: Res<ConveyorRoster>,
    schedule: Res<FaultSchedule>,
    mut lines: Query<&mut ConveyorLine>,
    mut zones: Query<&mut MdrZone>,
    mut belts: Query<&mut BeltSection>,
    obstructions: Query<(Entity, &JamObstruction)>,
) {
    for fault in schedule.in_effect_order() {
        let s = fault.severity;
        let on = fault.active;
        match (&fault.spec.kind, fault.spec.target) {
            (kind, ResolvedTarget::Zone { line, zone }) => {
                let Some(line_entity) = roster.lines.get(line as usize).copied() else {
                    continue;
                };
                let Ok(line_data) = lines.get(line_entity) else {
                    continue;
                };
                let Some(&zone_entity) = line_data.zones.get(zone as usize) else {
                    continue;
                };
                let Ok(mut z) = zones.get_mut(zone_entity) else {
                    continue;
                };
                match kind {
                    FaultKind::DirtyPhotoEye { signal_margin } => {
                        z.photo_eye.signal_margin = blend(1.0, *signal_margin, s)
                    }
                    FaultKind::RollerCardFailure => z.motor.healthy = !on,
                    FaultKind::ToteJam => {
                        let present = obstructions
                            .iter()
                            .find(|(_, o)| o.line == line && o.zone == zone)
                            .map(|(e, _)| e);
                        match (on, present) {
                            (true, None) => {
                                let spec = &params.spec;
                                let at = line_data.point_at(z.start_m + z.length_m - 0.02);
                                commands.spawn((
                                    Name::new(format!("Jam on line {line} zone {zone}")),
                                    JamObstruction { line, zone },
                                    RigidBody::Fixed,
                                    Collider::cuboid(0.02, 0.12, spec.width_m * 0.5),
                                    Transform::from_translation(floor_point(
                                        at,
                                        spec.bed_height_m + 0.12,
                                    ))
                                    .with_rotation(
                                        heading_rotation(line_data.direction.to_angle()),
                                    ),
                                ));
                            }
                            (false, Some(entity)) => commands.entity(entity).despawn(),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            (kind, ResolvedTarget::Line(line)) => {
                let Some(line_entity) = roster.lines.get(line as usize).copied() else {
                    continue;
                };
                let Ok(mut line_data) = lines.get_mut(line_entity) else {
                    continue;
                };
                let belt_entity = line_data.belt;
                match kind {
                    FaultKind::EstopChainOpen { device } => {
                        if let Some(d) = line_data.estop_devices.get_mut(*device as usize)
                            && *d == on
                        {
                            *d = !on;
                        }
                    }
                    FaultKind::VfdTrip { cause } => {
                        let Ok(mut belt) = belts.get_mut(belt_entity) else {
                            continue;
                        };
                        match cause {
                            VfdTripCause::MechanicalBind { load_factor } => {
                                belt.load_factor = blend(1.0, *load_factor, s)
                            }
                            VfdTripCause::GroundFault => {
                                if belt.ground_fault != on {
                                    belt.ground_fault = on;
                                    if on && belt.vfd.trip.is_none() {
                                        belt.vfd.trip = Some(VfdTrip::F013GroundFault);
                                    }
                                }
                            }
                        }
                    }
                    FaultKind::BeltMistracking { drift_mps } => {
                        if let Ok(mut belt) = belts.get_mut(belt_entity) {
                            belt.mistrack_mps = drift_mps * s;
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}
