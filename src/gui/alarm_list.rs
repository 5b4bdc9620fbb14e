//! The alarm list in the log dock, newest first; active alarms in red. Clicking an
//! alarm's equipment selects it and frames it on the floor.

use bevy_egui::egui::{self, Color32, RichText};

use crate::alarms::{AlarmLog, AlarmSource};
use crate::sim::tick_text;

/// Draws the list; returns the equipment of an alarm the person clicked.
pub(super) fn show(ui: &mut egui::Ui, log: &AlarmLog) -> Option<AlarmSource> {
    let mut clicked = None;
    let active = log.active().count();
    ui.horizontal(|ui| {
        ui.strong("Alarms");
        ui.label(format!("{active} active, {} in the log", log.alarms.len()));
    });
    egui::ScrollArea::vertical()
        .id_salt("alarms")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("alarm_grid")
                .striped(true)
                .num_columns(3)
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
                        let source = RichText::new(alarm.source.describe()).color(colour);
                        if ui
                            .link(source)
                            .on_hover_text("select it and frame it on the floor")
                            .clicked()
                        {
                            clicked = Some(alarm.source);
                        }
                        ui.label(RichText::new(&alarm.message).color(colour))
                            .on_hover_text(alarm.code.tag());
                        ui.end_row();
                    }
                });
        });
    clicked
}
