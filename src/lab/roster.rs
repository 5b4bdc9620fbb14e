//! Roster checks: every id names a folder and files, so it must be a safe file name;
//! emails must be addresses an LRS takes; no field may hold a control character.

use std::path::Path;

use super::session::RosterEntry;
use crate::error::Diagnostic;
use crate::scenario::Locator;

/// Every roster entry's id must be a safe file name (it names the trainee's attempts
/// folder and feedback file), unique and not a folder the lab keeps for itself; emails
/// must be addresses an LRS takes; no field may hold a control character (a bare CR
/// splits a CSV row in some readers). Each problem is located in the file.
pub(super) fn roster_problems(path: &Path, text: &str, roster: &[RosterEntry]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let locator = Locator::new(text);
    if roster.is_empty() {
        problems.push(Diagnostic::new(
            path,
            locator.locate(&["roster".into()]),
            "the roster is empty",
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, t) in roster.iter().enumerate() {
        let at = |field: &str| locator.locate(&["roster".into(), i.into(), field.into()]);
        let mut problem =
            |field: &str, what: String| problems.push(Diagnostic::new(path, at(field), what));
        if let Some(why) = crate::data::unsafe_name(&t.id) {
            problem("id", format!("trainee id `{}` {why}", t.id.escape_debug()));
        } else if RESERVED_FOLDERS.contains(&t.id.to_ascii_lowercase().as_str()) {
            problem(
                "id",
                format!("trainee id `{}` is a folder the lab keeps for itself", t.id),
            );
        } else if !seen.insert(t.id.to_ascii_lowercase()) {
            problem(
                "id",
                format!(
                    "trainee id `{}` is on the roster twice (ids are compared ignoring case, as file systems may)",
                    t.id
                ),
            );
        }
        for (field, value) in [
            ("name", &t.name),
            ("email", &t.email),
            ("login", &t.login),
            ("section", &t.section),
        ] {
            if value.chars().any(char::is_control) {
                problem(
                    field,
                    format!(
                        "{field} of `{}` holds a control character (a line break, CR or tab)",
                        t.id
                    ),
                );
            }
        }
        if let Some(why) = email_problem(&t.email) {
            problem(
                "email",
                format!("email `{}` of `{}` {why}", t.email.escape_debug(), t.id),
            );
        }
    }
    problems
}

/// Names in the attempts folder that are not a trainee's (the outbox, and the gradebook's
/// default outputs).
const RESERVED_FOLDERS: [&str; 4] = ["outbox", "feedback", "canvas.csv", "moodle.csv"];

/// Why an address is not one an LRS takes as an `mbox` (`name@domain.tld`, no spaces).
fn email_problem(email: &str) -> Option<&'static str> {
    let Some((local, domain)) = email.split_once('@') else {
        return Some("has no `@`");
    };
    if local.is_empty() || domain.is_empty() {
        return Some("lacks the part before or after `@`");
    }
    if domain.contains('@') || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some("holds a space or a second `@`");
    }
    if !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || domain.contains("..")
    {
        return Some("has no valid domain (like college.ac.uk)");
    }
    None
}
