//! The top bar: the floor, sim time and the shift time left, pause and speed, what
//! the floor has done so far, where the camera looks, and which docks are open.

use bevy_egui::egui::{self, Color32, RichText};

use super::camera_aim::{Aim, CameraAim};
use super::dock::DockState;
use super::pace::Pace;
use super::shift::{Shift, SimSpeed, shift_left};
use super::test_points::MeterInHand;
use super::thermal_view::ThermalView;
use crate::conveyor::ConveyorRoster;
use crate::fleet::FleetStats;
use crate::sim::{SimClock, clock_text};

pub(super) struct TopBar<'a> {
    pub floor: &'a str,
    pub clock: &'a SimClock,
    pub shift: &'a Shift,
    pub stats: &'a FleetStats,
    pub conveyors: &'a ConveyorRoster,
    pub pace: &'a Pace,
}

/// The views and docks the bar switches.
pub(super) struct Toggles<'a> {
    pub aim: &'a mut CameraAim,
    pub dock: &'a mut DockState,
    pub meter: &'a mut MeterInHand,
    pub thermal: &'a mut ThermalView,
}

pub(super) fn show(root: &mut egui::Ui, bar: TopBar, speed: &mut SimSpeed, toggles: Toggles) {
    let Toggles {
        aim,
        dock,
        meter,
        thermal,
    } = toggles;
    egui::Panel::top("top_bar").show_inside(root, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("FAULTLINE")
                    .strong()
                    .color(Color32::from_rgb(250, 160, 40)),
            );
            ui.separator();
            ui.label(bar.floor);
            ui.separator();
            ui.label(
                RichText::new(format!("sim time {}", clock_text(bar.clock.seconds()))).monospace(),
            );
            if let Some(left) = shift_left(bar.shift, bar.clock) {
                ui.label(RichText::new(left).monospace());
            }
            ui.separator();
            if ui.selectable_label(speed.stopped(), "⏸ pause").clicked() {
                speed.paused = !speed.paused;
            }
            for choice in [1.0, 4.0, 16.0] {
                let active = !speed.stopped() && (speed.effective() - choice).abs() < 0.01;
                if ui.selectable_label(active, format!("{choice}×")).clicked() {
                    speed.set(choice);
                }
            }
            if let Some((achieved, wanted)) = bar.pace.falling_behind() {
                ui.label(
                    RichText::new(format!("⚠ only {achieved:.1}×: can't keep up"))
                        .strong()
                        .color(Color32::from_rgb(250, 170, 40)),
                )
                .on_hover_text(format!(
                    "{wanted}× chosen, but this computer cannot simulate and draw the floor \
                     that fast: sim time runs at {achieved:.1}× real time. Choose a lower \
                     speed, or close panels."
                ));
            }
            ui.separator();
            ui.label(format!(
                "picks {} · totes {}",
                bar.stats.picks, bar.conveyors.totes_delivered
            ))
            .on_hover_text(format!("pods returned {}", bar.stats.pods_returned));
            ui.separator();
            camera_buttons(ui, aim);
            ui.toggle_value(&mut meter.0, "meter")
                .on_hover_text("the meter in hand: test points show on the selection (M)");
            ui.toggle_value(&mut thermal.on, "thermal")
                .on_hover_text("the thermal camera's view (H)");
            ui.separator();
            ui.toggle_value(&mut dock.side_open, "panel")
                .on_hover_text("the side panel: technician, work, readings, job, fleet");
            ui.toggle_value(&mut dock.log_open, "log")
                .on_hover_text("alarms and notebook along the bottom");
        });
    });
}

fn camera_buttons(ui: &mut egui::Ui, aim: &mut CameraAim) {
    if ui
        .button("find me")
        .on_hover_text("centre on the technician (C)")
        .clicked()
    {
        aim.request = Some(Aim::Technician);
    }
    ui.toggle_value(&mut aim.follow, "follow")
        .on_hover_text("keep the technician in view (G)");
    if ui
        .button("close-up")
        .on_hover_text("frame the selected equipment (F)")
        .clicked()
    {
        aim.request = Some(Aim::CloseUp);
    }
    if ui
        .button("overview")
        .on_hover_text("the whole floor (O)")
        .clicked()
    {
        aim.request = Some(Aim::Overview);
    }
}
