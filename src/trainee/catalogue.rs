//! The action catalogue as data (`assets/catalogue/actions.ron`): what each action
//! costs in simulated time, which part a replacement fits and its price, and how the
//! technician moves.

use std::collections::BTreeMap;
use std::path::Path;

use bevy::prelude::Resource;
use serde::{Deserialize, Serialize};

use super::action::TraineeAction;
use crate::error::LoadError;
use crate::fleet::VestSpec;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TechnicianSpec {
    pub walk_speed_mps: f32,
    pub field_walk_speed_mps: f32,
    pub reach_m: f32,
}

/// A test cycle's figures.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TestCycleSpec {
    /// Test totes put on a line at its induct; all must reach its end.
    pub test_totes: u32,
    /// Cells a unit back at work must drive for the cycle to show it working.
    pub min_cells_driven: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub part: String,
    pub cost: f32,
}

#[derive(Resource, Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActionCatalogue {
    pub technician: TechnicianSpec,
    pub vest: VestSpec,
    pub default_seconds: f32,
    /// What a test cycle puts the equipment through, and what shows it working.
    pub test_cycle: TestCycleSpec,
    pub seconds: BTreeMap<String, f32>,
    pub parts: BTreeMap<String, Part>,
    /// For each test (see [`TraineeAction::test_key`]), the causes it shows as abnormal
    /// and what it shows; every other cause reads normal.
    pub tests: BTreeMap<String, BTreeMap<String, String>>,
}

impl ActionCatalogue {
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        crate::data::load_ron(path)
    }

    /// The catalogue shipped in `assets/catalogue/actions.ron`, read once per process.
    pub fn bundled() -> Result<Self, LoadError> {
        static LOADED: std::sync::OnceLock<ActionCatalogue> = std::sync::OnceLock::new();
        crate::data::bundled_once(&LOADED, || {
            Self::load(&crate::data::bundled_asset("assets/catalogue/actions.ron"))
        })
    }

    /// Simulated seconds the action takes at the equipment (walking not included).
    pub fn seconds(&self, action: &TraineeAction) -> f32 {
        self.seconds
            .get(&action.name())
            .copied()
            .unwrap_or(self.default_seconds)
    }

    /// The part this action fits, if it replaces one.
    pub fn part(&self, action: &TraineeAction) -> Option<&Part> {
        self.parts.get(&action.name())
    }
}
