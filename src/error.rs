//! Errors for anything a user supplies: files, presets, command-line values.

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
    #[error("no floor preset named `{name}` (looked for {})", searched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    MissingPreset {
        name: String,
        searched: Vec<PathBuf>,
    },
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
