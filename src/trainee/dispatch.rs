//! The effect of each action once the technician has done it, and what they saw. Every
//! action kind is listed once below, beside the code that carries it out.

use super::action::TraineeAction;
use super::handlers::{Workshop, describe_spot};
use super::repair::{inspect, remove_cause, repair_text};
use super::technician::ActionInHand;
use super::unit_work::unit_name;
use super::work_order;
use crate::alarms::AlarmLog;
use crate::floor::{Cell, FloorGrid};
use crate::scenario::ResolvedTarget;
use crate::sim::{TICK_HZ, clock_text, tick_text};

const NO_FIGURES: &str =
    "the instrument figures did not load (assets/catalogue/instruments.ron): no reading";

impl Workshop<'_, '_> {
    /// The action's effect and the observation, with the part fitted and its cost for a
    /// replacement (whether or not it was needed).
    pub fn finish(&mut self, hand: &ActionInHand, tick: u64) -> String {
        let took = clock_text((tick - hand.started) as f64 / TICK_HZ);
        let observation = self.effect(hand, tick, &took);
        match self
            .view
            .actions
            .as_deref()
            .and_then(|c| c.part(&hand.action))
        {
            Some(part) => format!(
                "{observation} [fitted: {}, cost {:.0}]",
                part.part, part.cost
            ),
            None => observation,
        }
    }

    fn effect(&mut self, hand: &ActionInHand, tick: u64, took: &str) -> String {
        use TraineeAction as A;
        let action = &hand.action;
        match action {
            // The technician.
            A::WalkTo { to } => {
                let (distance, end) = hand
                    .walk
                    .as_ref()
                    .map_or((0.0, self.technician.position), |w| {
                        (w.length(), w.points.last().copied().unwrap_or_default())
                    });
                self.technician.position = end;
                format!(
                    "walked {distance:.0} m to {} in {took}{}",
                    describe_spot(*to),
                    if self.technician.in_field {
                        " (inside the field)"
                    } else {
                        ""
                    }
                )
            }
            A::Vest { on } => {
                self.technician.vest_on = *on;
                if *on {
                    "vest on: units near you slow and stop".into()
                } else {
                    "vest off: units no longer see you coming".into()
                }
            }
            A::UseHint { index } => match self.view.hints.get(*index as usize) {
                Some(hint) => format!("hint ({}): {}", hint.step, hint.text),
                None => format!("there is no hint {index}"),
            },
            // Zones locked in the management system.
            A::LockZone { from, to } => set_lock(&mut self.grid, *from, *to, true),
            A::UnlockZone { from, to } => set_lock(&mut self.grid, *from, *to, false),
            A::LockZoneAround { unit } => self.lock_round(*unit),
            A::UnlockZoneAround { unit } => self.unlock_round(*unit),
            // Reading what the floor reports.
            A::ReadAlarms => read_alarms(&self.view.alarms),
            A::ReadUnitTelemetry { unit } => self.units.telemetry(*unit),
            A::ReadLineStatus { line } => self.conveyor.status(*line),
            // Looking and measuring.
            A::InspectUnit { .. } | A::InspectZone { .. } | A::InspectLine { .. } => {
                match action.equipment() {
                    Some(target) => inspect(&self.schedule, self.view.faults.as_deref(), target),
                    None => "nothing happens".into(),
                }
            }
            A::Measure { point } => {
                let Some(figures) = self.view.figures.as_deref() else {
                    return NO_FIGURES.into();
                };
                self.units
                    .measure(*point, &self.schedule, figures)
                    .or_else(|| self.conveyor.measure(*point, figures))
                    .unwrap_or_else(|| "nothing happens".into())
            }
            A::ThermalScan { target } => {
                let Some(figures) = self.view.figures.as_deref() else {
                    return NO_FIGURES.into();
                };
                match target {
                    ResolvedTarget::Zone { .. } | ResolvedTarget::Line(_) => {
                        self.conveyor.thermal_scan(*target, figures)
                    }
                    _ => self
                        .units
                        .thermal_scan(*target, &self.schedule, figures)
                        .unwrap_or_else(|| "nothing happens".into()),
                }
            }
            A::SelfTest { unit } => match self.view.figures.as_deref() {
                Some(figures) => self.units.self_test(*unit, figures),
                None => NO_FIGURES.into(),
            },
            A::SwapRollerPort { line, zone } => {
                self.conveyor.swap_roller_port(*line, *zone, &self.schedule)
            }
            // Energy on a conveyor line.
            A::ApplyLockout { line } => self.conveyor.apply_lockout(*line),
            A::VerifyZeroEnergy { line } => match self.view.figures.as_deref() {
                Some(figures) => self.conveyor.verify_zero_energy(*line, figures),
                None => NO_FIGURES.into(),
            },
            A::RemoveLockout { line } => self.conveyor.remove_lockout(*line),
            A::EstopLine { line } => self.conveyor.pull_estop(*line),
            A::ResetVfd { line } => self.conveyor.reset_vfd(*line),
            A::ResetEstopDevice { line, device } => {
                let removed = self.remove_cause(action);
                self.conveyor.reset_estop_device(*line, *device, removed)
            }
            // Energy on a drive unit.
            A::PowerDownUnit { unit }
            | A::DisconnectBattery { unit }
            | A::VerifyUnitDead { unit }
            | A::ReturnToService { unit }
            | A::ResetDrive { unit }
            | A::EstopUnit { unit }
            | A::LowerLift { unit } => match self.view.figures.as_deref() {
                Some(figures) => self.units.energy(action, *unit, tick, &self.grid, figures),
                None => NO_FIGURES.into(),
            },
            // Energy at a charger.
            A::ApplyChargerLockout { charger } => self.units.charger_lockout(*charger, true),
            A::RemoveChargerLockout { charger } => self.units.charger_lockout(*charger, false),
            // Repairs: each removes only the cause the fault catalogue says it removes.
            A::ClearJam { .. } => self.repair_zone(action, "cleared the zone"),
            A::CleanPhotoEye { .. } => {
                self.repair_zone(action, "cleaned the photo-eye lens and reflector")
            }
            A::ReplaceRollerCard { .. } => self.repair_zone(
                action,
                "replaced the MDR card and reloaded its configuration",
            ),
            A::FreeBeltBind { line } => {
                self.repair(action, format!("line {line}: freed the bind on the belt"))
            }
            A::ReplaceBeltMotor { line } => {
                self.repair(action, format!("line {line}: replaced the belt motor"))
            }
            A::AdjustBeltTracking { .. } => self.repair_zone(
                action,
                "squared the snub and take-up pulleys; the belt runs centred",
            ),
            A::ClearAxleDebris { unit } => {
                self.repair_unit(action, *unit, "cleared debris from the axles")
            }
            A::ReplaceDriveMotor { unit } => {
                self.repair_unit(action, *unit, "fitted a new drive motor")
            }
            A::ReplaceEncoder { unit } => {
                self.repair_unit(action, *unit, "replaced the wheel encoder")
            }
            A::ReplaceWheels { unit } => {
                self.repair_unit(action, *unit, "replaced both drive wheels")
            }
            A::ReplaceLiftNut { unit } => {
                self.repair_unit(action, *unit, "replaced the lift screw nut")
            }
            A::CleanCamera { unit } => {
                self.repair_unit(action, *unit, "cleaned the fiducial camera lens")
            }
            A::ReplaceBumperSwitch { unit } => {
                self.repair_unit(action, *unit, "replaced the bumper switch")
            }
            A::ReseatAntenna { unit } => {
                self.repair_unit(action, *unit, "reseated the antenna connector")
            }
            A::ReplacePack { unit } => self.repair_unit(action, *unit, "fitted a new battery pack"),
            A::ReplaceCoolingFan { unit } => {
                self.repair_unit(action, *unit, "replaced the pack cooling fan")
            }
            A::BalanceCharge { unit } => {
                let text = self.repair_unit(action, *unit, "balance-charged the pack");
                self.units.balance_cells(*unit);
                text
            }
            A::ReplaceSticker { cell } => {
                if !self.grid.is_locked(*cell) {
                    return format!("cell {cell} is not in a locked zone");
                }
                self.repair(action, format!("replaced the fiducial sticker at {cell}"))
            }
            A::CleanChargerPads { charger } => self.repair(
                action,
                format!("cleaned the contact pads of charger C{charger}"),
            ),
            // Closing the job.
            A::RunTestCycle { target } => self.test_cycle(hand, *target, took),
            A::FileWorkOrder {
                target,
                root_cause,
                repair,
                notes,
            } => work_order::file(
                self.view.faults.as_deref(),
                *target,
                root_cause,
                repair,
                notes,
            ),
        }
    }

    fn remove_cause(&mut self, action: &TraineeAction) -> bool {
        remove_cause(&mut self.schedule, self.view.faults.as_deref(), action)
    }

    fn repair(&mut self, action: &TraineeAction, done: String) -> String {
        let removed = self.remove_cause(action);
        repair_text(done, removed)
    }

    /// A repair on conveyor equipment, named as the line's panel names it.
    fn repair_zone(&mut self, action: &TraineeAction, done: &str) -> String {
        let place = action
            .equipment()
            .map_or(String::new(), |target| target.describe());
        self.repair(action, format!("{place}: {done}"))
    }

    fn repair_unit(&mut self, action: &TraineeAction, unit: u32, done: &str) -> String {
        if !self.units.exists(unit) {
            return format!("there is no unit {}", unit_name(unit));
        }
        self.repair(action, format!("{}: {done}", unit_name(unit)))
    }

    fn lock_round(&mut self, unit: u32) -> String {
        match self.units.cell_of(unit) {
            Some(c) => {
                let (from, to) = (Cell::new(c.x - 1, c.y - 1), Cell::new(c.x + 1, c.y + 1));
                let zones = &mut self.technician.zones_round_units;
                zones.retain(|(u, ..)| *u != unit);
                zones.push((unit, from, to));
                format!(
                    "round {}: {}",
                    unit_name(unit),
                    set_lock(&mut self.grid, from, to, true)
                )
            }
            None => format!("there is no unit {}", unit_name(unit)),
        }
    }

    fn unlock_round(&mut self, unit: u32) -> String {
        let zones = &mut self.technician.zones_round_units;
        match zones.iter().position(|(u, ..)| *u == unit) {
            Some(i) => {
                let (_, from, to) = zones.remove(i);
                set_lock(&mut self.grid, from, to, false)
            }
            None => format!("no zone is locked round {}", unit_name(unit)),
        }
    }

    /// How the equipment ran since the test cycle began, and the alarms it raised.
    fn test_cycle(&mut self, hand: &ActionInHand, target: ResolvedTarget, took: &str) -> String {
        let alarms: Vec<String> = self
            .view
            .alarms
            .alarms
            .iter()
            .filter(|a| a.raised_tick >= hand.started && target.covers(a.source))
            .map(|a| format!("{} {}", a.source.describe(), a.code.tag()))
            .collect();
        let alarms = if alarms.is_empty() {
            "no alarm".to_string()
        } else {
            format!("alarms: {}", alarms.join(", "))
        };
        let ran = self
            .units
            .test_cycle_result(target, hand.baseline)
            .or_else(|| self.conveyor.test_cycle_result(target, hand.baseline))
            .unwrap_or_else(|| "nothing to test".into());
        format!(
            "test cycle of {} over {took}: {ran}; {alarms}",
            target.describe()
        )
    }
}

/// Locks or unlocks a rectangle of cells in the management system.
fn set_lock(grid: &mut FloorGrid, from: Cell, to: Cell, locked: bool) -> String {
    let mut count = 0;
    for y in from.y.min(to.y)..=from.y.max(to.y) {
        for x in from.x.min(to.x)..=from.x.max(to.x) {
            if let Some(i) = grid.index(Cell::new(x, y)) {
                grid.locked[i] = locked;
                count += 1;
            }
        }
    }
    let verb = if locked { "locked" } else { "unlocked" };
    format!("{count} cells from {from} to {to} {verb} in the management system")
}

fn read_alarms(alarms: &AlarmLog) -> String {
    let active: Vec<String> = alarms
        .active()
        .map(|a| {
            format!(
                "{} {} {} ({})",
                tick_text(a.raised_tick),
                a.source.describe(),
                a.code.tag(),
                a.message
            )
        })
        .collect();
    if active.is_empty() {
        format!("no active alarms ({} in the history)", alarms.alarms.len())
    } else {
        format!("{} active: {}", active.len(), active.join("; "))
    }
}
