//! xAPI 1.0.3 statements for an attempt (launched, attempted, passed or failed,
//! completed, with score, success, duration and the registration), queued in a durable
//! outbox on disk and POSTed to the session's LRS; when the LRS is down nothing is lost
//! and a later drain sends the rest. Statement ids are stable, so a resend is no duplicate.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use super::session::{LoadedSession, LrsConfig, RosterEntry};
use crate::data::write_atomically;
use crate::error::{Error, Result};
use crate::scoring::Report;
use crate::sim::hash::fnv64;
use crate::trainee::LogSeal;

const VERBS: &str = "http://adlnet.gov/expapi/verbs/";
/// Result extensions carrying the attempt log's seal.
pub const LOG_LINES_EXTENSION: &str = "https://faultline.example/xapi/log-lines";
pub const LOG_CHAIN_EXTENSION: &str = "https://faultline.example/xapi/log-chain";

/// A stable UUID (version 8: custom) from a name.
pub fn stable_uuid(name: &str) -> String {
    let a = fnv64(format!("a|{name}").as_bytes());
    let b = fnv64(format!("b|{name}").as_bytes());
    let a = (a & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000;
    let b = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The registration of one trainee's attempt at one scenario of a session.
pub fn registration(session: &str, trainee: &str, scenario: &str) -> String {
    stable_uuid(&format!("registration|{session}|{trainee}|{scenario}"))
}

/// ISO 8601 duration, e.g. `PT14M32S`.
pub fn iso_duration(minutes: f32) -> String {
    let seconds = (minutes.max(0.0) * 60.0).round() as u64;
    format!("PT{}M{}S", seconds / 60, seconds % 60)
}

/// The registration of a numbered attempt: the first keeps the plain registration; a
/// later one (a station run again after a crash) gets its own, so its statements are
/// not taken for resends of the first.
pub fn attempt_registration(session: &str, trainee: &str, scenario: &str, number: u32) -> String {
    match number {
        0 | 1 => registration(session, trainee, scenario),
        n => stable_uuid(&format!("registration|{session}|{trainee}|{scenario}|{n}")),
    }
}

/// The statements for a finished attempt (its number among the trainee's attempts).
pub fn statements(
    session: &LoadedSession,
    trainee: &RosterEntry,
    report: &Report,
    number: u32,
) -> Vec<Value> {
    let reg = attempt_registration(&session.session.id, &trainee.id, &report.scenario, number);
    let actor = json!({
        "objectType": "Agent",
        "name": trainee.name,
        "mbox": format!("mailto:{}", trainee.email),
    });
    let title = session
        .scenarios
        .iter()
        .find(|s| s.scenario.id == report.scenario)
        .map_or(report.scenario.clone(), |s| s.scenario.title.clone());
    let object = json!({
        "objectType": "Activity",
        "id": format!("https://faultline.example/scenarios/{}", report.scenario),
        "definition": {"name": {"en-US": title}},
    });
    let context = json!({
        "registration": reg,
        "contextActivities": {"grouping": [{
            "id": format!("https://faultline.example/sessions/{}", session.session.id),
            "objectType": "Activity",
        }]},
    });
    let mut result = json!({
        "success": report.passed,
        "completion": true,
        "duration": iso_duration(report.duration_min),
    });
    // A score outside 0–100 (or not a number) is never sent: JSON would carry it as
    // null or out of range, and the LRS rejects the statement.
    if report.total.is_finite() {
        let raw = report.total.clamp(0.0, 100.0);
        result["score"] = json!({"scaled": raw / 100.0, "raw": raw, "min": 0.0, "max": 100.0});
    }
    // The attempt log's length and last chain value, so the log can be checked against
    // what the LRS received.
    if let Some(seal) = &report.log_seal {
        result["extensions"] = json!({
            LOG_LINES_EXTENSION: seal.lines,
            LOG_CHAIN_EXTENSION: seal.chain,
        });
    }
    let statement = |verb: &str, with_result: bool| {
        let mut s = json!({
            "id": stable_uuid(&format!("{reg}|{verb}")),
            "actor": actor,
            "verb": {"id": format!("{VERBS}{verb}"), "display": {"en-US": verb}},
            "object": object,
            "context": context,
        });
        if with_result {
            s["result"] = result.clone();
        }
        s
    };
    vec![
        statement("launched", false),
        statement("attempted", false),
        statement(if report.passed { "passed" } else { "failed" }, true),
        statement("completed", true),
    ]
}

/// The outbox folder of a session: one file per statement waiting to be sent.
pub fn outbox_dir(session: &LoadedSession) -> PathBuf {
    session.attempts_dir().join("outbox")
}

/// Puts statements in the outbox (written by temp file and rename; an existing one stays).
pub fn enqueue(outbox: &Path, statements: &[Value]) -> Result<usize> {
    let mut queued = 0;
    for s in statements {
        let id = s["id"].as_str().unwrap_or_default();
        let path = outbox.join(format!("{id}.json"));
        let sent = outbox.join("sent").join(format!("{id}.json"));
        if path.exists() || sent.exists() {
            continue;
        }
        write_atomically(&path, s.to_string().as_bytes())?;
        queued += 1;
    }
    Ok(queued)
}

/// What a drain did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drained {
    pub sent: usize,
    pub waiting: usize,
    pub rejected: usize,
    /// What the LRS said of each statement it rejected (statement id: reason).
    pub reasons: Vec<String>,
    /// Why sending stopped early, if it did (the LRS unreachable, say).
    pub stopped: Option<String>,
}

/// Sends the session's outbox to its LRS under the session's delivery policy (with
/// `retries` overriding the policy's when given). A session without an LRS sends nothing.
pub fn deliver(session: &LoadedSession, retries: Option<u32>) -> Result<Drained> {
    let Some(lrs) = &session.session.lrs else {
        return Ok(Drained::default());
    };
    let password = password(lrs)?;
    let policy = lrs.delivery;
    drain(
        &outbox_dir(session),
        lrs,
        &password,
        retries.unwrap_or(policy.retries),
        Duration::from_secs_f32(policy.first_wait_s.max(0.0)),
    )
}

/// Sends what is in the outbox, oldest first; a sent statement moves to `sent/`, one the
/// LRS refuses as malformed to `rejected/`; on a connection failure it stops and keeps
/// the rest. `retries` more tries follow, `backoff` apart, doubling.
pub fn drain(
    outbox: &Path,
    lrs: &LrsConfig,
    password: &str,
    retries: u32,
    backoff: Duration,
) -> Result<Drained> {
    let mut wait = backoff;
    let mut total = Drained::default();
    for attempt in 0..=retries {
        let round = drain_once(outbox, lrs, password)?;
        total.sent += round.sent;
        total.rejected += round.rejected;
        total.reasons.extend(round.reasons);
        total.waiting = round.waiting;
        total.stopped = round.stopped.clone();
        if round.stopped.is_none() || attempt == retries {
            break;
        }
        std::thread::sleep(wait);
        wait *= 2;
    }
    Ok(total)
}

fn drain_once(outbox: &Path, lrs: &LrsConfig, password: &str) -> Result<Drained> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(outbox) {
        Ok(dir) => dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect(),
        Err(_) => return Ok(Drained::default()),
    };
    files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    let mut done = Drained {
        waiting: files.len(),
        ..Default::default()
    };
    for file in files {
        let body =
            std::fs::read_to_string(&file).map_err(|e| Error::io(&file, "read the file", e))?;
        let (status, answer) = match post(lrs, password, &body) {
            Ok(answered) => answered,
            Err(e) => {
                done.stopped = Some(e.to_string());
                return Ok(done);
            }
        };
        let to = match status {
            200 | 204 | 409 => "sent",
            400 => "rejected",
            other => {
                done.stopped = Some(format!("the LRS answered {other}"));
                return Ok(done);
            }
        };
        let dest = outbox.join(to).join(file.file_name().unwrap_or_default());
        let folder = outbox.join(to);
        std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, "create the folder", e))?;
        std::fs::rename(&file, &dest).map_err(|e| Error::io(&file, "move the file", e))?;
        done.waiting -= 1;
        if to == "sent" {
            done.sent += 1;
        } else {
            done.rejected += 1;
            let id = file.file_stem().unwrap_or_default().to_string_lossy();
            let reason: String = answer.trim().chars().take(300).collect();
            // Kept beside the statement, for the instructor fixing the roster.
            let note = folder.join(format!("{id}.reason.txt"));
            write_atomically(&note, reason.as_bytes())?;
            done.reasons.push(format!("{id}: {reason}"));
        }
    }
    Ok(done)
}

fn basic_auth(user: &str, password: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{user}:{password}").into_bytes();
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The HTTP client for the session's LRS: ureq over rustls, trusting the usual public
/// roots, or the certificates in the session's `lrs.ca_file` (a college's own CA). Every
/// status comes back as an answer (a 400 is a rejection to record, not an error).
fn agent(lrs: &LrsConfig) -> Result<ureq::Agent> {
    let mut tls = ureq::tls::TlsConfig::builder();
    if let Some(ca) = &lrs.ca_file {
        let path = Path::new(ca);
        let pem = std::fs::read(path)
            .map_err(|e| Error::io(path, "read the LRS's CA certificates", e))?;
        let certs: Vec<ureq::tls::Certificate<'static>> = ureq::tls::parse_pem(&pem)
            .filter_map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(cert)) => Some(cert),
                _ => None,
            })
            .collect();
        if certs.is_empty() {
            return Err(Error::Lrs(format!("{ca}: no PEM certificate in the file")));
        }
        tls = tls.root_certs(ureq::tls::RootCerts::new_with_certs(&certs));
    }
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(20)))
        .tls_config(tls.build())
        .build();
    Ok(ureq::Agent::new_with_config(config))
}

/// One request to the LRS (`path_and_query` after the endpoint); returns the status and
/// the body.
pub fn request(
    lrs: &LrsConfig,
    password: &str,
    method: &str,
    path_and_query: &str,
    body: Option<&str>,
) -> Result<(u16, String)> {
    let url = format!("{}{path_and_query}", lrs.endpoint.trim_end_matches('/'));
    let agent = agent(lrs)?;
    let auth = format!("Basic {}", basic_auth(&lrs.username, password));
    let answer = match (method, body) {
        ("GET", _) => agent
            .get(&url)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Authorization", &auth)
            .call(),
        (_, body) => agent
            .post(&url)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Authorization", &auth)
            .header("Content-Type", "application/json")
            .send(body.unwrap_or("")),
    };
    let mut response = answer.map_err(|e| Error::Lrs(format!("{url}: {e}")))?;
    let status = response.status().as_u16();
    let text = response
        .body_mut()
        .read_to_string()
        .map_err(|e| Error::Lrs(format!("{url}: {e}")))?;
    Ok((status, text))
}

fn post(lrs: &LrsConfig, password: &str, statement: &str) -> Result<(u16, String)> {
    request(lrs, password, "POST", "/statements", Some(statement))
}

/// The log seal the LRS holds for an attempt: from its `completed` statement's result
/// extensions (None when the LRS has no such statement yet).
pub fn seal_at_lrs(session: &LoadedSession, registration: &str) -> Result<Option<LogSeal>> {
    let Some(lrs) = &session.session.lrs else {
        return Err(Error::Refused(format!(
            "session {} has no LRS",
            session.session.id
        )));
    };
    let password = password(lrs)?;
    let query = format!("/statements?registration={registration}&verb={VERBS}completed");
    let (status, body) = request(lrs, &password, "GET", &query, None)?;
    if status != 200 {
        return Err(Error::Lrs(format!(
            "the LRS answered {status}: {}",
            body.trim()
        )));
    }
    let json: Value = serde_json::from_str(&body)
        .map_err(|e| Error::Lrs(format!("the LRS's answer is not JSON: {e}")))?;
    let seal = json["statements"].as_array().and_then(|all| {
        all.iter().find_map(|s| {
            let ext = &s["result"]["extensions"];
            Some(LogSeal {
                lines: ext[LOG_LINES_EXTENSION].as_u64()? as usize,
                chain: ext[LOG_CHAIN_EXTENSION].as_str()?.to_string(),
            })
        })
    });
    Ok(seal)
}

/// Puts every statement the LRS rejected back in the outbox, rebuilt from the stored
/// reports with the session as it is now (after the roster was fixed). Statement ids are
/// stable, so a rebuilt statement replaces the one rejected. Returns how many.
pub fn requeue_rejected(session: &LoadedSession) -> Result<usize> {
    let outbox = outbox_dir(session);
    let rejected_dir = outbox.join("rejected");
    let Ok(dir) = std::fs::read_dir(&rejected_dir) else {
        return Ok(0);
    };
    let rejected: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    if rejected.is_empty() {
        return Ok(0);
    }
    let mut rebuilt = std::collections::BTreeMap::new();
    for trainee in &session.session.roster {
        for scenario in &session.scenarios {
            for files in super::store::attempts_at(session, &trainee.id, &scenario.scenario.id)? {
                if !files.report.is_file() {
                    continue;
                }
                let report = super::store::read_report(&files.report)?;
                for statement in statements(session, trainee, &report, files.number) {
                    let id = statement["id"].as_str().unwrap_or_default().to_string();
                    rebuilt.insert(id, statement);
                }
            }
        }
    }
    let mut requeued = 0;
    for file in rejected {
        let id = file
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let Some(statement) = rebuilt.get(&id) else {
            continue;
        };
        write_atomically(
            &outbox.join(format!("{id}.json")),
            statement.to_string().as_bytes(),
        )?;
        std::fs::remove_file(&file).map_err(|e| Error::io(&file, "remove the file", e))?;
        let _ = std::fs::remove_file(rejected_dir.join(format!("{id}.reason.txt")));
        requeued += 1;
    }
    Ok(requeued)
}

/// How many statements wait in `rejected/` for the roster to be fixed.
pub fn rejected_count(session: &LoadedSession) -> usize {
    std::fs::read_dir(outbox_dir(session).join("rejected")).map_or(0, |dir| {
        dir.filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .count()
    })
}

/// The LRS password from the environment variable the session names.
pub fn password(lrs: &LrsConfig) -> Result<String> {
    std::env::var(&lrs.password_env).map_err(|_| {
        Error::Lrs(format!(
            "the password is read from ${}, which is not set",
            lrs.password_env
        ))
    })
}
