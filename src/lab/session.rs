//! Lab session files: the course and assignment, the roster, the scenarios (in order or
//! a seeded draw), practice or exam, the time limit, where attempts go, and an optional
//! LRS whose password is read from an environment variable (never stored in the file).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::roster::roster_problems;
use crate::error::{Diagnostic, Error, Result};
use crate::scenario::{LoadedScenario, Locator, Seg, load_scenario_reported};
use crate::sim::hash::fnv64;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LabSession {
    pub id: String,
    pub title: String,
    pub course_id: String,
    pub assignment_id: String,
    pub roster: Vec<RosterEntry>,
    pub scenarios: ScenarioChoice,
    pub mode: Mode,
    /// Simulated minutes each attempt may take.
    pub time_limit_min: f32,
    pub pass_mark: f32,
    /// Where attempts are stored, relative to the session file.
    pub attempts_dir: String,
    #[serde(default)]
    pub lrs: Option<LrsConfig>,
    /// The environment variable holding the lab secret that keys every attempt log's
    /// chain (never written in this file or anywhere else). Without one, attempts can
    /// show accidental edits but not forgery: `verify` calls their integrity unproven.
    #[serde(default)]
    pub secret_env: Option<String>,
    /// Canvas assignment ids, one per scenario in order (the gradebook's Canvas columns
    /// read `Scenario title (id)`; without them a one-scenario session uses
    /// `assignment_id`, and more scenarios import as new assignments).
    #[serde(default)]
    pub canvas_assignments: Vec<String>,
    /// Which attempt the gradebook counts when a trainee has several at a scenario (a
    /// station run again after a crash starts a new numbered attempt).
    #[serde(default)]
    pub counts: Counted,
}

/// Which of a trainee's attempts at a scenario counts.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Counted {
    /// The most recent finished attempt.
    #[default]
    Last,
    /// The highest score.
    Best,
    /// The first finished attempt.
    First,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RosterEntry {
    pub id: String,
    pub name: String,
    pub email: String,
    /// The LMS login id (Canvas "SIS Login ID", Moodle username).
    pub login: String,
    #[serde(default)]
    pub section: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum ScenarioChoice {
    /// Every trainee does these scenario files, in this order (paths relative to the session file).
    InOrder(Vec<String>),
    /// Each trainee gets `count` of these, drawn with the seed and their id.
    Draw {
        from: Vec<String>,
        count: u32,
        seed: u64,
    },
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Mode {
    Practice,
    Exam,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LrsConfig {
    /// The LRS base URL; statements go to `<endpoint>/statements`.
    pub endpoint: String,
    pub username: String,
    /// The environment variable that holds the password.
    pub password_env: String,
    /// How statements are sent: tries and waits (the same for every station and `outbox`).
    #[serde(default)]
    pub delivery: Delivery,
    /// A PEM file of CA certificates to trust for an https endpoint signed by the
    /// college's own CA (relative to the session file); default: the public roots.
    #[serde(default)]
    pub ca_file: Option<String>,
}

/// The xAPI delivery policy: after a failed send, `retries` more tries, the first
/// `first_wait_s` later and each wait twice the one before; what still fails waits in
/// the outbox for `faultline outbox`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Delivery {
    pub retries: u32,
    pub first_wait_s: f32,
}

impl Default for Delivery {
    fn default() -> Self {
        Self {
            retries: 3,
            first_wait_s: 0.5,
        }
    }
}

/// A session file with its scenarios loaded.
#[derive(Debug, Clone)]
pub struct LoadedSession {
    pub path: PathBuf,
    pub session: LabSession,
    /// Every scenario the session names, in the order written.
    pub scenarios: Vec<LoadedScenario>,
}

impl LoadedSession {
    /// The key for this session's attempt logs: the secret in the environment variable
    /// the session names. `Ok(None)` when the session names none; an error when it names
    /// one that is unset or too short to key anything.
    pub fn chain_key(&self) -> Result<Option<crate::trainee::ChainKey>> {
        let Some(name) = &self.session.secret_env else {
            return Ok(None);
        };
        match std::env::var(name) {
            Ok(secret) if secret.len() >= MIN_SECRET_LEN => {
                Ok(Some(crate::trainee::ChainKey::secret(secret.as_bytes())))
            }
            Ok(_) => Err(Error::Refused(format!(
                "the lab secret in {name} is shorter than {MIN_SECRET_LEN} characters: choose a longer one"
            ))),
            Err(_) => Err(Error::Refused(format!(
                "session {} keys its attempt logs with the secret in {name}, which is not set here",
                self.session.id
            ))),
        }
    }

    pub fn attempts_dir(&self) -> PathBuf {
        self.path
            .parent()
            .unwrap_or(Path::new("."))
            .join(&self.session.attempts_dir)
    }

    /// The folder the session file is in (its paths are relative to it).
    pub fn folder(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// A path as the session writes it: relative to the session's folder when inside it.
    pub fn relative_path(&self, path: &Path) -> String {
        path.strip_prefix(self.folder())
            .unwrap_or(path)
            .display()
            .to_string()
    }

    /// A scenario of the session by its id.
    pub fn scenario(&self, id: &str) -> Option<&LoadedScenario> {
        self.scenarios.iter().find(|s| s.scenario.id == id)
    }

    pub fn trainee(&self, id: &str) -> Option<&RosterEntry> {
        self.session.roster.iter().find(|t| t.id == id)
    }

    /// The trainee's place on the roster: their variant is spread from it, so trainees
    /// next to each other on the roster get different equipment where the set allows.
    pub fn slot_of(&self, id: &str) -> Option<u32> {
        self.session
            .roster
            .iter()
            .position(|t| t.id == id)
            .map(|i| i as u32)
    }

    /// The scenarios this trainee does, in order.
    pub fn scenarios_for(&self, trainee: &str) -> Vec<&LoadedScenario> {
        match &self.session.scenarios {
            ScenarioChoice::InOrder(_) => self.scenarios.iter().collect(),
            ScenarioChoice::Draw { count, seed, .. } => {
                // Rank the scenarios by a hash of seed, trainee and scenario: a stable draw.
                let mut ranked: Vec<(u64, &LoadedScenario)> = self
                    .scenarios
                    .iter()
                    .map(|s| {
                        let key = format!("{seed}|{trainee}|{}", s.scenario.id);
                        (fnv64(key.as_bytes()), s)
                    })
                    .collect();
                ranked.sort_by_key(|(h, s)| (*h, s.scenario.id.clone()));
                ranked
                    .into_iter()
                    .take(*count as usize)
                    .map(|(_, s)| s)
                    .collect()
            }
        }
    }
}

/// The longest time limit a session may set: a day.
pub(super) const MAX_TIME_LIMIT_MIN: f32 = 1440.0;

/// Reads and checks a session file: syntax errors with line and column, then every
/// problem in its meaning, and every scenario it names.
pub fn load_session(path: &Path) -> Result<LoadedSession> {
    let text = crate::data::read_text(path, crate::data::AUTHORED_FILE_LIMIT)?;
    let session: LabSession = crate::data::authored_ron()
        .from_str(&text)
        .map_err(|e| crate::error::LoadError::from_ron(path, e))?;
    let mut problems = roster_problems(path, &text, &session.roster);
    let locator = Locator::new(&text);
    let mut problem = |at: &[&str], what: String| {
        let segs: Vec<Seg> = at.iter().map(|s| Seg::from(*s)).collect();
        let position = if at.is_empty() {
            None
        } else {
            locator.locate(&segs)
        };
        problems.push(Diagnostic::new(path, position, what));
    };
    if !(session.time_limit_min > 0.0 && session.time_limit_min <= MAX_TIME_LIMIT_MIN) {
        problem(
            &["time_limit_min"],
            format!(
                "time_limit_min is {}, expected more than 0 and at most {MAX_TIME_LIMIT_MIN} (a day)",
                session.time_limit_min
            ),
        );
    }
    if !(0.0..=100.0).contains(&session.pass_mark) {
        problem(
            &["pass_mark"],
            format!("pass_mark is {}, expected 0 to 100", session.pass_mark),
        );
    }
    if session.attempts_dir.trim().is_empty() {
        problem(&["attempts_dir"], "attempts_dir is empty".into());
    }
    if let Some(name) = &session.secret_env
        && !is_env_name(name)
    {
        // Never echo the value: it may be the secret itself.
        problem(
            &["secret_env"],
            "secret_env must name an environment variable (like FAULTLINE_LAB_SECRET) that holds the lab secret; it holds something else (not shown, in case it is the secret)".into(),
        );
    }
    if let Some(lrs) = &session.lrs {
        if !(lrs.endpoint.starts_with("http://") || lrs.endpoint.starts_with("https://")) {
            problem(
                &["lrs", "endpoint"],
                format!("lrs.endpoint `{}` is not an http(s) URL", lrs.endpoint),
            );
        }
        if !is_env_name(&lrs.password_env) {
            problem(
                &["lrs", "password_env"],
                "lrs.password_env must name an environment variable (like FAULTLINE_LRS_PASSWORD) that holds the password; it holds something else (not shown, in case it is the password)".into(),
            );
        }
        let d = lrs.delivery;
        if d.retries > 20 || !(0.0..=60.0).contains(&d.first_wait_s) {
            problem(
                &["lrs", "delivery"],
                format!(
                    "lrs.delivery is {} retries, first wait {} s: expected at most 20 retries and a first wait of 0 to 60 s",
                    d.retries, d.first_wait_s
                ),
            );
        }
    }
    let canvas = &session.canvas_assignments;
    if let Some(bad) = canvas
        .iter()
        .find(|id| id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()))
    {
        problem(
            &["canvas_assignments"],
            format!(
                "canvas assignment id `{}` is not a number (Canvas ids are digits)",
                bad.escape_debug()
            ),
        );
    }
    let files = match &session.scenarios {
        ScenarioChoice::InOrder(files) => files.clone(),
        ScenarioChoice::Draw { from, count, .. } => {
            if *count == 0 || *count as usize > from.len() {
                problem(
                    &["scenarios"],
                    format!("the draw takes {count} of {} scenarios", from.len()),
                );
            }
            from.clone()
        }
    };
    if files.is_empty() {
        problem(&["scenarios"], "the session names no scenarios".into());
    }
    if !canvas.is_empty() && canvas.len() != files.len() {
        problem(
            &["canvas_assignments"],
            format!(
                "{} canvas assignment ids for {} scenarios: give one per scenario, in order",
                canvas.len(),
                files.len()
            ),
        );
    }
    let base = path.parent().unwrap_or(Path::new("."));
    let mut scenarios = Vec::new();
    for file in &files {
        match load_scenario_reported(&base.join(file)) {
            Ok(loaded) => scenarios.push(loaded),
            Err(e) => problem(&[], format!("scenario `{file}`: {e}")),
        }
    }
    let mut session = session;
    if let Some(ca) = session.lrs.as_mut().and_then(|lrs| lrs.ca_file.as_mut()) {
        *ca = base.join(&*ca).display().to_string();
    }
    if problems.is_empty() {
        Ok(LoadedSession {
            path: path.to_path_buf(),
            session,
            scenarios,
        })
    } else {
        Err(Error::Problems(problems))
    }
}

/// An environment variable's name: capitals, digits and `_`.
fn is_env_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The shortest lab secret accepted.
pub const MIN_SECRET_LEN: usize = 16;

/// The one session file in a folder (a path to a file is taken as it is).
pub fn find_session_file(path: &Path) -> Result<PathBuf> {
    if !path.is_dir() {
        return Ok(path.to_path_buf());
    }
    let found: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| Error::io(path, "list the folder", e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_session_file(p))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::Refused(format!(
            "{}: no session file in this folder",
            path.display()
        ))),
        _ => Err(Error::Refused(format!(
            "{}: more than one session file; name one",
            path.display()
        ))),
    }
}

/// Whether a file is a session file (its first item is `LabSession(`).
pub fn is_session_file(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("//"))
            .is_some_and(|l| l.starts_with("LabSession"))
    })
}
