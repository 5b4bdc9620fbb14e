//! Reading the project's data files: authored RON (scenario options: implicit `Some`)
//! with errors naming the file, line and column, and where bundled assets live.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::{Error, LoadError};

/// Reads and parses an authored RON file (a catalogue, a script, a scenario part).
pub fn load_ron<T: DeserializeOwned>(path: &Path) -> Result<T, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    authored_ron()
        .from_str(&text)
        .map_err(|e| LoadError::from_ron(path, e))
}

/// RON as instructors write it: optional fields plainly (`units: 30`, not `units: Some(30)`).
pub fn authored_ron() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
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
