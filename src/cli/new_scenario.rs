//! `faultline new motor|sensor|battery|conveyor NAME`: a commented scenario and its
//! reference solution from the templates in `assets/templates/`, ready to edit. As
//! written they validate and the solution scores 100 on every trainee's variant.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::data::{bundled_asset, inside};
use crate::error::{Error, Result};

/// Start a scenario from a template (and its reference solution).
#[derive(Args, Debug)]
pub struct NewArgs {
    /// What the scenario is about.
    kind: TemplateKind,
    /// The scenario's id, also its file name (letters, digits, dashes).
    name: String,
    /// The folder to write it into (its solution goes into `solutions/` there).
    #[arg(long, default_value = "scenarios")]
    dir: PathBuf,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateKind {
    Motor,
    Sensor,
    Battery,
    Conveyor,
}

impl TemplateKind {
    fn file(self) -> &'static str {
        match self {
            TemplateKind::Motor => "motor.ron",
            TemplateKind::Sensor => "sensor.ron",
            TemplateKind::Battery => "battery.ron",
            TemplateKind::Conveyor => "conveyor.ron",
        }
    }
}

impl NewArgs {
    pub fn run(self) -> Result<()> {
        let (scenario, solution) = write_from_template(self.kind, &self.name, &self.dir)?;
        println!(
            "wrote {} and {}; check it with `faultline validate {}`",
            scenario.display(),
            solution.display(),
            scenario.display()
        );
        Ok(())
    }
}

/// Writes the scenario and its solution; refuses to overwrite either.
pub fn write_from_template(
    kind: TemplateKind,
    name: &str,
    dir: &Path,
) -> Result<(PathBuf, PathBuf)> {
    if name.is_empty() {
        return Err(Error::Refused(
            "the name is empty: it is the scenario's id and its file's name".into(),
        ));
    }
    if name
        .chars()
        .any(|c| !(c.is_ascii_alphanumeric() || c == '-'))
    {
        return Err(Error::Refused(format!(
            "the name {name:?} may hold only letters, digits and dashes (it is the scenario's id)"
        )));
    }
    let scenario = inside(dir, &format!("{name}.ron"))?;
    let solution = inside(&dir.join("solutions"), &format!("{name}.ron"))?;
    for path in [&scenario, &solution] {
        if path.exists() {
            return Err(Error::Refused(format!(
                "{} exists already: choose another name or move it away",
                path.display()
            )));
        }
    }
    let read = |relative: String| {
        let path = bundled_asset(&relative);
        std::fs::read_to_string(&path).map_err(|e| Error::io(&path, "read the template", e))
    };
    let text = read(format!("assets/templates/{}", kind.file()))?.replace("__ID__", name);
    let answer = read(format!("assets/templates/solutions/{}", kind.file()))?;
    let solutions = dir.join("solutions");
    std::fs::create_dir_all(&solutions)
        .map_err(|e| Error::io(&solutions, "create the folder", e))?;
    write_new(&scenario, &text)?;
    write_new(&solution, &answer)?;
    Ok((scenario, solution))
}

/// Writes a file that must not exist yet (an instructor's work is never overwritten).
fn write_new(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut file| file.write_all(text.as_bytes()))
        .map_err(|e| Error::io(path, "write a new file", e))
}
