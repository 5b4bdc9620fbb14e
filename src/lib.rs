//! Faultline: a robotic fulfilment floor on which maintenance apprentices practise
//! fault diagnosis and repair.
//!
//! The simulation core ([`sim::SimPlugin`]: floor, fleet, conveyors) runs headless
//! under `MinimalPlugins`; the `gui` feature adds the 3D window as a thin client.

pub mod alarms;
pub mod bench;
pub mod conveyor;
pub mod data;
pub mod error;
pub mod faults;
pub mod fleet;
pub mod floor;
pub mod lab;
pub mod scenario;
pub mod scoring;
pub mod sim;
pub mod trainee;

#[cfg(feature = "gui")]
pub mod gui;
