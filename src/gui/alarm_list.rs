//! The alarm list along the bottom of the window, newest first; active alarms in red.

use bevy_egui::egui::{self, Color32, RichText};

use crate::alarms::AlarmLog;
use crate::sim::tick_text;

pub(super) fn alarm_panel(root: &mut egui::Ui, log: &AlarmLog) {
    egui::Panel::bottom("alarms")
        .default_size(140.0)
        .show_inside(root, |ui| {
            let active = log.active().count();
            ui.horizontal(|ui| {
                ui.strong("Alarms");
                ui.label(format!("{active} active, {} in the log", log.alarms.len()));
            });
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    egui::Grid::new("alarm_grid")
                        .striped(true)
                        .num_columns(4)
                        .show(ui, |ui| {
                            for alarm in log.alarms.iter().rev().take(200) {
                                let colour = if alarm.cleared_tick.is_none() {
                                    Color32::from_rgb(240, 90, 70)
                                } else {
                                    Color32::GRAY
                                };
                                ui.label(
                                    RichText::new(tick_text(alarm.raised_tick))
                                        .monospace()
                                        .color(colour),
                                );
                                ui.label(RichText::new(alarm.source.describe()).color(colour));
                                ui.label(RichText::new(alarm.code.tag()).monospace().color(colour));
                                ui.label(RichText::new(&alarm.message).color(colour));
                                ui.end_row();
                            }
                        });
                });
        });
}
