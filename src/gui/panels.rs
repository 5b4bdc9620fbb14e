//! The egui panels: a top bar with sim time and speed, the fleet list on the left,
//! and the selected equipment's live telemetry on the right.

use bevy::camera::Viewport;
use bevy::prelude::*;

use crate::sim::clock_text;
use bevy::window::PrimaryWindow;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use bevy_panorbit_camera::PanOrbitCamera;

use super::selection::Selection;
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, MdrZone};
use crate::fleet::{
    Battery, BodyMotion, DriveMotors, DriveUnit, FleetRoster, FleetStats, Lift, Mission, Odometry,
    Pose, TrafficStats,
};
use crate::sim::{SimClock, SimSetup};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw_panels);
}

type UnitView<'a> = (
    &'a DriveUnit,
    &'a Pose,
    &'a Odometry,
    &'a BodyMotion,
    &'a DriveMotors,
    &'a Lift,
    &'a Battery,
    &'a Mission,
    &'a TrafficStats,
);

fn draw_panels(
    mut contexts: EguiContexts,
    mut time: ResMut<Time<Virtual>>,
    mut selection: ResMut<Selection>,
    clock: Res<SimClock>,
    setup: Res<SimSetup>,
    roster: Res<FleetRoster>,
    stats: Res<FleetStats>,
    conveyors: Res<ConveyorRoster>,
    units: Query<UnitView>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    lines: Query<&ConveyorLine>,
    mut floor_camera: Single<&mut Camera, With<PanOrbitCamera>>,
    window: Single<&Window, With<PrimaryWindow>>,
    alarms: Res<crate::alarms::AlarmLog>,
    shift: Res<super::shift::ShiftInfo>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "faultline_root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::Panel::top("top_bar").show_inside(&mut root, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("FAULTLINE")
                    .strong()
                    .color(Color32::from_rgb(250, 160, 40)),
            );
            ui.separator();
            ui.label(format!("floor: {}", setup.layout.name));
            ui.separator();
            ui.label(
                RichText::new(format!("sim time {}", clock_text(clock.seconds()))).monospace(),
            );
            if let Some(left) = super::technician::shift_left(&shift, &clock) {
                ui.label(RichText::new(left).monospace());
            }
            ui.separator();
            let paused = time.is_paused();
            if ui.selectable_label(paused, "⏸ pause").clicked() {
                if paused { time.unpause() } else { time.pause() }
            }
            for speed in [1.0, 4.0, 16.0] {
                let active = !paused && (time.relative_speed() - speed).abs() < 0.01;
                if ui.selectable_label(active, format!("{speed}×")).clicked() {
                    super::set_speed(&mut time, speed);
                }
            }
            ui.separator();
            ui.label(format!("picks {}", stats.picks));
            ui.label(format!("pods returned {}", stats.pods_returned));
            ui.label(format!("totes out {}", conveyors.totes_delivered));
        });
    });
    super::shift::alarm_panel(&mut root, &alarms);
    egui::Panel::left("fleet")
        .default_size(230.0)
        .show_inside(&mut root, |ui| {
            ui.heading("Fleet");
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("fleet_grid").striped(true).show(ui, |ui| {
                    ui.strong("unit");
                    ui.strong("state");
                    ui.strong("SoC");
                    ui.end_row();
                    for &entity in &roster.units {
                        let Ok((unit, _, odo, _, _, _, battery, mission, _)) = units.get(entity)
                        else {
                            continue;
                        };
                        let chosen = selection.0 == Some(entity);
                        if ui.selectable_label(chosen, unit.label()).clicked() {
                            selection.0 = Some(entity);
                        }
                        let state = if odo.lost {
                            "LOST".to_string()
                        } else {
                            short_state(mission)
                        };
                        ui.label(state);
                        ui.label(soc_text(battery.soc()));
                        ui.end_row();
                    }
                });
            });
        });
    egui::Panel::right("telemetry")
        .exact_size(330.0)
        .show_inside(&mut root, |ui| {
            let Some(entity) = selection.0 else {
                ui.heading("Telemetry");
                ui.label("Click a drive unit or a conveyor zone to see its live readings.");
                ui.label("Keys: Space pause, 1 / 2 / 3 for 1× / 4× / 16×, F1 for all shortcuts.");
                return;
            };
            egui::ScrollArea::vertical().show(ui, |ui| {
                if let Ok(view) = units.get(entity) {
                    unit_telemetry(ui, view);
                } else if let Ok(zone) = zones.get(entity) {
                    zone_telemetry(ui, zone, &lines, &conveyors);
                } else if let Ok(belt) = belts.get(entity) {
                    belt_telemetry(ui, belt);
                }
            });
        });
    fit_view_between_panels(
        &mut floor_camera,
        &window,
        root.available_rect_before_wrap(),
    );
    Ok(())
}

/// Renders the floor only in the space the panels leave free.
fn fit_view_between_panels(camera: &mut Camera, window: &Window, free: egui::Rect) {
    let scale = window.scale_factor();
    let (w, h) = (window.physical_width(), window.physical_height());
    let x = ((free.min.x * scale) as u32).min(w.saturating_sub(1));
    let y = ((free.min.y * scale) as u32).min(h.saturating_sub(1));
    let size = UVec2::new(
        ((free.width() * scale) as u32).clamp(1, w - x),
        ((free.height() * scale) as u32).clamp(1, h - y),
    );
    let position = UVec2::new(x, y);
    let unchanged = camera
        .viewport
        .as_ref()
        .is_some_and(|v| v.physical_position == position && v.physical_size == size);
    if !unchanged {
        camera.viewport = Some(Viewport {
            physical_position: position,
            physical_size: size,
            ..default()
        });
    }
}

fn unit_telemetry(ui: &mut egui::Ui, view: UnitView) {
    let (unit, pose, odo, motion, motors, lift, battery, mission, traffic) = view;
    ui.heading(format!("Drive unit {}", unit.label()));
    section(ui, "Task", |ui| {
        row(
            ui,
            "state",
            if odo.lost {
                "LOST: stopped".into()
            } else {
                mission.describe()
            },
        );
        row(
            ui,
            "lift",
            format!("{:?}, {:.0} mm", lift.phase, lift.height_m * 1000.0),
        );
        row(
            ui,
            "waiting for cell",
            format!("{:.1} s", traffic.waiting_ticks as f32 / 60.0),
        );
    });
    section(ui, "Position", |ui| {
        row(
            ui,
            "position",
            format!("x {:.3}  y {:.3} m", pose.position.x, pose.position.y),
        );
        row(ui, "heading", format!("{:.1}°", pose.heading.to_degrees()));
        row(ui, "speed", format!("{:.2} m/s", motion.speed));
        row(ui, "turn rate", format!("{:.2} rad/s", motion.turn_rate));
        match odo.last_fiducial {
            Some(f) => {
                row(
                    ui,
                    "last fiducial",
                    format!("{} at {}", f.cell, clock_text(f.tick as f64 / 60.0)),
                );
                row(
                    ui,
                    "read offset",
                    format!(
                        "{:+.1} / {:+.1} mm",
                        f.offset.x * 1000.0,
                        f.offset.y * 1000.0
                    ),
                );
            }
            None => row(ui, "last fiducial", "none yet".into()),
        }
        row(
            ui,
            "fiducials read / missed",
            format!("{} / {}", odo.reads, odo.misses),
        );
    });
    section(ui, "Battery", |ui| {
        row(ui, "state of charge", soc_text(battery.soc()));
        row(ui, "pack voltage", format!("{:.2} V", battery.voltage_v));
        row(
            ui,
            "pack current",
            format!(
                "{:+.1} A{}",
                battery.current_a,
                if battery.charging { " (charging)" } else { "" }
            ),
        );
        row(
            ui,
            "cell spread",
            format!("{:.0} mV", battery.cell_spread_v() * 1000.0),
        );
        row(
            ui,
            "temperature",
            format!("{:.1} °C", battery.temperature_c),
        );
    });
    section(ui, "Drive motors", |ui| {
        row(
            ui,
            "left current",
            format!("{:.2} A", motors.left.current_a),
        );
        row(
            ui,
            "right current",
            format!("{:.2} A", motors.right.current_a),
        );
        row(
            ui,
            "left encoder",
            format!("{:.0} counts/s", motors.left.encoder_rate_cps),
        );
        row(
            ui,
            "right encoder",
            format!("{:.0} counts/s", motors.right.encoder_rate_cps),
        );
        row(
            ui,
            "encoder totals",
            format!(
                "{} / {}",
                motors.left.encoder_count, motors.right.encoder_count
            ),
        );
        row(ui, "lift motor", format!("{:.1} A", lift.current_a));
    });
}

fn zone_telemetry(
    ui: &mut egui::Ui,
    zone: &MdrZone,
    lines: &Query<&ConveyorLine>,
    roster: &ConveyorRoster,
) {
    ui.heading(format!("Line {} zone {}", zone.line, zone.index + 1));
    let line = roster
        .lines
        .get(zone.line as usize)
        .and_then(|&e| lines.get(e).ok());
    section(ui, "Zone", |ui| {
        row(ui, "state", zone.state.describe().into());
        row(
            ui,
            "photo-eye",
            if zone.photo_eye.blocked {
                "BLOCKED (input on)".into()
            } else {
                "clear (input off)".into()
            },
        );
        row(
            ui,
            "signal margin",
            format!("{:.0} %", zone.photo_eye.signal_margin * 100.0),
        );
        row(
            ui,
            "occupied",
            if zone.photo_eye.blocked {
                "yes".into()
            } else {
                "no".into()
            },
        );
        row(ui, "jam timer", format!("{:.1} s", zone.blocked_running_s));
        row(ui, "jam retries used", zone.retries_used.to_string());
    });
    section(ui, "Roller motor (24 V MDR)", |ui| {
        let state = match (zone.motor.running, zone.motor.reverse) {
            (true, false) => "running forward",
            (true, true) => "running reverse",
            (false, _) => "stopped",
        };
        row(ui, "motor", state.into());
        row(ui, "current", format!("{:.1} A", zone.motor.current_a));
        row(
            ui,
            "card",
            if zone.motor.healthy {
                "OK".into()
            } else {
                "FAULT".into()
            },
        );
    });
    if let Some(line) = line {
        section(ui, "Line", |ui| {
            row(
                ui,
                "safety relay",
                if line.safety_relay_closed {
                    "closed (run)".into()
                } else {
                    "OPEN".into()
                },
            );
            row(
                ui,
                "totes waiting at station",
                line.waiting_totes.to_string(),
            );
            row(ui, "totes delivered", line.delivered.to_string());
        });
    }
}

fn belt_telemetry(ui: &mut egui::Ui, belt: &BeltSection) {
    ui.heading(format!("Line {} belt", belt.line));
    section(ui, "VFD", |ui| {
        row(
            ui,
            "output frequency",
            format!(
                "{:.1} Hz (set {:.1} Hz)",
                belt.vfd.output_hz, belt.vfd.setpoint_hz
            ),
        );
        row(
            ui,
            "output current",
            format!("{:.2} A", belt.vfd.output_current_a),
        );
        row(ui, "DC bus", format!("{:.0} V", belt.vfd.dc_bus_v));
        row(
            ui,
            "fault",
            belt.vfd
                .trip
                .map_or("none".into(), |t| t.code().to_string()),
        );
    });
}

fn section(ui: &mut egui::Ui, title: &str, body: impl FnOnce(&mut egui::Ui)) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong());
    egui::Grid::new(title).num_columns(2).show(ui, body);
}

fn row(ui: &mut egui::Ui, name: &str, value: String) {
    ui.label(name);
    ui.label(RichText::new(value).monospace());
    ui.end_row();
}

fn short_state(mission: &Mission) -> String {
    use crate::fleet::FetchStep;
    match mission {
        Mission::Parked => "parked".into(),
        Mission::FetchPod { step, .. } => match step {
            FetchStep::ToPod => "to pod",
            FetchStep::Lifting => "lifting",
            FetchStep::ToStation => "to station",
            FetchStep::Picking { .. } => "picking",
            FetchStep::ToStorage => "returning",
            FetchStep::Lowering => "lowering",
        }
        .into(),
        Mission::Charge { docked: false, .. } => "to charger".into(),
        Mission::Charge { docked: true, .. } => "charging".into(),
        Mission::Park { .. } => "to park".into(),
    }
}

fn soc_text(soc: f32) -> String {
    format!("{:.0} %", soc * 100.0)
}
