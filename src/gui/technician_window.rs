//! The technician's window: where they are, the vest, the action in hand with the time
//! left, the queue, hints, *End shift*, and the work-order form.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::selection::Selection;
use super::shift::{Shift, SimSpeed};
use crate::conveyor::{BeltSection, MdrZone};
use crate::faults::FaultCatalogue;
use crate::fleet::DriveUnit;
use crate::scenario::ResolvedTarget;
use crate::scoring::describe;
use crate::sim::{SimClock, clock_text};
use crate::trainee::{PendingActions, Spot, Technician, TraineeAction, work_order};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<WorkOrderForm>()
        .add_systems(EguiPrimaryContextPass, technician_window);
}

#[derive(Resource, Debug, Default)]
struct WorkOrderForm {
    cause: usize,
    repair: String,
    notes: String,
}

#[allow(clippy::too_many_arguments)]
fn technician_window(
    mut contexts: EguiContexts,
    clock: Res<SimClock>,
    technician: Res<Technician>,
    selection: Res<Selection>,
    catalogue: Option<Res<FaultCatalogue>>,
    units: Query<&DriveUnit>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    mut form: ResMut<WorkOrderForm>,
    mut speed: ResMut<SimSpeed>,
    mut pending: ResMut<PendingActions>,
    hints: Res<crate::trainee::ScenarioHints>,
    mut shift: ResMut<Shift>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let target = selection.0.and_then(|e| {
        units
            .get(e)
            .map(|u| ResolvedTarget::Unit(u.id))
            .or_else(|_| {
                zones.get(e).map(|z| ResolvedTarget::Zone {
                    line: z.line,
                    zone: z.index,
                })
            })
            .or_else(|_| belts.get(e).map(|b| ResolvedTarget::Line(b.line)))
            .ok()
    });
    let mut chosen = Vec::new();
    egui::Window::new("Technician")
        .default_pos([545.0, 30.0])
        .default_width(330.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(if technician.in_field {
                    RichText::new("inside the field").color(Color32::from_rgb(250, 160, 40))
                } else {
                    RichText::new("outside the fence")
                });
                ui.separator();
                ui.label(if technician.vest_on {
                    "vest on"
                } else {
                    "no vest"
                });
            });
            match &technician.busy {
                Some(hand) => {
                    let total = (hand.done_tick - hand.started).max(1) as f32;
                    let done = (clock.tick.saturating_sub(hand.started)) as f32 / total;
                    ui.label(describe(&hand.action));
                    ui.add(egui::ProgressBar::new(done.min(1.0)).text(format!(
                        "{} left",
                        clock_text(technician.remaining_s(clock.tick))
                    )));
                }
                None => {
                    ui.label("ready");
                }
            }
            if !pending.queue.is_empty() {
                ui.label(format!("{} more queued", pending.queue.len()));
            }
            ui.checkbox(&mut speed.hurry_when_busy, "run at 16× while working");
            ui.horizontal_wrapped(|ui| {
                if ui.button("Vest on/off").clicked() {
                    chosen.push(TraineeAction::Vest {
                        on: !technician.vest_on,
                    });
                }
                if ui.button("Walk to the gate").clicked() {
                    chosen.push(TraineeAction::WalkTo { to: Spot::Gate });
                }
                if ui.button("Walk to the bench").clicked() {
                    chosen.push(TraineeAction::WalkTo { to: Spot::Bench });
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (index, hint) in hints.iter().enumerate() {
                    if ui
                        .button(format!("Hint: {} (−{})", hint.step, hint.cost))
                        .clicked()
                    {
                        chosen.push(TraineeAction::UseHint {
                            index: index as u32,
                        });
                    }
                }
                if shift.has_scenario() && ui.button("End shift").clicked() {
                    shift.end_requested = true;
                }
            });
            egui::CollapsingHeader::new("Work order").show(ui, |ui| {
                let (Some(target), Some(catalogue)) = (target, catalogue.as_deref()) else {
                    ui.label("Select the equipment the job is for.");
                    return;
                };
                let causes = work_order::causes_for(catalogue, target);
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
        });
    for action in chosen {
        pending.push(clock.tick + 1, action);
    }
    Ok(())
}
