//! Graded lab sessions: session files and rosters, durable attempts stored per trainee,
//! verification by replay, and grades out (Canvas and Moodle CSVs, feedback).

pub mod gradebook;
pub mod session;
pub mod store;
pub mod verify;
pub mod xapi;

pub use session::{LabSession, LoadedSession, Mode, RosterEntry, ScenarioChoice, load_session};
