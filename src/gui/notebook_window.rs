//! The Notebook: every observation so far, newest first, with the action named in the
//! same words as the debrief, and safety events in red.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::scoring::describe;
use crate::sim::tick_text;
use crate::trainee::{AttemptLog, LogEntry};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, notebook_window);
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
                                        "{} {}",
                                        tick_text(*tick),
                                        describe(action)
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
        });
    Ok(())
}
