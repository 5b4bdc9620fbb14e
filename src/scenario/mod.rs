//! Scenarios: the RON files instructors write, their validation with located
//! diagnostics, and seeded per-trainee variants.

mod draft;
mod fault_checks;
mod link_checks;
mod locate;
mod model;
mod ranges;
mod rewrite;
mod rubric;
mod rubric_checks;
mod source_tree;
mod validate;
mod variants;

use std::path::{Path, PathBuf};

use crate::error::Error;

pub use crate::error::Diagnostic;
pub use draft::{EditorDraft, FaultDraft, QuestionDraft};
pub use locate::{Locator, Seg, locate};
pub use model::*;
pub use ranges::ParamRange;
pub use rewrite::{canonical, rewrite, ron_text};
pub use rubric::{Minimums, Question, Rubric, SafetyRule, ScoringPolicy, Weights};
pub use validate::{LoadedScenario, load_scenario, load_scenario_str, scenario_floor};
pub use variants::{
    ResolvedFault, ResolvedTarget, ResolvedTrigger, Variant, aisle_cells_in, variant_for,
    variant_of,
};

/// Loads and checks a scenario; every problem is in the error (one per line).
pub fn load_scenario_reported(path: &Path) -> Result<LoadedScenario, Error> {
    load_scenario(path).map_err(Error::Problems)
}

/// Every `.ron` file under the given files and folders (scenario solutions excluded), sorted.
pub fn scenario_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries =
                std::fs::read_dir(input).map_err(|e| Error::io(input, "list the folder", e))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
                .collect();
            found.sort();
            files.extend(found);
        } else if input.exists() {
            files.push(input.clone());
        } else {
            return Err(Error::at(input, None, "no such file or folder"));
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

/// The bundled scenario with this id (its file), if there is one.
pub fn find_bundled(id: &str) -> Result<Option<PathBuf>, Error> {
    let files = scenario_files(&[bundled_scenarios_dir()])?;
    let (loaded, _) = validate_files(&files);
    Ok(loaded
        .into_iter()
        .find(|l| l.scenario.id == id)
        .map(|l| l.path))
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
