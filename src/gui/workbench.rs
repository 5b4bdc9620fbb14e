//! The technician's bench in the window: actions that make sense for the selected
//! equipment (sent as the same `TraineeAction`s a script sends), and a notebook of
//! every observation so far.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::selection::Selection;
use crate::conveyor::{BeltSection, MdrZone};
use crate::fleet::{DriveUnit, Route};
use crate::floor::Cell;
use crate::scenario::{ResolvedTarget, Wheel};
use crate::sim::{SimClock, TICK_HZ, clock_text};
use crate::trainee::{AttemptLog, LogEntry, PendingActions, Spot, TestPoint, TraineeAction};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HelpOpen>()
        .add_systems(Update, shortcut_keys)
        .add_systems(
            EguiPrimaryContextPass,
            (action_window, notebook_window, help_window),
        );
}

/// Whether the keyboard help overlay is showing (F1).
#[derive(Resource, Debug, Default)]
struct HelpOpen(bool);

/// The common actions, one key each, for the selected equipment.
const SHORTCUTS: [(&str, &str); 9] = [
    ("F1", "show or hide this help"),
    (
        "Right-click",
        "walk there (into the field only through the gate)",
    ),
    ("V", "put the vest on or take it off"),
    ("Space", "pause / resume"),
    ("1 / 2 / 3", "sim speed 1× / 4× / 16×"),
    ("A", "read the alarm list"),
    (
        "T",
        "telemetry of the selected unit, or status of the selected zone's line",
    ),
    ("I", "inspect the selected unit or zone"),
    (
        "L",
        "lockout on the selected zone's line; for a unit, lock a zone round it",
    ),
];

fn shortcut_keys(
    keys: Res<ButtonInput<KeyCode>>,
    selection: Res<Selection>,
    clock: Res<SimClock>,
    units: Query<(&DriveUnit, &Route)>,
    zones: Query<&MdrZone>,
    mut help: ResMut<HelpOpen>,
    mut pending: ResMut<PendingActions>,
    technician: Res<crate::trainee::Technician>,
) {
    let vest_on = technician.vest_on;
    if keys.just_pressed(KeyCode::F1) {
        help.0 = !help.0;
    }
    let unit = selection.0.and_then(|e| units.get(e).ok());
    let zone = selection.0.and_then(|e| zones.get(e).ok());
    let mut act = |action: TraineeAction| pending.push(clock.tick + 1, action);
    if keys.just_pressed(KeyCode::KeyA) {
        act(TraineeAction::ReadAlarms);
    }
    if keys.just_pressed(KeyCode::KeyV) {
        act(TraineeAction::Vest { on: !vest_on });
    }
    if keys.just_pressed(KeyCode::KeyT) {
        match (unit, zone) {
            (Some((u, _)), _) => act(TraineeAction::ReadUnitTelemetry { unit: u.id }),
            (_, Some(z)) => act(TraineeAction::ReadLineStatus { line: z.line }),
            _ => {}
        }
    }
    if keys.just_pressed(KeyCode::KeyI) {
        match (unit, zone) {
            (Some((u, _)), _) => act(TraineeAction::InspectUnit { unit: u.id }),
            (_, Some(z)) => act(TraineeAction::InspectZone {
                line: z.line,
                zone: z.index,
            }),
            _ => {}
        }
    }
    if keys.just_pressed(KeyCode::KeyL) {
        match (unit, zone) {
            (Some((_, r)), _) => {
                let c = r.current;
                act(TraineeAction::LockZone {
                    from: Cell::new(c.x - 1, c.y - 1),
                    to: Cell::new(c.x + 1, c.y + 1),
                });
            }
            (_, Some(z)) => act(TraineeAction::ApplyLockout { line: z.line }),
            _ => {}
        }
    }
}

fn help_window(mut contexts: EguiContexts, mut help: ResMut<HelpOpen>) -> Result {
    if !help.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut open = help.0;
    egui::Window::new("Keyboard")
        .open(&mut open)
        .default_pos([400.0, 150.0])
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                for (key, what) in SHORTCUTS {
                    ui.label(RichText::new(key).monospace().strong());
                    ui.label(what);
                    ui.end_row();
                }
            });
        });
    help.0 = open;
    Ok(())
}

fn action_window(
    mut contexts: EguiContexts,
    selection: Res<Selection>,
    clock: Res<SimClock>,
    units: Query<(&DriveUnit, &Route)>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    mut pending: ResMut<PendingActions>,
) -> Result {
    let Some(entity) = selection.0 else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let mut chosen: Vec<TraineeAction> = Vec::new();
    egui::Window::new("Actions")
        .default_pos([190.0, 200.0])
        .default_width(330.0)
        .show(ctx, |ui| {
            let mut button = |ui: &mut egui::Ui, label: &str, action: TraineeAction| {
                if ui.button(label).clicked() {
                    chosen.push(action);
                }
            };
            if let Ok((unit, route)) = units.get(entity) {
                let u = unit.id;
                let c = route.current;
                let (from, to) = (Cell::new(c.x - 1, c.y - 1), Cell::new(c.x + 1, c.y + 1));
                ui.label(RichText::new(format!("{} at {}", unit.label(), c)).strong());
                ui.horizontal_wrapped(|ui| {
                    button(ui, "Read alarms", TraineeAction::ReadAlarms);
                    button(
                        ui,
                        "Telemetry",
                        TraineeAction::ReadUnitTelemetry { unit: u },
                    );
                    button(ui, "Self-test", TraineeAction::SelfTest { unit: u });
                    button(ui, "Reset drive", TraineeAction::ResetDrive { unit: u });
                    button(
                        ui,
                        "Walk to it",
                        TraineeAction::WalkTo { to: Spot::Unit(u) },
                    );
                });
                ui.label("Make safe");
                ui.horizontal_wrapped(|ui| {
                    button(ui, "E-stop", TraineeAction::EstopUnit { unit: u });
                    button(
                        ui,
                        "Lock zone round it",
                        TraineeAction::LockZone { from, to },
                    );
                    button(ui, "Lower lift", TraineeAction::LowerLift { unit: u });
                    button(ui, "Power down", TraineeAction::PowerDownUnit { unit: u });
                    button(
                        ui,
                        "Disconnect battery",
                        TraineeAction::DisconnectBattery { unit: u },
                    );
                    button(ui, "Verify dead", TraineeAction::VerifyUnitDead { unit: u });
                });
                ui.label("Measure");
                ui.horizontal_wrapped(|ui| {
                    for (wheel, side) in [(Wheel::Left, "L"), (Wheel::Right, "R")] {
                        let point = |p| TraineeAction::Measure { point: p };
                        button(
                            ui,
                            &format!("Phase Ω {side}"),
                            point(TestPoint::MotorPhaseResistance { unit: u, wheel }),
                        );
                        button(
                            ui,
                            &format!("Insulation {side}"),
                            point(TestPoint::MotorInsulation { unit: u, wheel }),
                        );
                        button(
                            ui,
                            &format!("Encoder 5 V {side}"),
                            point(TestPoint::EncoderSupply { unit: u, wheel }),
                        );
                    }
                    button(
                        ui,
                        "Pack voltage",
                        TraineeAction::Measure {
                            point: TestPoint::PackVoltage { unit: u },
                        },
                    );
                    button(
                        ui,
                        "Cell voltages",
                        TraineeAction::Measure {
                            point: TestPoint::CellVoltages { unit: u },
                        },
                    );
                    button(
                        ui,
                        "Thermal scan",
                        TraineeAction::ThermalScan {
                            target: ResolvedTarget::Unit(u),
                        },
                    );
                });
                ui.label("Inspect and repair");
                ui.horizontal_wrapped(|ui| {
                    button(ui, "Inspect", TraineeAction::InspectUnit { unit: u });
                    button(
                        ui,
                        "Replace drive motor",
                        TraineeAction::ReplaceDriveMotor { unit: u },
                    );
                    button(
                        ui,
                        "Clear axle debris",
                        TraineeAction::ClearAxleDebris { unit: u },
                    );
                    button(
                        ui,
                        "Replace encoder",
                        TraineeAction::ReplaceEncoder { unit: u },
                    );
                    button(
                        ui,
                        "Replace wheels",
                        TraineeAction::ReplaceWheels { unit: u },
                    );
                    button(
                        ui,
                        "Replace lift nut",
                        TraineeAction::ReplaceLiftNut { unit: u },
                    );
                    button(ui, "Clean camera", TraineeAction::CleanCamera { unit: u });
                    button(
                        ui,
                        "Replace bumper switch",
                        TraineeAction::ReplaceBumperSwitch { unit: u },
                    );
                    button(
                        ui,
                        "Reseat antenna",
                        TraineeAction::ReseatAntenna { unit: u },
                    );
                    button(ui, "Replace pack", TraineeAction::ReplacePack { unit: u });
                    button(
                        ui,
                        "Replace cooling fan",
                        TraineeAction::ReplaceCoolingFan { unit: u },
                    );
                    button(
                        ui,
                        "Balance charge",
                        TraineeAction::BalanceCharge { unit: u },
                    );
                });
                ui.label("Close out");
                ui.horizontal_wrapped(|ui| {
                    button(
                        ui,
                        "Return to service",
                        TraineeAction::ReturnToService { unit: u },
                    );
                    button(
                        ui,
                        "Test cycle",
                        TraineeAction::RunTestCycle {
                            target: ResolvedTarget::Unit(u),
                        },
                    );
                    button(ui, "Unlock zone", TraineeAction::UnlockZone { from, to });
                });
            } else if let Ok(zone) = zones.get(entity) {
                let (l, z) = (zone.line, zone.index);
                ui.label(RichText::new(format!("Line {l} zone {}", z + 1)).strong());
                ui.horizontal_wrapped(|ui| {
                    button(
                        ui,
                        "Walk to it",
                        TraineeAction::WalkTo {
                            to: Spot::Zone { line: l, zone: z },
                        },
                    );
                    button(
                        ui,
                        "Walk to the panel",
                        TraineeAction::WalkTo {
                            to: Spot::LinePanel(l),
                        },
                    );
                    button(ui, "Read alarms", TraineeAction::ReadAlarms);
                    button(
                        ui,
                        "Thermal scan",
                        TraineeAction::ThermalScan {
                            target: ResolvedTarget::Zone { line: l, zone: z },
                        },
                    );
                    button(ui, "Line status", TraineeAction::ReadLineStatus { line: l });
                    button(
                        ui,
                        "Inspect zone",
                        TraineeAction::InspectZone { line: l, zone: z },
                    );
                    button(
                        ui,
                        "Measure eye output",
                        TraineeAction::Measure {
                            point: TestPoint::PhotoEyeOutput { line: l, zone: z },
                        },
                    );
                    button(
                        ui,
                        "Measure 24 V supply",
                        TraineeAction::Measure {
                            point: TestPoint::RollerSupply { line: l },
                        },
                    );
                });
                ui.label("Lockout / tagout");
                ui.horizontal_wrapped(|ui| {
                    button(ui, "Apply lockout", TraineeAction::ApplyLockout { line: l });
                    button(
                        ui,
                        "Verify zero energy",
                        TraineeAction::VerifyZeroEnergy { line: l },
                    );
                    button(
                        ui,
                        "Remove lockout",
                        TraineeAction::RemoveLockout { line: l },
                    );
                });
                ui.label("Repair");
                ui.horizontal_wrapped(|ui| {
                    button(
                        ui,
                        "Clear jam",
                        TraineeAction::ClearJam { line: l, zone: z },
                    );
                    button(
                        ui,
                        "Clean photo-eye",
                        TraineeAction::CleanPhotoEye { line: l, zone: z },
                    );
                    button(
                        ui,
                        "Swap roller port",
                        TraineeAction::SwapRollerPort { line: l, zone: z },
                    );
                    button(
                        ui,
                        "Replace MDR card",
                        TraineeAction::ReplaceRollerCard { line: l, zone: z },
                    );
                    button(
                        ui,
                        "Test cycle",
                        TraineeAction::RunTestCycle {
                            target: ResolvedTarget::Line(l),
                        },
                    );
                });
            } else if let Ok(belt) = belts.get(entity) {
                let l = belt.line;
                ui.label(RichText::new(format!("Line {l} belt")).strong());
                ui.horizontal_wrapped(|ui| {
                    button(
                        ui,
                        "Walk to it",
                        TraineeAction::WalkTo { to: Spot::Belt(l) },
                    );
                    button(
                        ui,
                        "Walk to the panel",
                        TraineeAction::WalkTo {
                            to: Spot::LinePanel(l),
                        },
                    );
                    for device in 0..crate::scenario::ESTOP_DEVICES_PER_LINE {
                        button(
                            ui,
                            &format!("Walk to e-stop {device}"),
                            TraineeAction::WalkTo {
                                to: Spot::EstopDevice { line: l, device },
                            },
                        );
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    button(ui, "Pull e-stop cord", TraineeAction::EstopLine { line: l });
                    button(
                        ui,
                        "Clamp motor current",
                        TraineeAction::Measure {
                            point: TestPoint::BeltMotorCurrent { line: l },
                        },
                    );
                    button(
                        ui,
                        "Insulation 500 V",
                        TraineeAction::Measure {
                            point: TestPoint::BeltMotorInsulation { line: l },
                        },
                    );
                    button(
                        ui,
                        "Thermal scan",
                        TraineeAction::ThermalScan {
                            target: ResolvedTarget::Line(l),
                        },
                    );
                    button(
                        ui,
                        "Test cycle",
                        TraineeAction::RunTestCycle {
                            target: ResolvedTarget::Line(l),
                        },
                    );
                    button(ui, "Line status", TraineeAction::ReadLineStatus { line: l });
                    button(ui, "Inspect line", TraineeAction::InspectLine { line: l });
                    button(
                        ui,
                        "Measure DC bus",
                        TraineeAction::Measure {
                            point: TestPoint::VfdDcBus { line: l },
                        },
                    );
                    for device in 0..crate::scenario::ESTOP_DEVICES_PER_LINE {
                        button(
                            ui,
                            &format!("Meter e-stop {device}"),
                            TraineeAction::Measure {
                                point: TestPoint::EstopDevice { line: l, device },
                            },
                        );
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    button(ui, "Apply lockout", TraineeAction::ApplyLockout { line: l });
                    button(
                        ui,
                        "Verify zero energy",
                        TraineeAction::VerifyZeroEnergy { line: l },
                    );
                    button(
                        ui,
                        "Remove lockout",
                        TraineeAction::RemoveLockout { line: l },
                    );
                    button(ui, "Reset VFD", TraineeAction::ResetVfd { line: l });
                    button(
                        ui,
                        "Free belt bind",
                        TraineeAction::FreeBeltBind { line: l },
                    );
                    button(
                        ui,
                        "Replace belt motor",
                        TraineeAction::ReplaceBeltMotor { line: l },
                    );
                    for device in 0..crate::scenario::ESTOP_DEVICES_PER_LINE {
                        button(
                            ui,
                            &format!("Reset e-stop {device}"),
                            TraineeAction::ResetEstopDevice { line: l, device },
                        );
                    }
                });
            }
        });
    for action in chosen {
        // The action takes effect on the next tick, as a scripted one would.
        pending.push(clock.tick + 1, action);
    }
    Ok(())
}

fn notebook_window(mut contexts: EguiContexts, log: Res<AttemptLog>) -> Result {
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("Notebook")
        .default_pos([605.0, 222.0])
        .default_width(340.0)
        .default_open(true)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(140.0)
                .show(ui, |ui| {
                    let mut any = false;
                    for entry in log.entries.iter().rev() {
                        match entry {
                            LogEntry::Action {
                                tick,
                                action,
                                observation,
                                ..
                            } => {
                                any = true;
                                ui.label(
                                    RichText::new(format!(
                                        "{} {action:?}",
                                        clock_text(*tick as f64 / TICK_HZ)
                                    ))
                                    .monospace()
                                    .small(),
                                );
                                ui.label(observation);
                            }
                            LogEntry::SafetyViolation { tick, what, .. } => {
                                any = true;
                                ui.colored_label(
                                    Color32::from_rgb(240, 80, 60),
                                    format!(
                                        "{} SAFETY: {what}",
                                        clock_text(*tick as f64 / TICK_HZ)
                                    ),
                                );
                            }
                            _ => {}
                        }
                    }
                    if !any {
                        ui.label("Observations appear here as you work.");
                    }
                });
        });
    Ok(())
}
