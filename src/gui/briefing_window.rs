//! The briefing: the trouble ticket and the rules of the floor, shown before the
//! shift starts; the floor waits until the trainee starts it.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::shift::{Shift, ShiftPhase, SimSpeed};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        briefing_window.run_if(in_state(ShiftPhase::Briefing)),
    );
}

fn briefing_window(
    mut contexts: EguiContexts,
    shift: Res<Shift>,
    mut speed: ResMut<SimSpeed>,
    mut next: ResMut<NextState<ShiftPhase>>,
) -> Result {
    let Some(ticket) = &shift.ticket else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("Briefing")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(&ticket.title).heading());
            ui.label(format!(
                "{:?} · shift {} min",
                ticket.difficulty, ticket.shift_min
            ));
            ui.separator();
            ui.label(RichText::new("Trouble ticket").strong());
            ui.label(&ticket.ticket);
            ui.separator();
            ui.label("You start at the maintenance bench outside the fence. Lock a zone before you go through the gate, wear your vest, and lock out anything you put your hands on. Right-click the floor to walk; select equipment to act on it. F1 lists the keys.");
            if ui.button(RichText::new("Start the shift").strong()).clicked() {
                speed.set(1.0);
                next.set(ShiftPhase::OnShift);
            }
        });
    Ok(())
}
