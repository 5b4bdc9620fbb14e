//! The technician, at the top of the side panel: where they are, the vest, the action
//! in hand with the time left, the queue, and the moves that need no equipment.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};

use super::shift::SimSpeed;
use crate::scoring::describe;
use crate::sim::{SimClock, clock_text};
use crate::trainee::{PendingActions, Spot, Technician, TraineeAction};

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct TechnicianData<'w> {
    technician: Res<'w, Technician>,
}

pub(super) fn show(
    ui: &mut egui::Ui,
    data: &TechnicianData,
    pending: &PendingActions,
    clock: &SimClock,
    speed: &mut SimSpeed,
    chosen: &mut Vec<TraineeAction>,
) {
    let technician = &data.technician;
    ui.horizontal(|ui| {
        ui.strong("Technician");
        ui.label(if technician.in_field {
            RichText::new("inside the field").color(Color32::from_rgb(250, 160, 40))
        } else {
            RichText::new("outside the fence")
        });
        ui.label(if technician.vest_on {
            RichText::new("vest on").color(Color32::from_rgb(190, 250, 30))
        } else {
            RichText::new("no vest")
        });
    });
    match &technician.busy {
        Some(hand) => {
            let total = (hand.done_tick - hand.started).max(1) as f32;
            let done = (clock.tick.saturating_sub(hand.started)) as f32 / total;
            ui.add(egui::ProgressBar::new(done.min(1.0)).text(format!(
                "{}: {} left",
                describe(&hand.action),
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
    ui.horizontal_wrapped(|ui| {
        let vest = if technician.vest_on {
            "vest off"
        } else {
            "vest on"
        };
        if ui.button(vest).clicked() {
            chosen.push(TraineeAction::Vest {
                on: !technician.vest_on,
            });
        }
        if ui.button("to the gate").clicked() {
            chosen.push(TraineeAction::WalkTo { to: Spot::Gate });
        }
        if ui.button("to the bench").clicked() {
            chosen.push(TraineeAction::WalkTo { to: Spot::Bench });
        }
        ui.checkbox(&mut speed.hurry_when_busy, "16× while working");
    });
}
