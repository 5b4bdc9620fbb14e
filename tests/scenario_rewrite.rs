//! Saving an edited scenario into the author's file: a save without a change is the
//! same file byte for byte, and an edit rewrites only what changed, keeping every
//! comment and the layout elsewhere, over every shipped scenario and template.

use std::path::{Path, PathBuf};

use faultline::scenario::{
    EditorDraft, FaultKind, Hint, LoadedScenario, Question, Scenario, Trigger, load_scenario_str,
    rewrite,
};

fn authored_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = ["scenarios", "assets/templates"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).expect("folder"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{} files", files.len());
    files
}

/// A template's placeholder id made valid, so it loads like a scenario.
fn read(path: &Path) -> (String, LoadedScenario) {
    let text = std::fs::read_to_string(path)
        .expect("readable")
        .replace("__ID__", "template");
    let loaded = load_scenario_str(&text, path).unwrap_or_else(|e| panic!("{e:?}"));
    (text, loaded)
}

/// Every comment line of the file (its text, trimmed).
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.find("//").map(|i| l[i..].trim().to_string()))
        .collect()
}

/// Saves `edit` of the file's scenario: it must validate, read back as the edit, and
/// keep every comment.
fn save(path: &Path, text: &str, old: &Scenario, edit: &Scenario) -> String {
    let saved = rewrite(text, old, edit).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let loaded = load_scenario_str(&saved, path).unwrap_or_else(|e| {
        panic!(
            "{}: saved text does not validate: {e:?}\n{saved}",
            path.display()
        )
    });
    assert_eq!(&loaded.scenario, edit, "{}", path.display());
    for comment in comments(text) {
        assert!(
            saved.contains(&comment),
            "{}: lost the comment {comment:?}\n{saved}",
            path.display()
        );
    }
    saved
}

#[test]
fn a_save_without_a_change_is_byte_identical() {
    for path in authored_files() {
        let (text, loaded) = read(&path);
        // The scenario as the editor holds it: read back from its canonical text.
        let held: Scenario = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(&faultline::scenario::canonical(&loaded.scenario, false).expect("writes"))
            .expect("reads back");
        assert_eq!(held, loaded.scenario, "{}", path.display());
        let saved = rewrite(&text, &loaded.scenario, &held).expect("saves");
        assert_eq!(saved, text, "{} changed on a save", path.display());
        // And as the editor holds it: every field as a person edits it, built back.
        let built = EditorDraft::of(&loaded.scenario)
            .build()
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert_eq!(built, loaded.scenario, "{}", path.display());
        let saved = rewrite(&text, &loaded.scenario, &built).expect("saves");
        assert_eq!(saved, text, "{} changed on an editor save", path.display());
    }
}

#[test]
fn an_edit_made_as_text_in_the_editor_is_saved_where_it_belongs() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/motor-axle-wrap.ron");
    let (text, loaded) = read(&path);
    let mut draft = EditorDraft::of(&loaded.scenario);
    draft.faults[0].kind = "MotorBind(wheel: Right, drag_nm: 70.0)".into();
    draft.faults[0].trigger = "AtTime(seconds: 100.0)".into();
    draft.add_fault(Some("SameAs(\"axle-wrap\")".into()));
    draft.faults[1].kind = "MotorBind(wheel: Right, drag_nm: 70.0, shorted_winding: true)".into();
    draft.faults[1].trigger = "OnAction(action: \"ResetDrive\")".into();
    let edit = draft.build().expect("builds");
    let saved = save(&path, &text, &loaded.scenario, &edit);
    assert!(
        saved.contains("kind: MotorBind(wheel: Right, drag_nm: 70.0),"),
        "{saved}"
    );
    assert!(
        saved.contains("            target: SameAs(\"axle-wrap\"),"),
        "{saved}"
    );
    // What does not read is named, field by field.
    draft.faults[0].trigger = "AtTime(seconds: )".into();
    draft.faults[1].target = "Unit(".into();
    let problems = draft.build().expect_err("two fields do not read");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("fault 0 (`axle-wrap`) trigger:"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("fault 1 (`fault-2`) target:"),
        "{problems:?}"
    );
}

#[test]
fn changed_values_are_rewritten_in_place_and_undoing_them_gives_the_file_back() {
    for path in authored_files() {
        let (text, loaded) = read(&path);
        let old = loaded.scenario.clone();
        let mut edit = old.clone();
        edit.title = format!("{} (edited)", old.title);
        edit.shift_min = old.shift_min + 5.0;
        edit.faults[0].trigger = Trigger::AtTime { seconds: 90.0 };
        if let FaultKind::MotorBind { drag_nm, .. } = &mut edit.faults[0].kind {
            *drag_nm += 1.0;
        }
        edit.rubric.pass_mark = 55.0;
        let saved = save(&path, &text, &old, &edit);
        // Only the lines holding those values changed.
        let changed = text
            .lines()
            .zip(saved.lines())
            .filter(|(a, b)| a != b)
            .count();
        assert!(
            changed <= 6,
            "{}: {changed} lines changed\n{saved}",
            path.display()
        );
        assert_eq!(
            text.lines().count(),
            saved.lines().count(),
            "{}\n{saved}",
            path.display()
        );
        let undone = rewrite(&saved, &edit, &old).expect("undo saves");
        assert_eq!(undone, text, "{}: undoing the edit", path.display());
    }
}

#[test]
fn items_added_and_removed_keep_the_rest_of_the_file() {
    for path in authored_files() {
        let (text, loaded) = read(&path);
        let old = loaded.scenario.clone();
        let mut edit = old.clone();
        edit.hints.push(Hint {
            step: "verify".into(),
            text: "Run a test cycle before you sign the job off.".into(),
            cost: 3.0,
            unlocks_after_min: 5.0,
        });
        edit.rubric.questions.push(Question {
            ask: "What would you check next?".into(),
            choices: vec!["the cause".into(), "the symptom".into()],
            answer: 0,
            points: 2.0,
        });
        edit.faults[0].note = "edited in the editor".into();
        let added = save(&path, &text, &old, &edit);
        assert!(added.len() > text.len());
        // And out again: the hint and the question removed.
        let mut back = edit.clone();
        back.hints.pop();
        back.rubric.questions.pop();
        save(&path, &added, &edit, &back);
        // A note cleared goes from the file (an empty note is the default).
        let mut cleared = old.clone();
        for f in &mut cleared.faults {
            f.note.clear();
        }
        let without = save(&path, &text, &old, &cleared);
        assert!(!without.contains("note:") || cleared == old, "{without}");
        if old.hints.len() > 1 {
            let mut fewer = old.clone();
            fewer.hints.remove(0);
            save(&path, &text, &old, &fewer);
        }
    }
}
