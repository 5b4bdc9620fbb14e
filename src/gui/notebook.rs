//! The notebook in the log dock: every observation so far, newest first, with the
//! action named in the same words as the debrief, and safety events in red.

use bevy_egui::egui::{self, Color32, RichText};

use crate::scoring::describe;
use crate::sim::tick_text;
use crate::trainee::{AttemptLog, LogEntry};

pub(super) fn show(ui: &mut egui::Ui, log: &AttemptLog) {
    ui.strong("Notebook");
    egui::ScrollArea::vertical()
        .id_salt("notebook")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut any = false;
            for entry in log.entries.iter().rev().take(200) {
                match entry {
                    LogEntry::Action {
                        tick,
                        action,
                        observation,
                        ..
                    } => {
                        any = true;
                        ui.label(
                            RichText::new(format!("{} {}", tick_text(*tick), describe(action)))
                                .monospace()
                                .small(),
                        );
                        ui.label(observation);
                    }
                    LogEntry::SafetyViolation { tick, what, .. } => {
                        any = true;
                        ui.colored_label(
                            Color32::from_rgb(240, 80, 60),
                            format!("{} SAFETY: {what}", tick_text(*tick)),
                        );
                    }
                    _ => {}
                }
            }
            if !any {
                ui.label("Observations appear here as you work.");
            }
        });
}
