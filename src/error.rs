//! Errors for anything a user supplies (files, presets, rosters, command-line values)
//! and for what the program does on their behalf (writing logs and exports, talking to
//! an LRS). Each says where the problem is and what was expected.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a user's file a problem sits (1-based line and column, as editors show them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourcePosition {
    pub line: usize,
    pub column: usize,
}

/// A problem with an input file, carrying enough context for the user to fix it.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read the file: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {message}", located(path, position))]
    Syntax {
        path: PathBuf,
        position: Option<SourcePosition>,
        message: String,
    },
    #[error("{}: {message}", located(path, position))]
    Invalid {
        path: PathBuf,
        position: Option<SourcePosition>,
        message: String,
    },
    #[error("{}", missing_preset(name, searched))]
    MissingPreset {
        name: String,
        searched: Vec<PathBuf>,
    },
}

fn missing_preset(name: &str, searched: &[PathBuf]) -> String {
    if searched.is_empty() {
        return format!(
            "`{name}` is not a floor preset name: a preset is a name like `default` (letters, digits, `-`, `_`), not a path"
        );
    }
    format!(
        "no floor preset named `{name}` (looked for {})",
        searched
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn located(path: &Path, position: &Option<SourcePosition>) -> String {
    match position {
        Some(p) => format!("{}:{}:{}", path.display(), p.line, p.column),
        None => path.display().to_string(),
    }
}

impl LoadError {
    /// Turns a RON parse error into one that names the file, line and column.
    pub fn from_ron(path: &Path, err: ron::error::SpannedError) -> Self {
        LoadError::Syntax {
            path: path.to_path_buf(),
            position: Some(SourcePosition {
                line: err.span.start.line,
                column: err.span.start.col,
            }),
            message: err.code.to_string(),
        }
    }
}

impl fmt::Display for SourcePosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One located problem in a file: the path, the line and column where known, and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub position: Option<SourcePosition>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: &Path, position: Option<SourcePosition>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_path_buf(),
            position,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            located(&self.path, &self.position),
            self.message
        )
    }
}

/// The crate's error: what went wrong, with the file (and line and column) where known.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Every problem found in one or more files, one per line.
    #[error("{}", lines(.0))]
    Problems(Vec<Diagnostic>),
    /// Reading or writing a file or folder failed.
    #[error("{}: cannot {doing}: {source}", path.display())]
    Io {
        path: PathBuf,
        doing: &'static str,
        #[source]
        source: std::io::Error,
    },
    /// A request refused for a reason in the domain (a trainee not on the roster, an
    /// instructor view in an exam, nothing left to attempt).
    #[error("{0}")]
    Refused(String),
    /// The learning record store could not be reached or did not take a request.
    #[error("LRS: {0}")]
    Lrs(String),
}

impl Error {
    pub fn io(path: &Path, doing: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            doing,
            source,
        }
    }

    /// One located problem.
    pub fn at(path: &Path, position: Option<SourcePosition>, message: impl Into<String>) -> Self {
        Error::Problems(vec![Diagnostic::new(path, position, message)])
    }
}

impl From<Vec<Diagnostic>> for Error {
    fn from(problems: Vec<Diagnostic>) -> Self {
        Error::Problems(problems)
    }
}

fn lines(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
