//! Zone control (zero-pressure accumulation with jam detection and retries), the
//! belt's VFD, and the photo-eyes, which are rapier ray casts across the line.

use bevy::prelude::*;
use bevy_rapier3d::prelude::*;

use super::line::{BeltSection, ConveyorLine, MdrZone, VfdTrip, ZoneState};
use super::totes::LineOccupancy;
use super::{ConveyorParams, ConveyorRoster};
use crate::floor::floor_point;
use crate::sim::{TICK_DT, math};

/// Each zone runs while its photo-eye is clear (ready to receive) or the next zone
/// can take its tote; otherwise it stops and holds: totes queue without touching.
pub fn run_zones(
    params: Res<ConveyorParams>,
    roster: Res<ConveyorRoster>,
    lines: Query<&ConveyorLine>,
    belts: Query<&BeltSection>,
    mut zones: Query<&mut MdrZone>,
) {
    let spec = &params.spec;
    for &line_entity in &roster.lines {
        let Ok(line) = lines.get(line_entity) else {
            continue;
        };
        let belt_accepting = belts.get(line.belt).is_ok_and(|b| {
            b.vfd.trip.is_none()
                && b.vfd.output_hz > 0.5 * b.vfd.setpoint_hz
                && b.vfd.setpoint_hz > 0.0
        });
        for (k, &zone_entity) in line.zones.iter().enumerate() {
            // Eyes are written only by `read_photo_eyes` (ConveyorSense), so reading
            // them here gives this tick's values.
            let downstream_clear = line.zones.get(k + 1).map_or(belt_accepting, |&next| {
                !zones.get(next).is_ok_and(|z| z.photo_eye.blocked)
            });
            let Ok(mut zone) = zones.get_mut(zone_entity) else {
                continue;
            };
            let blocked = zone.photo_eye.blocked;
            let powered = line.safety_relay_closed && line.energised() && zone.motor.healthy;
            let next_state = match zone.state {
                _ if !powered => ZoneState::Stopped,
                ZoneState::Jammed => ZoneState::Jammed,
                ZoneState::Retrying { remaining_s } if remaining_s > TICK_DT => {
                    ZoneState::Retrying {
                        remaining_s: remaining_s - TICK_DT,
                    }
                }
                _ if blocked && !downstream_clear => ZoneState::Accumulating,
                _ => ZoneState::Running,
            };
            zone.state = next_state;
            let forward = zone.state == ZoneState::Running;
            // Jam: the eye stays blocked although the rollers push the tote on.
            if forward && blocked {
                zone.blocked_running_s += TICK_DT;
                if zone.blocked_running_s > spec.jam_timer_s {
                    zone.blocked_running_s = 0.0;
                    if zone.retries_used < spec.jam_retries {
                        zone.retries_used += 1;
                        zone.state = ZoneState::Retrying {
                            remaining_s: spec.jam_retry_reverse_s,
                        };
                    } else {
                        zone.state = ZoneState::Jammed;
                    }
                }
            } else if !blocked {
                zone.blocked_running_s = 0.0;
            }
            // A retry only counts as a success once the eye stays clear (the tote has
            // gone on), not when reversing briefly uncovers it.
            zone.clear_for_s = if blocked {
                0.0
            } else {
                zone.clear_for_s + TICK_DT
            };
            if zone.clear_for_s > spec.jam_retry_forgiven_after_s {
                zone.retries_used = 0;
            }
            let running = matches!(zone.state, ZoneState::Running | ZoneState::Retrying { .. });
            let was_running = zone.motor.running;
            zone.motor.running = running;
            zone.motor.reverse = matches!(zone.state, ZoneState::Retrying { .. });
            zone.motor.running_for_s = if running && was_running {
                zone.motor.running_for_s + TICK_DT
            } else {
                0.0
            };
            zone.motor.current_a = if !running {
                0.0
            } else if zone.motor.running_for_s < spec.roller_start_s {
                spec.roller_start_current_a
            } else {
                spec.roller_running_current_a
            };
        }
    }
}

/// The safety relay is closed only while every device in the e-stop chain is closed
/// (or bridged by a jumper, which defeats it).
pub fn update_safety_relays(mut lines: Query<&mut ConveyorLine>) {
    for mut line in &mut lines {
        let closed = line
            .estop_devices
            .iter()
            .zip(line.jumpered.iter().chain(std::iter::repeat(&false)))
            .all(|(closed, jumpered)| *closed || *jumpered);
        if line.safety_relay_closed != closed {
            line.safety_relay_closed = closed;
        }
    }
}

/// The VFD ramps the belt to base frequency; its current follows the load on the belt.
pub fn run_belts(
    params: Res<ConveyorParams>,
    occupancy: Res<LineOccupancy>,
    lines: Query<&ConveyorLine>,
    mut belts: Query<&mut BeltSection>,
) {
    let spec = &params.spec.belt;
    let tote_mass = params.spec.tote.mass_kg;
    for line in &lines {
        let Ok(mut belt) = belts.get_mut(line.belt) else {
            continue;
        };
        if belt.ground_fault && belt.vfd.trip.is_none() && belt.vfd.output_hz > 0.5 {
            // Current leaks to ground as soon as the drive energises the motor.
            belt.vfd.trip = Some(VfdTrip::F013GroundFault);
        }
        let run = line.safety_relay_closed && line.energised() && belt.vfd.trip.is_none();
        // The DC bus follows the supply; with the disconnect open its capacitors bleed down.
        let full_bus = spec.line_voltage_v * std::f32::consts::SQRT_2;
        belt.vfd.dc_bus_v = if line.energised() {
            full_bus
        } else {
            belt.vfd.dc_bus_v * math::expf(-TICK_DT / spec.dc_bus_bleed_time_s)
        };
        belt.vfd.setpoint_hz = if run { spec.base_frequency_hz } else { 0.0 };
        let ramp = spec.base_frequency_hz / spec.accel_time_s * TICK_DT;
        let target = belt.vfd.setpoint_hz;
        belt.vfd.output_hz += (target - belt.vfd.output_hz).clamp(-ramp, ramp);
        let totes_on_belt = occupancy
            .on_belt
            .get(line.id as usize)
            .copied()
            .unwrap_or(0);
        let load = totes_on_belt as f32 * tote_mass * spec.current_per_kg_a;
        let speed_fraction = belt.vfd.output_hz / spec.base_frequency_hz;
        belt.vfd.output_current_a = if belt.vfd.output_hz > 0.1 {
            (spec.no_load_current_a + load) * belt.load_factor * (0.5 + 0.5 * speed_fraction)
        } else {
            0.0
        };
        // Motor overload: I²t above rated current, cooling back down below it.
        let ratio = belt.vfd.output_current_a / spec.motor_rated_current_a;
        let heating =
            (ratio * ratio - 1.0) / ((1.5f32 * 1.5 - 1.0) * spec.overload_trip_s_at_150pct);
        belt.vfd.overload = (belt.vfd.overload + heating * TICK_DT).max(0.0);
        if belt.vfd.overload >= 1.0 && belt.vfd.trip.is_none() {
            belt.vfd.trip = Some(VfdTrip::F007MotorOverload);
        }
    }
}

/// Casts each zone's photo-eye beam across the line at tote height.
///
/// A beam can only be broken by a tote near it, so the totes are first placed along
/// their own line (one pass over them) and a beam with none of its line's totes within a
/// tote's reach is clear without a ray cast: on a busy floor most beams are.
pub fn read_photo_eyes(
    params: Res<ConveyorParams>,
    rapier: ReadRapierContext,
    lines: Query<&ConveyorLine>,
    roster: Res<super::ConveyorRoster>,
    totes: Query<(&super::line::Tote, &Transform)>,
    mut zones: Query<&mut MdrZone>,
    mut totes_along: Local<Vec<Vec<f32>>>,
) {
    let Ok(context) = rapier.single() else { return };
    let spec = &params.spec;
    let filter = QueryFilter::only_dynamic();
    // Each line's totes as distances along it, by line id (buffers kept between ticks).
    totes_along.resize_with(roster.lines.len(), Vec::new);
    totes_along.iter_mut().for_each(Vec::clear);
    super::totes::for_each_tote_along_its_line(&roster, &lines, &totes, |i, along| {
        if let Some(list) = totes_along.get_mut(i) {
            list.push(along);
        }
    });
    let t = &spec.tote;
    // However a tote is turned (skewed against a rail or another tote), nothing of it is
    // further from its centre than half its diagonal (its height included, which only
    // widens the net); 0.1 m more for the beam's width.
    let reach = 0.5
        * (t.length_m * t.length_m + t.width_m * t.width_m + t.height_m * t.height_m).sqrt()
        + 0.1;
    for line in &lines {
        let across = Vec2::new(-line.direction.y, line.direction.x);
        let near_line: &[f32] = totes_along.get(line.id as usize).map_or(&[], |v| v);
        for &zone_entity in &line.zones {
            let Ok(mut zone) = zones.get_mut(zone_entity) else {
                continue;
            };
            let at_m = zone.photo_eye.at_m;
            let hit = near_line.iter().any(|along| (along - at_m).abs() <= reach) && {
                let emitter = line.point_at(at_m) - across * (spec.width_m * 0.5 + 0.05);
                let origin = floor_point(emitter, spec.bed_height_m + 0.08);
                let beam = floor_point(across, 0.0);
                context
                    .cast_ray(origin, beam, spec.width_m + 0.1, true, filter)
                    .is_some()
            };
            zone.photo_eye.blocked =
                hit || zone.photo_eye.signal_margin < spec.photo_eye_min_margin;
        }
    }
}

/// What each line last told the alarm log, one flag per alarm condition (the relay,
/// the VFD, then each zone's jam and motor fault), so the log is touched only when a
/// condition changes: a busy floor has every line and zone to look at each tick.
#[derive(Component, Debug, Default, Clone)]
pub struct LineAlarmBits(Vec<bool>);

impl LineAlarmBits {
    /// Whether condition `index` changed since the last tick (and remembers it).
    fn changed(&mut self, index: usize, now: bool) -> bool {
        if self.0.len() <= index {
            self.0.resize(index + 1, false);
        }
        let changed = self.0[index] != now;
        self.0[index] = now;
        changed
    }
}

/// Zone jams and dead zones, VFD trips and open safety relays, as the line's PLC reports them.
pub fn raise_conveyor_alarms(
    clock: Res<crate::sim::SimClock>,
    roster: Res<ConveyorRoster>,
    mut alarms: ResMut<crate::alarms::AlarmLog>,
    mut lines: Query<(&ConveyorLine, &mut LineAlarmBits)>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
) {
    use crate::alarms::{AlarmCode, AlarmSource};
    let tick = clock.tick;
    for &line_entity in &roster.lines {
        let Ok((line, mut bits)) = lines.get_mut(line_entity) else {
            continue;
        };
        let relay_open = !line.safety_relay_closed;
        if bits.changed(0, relay_open) {
            alarms.set(
                tick,
                AlarmSource::Line(line.id),
                AlarmCode::SafetyRelayOpen,
                relay_open,
                || {
                    format!(
                        "line {}: safety relay open (e-stop chain), line stopped",
                        line.id
                    )
                },
            );
        }
        if let Ok(belt) = belts.get(line.belt)
            && bits.changed(1, belt.vfd.trip.is_some())
        {
            alarms.set(
                tick,
                AlarmSource::Line(line.id),
                AlarmCode::VfdTrip,
                belt.vfd.trip.is_some(),
                || {
                    format!(
                        "line {} belt VFD tripped: {}",
                        line.id,
                        belt.vfd.trip.map_or("", |t| t.code())
                    )
                },
            );
        }
        for (k, &zone_entity) in line.zones.iter().enumerate() {
            let Ok(zone) = zones.get(zone_entity) else {
                continue;
            };
            let source = AlarmSource::Zone {
                line: line.id,
                zone: zone.index,
            };
            let jammed = matches!(zone.state, ZoneState::Jammed | ZoneState::Retrying { .. })
                || zone.retries_used > 0;
            if bits.changed(2 + 2 * k, jammed) {
                alarms.set(tick, source, AlarmCode::ZoneJam, jammed, || {
                    format!(
                        "line {} zone {}: jam, photo-eye blocked past the jam timer",
                        line.id, zone.index
                    )
                });
            }
            if bits.changed(3 + 2 * k, !zone.motor.healthy) {
                alarms.set(
                    tick,
                    source,
                    AlarmCode::ZoneMotorFault,
                    !zone.motor.healthy,
                    || {
                        format!(
                            "line {} zone {}: MDR card reports no motor",
                            line.id, zone.index
                        )
                    },
                );
            }
        }
    }
}
