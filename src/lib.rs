//! Faultline: a robotic fulfilment floor on which maintenance apprentices practise
//! fault diagnosis and repair.
//!
//! The simulation core ([`app::SimPlugin`]: floor, fleet, conveyors, faults, the
//! technician) runs headless under `MinimalPlugins`; the `gui` feature adds the 3D
//! window as a thin client.
//!
//! Layers, lowest first; a module imports only from the layers below it (and, inside
//! the world layer, from the modules listed before it):
//! - ground: [`sim`] (tick, clock, RNG, the tick's sets), [`data`], [`error`], [`floor`];
//! - world: [`alarms`], [`fleet`], [`conveyor`], [`scenario`], [`faults`], [`instruments`],
//!   [`trainee`];
//! - composition: [`app`] (the simulation plugin, headless stepping, the attempt runner);
//! - judgement: [`scoring`], [`lab`];
//! - interface: `gui` (the window) and [`cli`] (the `faultline` command).

pub mod alarms;
pub mod app;
pub mod cli;
pub mod conveyor;
pub mod data;
pub mod error;
pub mod faults;
pub mod fleet;
pub mod floor;
pub mod instruments;
pub mod lab;
pub mod scenario;
pub mod scoring;
pub mod sim;
pub mod trainee;

#[cfg(feature = "gui")]
pub mod gui;
