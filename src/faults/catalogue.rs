//! The fault catalogue as data (`assets/catalogue/faults.ron`): what each kind looks
//! like, which alarms, test points and observations it changes, its causes and repairs.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::alarms::AlarmCode;
use crate::error::LoadError;
use crate::scenario::FaultKind;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Subsystem {
    Motor,
    Sensor,
    Battery,
    Conveyor,
}

/// One fault kind's entry.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CatalogueEntry {
    /// The kind's name as scenario files write it.
    pub kind: String,
    pub subsystem: Subsystem,
    pub symptom: String,
    /// Alarms the floor raises because of this fault (empty: seen, not reported).
    pub alarms: Vec<AlarmCode>,
    /// On a working floor, an alarm shows within this long of the fault starting, seconds.
    pub detect_within_s: f32,
    pub test_points: Vec<String>,
    pub observations: Vec<String>,
    /// What a close look at the equipment shows (None: nothing visible).
    #[serde(default)]
    pub inspection: Option<String>,
    /// Root causes a work order may name for this kind.
    pub causes: Vec<String>,
    pub repairs: Vec<String>,
    /// For each cause a fault of this kind simulates, the trainee action (its kind, as
    /// scripts write it) that removes that cause.
    pub repaired_by: BTreeMap<String, String>,
}

#[derive(bevy::prelude::Resource, Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FaultCatalogue {
    pub kinds: Vec<CatalogueEntry>,
}

impl FaultCatalogue {
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        crate::data::load_ron(path)
    }

    /// The catalogue shipped in `assets/catalogue/faults.ron`, read once per process.
    pub fn bundled() -> Result<Self, LoadError> {
        static LOADED: std::sync::OnceLock<FaultCatalogue> = std::sync::OnceLock::new();
        crate::data::bundled_once(&LOADED, || {
            Self::load(&crate::data::bundled_asset("assets/catalogue/faults.ron"))
        })
    }

    pub fn entry(&self, kind: &str) -> Option<&CatalogueEntry> {
        self.kinds.iter().find(|k| k.kind == kind)
    }

    /// The action that removes the cause this fault simulates.
    pub fn repaired_by(&self, kind: &FaultKind) -> Option<&str> {
        self.entry(kind.name())?
            .repaired_by
            .get(kind.simulated_cause())
            .map(String::as_str)
    }
}
