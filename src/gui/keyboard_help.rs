//! Keyboard shortcuts for the common actions on the selection, and the F1 help window
//! that lists them.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::selection::Selection;
use crate::conveyor::MdrZone;
use crate::fleet::DriveUnit;
use crate::sim::SimClock;
use crate::trainee::{PendingActions, TraineeAction};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HelpOpen>()
        .add_systems(Update, shortcut_keys)
        .add_systems(EguiPrimaryContextPass, help_window);
}

/// Whether the keyboard help overlay is showing (F1).
#[derive(Resource, Debug, Default)]
struct HelpOpen(bool);

/// The common actions, one key each, for the selected equipment.
const SHORTCUTS: [(&str, &str); 15] = [
    ("F1", "show or hide this help"),
    (
        "Right-click",
        "walk there (into the field only through the gate)",
    ),
    ("V", "put the vest on or take it off"),
    ("Space", "pause / resume"),
    ("1 / 2 / 3", "sim speed 1× / 4× / 16×"),
    ("A", "read the alarm list"),
    (
        "T",
        "telemetry of the selected unit, or status of the selected zone's line",
    ),
    ("I", "inspect the selected unit or zone"),
    (
        "L",
        "lockout on the selected zone's line; for a unit, lock a zone round it",
    ),
    ("C", "centre the view on the technician"),
    ("G", "follow the technician as they walk"),
    ("F", "close-up of the selected equipment (the work view)"),
    ("O", "back to the overview of the whole floor"),
    (
        "M",
        "take the meter in hand: the selection's test points show; click one to measure",
    ),
    ("H", "the thermal camera's view, coloured by temperature"),
];

fn shortcut_keys(
    keys: Res<ButtonInput<KeyCode>>,
    selection: Res<Selection>,
    clock: Res<SimClock>,
    units: Query<&DriveUnit>,
    zones: Query<&MdrZone>,
    mut help: ResMut<HelpOpen>,
    mut pending: ResMut<PendingActions>,
    technician: Res<crate::trainee::Technician>,
) {
    let vest_on = technician.vest_on;
    if keys.just_pressed(KeyCode::F1) {
        help.0 = !help.0;
    }
    let unit = selection.0.and_then(|e| units.get(e).ok());
    let zone = selection.0.and_then(|e| zones.get(e).ok());
    let mut act = |action: TraineeAction| pending.push(clock.tick + 1, action);
    if keys.just_pressed(KeyCode::KeyA) {
        act(TraineeAction::ReadAlarms);
    }
    if keys.just_pressed(KeyCode::KeyV) {
        act(TraineeAction::Vest { on: !vest_on });
    }
    if keys.just_pressed(KeyCode::KeyT) {
        match (unit, zone) {
            (Some(u), _) => act(TraineeAction::ReadUnitTelemetry { unit: u.id }),
            (_, Some(z)) => act(TraineeAction::ReadLineStatus { line: z.line }),
            _ => {}
        }
    }
    if keys.just_pressed(KeyCode::KeyI) {
        match (unit, zone) {
            (Some(u), _) => act(TraineeAction::InspectUnit { unit: u.id }),
            (_, Some(z)) => act(TraineeAction::InspectZone {
                line: z.line,
                zone: z.index,
            }),
            _ => {}
        }
    }
    if keys.just_pressed(KeyCode::KeyL) {
        match (unit, zone) {
            (Some(u), _) => act(TraineeAction::LockZoneAround { unit: u.id }),
            (_, Some(z)) => act(TraineeAction::ApplyLockout { line: z.line }),
            _ => {}
        }
    }
}

fn help_window(mut contexts: EguiContexts, mut help: ResMut<HelpOpen>) -> Result {
    if !help.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut open = help.0;
    egui::Window::new("Keyboard")
        .open(&mut open)
        .default_pos([400.0, 150.0])
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                for (key, what) in SHORTCUTS {
                    ui.label(RichText::new(key).monospace().strong());
                    ui.label(what);
                    ui.end_row();
                }
            });
        });
    help.0 = open;
    Ok(())
}
