//! Graded lab commands: a headless `station`, `verify`, the `gradebook` and the xAPI `outbox`.

use std::path::PathBuf;

use clap::Args;

use crate::error::{Error, Result};
use crate::lab::session::find_session_file;
use crate::lab::{OpenStation, gradebook, load_session, verify, xapi};
use crate::scoring::{points_text, run_attempt};

/// A lab station, headless: the trainee's next scenario of the session, played from a
/// script under the session's conditions; the log and report go to the attempts folder.
#[derive(Args, Debug)]
pub struct StationArgs {
    /// The lab session file.
    #[arg(long)]
    session: PathBuf,
    /// The trainee id (must be on the roster).
    #[arg(long)]
    trainee: String,
    /// The trainee's actions.
    #[arg(long)]
    script: PathBuf,
}

impl StationArgs {
    pub fn run(self) -> Result<()> {
        let session = load_session(&self.session)?;
        let station = OpenStation::open(&session, &self.trainee)?;
        let script = station.attempt.load_script(&self.script)?;
        let log = station.open_log()?;
        let (log, _) = run_attempt(&station.attempt, &script, log, 60.0, |_| {})?;
        let closed = station.close(&log)?;
        println!("attempt logged to {}", station.log_path.display());
        if closed.statements_queued {
            let outbox = xapi::outbox_dir(&session);
            match xapi::deliver(&session, None) {
                Ok(d) if d.stopped.is_none() && d.rejected == 0 => {
                    println!("xAPI: {} statement(s) sent", d.sent)
                }
                Ok(d) if d.stopped.is_none() => println!(
                    "xAPI: {} sent, {} rejected by the LRS ({}); fix the roster, then `faultline outbox --resend-rejected`",
                    d.sent,
                    d.rejected,
                    d.reasons.join("; ")
                ),
                Ok(d) => println!(
                    "xAPI: {} sent, {} waiting in {} ({}); `faultline outbox` sends them later",
                    d.sent,
                    d.waiting,
                    outbox.display(),
                    d.stopped.unwrap_or_default()
                ),
                Err(e) => println!("xAPI: statements wait in {} ({e})", outbox.display()),
            }
        }
        let shown = &closed.shown;
        if station.attempt.conditions.exam {
            // In an exam the station shows the score, not the answer key or the expert path.
            println!(
                "{}: {} / 100, {}",
                shown.scenario,
                points_text(shown.total),
                if shown.passed { "PASS" } else { "FAIL" }
            );
        } else {
            println!("{}", shown.text());
        }
        Ok(())
    }
}

/// Re-simulate an attempt log on its scenario, check its keyed chain and re-score it:
/// "verified", or every problem with its line.
#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// The attempt log (its report is read from beside it).
    attempt: PathBuf,
    /// The lab session (default: the session file above the attempts folder). Its
    /// `secret_env` names the variable holding the lab secret.
    #[arg(long)]
    session: Option<PathBuf>,
    /// The scenario file to check against (default: the one the log names).
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// Also check the log against what the session's LRS received: the closing
    /// statement carries the log's length and last chain value.
    #[arg(long)]
    lrs: bool,
}

impl VerifyArgs {
    pub fn run(self) -> Result<()> {
        let session = verify::session_of(&self.attempt, self.session.as_deref())?;
        let verdict = verify::verify(&self.attempt, session.as_ref(), self.scenario.as_deref())?;
        let shown = self.attempt.display();
        println!(
            "{shown}: {} lines, last chain value {}",
            verdict.seal.lines, verdict.seal.chain
        );
        for problem in &verdict.problems {
            eprintln!("{shown}: {problem}");
        }
        if let Some(why) = &verdict.unproven {
            eprintln!("{shown}: {}", verify::unproven_text(why));
        }
        let mut lrs_differs = false;
        if self.lrs {
            let session = session.as_ref().ok_or_else(|| {
                Error::Refused(format!(
                    "{shown}: no session found for --lrs; give --session"
                ))
            })?;
            let registration = xapi::attempt_registration(
                &session.session.id,
                &verdict.trainee,
                &verdict.scenario,
                verdict.number,
            );
            match xapi::seal_at_lrs(session, &registration)? {
                Some(seal) if seal == verdict.seal => {
                    println!("{shown}: the LRS holds the same length and chain value")
                }
                Some(seal) => {
                    lrs_differs = true;
                    eprintln!(
                        "{shown}: the LRS received {} lines ending in chain {}; the log has {} ending in {}",
                        seal.lines, seal.chain, verdict.seal.lines, verdict.seal.chain
                    );
                }
                None => {
                    lrs_differs = true;
                    eprintln!("{shown}: the LRS holds no completed statement for this attempt");
                }
            }
        }
        if lrs_differs {
            Err(Error::Refused(format!(
                "{shown} NOT verified: it is not what the LRS received"
            )))
        } else if verdict.verified() {
            println!("verified: {shown}");
            Ok(())
        } else if verdict.problems.is_empty() {
            Err(Error::Refused(format!(
                "{shown} replays as recorded, but its integrity is unproven"
            )))
        } else {
            Err(Error::Refused(format!("{shown} NOT verified")))
        }
    }
}

/// The class table of a lab session, and Canvas and Moodle CSVs and feedback files.
#[derive(Args, Debug)]
pub struct GradebookArgs {
    /// The lab session file, or the folder that holds it.
    session: PathBuf,
    /// Where to write the CSVs and feedback (default: the session's attempts folder).
    #[arg(long)]
    out: Option<PathBuf>,
}

impl GradebookArgs {
    pub fn run(self) -> Result<()> {
        let session = load_session(&find_session_file(&self.session)?)?;
        let out = self.out.unwrap_or_else(|| session.attempts_dir());
        let (table, written) = gradebook::write(&session, &out)?;
        print!("{table}");
        for file in written {
            println!("wrote {}", file.display());
        }
        Ok(())
    }
}

/// Send the session's queued xAPI statements to its LRS, under the session's delivery
/// policy (tries, and waits that double). Exits non-zero while any statement is rejected
/// or waiting.
#[derive(Args, Debug)]
pub struct OutboxArgs {
    /// The lab session file.
    #[arg(long)]
    session: PathBuf,
    /// Tries after the first (default: the session's delivery policy).
    #[arg(long)]
    retries: Option<u32>,
    /// First rebuild the statements the LRS rejected from the stored reports, with the
    /// session as it is now (after fixing the roster), and send them again.
    #[arg(long)]
    resend_rejected: bool,
}

impl OutboxArgs {
    pub fn run(self) -> Result<()> {
        let session = load_session(&self.session)?;
        if session.session.lrs.is_none() {
            return Err(Error::Refused(format!(
                "session {} has no LRS",
                session.session.id
            )));
        }
        if self.resend_rejected {
            let requeued = xapi::requeue_rejected(&session)?;
            println!("xAPI: {requeued} rejected statement(s) rebuilt from the stored reports");
        }
        let d = xapi::deliver(&session, self.retries)?;
        println!(
            "xAPI: {} sent, {} rejected, {} waiting",
            d.sent, d.rejected, d.waiting
        );
        for reason in &d.reasons {
            eprintln!("rejected by the LRS: {reason}");
        }
        if let Some(why) = d.stopped {
            return Err(Error::Lrs(format!("not taking statements: {why}")));
        }
        let rejected = xapi::rejected_count(&session);
        if rejected > 0 {
            return Err(Error::Lrs(format!(
                "{rejected} statement(s) rejected, kept in {}: fix the roster, then `faultline outbox --session {} --resend-rejected`",
                xapi::outbox_dir(&session).join("rejected").display(),
                self.session.display()
            )));
        }
        Ok(())
    }
}
