//! The Actions window: what the technician can do to the selected equipment, sent as
//! the same `TraineeAction`s a script sends.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::selection::Selection;
use crate::conveyor::{BeltSection, ESTOP_DEVICES_PER_LINE, MdrZone};
use crate::fleet::{DriveUnit, Route};
use crate::scenario::{ResolvedTarget, Wheel};
use crate::sim::SimClock;
use crate::trainee::{PendingActions, Spot, TestPoint, TraineeAction};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, action_window);
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
                ui.label(RichText::new(format!("{} at {}", unit.label(), route.current)).strong());
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
                        TraineeAction::LockZoneAround { unit: u },
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
                    button(
                        ui,
                        "Unlock zone",
                        TraineeAction::UnlockZoneAround { unit: u },
                    );
                });
            } else if let Ok(zone) = zones.get(entity) {
                let (l, z) = (zone.line, zone.index);
                ui.label(RichText::new(format!("Line {l} zone {z}")).strong());
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
                    for device in 0..ESTOP_DEVICES_PER_LINE {
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
                    for device in 0..ESTOP_DEVICES_PER_LINE {
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
                    for device in 0..ESTOP_DEVICES_PER_LINE {
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
