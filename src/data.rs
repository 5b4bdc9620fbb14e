//! Reading the project's data files: authored RON (scenario options: implicit `Some`)
//! with errors naming the file, line and column, and where bundled assets live.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::{Error, LoadError};

/// The most an authored file (a scenario, a floor, a script, a session) may hold.
pub const AUTHORED_FILE_LIMIT: u64 = 8 << 20;

/// Reads a text file a person wrote or a program logged: a regular file of at most
/// `limit` bytes (so `/dev/zero` is refused, not read until memory runs out), with a
/// UTF-8 byte-order mark dropped, and bytes that are not UTF-8 located by line and column.
pub fn read_text(path: &Path, limit: u64) -> Result<String, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(LoadError::Invalid {
            path: path.to_path_buf(),
            position: None,
            message: "not a regular file".into(),
        });
    }
    if meta.len() > limit {
        return Err(LoadError::Invalid {
            path: path.to_path_buf(),
            position: None,
            message: format!(
                "{} bytes, more than the {limit} a file here may hold",
                meta.len()
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            Err(LoadError::Syntax {
                path: path.to_path_buf(),
                position: Some(crate::error::SourcePosition { line, column }),
                message: "not UTF-8 text: save the file as UTF-8".into(),
            })
        }
    }
}

/// Reads and parses an authored RON file (a catalogue, a script, a scenario part).
pub fn load_ron<T: DeserializeOwned>(path: &Path) -> Result<T, LoadError> {
    let text = read_text(path, AUTHORED_FILE_LIMIT)?;
    authored_ron()
        .from_str(&text)
        .map_err(|e| LoadError::from_ron(path, e))
}

/// RON as instructors write it: optional fields plainly (`units: 30`, not `units: Some(30)`).
pub fn authored_ron() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A bundled catalogue, read and parsed the first time a process asks and cloned to each
/// caller after: `validate` and `verify` build hundreds of simulations, each needing the
/// same catalogues. A failed read is not kept, so the next caller sees the error too.
pub fn bundled_once<T: Clone + Send + Sync>(
    cell: &'static std::sync::OnceLock<T>,
    load: impl FnOnce() -> Result<T, LoadError>,
) -> Result<T, LoadError> {
    if let Some(loaded) = cell.get() {
        return Ok(loaded.clone());
    }
    let loaded = load()?;
    Ok(cell.get_or_init(|| loaded).clone())
}

/// A bundled asset: `./<relative>` when run from the checkout's root (or beside an
/// installed copy), else the source tree's.
pub fn bundled_asset(relative: &str) -> PathBuf {
    let local = Path::new(relative);
    if local.is_file() {
        local.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
    }
}

/// Writes a file through a temporary file beside it and a rename, so no reader ever
/// sees half of it (a report, an export, a queued statement). Creates the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create the folder", e))?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(path, "write the file", e)
        })
}

/// Why `name` may not name a file or folder the program creates from it (a roster id, a
/// scenario id): only letters, digits, `.`, `_` and `-`, at most 64 of them, not
/// starting with `.` (so never `.`, `..` or a hidden file, and never a path).
pub fn unsafe_name(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("is empty".into());
    }
    if name.chars().count() > 64 {
        return Some("is longer than 64 characters".into());
    }
    if name.starts_with('.') {
        return Some("starts with `.`".into());
    }
    let bad: String = name
        .chars()
        .filter(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        .take(3)
        .collect();
    (!bad.is_empty()).then(|| {
        format!(
            "holds {}: only letters, digits, `.`, `_` and `-` are allowed",
            bad.escape_debug()
        )
    })
}

/// `folder/name` for a name checked to stay inside `folder` (one safe component), or
/// the reason it would not.
pub fn inside(folder: &Path, name: &str) -> Result<PathBuf, Error> {
    match unsafe_name(name) {
        None => Ok(folder.join(name)),
        Some(why) => Err(Error::Refused(format!(
            "`{}` cannot name a file in {}: it {why}",
            name.escape_debug(),
            folder.display()
        ))),
    }
}

#[cfg(test)]
mod bundled_once_tests {
    use std::sync::OnceLock;

    use super::*;

    #[test]
    fn a_bundled_load_is_kept_once_it_succeeds_and_a_failure_is_not() {
        static CELL: OnceLock<u32> = OnceLock::new();
        let failed = bundled_once(&CELL, || {
            Err(LoadError::Invalid {
                path: "faults.ron".into(),
                position: None,
                message: "broken".into(),
            })
        });
        assert!(failed.is_err());
        assert_eq!(bundled_once(&CELL, || Ok(7)).ok(), Some(7));
        // Read once: a second load is not even called.
        assert_eq!(bundled_once(&CELL, || Ok(8)).ok(), Some(7));
    }
}
