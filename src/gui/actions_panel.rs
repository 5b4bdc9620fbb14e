//! The Work tab: what the technician could do to the selected equipment where they
//! stand, sent as the same `TraineeAction`s a script sends. Work from the handheld
//! shows anywhere; hands-on work only beside the equipment; a repair once the part it
//! fixes has been looked at or tested. Every other repair stays one click away under
//! *Other repair…*, so guessing is possible but nothing suggests the answer.

use std::collections::BTreeSet;

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::action_menu::{Group, Item, menu};
use super::equipment::Equipment;
use crate::faults::FaultCatalogue;
use crate::scenario::ResolvedTarget;
use crate::scoring::describe;
use crate::trainee::{ActionCatalogue, AttemptLog, LogEntry, Technician, TraineeAction};

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct WorkData<'w, 's> {
    pub equipment: Equipment<'w, 's>,
    technician: Res<'w, Technician>,
    log: Res<'w, AttemptLog>,
    actions: Option<Res<'w, ActionCatalogue>>,
    faults: Option<Res<'w, FaultCatalogue>>,
}

impl WorkData<'_, '_> {
    /// Whether the technician could do this where they stand now.
    fn within_reach(&self, action: &TraineeAction) -> bool {
        let Some(spot) = action.work_spot() else {
            return true;
        };
        let reach = self
            .actions
            .as_deref()
            .map_or(1.5, |c| c.technician.reach_m);
        self.equipment
            .spot_position(spot)
            .is_some_and(|p| p.distance(self.technician.position) <= reach)
    }
}

/// The repairs (as action kinds) for every cause that a look or test the trainee has
/// done on this equipment could have shown: a part counts as looked at once a done
/// test on it covers a cause that repair removes.
pub(super) fn repairs_looked_at(
    log: &[LogEntry],
    actions: &ActionCatalogue,
    faults: &FaultCatalogue,
    target: ResolvedTarget,
) -> BTreeSet<String> {
    let mut causes = BTreeSet::new();
    for entry in log {
        let LogEntry::Action {
            action,
            outcome: Some(outcome),
            ..
        } = entry
        else {
            continue;
        };
        if !outcome.is_done() || action.equipment() != Some(target) {
            continue;
        }
        if let Some(table) = actions.tests.get(&action.test_key()) {
            causes.extend(table.keys().map(String::as_str));
        }
    }
    faults
        .kinds
        .iter()
        .flat_map(|kind| kind.repaired_by.iter())
        .filter(|(cause, _)| causes.contains(cause.as_str()))
        .map(|(_, repair)| repair.clone())
        .collect()
}

/// One of the tab's offers: shown as a button, kept for later, or left to the picker.
enum Offer {
    Shown,
    WalkFirst,
    OtherRepair,
}

pub(super) fn show(
    ui: &mut egui::Ui,
    selected: Option<Entity>,
    work: &WorkData,
    chosen: &mut Vec<TraineeAction>,
) {
    let Some(target) = selected.and_then(|e| work.equipment.target(e)) else {
        ui.label("Click a drive unit, a conveyor zone or belt, or a charger to work on it.");
        ui.label("Right-click the floor to walk there; F1 lists the keys.");
        return;
    };
    let items = menu(target);
    let looked_at = match (work.actions.as_deref(), work.faults.as_deref()) {
        (Some(actions), Some(faults)) => {
            repairs_looked_at(&work.log.entries, actions, faults, target)
        }
        _ => BTreeSet::new(),
    };
    let offer = |item: &Item| {
        if !work.within_reach(&item.action) {
            Offer::WalkFirst
        } else if item.group == Group::Repair && !looked_at.contains(&item.action.name()) {
            Offer::OtherRepair
        } else {
            Offer::Shown
        }
    };
    ui.label(RichText::new(target.describe()).strong());
    egui::ScrollArea::vertical().show(ui, |ui| {
        let mut later = 0;
        let mut others = Vec::new();
        for group in [
            Group::Look,
            Group::MakeSafe,
            Group::Measure,
            Group::Repair,
            Group::CloseOut,
        ] {
            let mut shown = Vec::new();
            for item in items.iter().filter(|i| i.group == group) {
                match offer(item) {
                    Offer::Shown => shown.push(item),
                    Offer::WalkFirst => later += 1,
                    Offer::OtherRepair => others.push(item),
                }
            }
            if shown.is_empty() {
                continue;
            }
            ui.label(RichText::new(group.title()).small().weak());
            ui.horizontal_wrapped(|ui| {
                for item in shown {
                    if ui
                        .button(&item.label)
                        .on_hover_text(describe(&item.action))
                        .clicked()
                    {
                        chosen.push(item.action.clone());
                    }
                }
            });
        }
        if !others.is_empty() {
            ui.menu_button("Other repair…", |ui| {
                for item in others {
                    if ui.button(&item.label).clicked() {
                        chosen.push(item.action.clone());
                        ui.close();
                    }
                }
            });
        }
        if later > 0 {
            ui.label(
                RichText::new(format!(
                    "{later} more need you at the equipment: walk there first."
                ))
                .small()
                .weak(),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trainee::{Outcome, Refusal};

    fn done(action: TraineeAction, outcome: Outcome) -> LogEntry {
        LogEntry::Action {
            started: 0,
            tick: 60,
            action,
            observation: String::new(),
            outcome: Some(outcome),
        }
    }

    /// Repairs are offered for the parts a done look covered on that equipment only.
    #[test]
    fn a_repair_is_offered_once_its_part_was_looked_at_on_that_equipment() {
        let actions = ActionCatalogue::bundled().expect("action catalogue");
        let faults = FaultCatalogue::bundled().expect("fault catalogue");
        let unit = ResolvedTarget::Unit(3);
        let offered = |log: &[LogEntry]| repairs_looked_at(log, &actions, &faults, unit);
        assert!(offered(&[]).is_empty(), "nothing before a look");
        let refused = done(
            TraineeAction::InspectUnit { unit: 3 },
            Outcome::refused(Refusal::TooFar),
        );
        assert!(
            offered(&[refused]).is_empty(),
            "a refused look shows nothing"
        );
        let elsewhere = done(
            TraineeAction::InspectUnit { unit: 4 },
            Outcome::done(vec![]),
        );
        assert!(offered(&[elsewhere]).is_empty(), "a look at another unit");
        let inspected = done(
            TraineeAction::InspectUnit { unit: 3 },
            Outcome::done(vec![]),
        );
        let repairs = offered(&[inspected]);
        for seen in [
            "ClearAxleDebris",
            "ReplaceWheels",
            "CleanCamera",
            "ReplaceCoolingFan",
        ] {
            assert!(
                repairs.contains(seen),
                "{seen} after an inspection: {repairs:?}"
            );
        }
        // An inspection cannot see a worn pack or a failed encoder: those stay under
        // *Other repair…* until a test that tells them apart.
        assert!(!repairs.contains("ReplacePack") && !repairs.contains("ReplaceEncoder"));
        let measured = done(
            TraineeAction::Measure {
                point: crate::instruments::TestPoint::PackVoltage { unit: 3 },
            },
            Outcome::done(vec![]),
        );
        assert!(offered(&[measured]).contains("ReplacePack"));
    }
}
