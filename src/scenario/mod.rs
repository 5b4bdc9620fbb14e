//! Scenarios: the RON files instructors write, their validation with located
//! diagnostics, and seeded per-trainee variants.

mod locate;
mod model;
mod validate;
mod variants;

use std::path::{Path, PathBuf};

pub use locate::{Seg, locate};
pub use model::*;
pub use validate::{
    Diagnostic, ESTOP_DEVICES_PER_LINE, LoadedScenario, load_scenario, load_scenario_str,
    scenario_floor,
};
pub use variants::{ResolvedFault, ResolvedTarget, ResolvedTrigger, Variant, variant_for};

/// RON as instructors write it: optional fields plainly (`units: 30`, not `units: Some(30)`).
pub fn authored_ron() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Loads and checks a scenario, with all its problems as one message (one per line).
pub fn load_scenario_reported(path: &Path) -> Result<LoadedScenario, String> {
    load_scenario(path).map_err(|problems| {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Every `.ron` file under the given files and folders (scenario solutions excluded), sorted.
pub fn scenario_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| format!("{}: cannot list the folder: {e}", input.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
                .collect();
            found.sort();
            files.extend(found);
        } else if input.exists() {
            files.push(input.clone());
        } else {
            return Err(format!("{}: no such file or folder", input.display()));
        }
    }
    Ok(files)
}

/// Checks many scenario files: each file's problems, plus scenario ids used twice.
pub fn validate_files(files: &[PathBuf]) -> (Vec<LoadedScenario>, Vec<Diagnostic>) {
    let mut loaded: Vec<LoadedScenario> = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match load_scenario(file) {
            Ok(s) => {
                if let Some(first) = loaded.iter().find(|l| l.scenario.id == s.scenario.id) {
                    let text = std::fs::read_to_string(file).unwrap_or_default();
                    problems.push(Diagnostic {
                        path: file.clone(),
                        position: locate(&text, &[Seg::from("id")]),
                        message: format!(
                            "duplicate scenario id `{}` (also in {})",
                            s.scenario.id,
                            first.path.display()
                        ),
                    });
                } else {
                    loaded.push(s);
                }
            }
            Err(mut diagnostics) => problems.append(&mut diagnostics),
        }
    }
    (loaded, problems)
}

/// Where bundled scenarios live: `./scenarios`, or the source tree's.
pub fn bundled_scenarios_dir() -> PathBuf {
    let local = Path::new("scenarios");
    if local.is_dir() {
        local.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
    }
}
