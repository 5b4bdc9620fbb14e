//! Work on a conveyor line: lockout/tagout of its disconnect, meter readings at its
//! test points, inspection, and the repairs that remove a fault's cause.

use bevy::prelude::*;

use super::action::{TestPoint, TraineeAction};
use super::repair::{inspect, repair, repair_if};
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone};
use crate::faults::{FaultCatalogue, FaultSchedule};
use crate::scenario::ResolvedTarget;

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
            TraineeAction::Measure { point } => Some(self.measure(*point)),
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
            TraineeAction::ReplaceBeltMotor { line } => Some(self.repair_vfd(*line, true)),
            TraineeAction::ResetEstopDevice { line, device } => Some(self.repair(
                ResolvedTarget::Line(*line),
                &["EstopChainOpen"],
                &format!("reset e-stop device {device}"),
            )),
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
    fn measure(&self, point: TestPoint) -> String {
        let supply = self.params.spec.roller_supply_v;
        let line_of = |l: u16| self.line_entity(l).and_then(|e| self.lines.get(e).ok());
        match point {
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
        }
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
        use crate::scenario::{FaultKind, VfdTripCause};
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
}
