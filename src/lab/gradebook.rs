//! Grades out: a class table, Canvas and Moodle import CSVs (one column per scenario;
//! a missing attempt is an empty cell, never a non-numeric grade) and a feedback file per
//! trainee, each written through a temporary file and a rename.

use std::path::{Path, PathBuf};

use super::session::{LoadedSession, RosterEntry};
use super::store::attempt_files;
use crate::data::write_atomically;
use crate::error::{Error, Result};
use crate::scoring::{Report, points_text};

/// One trainee's reports, one per session scenario (None: not attempted).
pub struct Row<'a> {
    pub trainee: &'a RosterEntry,
    pub reports: Vec<Option<Report>>,
}

/// Reads every stored report of the session, trainee by trainee.
pub fn collect(session: &LoadedSession) -> Result<Vec<Row<'_>>> {
    session
        .session
        .roster
        .iter()
        .map(|trainee| {
            let reports = session
                .scenarios
                .iter()
                .map(|s| {
                    let (_, path) = attempt_files(session, &trainee.id, &s.scenario.id);
                    if !path.is_file() {
                        return Ok(None);
                    }
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| Error::io(&path, "read the file", e))?;
                    serde_json::from_str::<Report>(&text)
                        .map(Some)
                        .map_err(|e| {
                            let at = crate::error::SourcePosition {
                                line: e.line(),
                                column: e.column(),
                            };
                            Error::at(&path, Some(at), e.to_string())
                        })
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(Row { trainee, reports })
        })
        .collect()
}

/// A CSV field, quoted when it needs to be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One CSV row, fields quoted as needed.
fn csv_line(cells: &[String]) -> String {
    cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",") + "\n"
}

fn grade(report: &Option<Report>) -> String {
    report
        .as_ref()
        .map_or(String::new(), |r| points_text(r.total))
}

/// Canvas: `Student, ID, SIS User ID, SIS Login ID, Section`, then `Name (assignment id)`
/// per scenario (the session's assignment id, a dot, the scenario's number).
pub fn canvas_csv(session: &LoadedSession, rows: &[Row]) -> String {
    let mut header = vec![
        "Student".to_string(),
        "ID".into(),
        "SIS User ID".into(),
        "SIS Login ID".into(),
        "Section".into(),
    ];
    for (i, s) in session.scenarios.iter().enumerate() {
        header.push(format!(
            "{} ({}.{})",
            s.scenario.title,
            session.session.assignment_id,
            i + 1
        ));
    }
    let mut out = csv_line(&header);
    for row in rows {
        let t = row.trainee;
        let mut cells = vec![
            t.name.clone(),
            t.id.clone(),
            t.id.clone(),
            t.login.clone(),
            t.section.clone(),
        ];
        cells.extend(row.reports.iter().map(grade));
        out += &csv_line(&cells);
    }
    out
}

/// Moodle: `username` then one numeric column per scenario id.
pub fn moodle_csv(session: &LoadedSession, rows: &[Row]) -> String {
    let mut header = vec!["username".to_string()];
    header.extend(session.scenarios.iter().map(|s| s.scenario.id.clone()));
    let mut out = csv_line(&header);
    for row in rows {
        let mut cells = vec![row.trainee.login.clone()];
        cells.extend(row.reports.iter().map(grade));
        out += &csv_line(&cells);
    }
    out
}

/// The class table as text: trainee, scenario, score, pass, time, critical violations.
pub fn table(session: &LoadedSession, rows: &[Row]) -> String {
    let mut out = format!(
        "{:<12} {:<28} {:>6} {:<5} {:>7} {}\n",
        "trainee", "scenario", "score", "pass", "minutes", "critical"
    );
    for row in rows {
        for (s, report) in session.scenarios.iter().zip(&row.reports) {
            match report {
                Some(r) => {
                    out += &format!(
                        "{:<12} {:<28} {:>6} {:<5} {:>7} {}\n",
                        row.trainee.id,
                        s.scenario.id,
                        points_text(r.total),
                        if r.passed { "yes" } else { "no" },
                        points_text(r.duration_min),
                        r.gate.as_deref().unwrap_or("-")
                    )
                }
                None => {
                    out += &format!("{:<12} {:<28} {:>6}\n", row.trainee.id, s.scenario.id, "—");
                }
            }
        }
    }
    out
}

fn feedback(row: &Row, session: &LoadedSession) -> String {
    let mut out = format!(
        "{} ({}) — {}\n\n",
        row.trainee.name, row.trainee.id, session.session.title
    );
    for (s, report) in session.scenarios.iter().zip(&row.reports) {
        match report {
            Some(r) => out += &format!("{}\n{}\n", s.scenario.title, r.text()),
            None => out += &format!("{}\n  not attempted\n\n", s.scenario.title),
        }
    }
    out
}

/// Writes canvas.csv, moodle.csv and feedback/<trainee>.txt into `out`; returns the table.
pub fn write(session: &LoadedSession, out: &Path) -> Result<(String, Vec<PathBuf>)> {
    let rows = collect(session)?;
    let mut written = Vec::new();
    for (name, text) in [
        ("canvas.csv", canvas_csv(session, &rows)),
        ("moodle.csv", moodle_csv(session, &rows)),
    ] {
        let path = out.join(name);
        write_atomically(&path, text.as_bytes())?;
        written.push(path);
    }
    for row in &rows {
        let path = out.join("feedback").join(format!("{}.txt", row.trainee.id));
        write_atomically(&path, feedback(row, session).as_bytes())?;
        written.push(path);
    }
    Ok((table(session, &rows), written))
}
