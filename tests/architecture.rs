//! The architecture holds in the code: each module imports only from the layers below
//! it (and, inside the world layer, from the modules listed before it), and no source
//! file grows past about 450 lines.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The modules, lowest first. A module may use any module earlier in this list.
const ORDER: &[(&str, &str)] = &[
    ("sim", "ground"),
    ("error", "ground"),
    ("data", "ground"),
    ("floor", "ground"),
    ("alarms", "world"),
    ("fleet", "world"),
    ("conveyor", "world"),
    ("scenario", "world"),
    ("faults", "world"),
    ("instruments", "world"),
    ("trainee", "world"),
    ("app", "composition"),
    ("scoring", "judgement"),
    ("lab", "judgement"),
    ("gui", "interface"),
    ("cli", "interface"),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level module a source file belongs to (`src/fleet/motion.rs` → `fleet`).
fn module_of(file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src()).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// The crate modules a file's code names (`crate::fleet::…`); comments do not count.
fn uses(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.push(name);
        }
    }
    found
}

#[test]
fn every_module_imports_only_from_the_layers_below_it() {
    let rank: BTreeMap<&str, usize> = ORDER
        .iter()
        .enumerate()
        .map(|(i, (m, _))| (*m, i))
        .collect();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let Some(module) = module_of(file) else {
            continue;
        };
        let Some(&own) = rank.get(module.as_str()) else {
            // lib.rs and main.rs sit above everything.
            assert!(
                module == "lib" || module == "main",
                "{} belongs to no layer: add `{module}` to ORDER",
                file.display()
            );
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable");
        for used in uses(&text) {
            if used == module {
                continue;
            }
            match rank.get(used.as_str()) {
                Some(&other) if other < own => {}
                Some(_) => wrong.push(format!(
                    "{} ({}, {}) uses crate::{used} ({})",
                    file.display(),
                    module,
                    ORDER[own].1,
                    ORDER[rank[used.as_str()]].1
                )),
                None => wrong.push(format!(
                    "{} uses crate::{used}, which is in no layer",
                    file.display()
                )),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_ground_imports_nothing_above_it_and_sim_nothing_at_all() {
    let mut files = Vec::new();
    rust_files(&src().join("sim"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        assert!(
            uses(&text).is_empty(),
            "{} imports from the crate; sim is the ground everything else stands on",
            file.display()
        );
    }
}

#[test]
fn no_source_file_grows_past_about_450_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).ok()?.lines().count();
            (lines > 470).then(|| format!("{}: {lines} lines", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these by concept (a file holds one concept):\n{}",
        long.join("\n")
    );
}

#[test]
fn main_only_calls_the_command_line() {
    let main = std::fs::read_to_string(src().join("main.rs")).expect("main.rs");
    assert!(
        main.lines().count() <= 15,
        "src/main.rs should stay about 15 lines"
    );
    assert!(main.contains("faultline::cli::main()"));
}
