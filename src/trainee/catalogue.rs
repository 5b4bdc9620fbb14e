//! The action catalogue as data (`assets/catalogue/actions.ron`): what each action
//! costs in simulated time, which part a replacement fits and its price, and how the
//! technician moves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bevy::prelude::Resource;
use serde::{Deserialize, Serialize};

use super::action::TraineeAction;
use crate::error::LoadError;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TechnicianSpec {
    pub walk_speed_mps: f32,
    pub field_walk_speed_mps: f32,
    pub reach_m: f32,
    pub danger_ahead_m: f32,
    pub danger_speed_mps: f32,
}

/// What the tracked vest makes nearby units do.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VestSpec {
    pub slow_radius_m: f32,
    pub creep_speed_mps: f32,
    pub stop_radius_m: f32,
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
    pub seconds: BTreeMap<String, f32>,
    pub parts: BTreeMap<String, Part>,
    /// For each test (see [`TraineeAction::test_key`]), the causes it shows as abnormal
    /// and what it shows; every other cause reads normal.
    pub tests: BTreeMap<String, BTreeMap<String, String>>,
}

impl ActionCatalogue {
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        ron::from_str(&text).map_err(|e| LoadError::from_ron(path, e))
    }

    /// The catalogue shipped in `assets/catalogue/actions.ron`.
    pub fn bundled() -> Result<Self, LoadError> {
        Self::load(&bundled_path())
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

fn bundled_path() -> PathBuf {
    let local = Path::new("assets/catalogue/actions.ron");
    if local.is_file() {
        local.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalogue/actions.ron")
    }
}
