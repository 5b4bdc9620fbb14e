//! The one station flow, headless or in the window: open an attempt (the trainee must
//! be on the roster; their next scenario, their variant, the session's conditions; the
//! log's opening lines in the attempts folder), and close it (score, store the report,
//! queue the xAPI statements, and redact what an exam station may not show).

use std::path::PathBuf;

use super::session::{LoadedSession, Mode, RosterEntry};
use super::store::{next_attempt, next_scenario, scenario_hash};
use super::xapi;
use crate::app::{Attempt, Conditions, LabBinding, new_nonce};
use crate::data::write_atomically;
use crate::error::{Error, Result};
use crate::scoring::{Report, expert_path, score_bundled};
use crate::trainee::AttemptLog;

/// A trainee's attempt opened at a station: what they attempt and where it is stored.
#[derive(Debug, Clone)]
pub struct OpenStation {
    pub session: LoadedSession,
    pub trainee: RosterEntry,
    pub attempt: Attempt,
    pub log_path: PathBuf,
    pub report_path: PathBuf,
}

/// What a closed attempt left: the stored report, what the trainee may be shown, and
/// whether its statements are waiting in the outbox.
#[derive(Debug, Clone)]
pub struct ClosedStation {
    pub report: Report,
    /// The report as the station shows it: in an exam the score alone (findings and the
    /// expert path name the answer); in practice everything, with the expert path.
    pub shown: Report,
    pub statements_queued: bool,
}

impl OpenStation {
    /// Opens the trainee's next attempt of the session: refuses a trainee not on the
    /// roster, and one who has attempted every scenario.
    pub fn open(session: &LoadedSession, trainee: &str) -> Result<Self> {
        // A lab that keys its logs refuses to record an attempt it could not vouch for.
        let key = session.chain_key()?.unwrap_or_default();
        let roster_entry = session.trainee(trainee).cloned().ok_or_else(|| {
            Error::Refused(format!(
                "`{trainee}` is not on the roster of session {} ({})",
                session.session.id,
                session.path.display()
            ))
        })?;
        let scenario = next_scenario(session, trainee)?.ok_or_else(|| {
            Error::Refused(format!(
                "{trainee} has already attempted every scenario of session {}",
                session.session.id
            ))
        })?;
        let exam = session.session.mode == Mode::Exam;
        let conditions = Conditions {
            hints: !exam,
            exam,
            limit_min: Some(session.session.time_limit_min),
        };
        let files = next_attempt(session, trainee, &scenario.scenario.id)?;
        let attempt = Attempt::new(scenario, trainee, conditions)
            .at_slot(session.slot_of(trainee))
            .in_lab(LabBinding {
                scenario_file: session.relative_path(&scenario.path),
                scenario_hash: scenario_hash(&scenario.path)?,
                session: session.session.id.clone(),
                number: files.number,
                nonce: new_nonce(),
                key,
            });
        let (log_path, report_path) = (files.log, files.report);
        Ok(Self {
            session: session.clone(),
            trainee: roster_entry,
            attempt,
            log_path,
            report_path,
        })
    }

    /// Starts the attempt's log in the attempts folder (header and attempt lines).
    pub fn open_log(&self) -> Result<AttemptLog> {
        if let Some(dir) = self.log_path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create the folder", e))?;
        }
        self.attempt.open_log(Some(&self.log_path))
    }

    /// Scores the finished attempt, stores the report beside the log and queues the
    /// statements for the session's LRS (sending is [`xapi::deliver`]'s job).
    pub fn close(&self, log: &AttemptLog) -> Result<ClosedStation> {
        let mut report = score_bundled(&self.attempt.scenario, &log.entries)?;
        report.log_seal = Some(log.seal());
        write_atomically(&self.report_path, report.json().as_bytes())?;
        let statements_queued = match &self.session.session.lrs {
            Some(_) => {
                let statements = xapi::statements(
                    &self.session,
                    &self.trainee,
                    &report,
                    self.attempt.lab.as_ref().map_or(1, |lab| lab.number),
                );
                xapi::enqueue(&xapi::outbox_dir(&self.session), &statements)?;
                true
            }
            None => false,
        };
        Ok(ClosedStation {
            shown: self.shown(&report),
            report,
            statements_queued,
        })
    }

    fn shown(&self, report: &Report) -> Report {
        let mut shown = report.clone();
        if self.attempt.conditions.exam {
            // The findings name the fault and its cause: the answer key stays with the instructor.
            shown.findings.clear();
            shown.process.text.clear();
            shown.expert_path.clear();
        } else {
            shown.expert_path = expert_path(&self.attempt);
        }
        shown
    }
}
