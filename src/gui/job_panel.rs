//! The Job tab: the trouble ticket, hints, the work-order form and *End shift*.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::equipment::Equipment;
use super::scenario_picker::Picker;
use super::shift::Shift;
use crate::faults::FaultCatalogue;
use crate::sim::{SimClock, tick_text};
use crate::trainee::{ScenarioHints, ScenarioQuestions, TraineeAction, work_order};

/// The form's contents, kept between frames.
#[derive(Resource, Debug, Default)]
pub(super) struct WorkOrderForm {
    cause: usize,
    repair: String,
    notes: String,
    /// The choice marked for each end-of-shift question, before it is answered.
    marked: Vec<usize>,
}

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct JobData<'w, 's> {
    catalogue: Option<Res<'w, FaultCatalogue>>,
    hints: Res<'w, ScenarioHints>,
    questions: Res<'w, ScenarioQuestions>,
    clock: Res<'w, SimClock>,
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
                // A hint shows its unlock time until then.
                let unlocked = job.clock.tick >= hint.unlock_tick();
                let label = if unlocked {
                    format!("Hint: {} (−{})", hint.step, hint.cost)
                } else {
                    format!("Hint: {} at {}", hint.step, tick_text(hint.unlock_tick()))
                };
                if ui.add_enabled(unlocked, egui::Button::new(label)).clicked() {
                    chosen.push(TraineeAction::UseHint {
                        index: index as u32,
                    });
                }
            }
        });
        questions(ui, &job.questions, &mut job.form.marked, chosen);
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

/// The end-of-shift questions: mark a choice, then answer (the first answer stands).
fn questions(
    ui: &mut egui::Ui,
    questions: &ScenarioQuestions,
    marked: &mut Vec<usize>,
    chosen: &mut Vec<TraineeAction>,
) {
    if questions.asked.is_empty() {
        return;
    }
    ui.separator();
    ui.strong("Before you end the shift");
    marked.resize(questions.asked.len(), 0);
    for (i, q) in questions.asked.iter().enumerate() {
        ui.label(&q.ask);
        let answered = questions.answer_to(i as u32);
        for (c, choice) in q.choices.iter().enumerate() {
            let mut pick = answered.map_or(marked[i], |a| a as usize);
            ui.add_enabled_ui(answered.is_none(), |ui| {
                ui.radio_value(&mut pick, c, choice)
            });
            if answered.is_none() {
                marked[i] = pick;
            }
        }
        if answered.is_some() {
            ui.label(RichText::new("answered").weak());
        } else if ui.button("Answer").clicked() {
            chosen.push(TraineeAction::AnswerQuestion {
                question: i as u32,
                choice: marked[i] as u32,
            });
        }
    }
}
