//! Work on a conveyor line: lockout/tagout of its disconnect, meter readings at its
//! test points, inspection, and the repairs that remove a fault's cause.

use bevy::prelude::*;

use super::action::{Spot, TestPoint, TraineeAction};
use super::repair::{inspect, remove_cause, repair, repair_if};
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone};
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::scenario::{FaultKind, ResolvedTarget};

/// A DC bus below this is safe to work near, volts.
const SAFE_BUS_V: f32 = 50.0;

/// Conveyor equipment the trainee can act on.
#[derive(bevy::ecs::system::SystemParam)]
pub struct ConveyorWork<'w, 's> {
    pub params: Res<'w, ConveyorParams>,
    pub roster: Res<'w, ConveyorRoster>,
    pub lines: Query<'w, 's, &'static mut ConveyorLine>,
    pub zones: Query<'w, 's, &'static MdrZone>,
    pub belts: Query<'w, 's, &'static mut BeltSection>,
    pub schedule: ResMut<'w, FaultSchedule>,
    pub catalogue: Option<Res<'w, FaultCatalogue>>,
}

impl ConveyorWork<'_, '_> {
    fn line_entity(&self, line: u16) -> Option<Entity> {
        self.roster.lines.get(line as usize).copied()
    }

    /// Carries out a conveyor action and describes what the trainee sees.
    pub fn act(&mut self, action: &TraineeAction) -> Option<String> {
        let text = match action {
            TraineeAction::ApplyLockout { line } => self.with_line(*line, |l, _| {
                l.disconnect_closed = false;
                l.lockout = crate::conveyor::Lockout {
                    applied: true,
                    verified: false,
                };
                format!("line {}: disconnect opened, lock and tag applied", l.id)
            }),
            TraineeAction::VerifyZeroEnergy { line } => {
                let bus = self.bus_voltage(*line);
                self.with_line(*line, |l, _| {
                    if !l.lockout.applied {
                        return format!("line {}: start control works, the line is live: nothing to verify without a lockout", l.id);
                    }
                    if bus > SAFE_BUS_V {
                        return format!(
                            "line {}: start control dead, meter proven on a live source; 24 V supply 0.0 V, but the VFD DC bus still reads {bus:.0} V: wait for it to bleed down",
                            l.id
                        );
                    }
                    l.lockout.verified = true;
                    format!("line {}: start control dead; meter proven, 24 V supply 0.0 V, DC bus {bus:.0} V, meter proven again: zero energy verified", l.id)
                })
            }
            TraineeAction::RemoveLockout { line } => self.with_line(*line, |l, _| {
                l.lockout = crate::conveyor::Lockout::default();
                l.disconnect_closed = true;
                format!("line {}: lock and tag removed, disconnect closed", l.id)
            }),
            TraineeAction::Measure { point } => self.measure(*point),
            TraineeAction::InspectZone { line, zone } => Some(self.inspect(ResolvedTarget::Zone {
                line: *line,
                zone: *zone,
            })),
            TraineeAction::InspectLine { line } => Some(self.inspect(ResolvedTarget::Line(*line))),
            TraineeAction::ClearJam { line, zone } => Some(self.repair(
                ResolvedTarget::Zone {
                    line: *line,
                    zone: *zone,
                },
                &["ToteJam"],
                "cleared the zone",
            )),
            TraineeAction::CleanPhotoEye { line, zone } => Some(self.repair(
                ResolvedTarget::Zone {
                    line: *line,
                    zone: *zone,
                },
                &["DirtyPhotoEye"],
                "cleaned the photo-eye lens and reflector",
            )),
            TraineeAction::ReplaceRollerCard { line, zone } => Some(self.repair(
                ResolvedTarget::Zone {
                    line: *line,
                    zone: *zone,
                },
                &["RollerCardFailure"],
                "replaced the MDR card and reloaded its configuration",
            )),
            TraineeAction::FreeBeltBind { line } => Some(self.repair_vfd(*line, false)),
            TraineeAction::AdjustBeltTracking { line } => Some(self.repair(
                ResolvedTarget::Line(*line),
                &["BeltMistracking"],
                "squared the snub and take-up pulleys; the belt runs centred",
            )),
            TraineeAction::ReplaceBeltMotor { line } => Some(self.repair_vfd(*line, true)),
            TraineeAction::ResetEstopDevice { line, device } => {
                let device = *device;
                let repaired = remove_cause(
                    &mut self.schedule,
                    ResolvedTarget::Line(*line),
                    |kind| matches!(kind, FaultKind::EstopChainOpen { device: d } if *d == device),
                );
                self.with_line(*line, |l, _| {
                    let Some(d) = l.estop_devices.get_mut(device as usize) else {
                        return format!("line {}: there is no e-stop device {device}", l.id);
                    };
                    let was_open = !*d;
                    *d = true;
                    if repaired || was_open {
                        format!("line {}: e-stop device {device} reset", l.id)
                    } else {
                        format!("line {}: e-stop device {device} was already closed", l.id)
                    }
                })
            }
            TraineeAction::EstopLine { line } => self.with_line(*line, |l, _| {
                if let Some(d) = l.estop_devices.first_mut() {
                    *d = false;
                }
                format!(
                    "line {}: e-stop cord pulled, safety relay open, line stopped",
                    l.id
                )
            }),
            TraineeAction::SwapRollerPort { line, zone } => {
                let target = ResolvedTarget::Zone {
                    line: *line,
                    zone: *zone,
                };
                let card_failed = self.schedule.faults.iter().any(|f| {
                    f.active
                        && f.spec.target == target
                        && matches!(f.spec.kind, FaultKind::RollerCardFailure)
                });
                Some(if card_failed {
                    format!(
                        "{}: the roller runs on the spare port B; the card's port A is dead (the roller is good)",
                        target.describe()
                    )
                } else {
                    format!("{}: the roller runs on either port", target.describe())
                })
            }
            TraineeAction::ThermalScan {
                target: target @ ResolvedTarget::Zone { .. },
            }
            | TraineeAction::ThermalScan {
                target: target @ ResolvedTarget::Line(_),
            } => Some(self.thermal(*target)),
            TraineeAction::ResetVfd { line } => {
                let Some(belt) = self
                    .line_entity(*line)
                    .and_then(|e| self.lines.get(e).ok())
                    .map(|l| l.belt)
                else {
                    return Some(format!("there is no conveyor line {line}"));
                };
                let Ok(mut belt) = self.belts.get_mut(belt) else {
                    return None;
                };
                let was = belt.vfd.trip.map_or("no fault", |t| t.code());
                belt.vfd.trip = None;
                belt.vfd.overload = 0.0;
                Some(format!("line {line}: VFD reset (was {was})"))
            }
            _ => return None,
        };
        Some(text.unwrap_or_else(|| "there is no such conveyor line".into()))
    }

    fn belt_of(&self, line: u16) -> Option<&BeltSection> {
        let l = self.lines.get(self.line_entity(line)?).ok()?;
        self.belts.get(l.belt).ok()
    }

    /// Where the technician stands for a conveyor spot.
    pub fn spot(&self, spot: Spot) -> Option<Vec2> {
        let line = match spot {
            Spot::LinePanel(line)
            | Spot::Zone { line, .. }
            | Spot::Belt(line)
            | Spot::EstopDevice { line, .. } => line,
            _ => return None,
        };
        let l = self.lines.get(self.line_entity(line)?).ok()?;
        line_spot(l, self.belts.get(l.belt).ok(), &self.params.spec, spot)
    }

    /// Starting a test cycle on a line: three test totes at the induct; the count so far.
    pub fn test_cycle_baseline(&mut self, target: ResolvedTarget) -> Option<u64> {
        let line = match target {
            ResolvedTarget::Line(line) | ResolvedTarget::Zone { line, .. } => line,
            _ => return None,
        };
        let entity = self.line_entity(line)?;
        let mut l = self.lines.get_mut(entity).ok()?;
        l.waiting_totes += 3;
        Some(l.delivered)
    }

    pub fn test_cycle_result(
        &self,
        target: ResolvedTarget,
        baseline: Option<u64>,
    ) -> Option<String> {
        let line = match target {
            ResolvedTarget::Line(line) | ResolvedTarget::Zone { line, .. } => line,
            _ => return None,
        };
        let l = self.lines.get(self.line_entity(line)?).ok()?;
        let delivered = l.delivered.saturating_sub(baseline.unwrap_or(l.delivered));
        Some(format!(
            "{delivered} totes delivered (3 test totes added), {} still waiting",
            l.waiting_totes
        ))
    }

    /// The thermal camera on a zone's roller motor or a line's belt motor and drive.
    fn thermal(&self, target: ResolvedTarget) -> String {
        let ambient = self.params.ambient_c;
        match target {
            ResolvedTarget::Zone { line, zone } => {
                let z = self
                    .lines
                    .get(self.line_entity(line).unwrap_or(Entity::PLACEHOLDER))
                    .ok()
                    .and_then(|l| l.zones.get(zone as usize).copied())
                    .and_then(|e| self.zones.get(e).ok());
                let Some(z) = z else {
                    return format!("there is no zone {zone} on line {line}");
                };
                // A roller warms with its current; a dead one sits at room temperature.
                let rated = self.params.spec.roller_running_current_a.max(0.1);
                let t = ambient + 14.0 * (z.motor.current_a / rated).min(3.0);
                format!("{}: roller motor {t:.0} °C", target.describe())
            }
            ResolvedTarget::Line(line) => match self.belt_of(line) {
                Some(b) => {
                    let motor = ambient
                        + 18.0 * b.load_factor.min(4.0) * (b.vfd.output_hz / 50.0).min(1.0)
                        + 30.0 * b.vfd.overload.min(1.0);
                    let drive = ambient + 6.0 + 4.0 * b.vfd.output_current_a;
                    format!("line {line}: belt motor {motor:.0} °C, drive heatsink {drive:.0} °C")
                }
                None => format!("there is no conveyor line {line}"),
            },
            other => format!("{}: nothing to see on the conveyor", other.describe()),
        }
    }

    fn with_line(
        &mut self,
        line: u16,
        f: impl FnOnce(&mut ConveyorLine, &ConveyorParams) -> String,
    ) -> Option<String> {
        let entity = self.line_entity(line)?;
        let mut l = self.lines.get_mut(entity).ok()?;
        Some(f(&mut l, &self.params))
    }

    fn bus_voltage(&self, line: u16) -> f32 {
        self.line_entity(line)
            .and_then(|e| self.lines.get(e).ok())
            .and_then(|l| self.belts.get(l.belt).ok())
            .map_or(0.0, |b| b.vfd.dc_bus_v)
    }

    /// Meter readings from the line's real state: supply, chain devices, eyes, DC bus.
    fn measure(&self, point: TestPoint) -> Option<String> {
        let supply = self.params.spec.roller_supply_v;
        let line_of = |l: u16| self.line_entity(l).and_then(|e| self.lines.get(e).ok());
        Some(match point {
            TestPoint::RollerSupply { line } => match line_of(line) {
                Some(l) => format!(
                    "24 V supply on line {line}: {:.1} V DC",
                    if l.energised() { supply } else { 0.0 }
                ),
                None => format!("there is no conveyor line {line}"),
            },
            TestPoint::EstopDevice { line, device } => match line_of(line) {
                Some(l) => {
                    let open = l
                        .estop_devices
                        .get(device as usize)
                        .is_some_and(|closed| !closed);
                    // An open contact drops the whole supply across itself; a closed one drops nothing.
                    let v = if l.energised() && open { supply } else { 0.0 };
                    format!("across e-stop device {device} on line {line}: {v:.1} V DC")
                }
                None => format!("there is no conveyor line {line}"),
            },
            TestPoint::PhotoEyeOutput { line, zone } => {
                let eye = line_of(line)
                    .and_then(|l| l.zones.get(zone as usize).copied())
                    .and_then(|z| self.zones.get(z).ok());
                match (line_of(line), eye) {
                    (Some(l), Some(z)) => {
                        let v = if l.energised() && z.photo_eye.blocked {
                            supply
                        } else {
                            0.0
                        };
                        format!(
                            "photo-eye output, line {line} zone {}: {v:.1} V DC (signal margin LED {:.0} %)",
                            zone + 1,
                            z.photo_eye.signal_margin * 100.0
                        )
                    }
                    _ => format!("there is no zone {zone} on line {line}"),
                }
            }
            TestPoint::VfdDcBus { line } => format!(
                "VFD DC bus on line {line}: {:.0} V DC",
                self.bus_voltage(line)
            ),
            TestPoint::BeltMotorCurrent { line } => match self.belt_of(line) {
                Some(b) => format!(
                    "clamp on the line {line} belt motor leads: {:.2} A at {:.1} Hz",
                    b.vfd.output_current_a, b.vfd.output_hz
                ),
                None => format!("there is no conveyor line {line}"),
            },
            TestPoint::BeltMotorInsulation { line } => match self.belt_of(line) {
                // Insulation broken down to ground reads low; good insulation over-ranges.
                Some(b) if b.ground_fault => format!(
                    "500 V insulation test, line {line} belt motor and cable to ground: 0.08 MΩ (minimum 1 MΩ): insulation failed"
                ),
                Some(_) => format!(
                    "500 V insulation test, line {line} belt motor and cable to ground: > 550 MΩ"
                ),
                None => format!("there is no conveyor line {line}"),
            },
            _ => return None,
        })
    }

    fn inspect(&self, target: ResolvedTarget) -> String {
        inspect(&self.schedule, self.catalogue.as_deref(), target)
    }

    fn repair(&mut self, target: ResolvedTarget, fixes: &[&str], done: &str) -> String {
        repair(
            &mut self.schedule,
            target,
            fixes,
            &format!("{}: {done}", target.describe()),
        )
    }

    /// A belt motor cures a ground fault; freeing the bind cures an overload.
    fn repair_vfd(&mut self, line: u16, motor: bool) -> String {
        use crate::scenario::VfdTripCause;
        let done = if motor {
            "replaced the belt motor"
        } else {
            "freed the bind on the belt"
        };
        repair_if(
            &mut self.schedule,
            ResolvedTarget::Line(line),
            |kind| match kind {
                FaultKind::VfdTrip {
                    cause: VfdTripCause::GroundFault,
                } => motor,
                FaultKind::VfdTrip {
                    cause: VfdTripCause::MechanicalBind { .. },
                } => !motor,
                _ => false,
            },
            &format!("line {line}: {done}"),
        )
    }

    /// Whether the trainee may put hands into this line now.
    pub fn safe_to_work_on(&self, line: u16) -> bool {
        self.line_entity(line)
            .and_then(|e| self.lines.get(e).ok())
            .is_some_and(|l| l.safe_to_work_on())
    }
    /// The line's status as the PLC panel shows it.
    pub fn status(&self, line: u16) -> String {
        let view = self;
        let Some(Ok(l)) = view
            .roster
            .lines
            .get(line as usize)
            .map(|&e| view.lines.get(e))
        else {
            return format!("there is no conveyor line {line}");
        };
        let zones: Vec<String> = l
            .zones
            .iter()
            .filter_map(|&z| view.zones.get(z).ok())
            .map(|z| {
                format!(
                    "zone {} {} eye {}",
                    z.index + 1,
                    z.state.describe(),
                    if z.photo_eye.blocked {
                        "blocked"
                    } else {
                        "clear"
                    }
                )
            })
            .collect();
        let vfd = view.belts.get(l.belt).map_or("no belt".to_string(), |b| {
            format!(
                "VFD {:.1} Hz {:.2} A bus {:.0} V {}",
                b.vfd.output_hz,
                b.vfd.output_current_a,
                b.vfd.dc_bus_v,
                b.vfd.trip.map_or("no fault", |t| t.code())
            )
        });
        format!(
            "line {line}: safety relay {}; {}; {vfd}; {} totes delivered",
            if l.safety_relay_closed {
                "closed"
            } else {
                "OPEN"
            },
            zones.join(", "),
            l.delivered
        )
    }
}

/// Where a technician stands for a spot on this line: beside it, on its east side.
/// Device 0 of the e-stop chain is the panel button; the pull cords spread along the line.
pub fn line_spot(
    line: &ConveyorLine,
    belt: Option<&BeltSection>,
    spec: &crate::conveyor::ConveyorSpec,
    spot: Spot,
) -> Option<Vec2> {
    let along = match spot {
        Spot::LinePanel(_) => 0.0,
        Spot::Zone { zone, .. } if zone < spec.zones_per_line => {
            (zone as f32 + 0.5) * spec.zone_length_m
        }
        Spot::Belt(_) => {
            let belt = belt?;
            belt.start_m + belt.length_m * 0.5
        }
        Spot::EstopDevice { device, .. } if (device as usize) < line.estop_devices.len() => {
            let count = line.estop_devices.len().max(2) as f32;
            line.length_m * device as f32 / (count - 1.0)
        }
        _ => return None,
    };
    let side = -line.direction.perp() * (spec.width_m * 0.5 + 0.6);
    Some(line.point_at(along) + side)
}
