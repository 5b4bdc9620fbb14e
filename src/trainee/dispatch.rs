//! The effect of each action once the technician has done it: what they saw, and what
//! happened as data (the outcome). Every action kind is listed once below, beside the
//! code that carries it out.

use super::action::TraineeAction;
use super::handlers::Workshop;
use super::outcome::{Effect, Observed, Refusal};
use super::repair::{inspect, remove_cause};
use super::technician::ActionInHand;
use super::words::unit_name;
use super::work_order;
use crate::alarms::AlarmLog;
use crate::floor::{Cell, FloorGrid};
use crate::scenario::ResolvedTarget;
use crate::sim::{TICK_HZ, clock_text, tick_text};

const NO_FIGURES: &str =
    "the instrument figures did not load (assets/catalogue/instruments.ron): no reading";

fn no_figures() -> Observed {
    Observed::refused(NO_FIGURES, Refusal::NoCatalogue)
}

impl Workshop<'_, '_> {
    /// The action's effect and the observation, with the part fitted and its cost for a
    /// replacement (whether or not it was needed).
    pub fn finish(&mut self, hand: &ActionInHand, tick: u64) -> Observed {
        let took = clock_text((tick - hand.started) as f64 / TICK_HZ);
        let observed = self.effect(hand, tick, &took);
        let part = self
            .view
            .actions
            .as_deref()
            .and_then(|c| c.part(&hand.action))
            .filter(|_| observed.outcome.is_done());
        match part {
            Some(part) => Observed {
                text: format!(
                    "{} [fitted: {}, cost {:.0}]",
                    observed.text, part.part, part.cost
                ),
                ..observed
            }
            .with(Effect::PartFitted {
                part: part.part.clone(),
                cost: part.cost,
            }),
            None => observed,
        }
    }

    fn effect(&mut self, hand: &ActionInHand, tick: u64, took: &str) -> Observed {
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
                let in_field = self.technician.in_field;
                Observed::done(
                    format!(
                        "walked {distance:.0} m to {} in {took}{}",
                        to.describe(),
                        if in_field { " (inside the field)" } else { "" }
                    ),
                    vec![Effect::Walked {
                        metres: distance,
                        in_field,
                    }],
                )
            }
            A::Vest { on } => {
                self.technician.vest_on = *on;
                let text = if *on {
                    "vest on: units near you slow and stop"
                } else {
                    "vest off: units no longer see you coming"
                };
                Observed::done(text, vec![Effect::Vest { on: *on }])
            }
            A::UseHint { index } => self.hint(*index, tick),
            A::AnswerQuestion { question, choice } => self.answer(*question, *choice),
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
            A::InspectUnit { .. }
            | A::InspectZone { .. }
            | A::InspectLine { .. }
            | A::InspectCell { .. } => match action.equipment() {
                Some(target) => {
                    Observed::tested(inspect(&self.schedule, self.view.faults.as_deref(), target))
                }
                None => Observed::refused("nothing to inspect", Refusal::NoSuchEquipment),
            },
            A::Measure { point } => {
                let Some(figures) = self.view.figures.as_deref() else {
                    return no_figures();
                };
                let measured = self
                    .units
                    .measure(*point, &self.schedule, figures)
                    .or_else(|| self.conveyor.measure(*point, figures));
                match measured {
                    Some(Ok(reading)) => {
                        let text = reading.text.clone();
                        self.meter.show(tick, *point, reading);
                        Observed::tested(text)
                    }
                    Some(Err(refused)) => refused,
                    None => Observed::refused("nothing to measure there", Refusal::NoSuchEquipment),
                }
            }
            A::ThermalScan { target } => {
                let Some(figures) = self.view.figures.as_deref() else {
                    return no_figures();
                };
                match target {
                    ResolvedTarget::Zone { .. } | ResolvedTarget::Line(_) => {
                        self.conveyor.thermal_scan(*target, figures)
                    }
                    _ => self.units.thermal_scan(*target, &self.schedule, figures),
                }
            }
            A::SelfTest { unit } => match self.view.figures.as_deref() {
                Some(figures) => self.units.self_test(*unit, figures),
                None => no_figures(),
            },
            A::SwapRollerPort { line, zone } => {
                self.conveyor.swap_roller_port(*line, *zone, &self.schedule)
            }
            // Energy on a conveyor line.
            A::ApplyLockout { line } => self.conveyor.apply_lockout(*line),
            A::VerifyZeroEnergy { line } => match self.view.figures.as_deref() {
                Some(figures) => self.conveyor.verify_zero_energy(*line, figures),
                None => no_figures(),
            },
            A::RemoveLockout { line } => self.conveyor.remove_lockout(*line),
            A::EstopLine { line } => self.conveyor.pull_estop(*line),
            A::ResetVfd { line } => self.conveyor.reset_vfd(*line),
            A::ResetEstopDevice { line, device } => {
                let removed = self.remove_cause(action);
                let observed =
                    self.conveyor
                        .reset_estop_device(*line, *device, !removed.is_empty());
                with_causes(observed, removed)
            }
            A::JumperEstopDevice { line, device } => self.conveyor.jumper_estop(*line, *device),
            // Energy on a drive unit.
            A::PowerDownUnit { unit }
            | A::DisconnectBattery { unit }
            | A::VerifyUnitDead { unit }
            | A::ReturnToService { unit }
            | A::ResetDrive { unit }
            | A::EstopUnit { unit }
            | A::LowerLift { unit } => match self.view.figures.as_deref() {
                Some(figures) => self.units.energy(action, *unit, tick, &self.grid, figures),
                None => no_figures(),
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
                let observed = self.repair_unit(action, *unit, "balance-charged the pack");
                if observed.outcome.is_done() {
                    self.units.balance_cells(*unit);
                }
                observed
            }
            A::ReplaceSticker { cell } => {
                if !self.grid.is_locked(*cell) {
                    return Observed::refused(
                        format!("cell {cell} is not in a locked zone"),
                        Refusal::NotInLockedZone,
                    );
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

    fn remove_cause(&mut self, action: &TraineeAction) -> Vec<String> {
        remove_cause(&mut self.schedule, self.view.faults.as_deref(), action)
    }

    /// A repair: the causes it removed, or "no change".
    fn repair(&mut self, action: &TraineeAction, done: String) -> Observed {
        let removed = self.remove_cause(action);
        with_causes(Observed::done(done, Vec::new()), removed)
    }

    /// A repair on conveyor equipment, named as the line's panel names it.
    fn repair_zone(&mut self, action: &TraineeAction, done: &str) -> Observed {
        let place = action
            .equipment()
            .map_or(String::new(), |target| target.describe());
        self.repair(action, format!("{place}: {done}"))
    }

    fn repair_unit(&mut self, action: &TraineeAction, unit: u32, done: &str) -> Observed {
        if !self.units.exists(unit) {
            return Observed::refused(
                format!("there is no unit {}", unit_name(unit)),
                Refusal::NoSuchEquipment,
            );
        }
        self.repair(action, format!("{}: {done}", unit_name(unit)))
    }

    fn lock_round(&mut self, unit: u32) -> Observed {
        match self.units.cell_of(unit, &self.grid) {
            Some(c) => {
                let (from, to) = (Cell::new(c.x - 1, c.y - 1), Cell::new(c.x + 1, c.y + 1));
                let zones = &mut self.technician.zones_round_units;
                zones.retain(|(u, ..)| *u != unit);
                zones.push((unit, from, to));
                let locked = set_lock(&mut self.grid, from, to, true);
                Observed {
                    text: format!("round {}: {}", unit_name(unit), locked.text),
                    ..locked
                }
            }
            None => Observed::refused(
                format!("there is no unit {}", unit_name(unit)),
                Refusal::NoSuchEquipment,
            ),
        }
    }

    fn unlock_round(&mut self, unit: u32) -> Observed {
        let zones = &mut self.technician.zones_round_units;
        match zones.iter().position(|(u, ..)| *u == unit) {
            Some(i) => {
                let (_, from, to) = zones.remove(i);
                set_lock(&mut self.grid, from, to, false)
            }
            None => Observed::refused(
                format!("no zone is locked round {}", unit_name(unit)),
                Refusal::NothingLocked,
            ),
        }
    }

    /// How the equipment ran since the test cycle began, and the alarms it raised.
    fn test_cycle(&mut self, hand: &ActionInHand, target: ResolvedTarget, took: &str) -> Observed {
        let raised: Vec<String> = self
            .view
            .alarms
            .alarms
            .iter()
            .filter(|a| a.raised_tick >= hand.started && target.covers(a.source))
            .map(|a| format!("{} {}", a.source.describe(), a.code.tag()))
            .collect();
        let alarms = if raised.is_empty() {
            "no alarm".to_string()
        } else {
            format!("alarms: {}", raised.join(", "))
        };
        let run = match target {
            ResolvedTarget::Unit(_) => self.units.test_cycle_result(target, hand.baseline),
            ResolvedTarget::Charger(charger) => self.units.charger_test(charger),
            ResolvedTarget::Cell(cell) => self.units.sticker_test(cell, &self.grid),
            ResolvedTarget::Zone { .. } | ResolvedTarget::Line(_) => {
                self.conveyor.test_cycle_result(target, hand.baseline)
            }
        };
        let Some((ran, run)) = run else {
            return Observed::refused(
                format!("test cycle of {}: nothing to test", target.describe()),
                Refusal::NothingToTest,
            );
        };
        Observed::done(
            format!(
                "test cycle of {} over {took}: {ran}; {alarms}",
                target.describe()
            ),
            vec![Effect::TestRun {
                run,
                alarms: raised.len() as u32,
            }],
        )
    }
}

/// A repair's observation: the causes it removed, or "no change" when it removed none.
fn with_causes(observed: Observed, removed: Vec<String>) -> Observed {
    if !observed.outcome.is_done() {
        return observed;
    }
    if removed.is_empty() {
        return Observed {
            text: format!("{}; no change", observed.text),
            ..observed
        }
        .with(Effect::NoChange);
    }
    removed
        .into_iter()
        .fold(observed, |o, fault| o.with(Effect::CauseRemoved { fault }))
}

/// Locks or unlocks a rectangle of cells in the management system (the part of it on
/// the floor: a rectangle larger than the floor costs no more than the floor).
fn set_lock(grid: &mut FloorGrid, from: Cell, to: Cell, locked: bool) -> Observed {
    let mut count = 0;
    let (x0, x1) = (
        from.x.min(to.x).max(0),
        from.x.max(to.x).min(grid.width - 1),
    );
    let (y0, y1) = (
        from.y.min(to.y).max(0),
        from.y.max(to.y).min(grid.height - 1),
    );
    for y in y0..=y1 {
        for x in x0..=x1 {
            if let Some(i) = grid.index(Cell::new(x, y)) {
                grid.set_locked(i, locked);
                count += 1;
            }
        }
    }
    let (from, to) = (Cell::new(x0, y0), Cell::new(x1, y1));
    let verb = if locked { "locked" } else { "unlocked" };
    let text = format!("{count} cells from {from} to {to} {verb} in the management system");
    if count == 0 {
        return Observed::refused(text, Refusal::NoSuchEquipment);
    }
    let effect = if locked {
        Effect::ZoneLocked { from, to }
    } else {
        Effect::ZoneUnlocked { from, to }
    };
    Observed::done(text, vec![effect])
}

fn read_alarms(alarms: &AlarmLog) -> Observed {
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
    let text = if active.is_empty() {
        format!("no active alarms ({} in the history)", alarms.alarms.len())
    } else {
        format!("{} active: {}", active.len(), active.join("; "))
    };
    Observed::done(
        text,
        vec![Effect::AlarmsRead {
            active: active.len() as u32,
        }],
    )
}
