//! Grades out: a class table, Canvas and Moodle import CSVs (one column per scenario;
//! a missing attempt is an empty cell, never a non-numeric grade) and a feedback file per
//! trainee, each written through a temporary file and a rename.

use std::path::{Path, PathBuf};

use super::session::{LoadedSession, RosterEntry};
use super::store::counted_attempt;
use super::verify::credit_problems;
use crate::data::{inside, write_atomically};
use crate::error::{Error, Result};
use crate::scoring::{Report, points_text};

/// One trainee's counted reports, one per session scenario (None: no finished attempt,
/// or one that is not theirs), and why an attempt was not credited.
pub struct Row<'a> {
    pub trainee: &'a RosterEntry,
    pub reports: Vec<Option<Report>>,
    pub not_credited: Vec<String>,
}

/// Reads the counted report of every trainee at every scenario of the session. Only an
/// attempt whose log holds together is credited ([`credit_problems`]: chain, owner,
/// scenario and number, report sealed to the log and scored from it); the others are
/// listed with why.
pub fn collect(session: &LoadedSession) -> Result<Vec<Row<'_>>> {
    let mut rows = Vec::new();
    for trainee in &session.session.roster {
        let mut row = Row {
            trainee,
            reports: Vec::new(),
            not_credited: Vec::new(),
        };
        for s in &session.scenarios {
            let (counted, refused) =
                counted_attempt(session, &trainee.id, &s.scenario.id, |files, report| {
                    credit_problems(&files.log, session, &trainee.id, s, report)
                })?;
            row.not_credited.extend(refused);
            row.reports.push(counted.map(|(_, report)| report));
        }
        rows.push(row);
    }
    Ok(rows)
}

/// A cell as a spreadsheet must not run it: text starting (after any spaces) with `=`,
/// `+`, `-`, `@`, their full-width forms, a tab or a CR is a formula to Excel and
/// LibreOffice, so it gets a leading `'`.
fn neutralised(text: &str) -> String {
    const FORMULA: [char; 10] = [
        '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    ];
    let first = text.trim_start_matches(' ').chars().next();
    if text.starts_with(['\t', '\r']) || first.is_some_and(|c| FORMULA.contains(&c)) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A CSV file of these rows, every text cell neutralised; quoting is the csv crate's.
fn csv_text(rows: &[Vec<String>]) -> Result<String> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(row.iter().map(|c| neutralised(c)))
            .map_err(|e| Error::Refused(format!("CSV: {e}")))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Refused(format!("CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Refused(format!("CSV: {e}")))
}

fn grade(report: &Option<Report>) -> String {
    report
        .as_ref()
        .map_or(String::new(), |r| points_text(r.total))
}

/// The Canvas column of a scenario: `Assignment Name (assignment_id)` when the session
/// gives the scenario's Canvas assignment id (its `canvas_assignments`, or its one
/// `assignment_id` when it has one scenario); else the name alone, which Canvas imports
/// as a new assignment.
fn canvas_column(session: &LoadedSession, i: usize) -> String {
    let title = &session.scenarios[i].scenario.title;
    let id = match session.session.canvas_assignments.get(i) {
        Some(id) => Some(id.as_str()),
        None if session.scenarios.len() == 1 => Some(session.session.assignment_id.as_str()),
        None => None,
    };
    match id {
        Some(id) => format!("{title} ({id})"),
        None => title.clone(),
    }
}

/// Canvas: `Student, ID, SIS User ID, SIS Login ID, Section`, then one column per
/// scenario (see [`canvas_column`]).
pub fn canvas_csv(session: &LoadedSession, rows: &[Row]) -> Result<String> {
    let mut header = vec![
        "Student".to_string(),
        "ID".into(),
        "SIS User ID".into(),
        "SIS Login ID".into(),
        "Section".into(),
    ];
    header.extend((0..session.scenarios.len()).map(|i| canvas_column(session, i)));
    let mut out = vec![header];
    for row in rows {
        let t = row.trainee;
        let mut cells = vec![
            t.name.clone(),
            String::new(),
            t.id.clone(),
            t.login.clone(),
            t.section.clone(),
        ];
        cells.extend(row.reports.iter().map(grade));
        out.push(cells);
    }
    csv_text(&out)
}

/// Moodle: `username` then one numeric column per scenario id.
pub fn moodle_csv(session: &LoadedSession, rows: &[Row]) -> Result<String> {
    let mut header = vec!["username".to_string()];
    header.extend(session.scenarios.iter().map(|s| s.scenario.id.clone()));
    let mut out = vec![header];
    for row in rows {
        let mut cells = vec![row.trainee.login.clone()];
        cells.extend(row.reports.iter().map(grade));
        out.push(cells);
    }
    csv_text(&out)
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
        ("canvas.csv", canvas_csv(session, &rows)?),
        ("moodle.csv", moodle_csv(session, &rows)?),
    ] {
        let path = out.join(name);
        write_atomically(&path, text.as_bytes())?;
        written.push(path);
    }
    for row in &rows {
        let path = inside(&out.join("feedback"), &format!("{}.txt", row.trainee.id))?;
        write_atomically(&path, feedback(row, session).as_bytes())?;
        written.push(path);
    }
    let mut table = table(session, &rows);
    for row in &rows {
        for why in &row.not_credited {
            table += &format!("not credited: {why}\n");
        }
    }
    Ok((table, written))
}
