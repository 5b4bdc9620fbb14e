//! The end of a shift: the attempt is scored (the same pure function the CLI uses) and
//! the debrief shows the score, the category bars, the findings as a timeline, and the
//! expert's path beside the trainee's.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::faults::FaultCatalogue;
use crate::scenario::LoadedScenario;
use crate::scoring::{Report, describe, score, solution_path};
use crate::sim::{SimClock, SimSetup, TICK_HZ};
use crate::trainee::{ActionCatalogue, ActionScript, AttemptLog, LogEntry, ScenarioHints};

pub struct DebriefPlugin {
    pub scenario: Option<LoadedScenario>,
    pub trainee: String,
    pub open_at_start: bool,
}

/// The shift's scenario and, once the shift has ended, its report.
#[derive(Resource)]
pub struct Debrief {
    scenario: Option<LoadedScenario>,
    /// Set to end the shift now (the button, or the time running out).
    pub end_requested: bool,
    report: Option<Report>,
    open: bool,
}

impl Debrief {
    pub fn has_scenario(&self) -> bool {
        self.scenario.is_some()
    }
}

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        let seed = app.world().resource::<SimSetup>().seed;
        let id = self
            .scenario
            .as_ref()
            .map_or("floor".to_string(), |s| s.scenario.id.clone());
        app.insert_resource(AttemptLog::in_memory(LogEntry::Header {
            scenario: id,
            trainee: self.trainee.clone(),
            seed,
        }))
        .insert_resource(ScenarioHints(
            self.scenario
                .as_ref()
                .map(|s| s.scenario.hints.clone())
                .unwrap_or_default(),
        ))
        .insert_resource(Debrief {
            scenario: self.scenario.clone(),
            end_requested: self.open_at_start,
            report: None,
            open: false,
        })
        .add_systems(Update, end_of_shift)
        .add_systems(EguiPrimaryContextPass, debrief_window);
    }
}

/// Scores the attempt when the shift ends: on request, or when its time is up.
fn end_of_shift(
    clock: Res<SimClock>,
    log: Res<AttemptLog>,
    faults: Option<Res<FaultCatalogue>>,
    actions: Option<Res<ActionCatalogue>>,
    mut debrief: ResMut<Debrief>,
    mut time: ResMut<Time<Virtual>>,
) {
    let Some(loaded) = debrief.scenario.clone() else {
        return;
    };
    let shift_over = clock.tick as f64 >= loaded.scenario.shift_min as f64 * 60.0 * TICK_HZ;
    if debrief.report.is_some() || !(debrief.end_requested || shift_over) {
        return;
    }
    let (Some(faults), Some(actions)) = (faults, actions) else {
        return;
    };
    let mut report = score(&loaded, &log.entries, &faults, &actions);
    if let Ok(script) = ActionScript::load(&solution_path(&loaded.path)) {
        report.expert_path = script.actions.iter().map(|s| describe(&s.action)).collect();
    }
    debrief.report = Some(report);
    debrief.open = true;
    time.pause();
}

fn debrief_window(mut contexts: EguiContexts, mut debrief: ResMut<Debrief>) -> Result {
    if !debrief.open {
        return Ok(());
    }
    let Some(report) = debrief.report.clone() else {
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
    debrief.open = open;
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
