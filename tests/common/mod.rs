//! Helpers shared by the integration tests.
#![allow(dead_code)]

use faultline::floor::FloorLayout;
use faultline::sim::{HeadlessSim, SimSetup};

pub fn preset(name: &str) -> FloorLayout {
    match FloorLayout::preset_or_path(name) {
        Ok(layout) => layout,
        Err(e) => panic!("bundled preset {name} must load: {e}"),
    }
}

pub fn sim(name: &str, seed: u64) -> HeadlessSim {
    HeadlessSim::new(SimSetup::floor(preset(name), seed))
}

pub fn sim_with(layout: FloorLayout, seed: u64) -> HeadlessSim {
    HeadlessSim::new(SimSetup::floor(layout, seed))
}

/// Simulated minutes to ticks.
pub fn minutes(m: u64) -> u64 {
    m * 60 * 60
}
