//! The shift around the floor: the trouble ticket, the alarm list, and the scenario
//! picker (which reopens Faultline on the chosen scenario).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::alarms::AlarmLog;
use crate::scenario::{
    Difficulty, LoadedScenario, bundled_scenarios_dir, scenario_files, validate_files,
};
use crate::sim::{TICK_HZ, clock_text};

/// The scenario being run, as the trainee may see it (no fault details).
#[derive(Resource, Debug, Clone, Default)]
pub struct ShiftInfo {
    pub scenario: Option<ShiftTicket>,
    pub screenshot_mode: bool,
}

#[derive(Debug, Clone)]
pub struct ShiftTicket {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub ticket: String,
    pub shift_min: f32,
}

impl From<&LoadedScenario> for ShiftTicket {
    fn from(loaded: &LoadedScenario) -> Self {
        let s = &loaded.scenario;
        Self {
            id: s.id.clone(),
            title: s.title.clone(),
            difficulty: s.difficulty,
            ticket: s.ticket.clone(),
            shift_min: s.shift_min,
        }
    }
}

/// The scenario picker's state: the bundled scenarios (or why one cannot be opened).
#[derive(Resource, Debug, Default)]
struct Picker {
    open: bool,
    entries: Option<Vec<PickerEntry>>,
    message: Option<String>,
}

#[derive(Debug, Clone)]
struct PickerEntry {
    path: PathBuf,
    title: String,
    difficulty: Option<Difficulty>,
    problem: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    // Without a scenario the picker opens by itself, except when rendering a screenshot.
    let has_scenario = app
        .world()
        .get_resource::<ShiftInfo>()
        .is_some_and(|s| s.scenario.is_some() || s.screenshot_mode);
    app.init_resource::<ShiftInfo>()
        .insert_resource(Picker {
            open: !has_scenario,
            ..default()
        })
        .add_systems(EguiPrimaryContextPass, (ticket_window, picker_window));
}

fn ticket_window(
    mut contexts: EguiContexts,
    info: Res<ShiftInfo>,
    mut picker: ResMut<Picker>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("Trouble ticket")
        .default_pos([190.0, 30.0])
        .default_width(330.0)
        .collapsible(true)
        .show(ctx, |ui| {
            match &info.scenario {
                Some(t) => {
                    ui.label(RichText::new(&t.title).strong());
                    ui.label(format!(
                        "{:?} · shift {} min · {}",
                        t.difficulty, t.shift_min, t.id
                    ));
                    ui.separator();
                    ui.label(&t.ticket);
                }
                None => {
                    ui.label(
                        "No scenario loaded: a healthy floor. Pick a scenario to start a shift.",
                    );
                }
            }
            if ui.button("Scenarios…").clicked() {
                picker.open = true;
            }
        });
    Ok(())
}

fn picker_window(
    mut contexts: EguiContexts,
    mut picker: ResMut<Picker>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    if !picker.open {
        return Ok(());
    }
    if picker.entries.is_none() {
        picker.entries = Some(load_entries());
    }
    let ctx = contexts.ctx_mut()?;
    let mut open = picker.open;
    let mut chosen = None;
    egui::Window::new("Scenarios")
        .open(&mut open)
        .default_pos([420.0, 120.0])
        .default_width(460.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    egui::Grid::new("scenario_list")
                        .striped(true)
                        .show(ui, |ui| {
                            ui.strong("scenario");
                            ui.strong("level");
                            ui.label("");
                            ui.end_row();
                            for entry in picker.entries.iter().flatten() {
                                ui.label(&entry.title);
                                match (&entry.problem, entry.difficulty) {
                                    (Some(problem), _) => {
                                        ui.label(
                                            RichText::new("broken")
                                                .color(Color32::from_rgb(230, 80, 60)),
                                        )
                                        .on_hover_text(problem);
                                    }
                                    (None, Some(d)) => {
                                        ui.label(format!("{d:?}"));
                                    }
                                    (None, None) => {
                                        ui.label("");
                                    }
                                }
                                if ui
                                    .add_enabled(entry.problem.is_none(), egui::Button::new("Open"))
                                    .clicked()
                                {
                                    chosen = Some(entry.path.clone());
                                }
                                ui.end_row();
                            }
                        });
                });
            if let Some(message) = &picker.message {
                ui.colored_label(Color32::from_rgb(230, 80, 60), message);
            }
        });
    picker.open = open;
    if let Some(path) = chosen {
        // A new shift is a new simulation: start Faultline afresh on the scenario.
        let started = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .arg("run")
                .arg(&path)
                .spawn()
        });
        match started {
            Ok(_) => {
                exit.write(AppExit::Success);
            }
            Err(e) => picker.message = Some(format!("could not open {}: {e}", path.display())),
        }
    }
    Ok(())
}

fn load_entries() -> Vec<PickerEntry> {
    let Ok(files) = scenario_files(&[bundled_scenarios_dir()]) else {
        return Vec::new();
    };
    files
        .iter()
        .map(|path| {
            let (loaded, problems) = validate_files(std::slice::from_ref(path));
            match loaded.first() {
                Some(l) => PickerEntry {
                    path: path.clone(),
                    title: l.scenario.title.clone(),
                    difficulty: Some(l.scenario.difficulty),
                    problem: None,
                },
                None => PickerEntry {
                    path: path.clone(),
                    title: path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    difficulty: None,
                    problem: Some(
                        problems
                            .iter()
                            .map(|p| p.to_string())
                            .collect::<Vec<_>>()
                            .join("\n"),
                    ),
                },
            }
        })
        .collect()
}

/// The alarm list along the bottom of the window, newest first; active alarms in red.
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
                                    RichText::new(clock_text(alarm.raised_tick as f64 / TICK_HZ))
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
