//! Reading the project's data files: authored RON (scenario options: implicit `Some`)
//! with errors naming the file, line and column, and where bundled assets live.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::LoadError;

/// Reads and parses an authored RON file (a catalogue, a script, a scenario part).
pub fn load_ron<T: DeserializeOwned>(path: &Path) -> Result<T, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    crate::scenario::authored_ron()
        .from_str(&text)
        .map_err(|e| LoadError::from_ron(path, e))
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
