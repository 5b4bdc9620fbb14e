//! The Fleet tab: each unit's condition first (what stops it, in red), then its
//! mission and its state of charge, so a unit in trouble stands out at a glance.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};

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
            ui.strong("condition");
            ui.strong("mission");
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
                match trouble(&u) {
                    Some(what) => {
                        ui.label(RichText::new(what).color(Color32::from_rgb(240, 90, 70)))
                    }
                    None => ui.label(RichText::new("ok").weak()),
                };
                ui.label(short_state(u.mission));
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

/// What stops the unit or keeps it out of work, most serious first (None: working).
pub(super) fn trouble(u: &super::telemetry_panel::UnitViewItem<'_, '_>) -> Option<&'static str> {
    let h = u.health;
    Some(if !u.power.battery_connected {
        "isolated"
    } else if !u.power.powered {
        "powered down"
    } else if h.remote_estop {
        "E-STOPPED"
    } else if h.stalled {
        "STALLED"
    } else if u.odometry.lost {
        "LOST"
    } else if h.link_down_ticks > 0 {
        "link down"
    } else if h.reset_hold_ticks > 0 {
        "reset"
    } else if h.obstacle_hold_ticks > 0 {
        "obstacle"
    } else if h.overcurrent || h.hall_error {
        "drive fault"
    } else {
        return None;
    })
}
