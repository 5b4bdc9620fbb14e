//! The telemetry panel on the right: the selected drive unit's, zone's or belt's live
//! readings, as the fleet manager and the line's PLC show them.

use bevy::ecs::query::QueryData;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use crate::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, MdrZone};
use crate::fleet::{
    Battery, BodyMotion, DriveHealth, DriveMotors, DriveUnit, Lift, Mission, Odometry, Pose,
    TrafficStats, UnitPower,
};
use crate::sim::clock_text;

/// What the panel shows of a drive unit (and the fleet list of each unit).
#[derive(QueryData)]
pub(super) struct UnitView {
    pub unit: &'static DriveUnit,
    pub pose: &'static Pose,
    pub odometry: &'static Odometry,
    pub motion: &'static BodyMotion,
    pub motors: &'static DriveMotors,
    pub lift: &'static Lift,
    pub battery: &'static Battery,
    pub mission: &'static Mission,
    pub traffic: &'static TrafficStats,
    pub health: &'static DriveHealth,
    pub power: &'static UnitPower,
}

/// The panel's contents for the selected entity.
pub(super) fn show(
    ui: &mut egui::Ui,
    selected: Option<Entity>,
    units: &Query<UnitView>,
    zones: &Query<&MdrZone>,
    belts: &Query<&BeltSection>,
    lines: &Query<&ConveyorLine>,
    conveyors: &ConveyorRoster,
) {
    let Some(entity) = selected else {
        ui.heading("Telemetry");
        ui.label("Click a drive unit or a conveyor zone to see its live readings.");
        ui.label("Keys: Space pause, 1 / 2 / 3 for 1× / 4× / 16×, F1 for all shortcuts.");
        return;
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        if let Ok(view) = units.get(entity) {
            unit_telemetry(ui, view);
        } else if let Ok(zone) = zones.get(entity) {
            zone_telemetry(ui, zone, lines, conveyors);
        } else if let Ok(belt) = belts.get(entity) {
            belt_telemetry(ui, belt);
        }
    });
}

fn unit_telemetry(ui: &mut egui::Ui, view: UnitViewItem) {
    let UnitViewItem {
        unit,
        pose,
        odometry: odo,
        motion,
        motors,
        lift,
        battery,
        mission,
        traffic,
        ..
    } = view;
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
    ui.heading(format!("Line {} zone {}", zone.line, zone.index));
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

pub(super) fn soc_text(soc: f32) -> String {
    format!("{:.0} %", soc * 100.0)
}
