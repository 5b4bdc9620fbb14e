//! The work order that closes a job: the root cause must be one the catalogue lists
//! for that kind of equipment, so it can be marked against the scenario's answer.

use super::outcome::{Effect, Observed, Refusal};
use crate::faults::FaultCatalogue;
use crate::scenario::{FaultKind, ResolvedTarget};

/// Root causes the catalogue lists for faults in this kind of equipment, in catalogue order.
pub fn causes_for(catalogue: &FaultCatalogue, target: ResolvedTarget) -> Vec<String> {
    let equipment = target.equipment();
    catalogue
        .kinds
        .iter()
        .filter(|k| FaultKind::equipment_of(&k.kind) == Some(equipment))
        .flat_map(|k| k.causes.iter().cloned())
        .collect()
}

pub fn file(
    catalogue: Option<&FaultCatalogue>,
    target: ResolvedTarget,
    root_cause: &str,
    repair: &str,
    notes: &str,
) -> Observed {
    let Some(catalogue) = catalogue else {
        return Observed::refused(
            "the fault catalogue did not load: the work order cannot be checked",
            Refusal::NoCatalogue,
        );
    };
    let causes = causes_for(catalogue, target);
    if !causes.iter().any(|c| c == root_cause) {
        return Observed::refused(
            format!(
                "work order not filed: \"{root_cause}\" is not a root cause for {}; choose one of: {}",
                target.describe(),
                causes.join("; ")
            ),
            Refusal::NotACatalogueCause,
        );
    }
    let text = format!(
        "work order filed for {}: root cause \"{root_cause}\"; repair \"{repair}\"; notes: {}",
        target.describe(),
        if notes.trim().is_empty() {
            "(none)"
        } else {
            notes
        }
    );
    Observed::done(text, vec![Effect::WorkOrderFiled])
}
