//! Work on a conveyor line: lockout/tagout of its disconnect, the e-stop chain and the
//! VFD keypad, the readings taken at its test points (through `crate::instruments`),
//! the PLC panel's status, and where a technician stands along it.

use bevy::prelude::*;

use super::action::Spot;
use super::outcome::{Effect, Isolation, Observed, Refusal, TestRun};
use super::technician::TestBaseline;
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone};
use crate::faults::FaultSchedule;
use crate::instruments::{InstrumentFigures, MeterReading, TestPoint, meter, thermal};
use crate::scenario::{FaultKind, ResolvedTarget};

/// Conveyor equipment the trainee can act on.
#[derive(bevy::ecs::system::SystemParam)]
pub struct ConveyorWork<'w, 's> {
    pub params: Res<'w, ConveyorParams>,
    pub roster: Res<'w, ConveyorRoster>,
    pub lines: Query<'w, 's, &'static mut ConveyorLine>,
    pub zones: Query<'w, 's, &'static MdrZone>,
    pub belts: Query<'w, 's, &'static mut BeltSection>,
}

fn no_zone(line: u16, zone: u32) -> Observed {
    Observed::refused(
        format!("there is no zone {zone} on line {line}"),
        Refusal::NoSuchEquipment,
    )
}

fn no_line(line: u16) -> Observed {
    Observed::refused(
        format!("there is no conveyor line {line}"),
        Refusal::NoSuchEquipment,
    )
}

impl ConveyorWork<'_, '_> {
    fn line(&self, line: u16) -> Option<&ConveyorLine> {
        let &entity = self.roster.lines.get(line as usize)?;
        self.lines.get(entity).ok()
    }

    fn zone(&self, line: u16, zone: u32) -> Option<&MdrZone> {
        let &entity = self.line(line)?.zones.get(zone as usize)?;
        self.zones.get(entity).ok()
    }

    fn belt_of(&self, line: u16) -> Option<&BeltSection> {
        self.belts.get(self.line(line)?.belt).ok()
    }

    fn with_line(&mut self, line: u16, f: impl FnOnce(&mut ConveyorLine) -> Observed) -> Observed {
        let entity = self.roster.lines.get(line as usize).copied();
        match entity.and_then(|e| self.lines.get_mut(e).ok()) {
            Some(mut l) => f(&mut l),
            None => no_line(line),
        }
    }

    fn bus_voltage(&self, line: u16) -> f32 {
        self.belt_of(line).map_or(0.0, |b| b.vfd.dc_bus_v)
    }

    /// Opens the line's disconnect and hangs a lock and tag on it.
    pub fn apply_lockout(&mut self, line: u16) -> Observed {
        self.with_line(line, |l| {
            l.disconnect_closed = false;
            l.lockout = crate::conveyor::Lockout {
                applied: true,
                verified: false,
            };
            Observed::done(
                format!("line {}: disconnect opened, lock and tag applied", l.id),
                vec![Effect::LockoutApplied {
                    on: Isolation::Line(line),
                }],
            )
        })
    }

    /// Tries the start control and proves zero energy with the meter, once the VFD's DC
    /// bus has bled down below the safe voltage.
    pub fn verify_zero_energy(&mut self, line: u16, figures: &InstrumentFigures) -> Observed {
        let bus = self.bus_voltage(line);
        let safe = figures.meter.safe_bus_v;
        self.with_line(line, |l| {
            if !l.lockout.applied {
                return Observed::done(
                    format!(
                        "line {}: start control works, the line is live: nothing to verify without a lockout",
                        l.id
                    ),
                    Vec::new(),
                );
            }
            if bus > safe {
                return Observed::done(
                    format!(
                        "line {}: start control dead, meter proven on a live source; 24 V supply 0.0 V, but the VFD DC bus still reads {bus:.0} V: wait for it to bleed down",
                        l.id
                    ),
                    Vec::new(),
                );
            }
            l.lockout.verified = true;
            Observed::done(
                format!(
                    "line {}: start control dead; meter proven, 24 V supply 0.0 V, DC bus {bus:.0} V, meter proven again: zero energy verified",
                    l.id
                ),
                vec![Effect::ZeroEnergyProven {
                    on: Isolation::Line(line),
                }],
            )
        })
    }

    /// Removes the lock and tag and closes the disconnect.
    pub fn remove_lockout(&mut self, line: u16) -> Observed {
        self.with_line(line, |l| {
            if !l.lockout.applied {
                return Observed::refused(
                    format!("line {}: there is no lock and tag on the disconnect", l.id),
                    Refusal::NothingLocked,
                );
            }
            l.lockout = crate::conveyor::Lockout::default();
            l.disconnect_closed = true;
            Observed::done(
                format!("line {}: lock and tag removed, disconnect closed", l.id),
                vec![Effect::LockoutRemoved {
                    on: Isolation::Line(line),
                }],
            )
        })
    }

    /// Pulls the line's e-stop cord (device 0 of the chain opens).
    pub fn pull_estop(&mut self, line: u16) -> Observed {
        self.with_line(line, |l| {
            if let Some(d) = l.estop_devices.first_mut() {
                *d = false;
            }
            Observed::done(
                format!(
                    "line {}: e-stop cord pulled, safety relay open, line stopped",
                    l.id
                ),
                Vec::new(),
            )
        })
    }

    /// Bridges an e-stop device with a jumper: the relay closes with the device open.
    pub fn jumper_estop(&mut self, line: u16, device: u32) -> Observed {
        self.with_line(line, |l| {
            let Some(j) = l.jumpered.get_mut(device as usize) else {
                return Observed::refused(
                    format!("line {}: there is no e-stop device {device}", l.id),
                    Refusal::NoSuchEquipment,
                );
            };
            *j = true;
            Observed::done(
                format!(
                    "line {}: e-stop device {device} jumpered out of the safety chain",
                    l.id
                ),
                vec![Effect::SafetyBypassed { line, device }],
            )
        })
    }

    /// Resets one device of the chain; `cause_removed` says whether that reset removed a
    /// fault's cause (a device held open by the fault).
    /// (A jumper on the device comes off too.)
    pub fn reset_estop_device(&mut self, line: u16, device: u32, cause_removed: bool) -> Observed {
        self.with_line(line, |l| {
            let Some(d) = l.estop_devices.get_mut(device as usize) else {
                return Observed::refused(
                    format!("line {}: there is no e-stop device {device}", l.id),
                    Refusal::NoSuchEquipment,
                );
            };
            let was_open = !*d;
            *d = true;
            if let Some(j) = l.jumpered.get_mut(device as usize) {
                *j = false;
            }
            let text = if cause_removed || was_open {
                format!("line {}: e-stop device {device} reset", l.id)
            } else {
                format!("line {}: e-stop device {device} was already closed", l.id)
            };
            Observed::done(text, vec![Effect::Reset])
        })
    }

    /// Clears the VFD's trip from its keypad (a reset, not a repair).
    pub fn reset_vfd(&mut self, line: u16) -> Observed {
        let Some(belt) = self.line(line).map(|l| l.belt) else {
            return no_line(line);
        };
        let Ok(mut belt) = self.belts.get_mut(belt) else {
            return no_line(line);
        };
        let was = belt.vfd.trip.map_or("no fault", |t| t.code());
        belt.vfd.trip = None;
        belt.vfd.overload = 0.0;
        Observed::done(
            format!("line {line}: VFD reset (was {was})"),
            vec![Effect::Reset],
        )
    }

    /// Moves a zone's roller to the card's spare port: a dead port shows as the roller
    /// running on the other one.
    pub fn swap_roller_port(&self, line: u16, zone: u32, schedule: &FaultSchedule) -> Observed {
        let target = ResolvedTarget::Zone { line, zone };
        let card_failed = schedule.faults.iter().any(|f| {
            f.active
                && f.spec.target == target
                && matches!(f.spec.kind, FaultKind::RollerCardFailure)
        });
        Observed::tested(if card_failed {
            format!(
                "{}: the roller runs on the spare port B; the card's port A is dead (the roller is good)",
                target.describe()
            )
        } else {
            format!("{}: the roller runs on either port", target.describe())
        })
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
        let l = self.line(line)?;
        line_spot(l, self.belts.get(l.belt).ok(), &self.params.spec, spot)
    }

    /// Starting a test cycle on a line: three test totes at the induct; the count so far.
    pub fn test_cycle_baseline(
        &mut self,
        target: ResolvedTarget,
        test_totes: u32,
    ) -> Option<TestBaseline> {
        let line = match target {
            ResolvedTarget::Line(line) | ResolvedTarget::Zone { line, .. } => line,
            _ => return None,
        };
        let &entity = self.roster.lines.get(line as usize)?;
        let mut l = self.lines.get_mut(entity).ok()?;
        l.waiting_totes += test_totes;
        Some(TestBaseline {
            count: l.delivered,
            added: test_totes,
            soc: 0.0,
        })
    }

    /// How the line ran its test totes: (the words, the run).
    pub fn test_cycle_result(
        &self,
        target: ResolvedTarget,
        baseline: Option<TestBaseline>,
    ) -> Option<(String, TestRun)> {
        let line = match target {
            ResolvedTarget::Line(line) | ResolvedTarget::Zone { line, .. } => line,
            _ => return None,
        };
        let l = self.line(line)?;
        let (before, added) = baseline.map_or((l.delivered, 0), |b| (b.count, b.added));
        let delivered = l.delivered.saturating_sub(before);
        Some((
            format!(
                "{delivered} totes delivered ({added} test totes added), {} still waiting",
                l.waiting_totes
            ),
            TestRun::Delivered {
                added: added as u64,
                delivered,
                waiting: l.waiting_totes as u64,
            },
        ))
    }

    /// The thermal camera on a zone's roller motor or a line's belt motor and drive.
    pub fn thermal_scan(&self, target: ResolvedTarget, figures: &InstrumentFigures) -> Observed {
        let f = &figures.thermal;
        let ambient = self.params.ambient_c;
        match target {
            ResolvedTarget::Zone { line, zone } => match self.zone(line, zone) {
                Some(z) => Observed::tested(format!(
                    "{}: roller motor {:.0} °C",
                    target.describe(),
                    thermal::roller(
                        f,
                        ambient,
                        z.motor.current_a,
                        self.params.spec.roller_running_current_a
                    )
                )),
                None => no_zone(line, zone),
            },
            ResolvedTarget::Line(line) => match self.belt_of(line) {
                Some(b) => {
                    let t = thermal::belt(f, ambient, b);
                    Observed::tested(format!(
                        "line {line}: belt motor {:.0} °C, drive heatsink {:.0} °C",
                        t.motor_c, t.drive_heatsink_c
                    ))
                }
                None => no_line(line),
            },
            other => Observed::refused(
                format!("{}: nothing to see on the conveyor", other.describe()),
                Refusal::NothingToTest,
            ),
        }
    }

    /// Meter readings at a line's test points, from its real state.
    pub fn measure(
        &self,
        point: TestPoint,
        figures: &InstrumentFigures,
    ) -> Option<Result<MeterReading, Observed>> {
        let supply = self.params.spec.roller_supply_v;
        let line = point.line()?;
        let Some(l) = self.line(line) else {
            return Some(Err(no_line(line)));
        };
        let reading = match point {
            TestPoint::RollerSupply { .. } => meter::roller_supply(line, l, supply),
            TestPoint::EstopDevice { device, .. } => meter::estop_device(line, device, l, supply),
            TestPoint::PhotoEyeOutput { zone, .. } => match self.zone(line, zone) {
                Some(z) => meter::photo_eye_output(line, zone, l, z, supply),
                None => return Some(Err(no_zone(line, zone))),
            },
            TestPoint::VfdDcBus { .. } => meter::vfd_dc_bus(line, self.bus_voltage(line)),
            TestPoint::BeltMotorCurrent { .. } => match self.belt_of(line) {
                Some(b) => meter::belt_motor_current(line, b),
                None => return Some(Err(no_line(line))),
            },
            TestPoint::BeltMotorInsulation { .. } => match self.belt_of(line) {
                Some(b) => meter::belt_motor_insulation(&figures.meter, line, b),
                None => return Some(Err(no_line(line))),
            },
            _ => return None,
        };
        Some(Ok(reading))
    }

    /// Whether the trainee may put hands into this line now.
    pub fn safe_to_work_on(&self, line: u16) -> bool {
        self.line(line).is_some_and(|l| l.safe_to_work_on())
    }

    /// The line's status as the PLC panel shows it.
    pub fn status(&self, line: u16) -> Observed {
        let Some(l) = self.line(line) else {
            return no_line(line);
        };
        let zones: Vec<String> = l
            .zones
            .iter()
            .filter_map(|&z| self.zones.get(z).ok())
            .map(|z| {
                format!(
                    "zone {} {} eye {}",
                    z.index,
                    z.state.describe(),
                    if z.photo_eye.blocked {
                        "blocked"
                    } else {
                        "clear"
                    }
                )
            })
            .collect();
        let vfd = self.belts.get(l.belt).map_or("no belt".to_string(), |b| {
            format!(
                "VFD {:.1} Hz {:.2} A bus {:.0} V {}",
                b.vfd.output_hz,
                b.vfd.output_current_a,
                b.vfd.dc_bus_v,
                b.vfd.trip.map_or("no fault", |t| t.code())
            )
        });
        Observed::tested(format!(
            "line {line}: safety relay {}; {}; {vfd}; {} totes delivered",
            if l.safety_relay_closed {
                "closed"
            } else {
                "OPEN"
            },
            zones.join(", "),
            l.delivered
        ))
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
