//! The trouble ticket, top left: what the trainee was called out for.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::scenario_picker::Picker;
use super::shift::Shift;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ticket_window);
}

fn ticket_window(
    mut contexts: EguiContexts,
    shift: Res<Shift>,
    mut picker: ResMut<Picker>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("Trouble ticket")
        .default_pos([190.0, 30.0])
        .default_width(330.0)
        .collapsible(true)
        .show(ctx, |ui| {
            match &shift.ticket {
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
