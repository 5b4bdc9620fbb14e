//! The debrief at the end of a shift: the score and verdict, the category bars, the
//! findings as a timeline, and the expert's path beside the trainee's (a station in an
//! exam shows the score alone).

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::shift::{Shift, ShiftPhase};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        debrief_window.run_if(in_state(ShiftPhase::Debrief)),
    );
}

fn debrief_window(
    mut contexts: EguiContexts,
    shift: Res<Shift>,
    mut dismissed: Local<bool>,
) -> Result {
    if *dismissed {
        return Ok(());
    }
    let Some(report) = &shift.report else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let mut open = true;
    egui::Window::new("Debrief")
        .open(&mut open)
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .default_width(900.0)
        .default_height(560.0)
        .collapsible(false)
        .show(ctx, |ui| {
            let verdict = if report.passed {
                RichText::new("PASS").color(Color32::from_rgb(90, 200, 110))
            } else {
                RichText::new("FAIL").color(Color32::from_rgb(240, 80, 60))
            };
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "{} / 100",
                        crate::scoring::points_text(report.total)
                    ))
                    .heading()
                    .strong(),
                );
                ui.label(verdict.heading());
                ui.label(format!(
                    "pass mark {} · {} min · parts {:.0}",
                    report.pass_mark, report.duration_min, report.parts_cost
                ));
            });
            if let Some(gate) = &report.gate {
                ui.colored_label(Color32::from_rgb(240, 80, 60), gate);
            }
            ui.separator();
            egui::Grid::new("categories").num_columns(2).show(ui, |ui| {
                for c in &report.categories {
                    ui.label(&c.name);
                    let share = if c.weight > 0.0 {
                        c.points / c.weight
                    } else {
                        1.0
                    };
                    ui.add(
                        egui::ProgressBar::new(share)
                            .desired_width(360.0)
                            .text(format!(
                                "{} / {}",
                                crate::scoring::points_text(c.points),
                                crate::scoring::points_text(c.weight)
                            )),
                    );
                    ui.end_row();
                }
            });
            ui.label(RichText::new(&report.process.text).italics());
            ui.separator();
            ui.columns(3, |columns| {
                columns[0].label(RichText::new("Findings").strong());
                egui::ScrollArea::vertical()
                    .id_salt("findings")
                    .max_height(260.0)
                    .show(&mut columns[0], |ui| {
                        if report.findings.is_empty() {
                            ui.label("Nothing to improve.");
                        }
                        for f in &report.findings {
                            let text = format!(
                                "{} {}{}",
                                f.time.as_deref().unwrap_or("--"),
                                f.action
                                    .as_deref()
                                    .map_or(String::new(), |a| format!("{a}: ")),
                                f.text
                            );
                            if f.points < 0.0 {
                                ui.colored_label(Color32::from_rgb(240, 150, 90), text);
                            } else {
                                ui.label(text);
                            }
                        }
                    });
                columns[1].label(RichText::new("Your path").strong());
                path(&mut columns[1], "trainee", &report.trainee_path);
                columns[2].label(RichText::new("Expert path").strong());
                path(&mut columns[2], "expert", &report.expert_path);
            });
        });
    *dismissed = !open;
    Ok(())
}

fn path(ui: &mut egui::Ui, id: &str, steps: &[String]) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(260.0)
        .show(ui, |ui| {
            for (i, step) in steps.iter().enumerate() {
                ui.label(RichText::new(format!("{:>2}. {step}", i + 1)).small());
            }
        });
}
