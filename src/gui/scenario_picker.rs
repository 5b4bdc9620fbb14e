//! The scenario picker: the bundled scenarios (broken ones marked with why); opening one
//! starts Faultline afresh on it.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::scenario::{Difficulty, bundled_scenarios_dir, scenario_files, validate_files};

/// Opens by itself on a plain floor (except when rendering a screenshot).
pub(super) fn plugin(app: &mut App, open_at_start: bool) {
    app.insert_resource(Picker {
        open: open_at_start,
        ..default()
    })
    .add_systems(EguiPrimaryContextPass, picker_window);
}

/// The scenario picker's state: the bundled scenarios (or why one cannot be opened).
#[derive(Resource, Debug, Default)]
pub(super) struct Picker {
    pub open: bool,
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
