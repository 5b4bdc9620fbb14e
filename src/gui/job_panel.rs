//! The Job tab: the trouble ticket, hints, the work-order form and *End shift*.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::equipment::Equipment;
use super::scenario_picker::Picker;
use super::shift::Shift;
use crate::faults::FaultCatalogue;
use crate::trainee::{ScenarioHints, TraineeAction, work_order};

/// The form's contents, kept between frames.
#[derive(Resource, Debug, Default)]
pub(super) struct WorkOrderForm {
    cause: usize,
    repair: String,
    notes: String,
}

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct JobData<'w, 's> {
    catalogue: Option<Res<'w, FaultCatalogue>>,
    hints: Res<'w, ScenarioHints>,
    form: ResMut<'w, WorkOrderForm>,
    picker: ResMut<'w, Picker>,
    equipment: Equipment<'w, 's>,
}

pub(super) fn show(
    ui: &mut egui::Ui,
    job: &mut JobData,
    shift: &mut Shift,
    selected: Option<Entity>,
    chosen: &mut Vec<TraineeAction>,
) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        match &shift.ticket {
            Some(t) => {
                ui.label(RichText::new(&t.title).strong());
                ui.label(format!(
                    "{:?} · shift {} min · {}",
                    t.difficulty, t.shift_min, t.id
                ));
                ui.label(&t.ticket);
            }
            None => {
                ui.label("No scenario loaded: a healthy floor. Pick a scenario to start a shift.");
            }
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button("Scenarios…").clicked() {
                job.picker.open = true;
            }
            if shift.has_scenario() && ui.button("End shift").clicked() {
                shift.end_requested = true;
            }
        });
        ui.horizontal_wrapped(|ui| {
            for (index, hint) in job.hints.iter().enumerate() {
                if ui
                    .button(format!("Hint: {} (−{})", hint.step, hint.cost))
                    .clicked()
                {
                    chosen.push(TraineeAction::UseHint {
                        index: index as u32,
                    });
                }
            }
        });
        ui.separator();
        ui.strong("Work order");
        let target = selected.and_then(|e| job.equipment.target(e));
        let (Some(target), Some(catalogue)) = (target, job.catalogue.as_deref()) else {
            ui.label("Select the equipment the job is for.");
            return;
        };
        let causes = work_order::causes_for(catalogue, target);
        let form = &mut job.form;
        ui.label(target.describe());
        form.cause = form.cause.min(causes.len().saturating_sub(1));
        egui::ComboBox::from_label("root cause")
            .selected_text(causes.get(form.cause).cloned().unwrap_or_default())
            .show_ui(ui, |ui| {
                for (i, cause) in causes.iter().enumerate() {
                    ui.selectable_value(&mut form.cause, i, cause);
                }
            });
        ui.add(egui::TextEdit::singleline(&mut form.repair).hint_text("repair done"));
        ui.add(
            egui::TextEdit::multiline(&mut form.notes)
                .hint_text("notes")
                .desired_rows(2),
        );
        if ui.button("File work order").clicked()
            && let Some(cause) = causes.get(form.cause)
        {
            chosen.push(TraineeAction::FileWorkOrder {
                target,
                root_cause: cause.clone(),
                repair: form.repair.clone(),
                notes: form.notes.clone(),
            });
        }
    });
}
