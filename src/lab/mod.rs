//! Graded lab sessions: session files and rosters, the station flow, durable attempts
//! stored per trainee, verification by replay, and grades out (Canvas and Moodle CSVs,
//! feedback, xAPI statements through an outbox).

pub mod gradebook;
mod integrity;
mod replay_diff;
mod roster;
pub mod session;
pub mod station;
pub mod store;
pub mod verify;
pub mod xapi;

pub use session::{
    Counted, Delivery, LabSession, LoadedSession, Mode, RosterEntry, ScenarioChoice, load_session,
};
pub use station::{ClosedStation, OpenStation};
