//! The fleet list on the left: each unit, its state and its state of charge.

use bevy::prelude::*;
use bevy_egui::egui;

use super::selection::Selection;
use super::telemetry_panel::{UnitView, soc_text};
use crate::fleet::{FleetRoster, Mission};

pub(super) fn show(
    ui: &mut egui::Ui,
    roster: &FleetRoster,
    units: &Query<UnitView>,
    selection: &mut Selection,
) {
    ui.heading("Fleet");
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("fleet_grid").striped(true).show(ui, |ui| {
            ui.strong("unit");
            ui.strong("state");
            ui.strong("SoC");
            ui.end_row();
            for &entity in &roster.units {
                let Ok(u) = units.get(entity) else {
                    continue;
                };
                let chosen = selection.0 == Some(entity);
                if ui.selectable_label(chosen, u.unit.label()).clicked() {
                    selection.0 = Some(entity);
                }
                let state = if u.odometry.lost {
                    "LOST".to_string()
                } else {
                    short_state(u.mission)
                };
                ui.label(state);
                ui.label(soc_text(u.battery.soc()));
                ui.end_row();
            }
        });
    });
}

fn short_state(mission: &Mission) -> String {
    use crate::fleet::FetchStep;
    match mission {
        Mission::Parked => "parked".into(),
        Mission::FetchPod { step, .. } => match step {
            FetchStep::ToPod => "to pod",
            FetchStep::Lifting => "lifting",
            FetchStep::ToStation => "to station",
            FetchStep::Picking { .. } => "picking",
            FetchStep::ToStorage => "returning",
            FetchStep::Lowering => "lowering",
        }
        .into(),
        Mission::Charge { docked: false, .. } => "to charger".into(),
        Mission::Charge { docked: true, .. } => "charging".into(),
        Mission::Park { .. } => "to park".into(),
    }
}
