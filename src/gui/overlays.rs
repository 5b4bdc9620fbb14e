//! Small displays drawn over the floor where the equipment is: the meter's widget
//! (value, unit, range, where the probes go), the VFD keypad's display on a line's
//! panel and a unit's BMS display once the trainee has read them, and the thermal
//! camera's legend in °C.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use bevy_panorbit_camera::PanOrbitCamera;

use super::line_model::VfdKeypad;
use super::test_points::MeterInHand;
use super::thermal_view::{STEPS, ThermalView, iron};
use crate::conveyor::{BeltSection, ConveyorLine};
use crate::fleet::{Battery, DriveUnit};
use crate::instruments::{TestPoint, meter};
use crate::sim::tick_text;
use crate::trainee::{AttemptLog, LogEntry, MeterDisplay, TraineeAction};

/// The meter's reading, in points: big enough to read at a glance.
pub(super) const METER_READING_SIZE: f32 = 26.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (meter_widget, keypad_displays, bms_displays, thermal_legend),
    );
}

/// Where a point of the world falls on the window, if in front of the camera.
fn on_screen(camera: &(&Camera, &GlobalTransform), at: Vec3) -> Option<egui::Pos2> {
    let p = camera.0.world_to_viewport(camera.1, at).ok()?;
    Some(egui::pos2(p.x, p.y))
}

/// The floor's free rectangle, to keep displays on the floor and off the panels.
fn floor_rect(camera: &Camera) -> Option<egui::Rect> {
    let r = camera.logical_viewport_rect()?;
    Some(egui::Rect::from_min_max(
        egui::pos2(r.min.x, r.min.y),
        egui::pos2(r.max.x, r.max.y),
    ))
}

fn meter_widget(
    mut contexts: EguiContexts,
    meter: Res<MeterDisplay>,
    mut in_hand: ResMut<MeterInHand>,
    camera: Single<&Camera, With<PanOrbitCamera>>,
) -> Result {
    if !in_hand.0 && meter.shown.is_none() {
        return Ok(());
    }
    let Some(floor) = floor_rect(&camera) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    egui::Area::new("meter".into())
        .fixed_pos(floor.left_top() + egui::vec2(8.0, 8.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(250.0);
                ui.horizontal(|ui| {
                    ui.strong("Meter");
                    ui.checkbox(&mut in_hand.0, "in hand (test points marked)");
                });
                let Some(shown) = &meter.shown else {
                    ui.label("Click a marked test point to measure.");
                    return;
                };
                let r = &shown.reading;
                ui.label(
                    RichText::new(format!("{:.2} {}", r.value, r.unit))
                        .monospace()
                        .size(METER_READING_SIZE)
                        .color(Color32::from_rgb(150, 240, 160)),
                );
                ui.label(format!("range {}", TestPoint::range(r.unit, r.value)));
                ui.label(RichText::new(shown.point.probes()).small());
                ui.label(
                    RichText::new(format!("{} · {}", tick_text(shown.tick), r.text))
                        .small()
                        .weak(),
                );
            });
        });
    Ok(())
}

/// Each line's VFD keypad shows its state over the panel once the trainee has read
/// the line's status (the keypad is where that status is read).
fn keypad_displays(
    mut contexts: EguiContexts,
    log: Res<AttemptLog>,
    keypads: Query<(&VfdKeypad, &GlobalTransform)>,
    lines: Query<&ConveyorLine>,
    belts: Query<&BeltSection>,
    camera: Single<(&Camera, &GlobalTransform), With<PanOrbitCamera>>,
) -> Result {
    let read = read_by_trainee(&log, |a| match a {
        TraineeAction::ReadLineStatus { line } => Some(*line),
        _ => None,
    });
    if read.is_empty() {
        return Ok(());
    }
    let Some(floor) = floor_rect(camera.0) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    for (keypad, at) in &keypads {
        if !read.contains(&keypad.0) {
            continue;
        }
        let Some(line) = lines.iter().find(|l| l.id == keypad.0) else {
            continue;
        };
        let Some(pos) = on_screen(&camera, at.translation() + Vec3::Y * 0.25)
            .filter(|p| floor.shrink(20.0).contains(*p))
        else {
            continue;
        };
        let text = match belts.get(line.belt).ok().map(|b| &b.vfd) {
            // Isolated at the disconnect: the keypad is dark.
            _ if !line.energised() => "(no power)".to_string(),
            Some(vfd) => match &vfd.trip {
                Some(trip) => format!("TRIP {trip:?}"),
                None => format!("RUN {:.1} Hz {:.1} A", vfd.output_hz, vfd.output_current_a),
            },
            None => "----".into(),
        };
        display(
            ctx,
            egui::Id::new(("keypad", keypad.0)),
            pos,
            format!("VFD L{} {text}", keypad.0),
        );
    }
    Ok(())
}

/// An equipment display (a keypad's, a BMS's) drawn at a point over the floor.
fn display(ctx: &egui::Context, id: egui::Id, at: egui::Pos2, text: String) {
    egui::Area::new(id)
        .fixed_pos(at)
        .pivot(egui::Align2::CENTER_BOTTOM)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(Color32::from_rgb(20, 45, 25))
                .inner_margin(4)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(text)
                            .monospace()
                            .color(Color32::from_rgb(140, 255, 150)),
                    );
                });
        });
}

/// Done actions of the log that `pick` recognises, by what it returns.
fn read_by_trainee<T: PartialEq>(
    log: &AttemptLog,
    pick: impl Fn(&TraineeAction) -> Option<T>,
) -> Vec<T> {
    let mut read = Vec::new();
    for entry in &log.entries {
        if let LogEntry::Action {
            action,
            outcome: Some(o),
            ..
        } = entry
            && o.is_done()
            && let Some(t) = pick(action)
            && !read.contains(&t)
        {
            read.push(t);
        }
    }
    read
}

/// A unit's BMS display (its cell voltages, as the balance-lead reading gives them)
/// over it, once the trainee has read its cells.
fn bms_displays(
    mut contexts: EguiContexts,
    log: Res<AttemptLog>,
    units: Query<(&DriveUnit, &Battery, &GlobalTransform)>,
    camera: Single<(&Camera, &GlobalTransform), With<PanOrbitCamera>>,
) -> Result {
    let read = read_by_trainee(&log, |a| match a {
        TraineeAction::Measure {
            point: TestPoint::CellVoltages { unit },
        } => Some(*unit),
        _ => None,
    });
    if read.is_empty() {
        return Ok(());
    }
    let Some(floor) = floor_rect(camera.0) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    for (unit, battery, at) in units.iter().filter(|(u, ..)| read.contains(&u.id)) {
        let Some(pos) = on_screen(&camera, at.translation() + Vec3::Y * 0.7)
            .filter(|p| floor.shrink(20.0).contains(*p))
        else {
            continue;
        };
        let reading = meter::cell_voltages(&unit.label(), battery);
        let cells: Vec<String> = battery
            .cells()
            .iter()
            .map(|c| format!("{:.2}", c.voltage_v))
            .collect();
        let text = format!(
            "BMS {}: {} V, spread {:.0} mV",
            unit.label(),
            cells.join(" "),
            reading.value
        );
        display(ctx, egui::Id::new(("bms", unit.id)), pos, text);
    }
    Ok(())
}

fn thermal_legend(
    mut contexts: EguiContexts,
    view: Res<ThermalView>,
    camera: Single<&Camera, With<PanOrbitCamera>>,
) -> Result {
    if !view.on {
        return Ok(());
    }
    let Some(floor) = floor_rect(&camera) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    egui::Area::new("thermal_legend".into())
        .fixed_pos(floor.left_bottom() + egui::vec2(8.0, -60.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.strong("Thermal camera");
                ui.horizontal(|ui| {
                    ui.label(format!("{:.0} °C", view.coldest_c));
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(180.0, 14.0), egui::Sense::hover());
                    let step = rect.width() / STEPS as f32;
                    for i in 0..STEPS {
                        let c = iron(i as f32 / (STEPS - 1) as f32).to_srgba();
                        let colour = Color32::from_rgb(
                            (c.red * 255.0) as u8,
                            (c.green * 255.0) as u8,
                            (c.blue * 255.0) as u8,
                        );
                        let x = rect.left() + i as f32 * step;
                        let cell = egui::Rect::from_min_size(
                            egui::pos2(x, rect.top()),
                            egui::vec2(step + 0.5, rect.height()),
                        );
                        ui.painter().rect_filled(cell, 0.0, colour);
                    }
                    ui.label(format!("{:.0} °C", view.hottest_c));
                });
            });
        });
    Ok(())
}
