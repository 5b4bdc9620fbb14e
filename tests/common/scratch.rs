//! Scratch folders for tests that write files. Each starts empty (process ids repeat
//! across machine restarts, so a leftover of the same name is removed first), is removed
//! when the test passes, and is kept when it fails, so that its files can be read.
// Each test crate that includes this file uses part of it.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::ops::Deref;
use std::path::{Path, PathBuf};

pub struct Scratch(PathBuf);

impl Scratch {
    /// An empty folder `faultline-{name}-{pid}` in the system's temporary folder.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("faultline-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        Scratch(dir)
    }
}

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<OsStr> for Scratch {
    fn as_ref(&self) -> &OsStr {
        self.0.as_os_str()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("kept for the failing test: {}", self.0.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// A file in its own scratch folder (a lab session, say), removed with the folder.
pub struct ScratchFile {
    file: PathBuf,
    _folder: Scratch,
}

impl ScratchFile {
    /// `file_name` in a fresh scratch folder `name`; the file is not written.
    pub fn new(name: &str, file_name: &str) -> ScratchFile {
        let folder = Scratch::new(name);
        ScratchFile {
            file: folder.join(file_name),
            _folder: folder,
        }
    }
}

impl Deref for ScratchFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.file
    }
}

impl AsRef<Path> for ScratchFile {
    fn as_ref(&self) -> &Path {
        &self.file
    }
}

impl AsRef<OsStr> for ScratchFile {
    fn as_ref(&self) -> &OsStr {
        self.file.as_os_str()
    }
}
