//! The top bar: the floor, sim time and the shift time left, pause and speed, and what
//! the floor has done so far.

use bevy_egui::egui::{self, Color32, RichText};

use super::shift::{Shift, SimSpeed, shift_left};
use crate::conveyor::ConveyorRoster;
use crate::fleet::FleetStats;
use crate::sim::{SimClock, clock_text};

pub(super) struct TopBar<'a> {
    pub floor: &'a str,
    pub clock: &'a SimClock,
    pub shift: &'a Shift,
    pub stats: &'a FleetStats,
    pub conveyors: &'a ConveyorRoster,
}

pub(super) fn show(root: &mut egui::Ui, bar: TopBar, speed: &mut SimSpeed) {
    egui::Panel::top("top_bar").show_inside(root, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("FAULTLINE")
                    .strong()
                    .color(Color32::from_rgb(250, 160, 40)),
            );
            ui.separator();
            ui.label(format!("floor: {}", bar.floor));
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
            ui.separator();
            ui.label(format!("picks {}", bar.stats.picks));
            ui.label(format!("pods returned {}", bar.stats.pods_returned));
            ui.label(format!("totes out {}", bar.conveyors.totes_delivered));
        });
    });
}
