//! The instruments' figures, read from `assets/catalogue/instruments.ron`: every
//! constant a reading is computed with, documented with its unit.

use std::path::Path;

use bevy::prelude::Resource;
use serde::{Deserialize, Serialize};

use crate::error::LoadError;

#[derive(Resource, Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InstrumentFigures {
    pub meter: MeterFigures,
    pub thermal: ThermalFigures,
    pub self_test: SelfTestFigures,
}

/// The multimeter, the insulation tester and the safe-voltage checks.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MeterFigures {
    /// Supply at an encoder's connector on a powered unit, V.
    pub encoder_supply_v: f32,
    /// A shorted turn lowers the two phase readings through it to this share of healthy.
    pub shorted_winding_ratio: f32,
    /// Healthy insulation over-ranges the 500 V tester above this, MΩ.
    pub healthy_insulation_mohm: f32,
    /// Broken-down insulation reads this, MΩ.
    pub failed_insulation_mohm: f32,
    /// The pass threshold of an insulation test, MΩ.
    pub minimum_insulation_mohm: f32,
    /// A DC bus below this is safe to work near, V.
    pub safe_bus_v: f32,
    /// A unit's controller capacitors have drained this long after isolation, s.
    pub unit_bus_drain_s: f32,
    /// Their decay's time constant before that, s.
    pub unit_bus_time_constant_s: f32,
}

/// The thermal camera: how far above the hall's air each part runs, °C.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ThermalFigures {
    /// A drive motor's rise when it runs unloaded.
    pub motor_idle_rise_c: f32,
    /// Its further rise at rated current (in proportion to the current squared).
    pub motor_rise_at_rated_c: f32,
    /// The squared-current term is capped at this multiple.
    pub motor_heating_cap: f32,
    /// The extra heat of a shorted winding while the unit is powered.
    pub shorted_winding_rise_c: f32,
    /// The lift screw's rise as new.
    pub lift_idle_rise_c: f32,
    /// Its further rise per unit of slowdown (a worn nut rubs).
    pub lift_rise_per_slowdown_c: f32,
    /// An MDR roller's rise at running current, in proportion to its current.
    pub roller_rise_at_rated_c: f32,
    /// The current ratio is capped at this.
    pub roller_current_ratio_cap: f32,
    /// A belt motor's rise per unit of load factor at base frequency.
    pub belt_motor_rise_c: f32,
    /// The load factor is capped at this.
    pub belt_load_factor_cap: f32,
    /// The belt motor's base frequency, Hz (slower runs cooler).
    pub belt_base_hz: f32,
    /// The extra heat of a VFD overload building up (at full overload).
    pub belt_overload_rise_c: f32,
    /// The belt drive's heatsink rise at idle.
    pub drive_heatsink_idle_rise_c: f32,
    /// Its further rise per ampere of output current.
    pub drive_heatsink_c_per_a: f32,
    /// Charger pads: rise per ampere through clean pads.
    pub pad_c_per_a: f32,
    /// Further rise per ampere through pitted pads, in proportion to the contact lost.
    pub pitted_pad_c_per_a: f32,
}

/// A drive unit's built-in self-test.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SelfTestFigures {
    /// The camera's test-target contrast below which the test flags it LOW (0–1).
    pub low_contrast_below: f32,
}

impl InstrumentFigures {
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        crate::data::load_ron(path)
    }

    /// The figures shipped in `assets/catalogue/instruments.ron`, read once per process.
    pub fn bundled() -> Result<Self, LoadError> {
        static LOADED: std::sync::OnceLock<InstrumentFigures> = std::sync::OnceLock::new();
        crate::data::bundled_once(&LOADED, || {
            Self::load(&crate::data::bundled_asset(
                "assets/catalogue/instruments.ron",
            ))
        })
    }
}
