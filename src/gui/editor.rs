//! `faultline edit SCENARIO`: the floor as the scenario editor. A panel on the left
//! holds the scenario as fields: the ticket and shift; each fault's kind (picked from
//! the catalogue's kinds, its figures with their ranges), its equipment (click it on
//! the floor, then *use the selection*) and its trigger; the hints; the rubric and its
//! questions. *Save* writes into the author's file only what changed (comments and
//! layout elsewhere stay as written), and only a version that validates is written.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};

use crate::scenario::{
    Difficulty, EditorDraft, FAULT_KIND_EXAMPLES, FaultKind, Hint, QuestionDraft, ResolvedTarget,
    SafetyRule, Scenario, TRIGGER_EXAMPLES, Target, load_scenario_str, rewrite, ron_text,
};

/// The editor panel's width, logical pixels.
pub(super) const EDITOR_WIDTH: f32 = 380.0;

/// The file being edited: its text as last saved, the scenario that text says, and
/// the draft the author is working on.
#[derive(Resource, Debug)]
pub(super) struct Editor {
    path: PathBuf,
    source: String,
    saved: Scenario,
    draft: EditorDraft,
    /// What the last save attempt said: saved, or why not.
    status: Vec<String>,
    status_ok: bool,
}

pub(super) fn plugin(app: &mut App, path: PathBuf) {
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    // The command only opens a file that validates (see `cli::window`).
    let Ok(loaded) = load_scenario_str(&source, &path) else {
        return;
    };
    app.insert_resource(Editor {
        draft: EditorDraft::of(&loaded.scenario),
        saved: loaded.scenario,
        source,
        path,
        status: vec!["Click equipment on the floor to put a fault in it.".into()],
        status_ok: true,
    })
    .add_systems(Startup, fold_the_trainee_panel);
}

/// The editor needs the room the technician's panel would take.
fn fold_the_trainee_panel(mut dock: ResMut<super::dock::DockState>) {
    dock.side_open = false;
}

impl Editor {
    /// Saves the draft into the file if it validates; the status says what happened.
    fn save(&mut self) {
        let edited = match self.draft.build() {
            Ok(s) => s,
            Err(problems) => return self.refuse(problems),
        };
        let text = match rewrite(&self.source, &self.saved, &edited) {
            Ok(text) => text,
            Err(e) => return self.refuse(vec![format!("cannot write the change: {e}")]),
        };
        if let Err(problems) = load_scenario_str(&text, &self.path) {
            return self.refuse(problems.iter().map(|d| d.to_string()).collect());
        }
        if text == self.source {
            self.status = vec!["nothing changed".into()];
            self.status_ok = true;
            return;
        }
        match crate::data::write_atomically(&self.path, text.as_bytes()) {
            Ok(()) => {
                self.status = vec![format!("saved {}", self.path.display())];
                self.status_ok = true;
                self.source = text;
                self.saved = edited;
            }
            Err(e) => self.refuse(vec![e.to_string()]),
        }
    }

    fn refuse(&mut self, problems: Vec<String>) {
        self.status = problems;
        self.status.insert(0, "not saved:".into());
        self.status_ok = false;
    }
}

/// The equipment as a scenario's target names it.
fn target_text(target: ResolvedTarget) -> String {
    let target = match target {
        ResolvedTarget::Unit(u) => Target::Unit(u),
        ResolvedTarget::Charger(c) => Target::Charger(c),
        ResolvedTarget::Cell(c) => Target::Cell(c),
        ResolvedTarget::Zone { line, zone } => Target::Zone { line, zone },
        ResolvedTarget::Line(l) => Target::Line(l),
    };
    ron_text(&target, true).unwrap_or_default()
}

/// The editor panel. `selected` is the equipment selected on the floor.
pub(super) fn show(ui: &mut egui::Ui, editor: &mut Editor, selected: Option<ResolvedTarget>) {
    ui.horizontal(|ui| {
        ui.strong("Scenario editor");
        if ui.button("Save").clicked() {
            editor.save();
        }
        if ui.button("Revert").clicked() {
            editor.draft = EditorDraft::of(&editor.saved);
            editor.status = vec!["back to the saved version".into()];
            editor.status_ok = true;
        }
    });
    ui.label(RichText::new(editor.path.display().to_string()).weak());
    let colour = if editor.status_ok {
        Color32::LIGHT_GREEN
    } else {
        Color32::from_rgb(255, 120, 100)
    };
    for line in &editor.status {
        ui.label(RichText::new(line).color(colour).small());
    }
    ui.separator();
    let selected = selected.map(target_text);
    let draft = &mut editor.draft;
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::CollapsingHeader::new("Shift and ticket")
            .default_open(true)
            .show(ui, |ui| shift_fields(ui, draft));
        egui::CollapsingHeader::new(format!("Faults ({})", draft.faults.len()))
            .default_open(true)
            .show(ui, |ui| faults(ui, draft, selected.as_deref()));
        egui::CollapsingHeader::new(format!("Hints ({})", draft.hints.len()))
            .show(ui, |ui| hints(ui, &mut draft.hints));
        egui::CollapsingHeader::new("Rubric")
            .default_open(true)
            .show(ui, |ui| rubric(ui, draft));
    });
}

fn shift_fields(ui: &mut egui::Ui, draft: &mut EditorDraft) {
    ui.add(egui::TextEdit::singleline(&mut draft.title).hint_text("title"));
    ui.add(
        egui::TextEdit::multiline(&mut draft.ticket)
            .hint_text("the trouble ticket")
            .desired_rows(2),
    );
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("difficulty")
            .selected_text(format!("{:?}", draft.difficulty))
            .show_ui(ui, |ui| {
                for d in [
                    Difficulty::Foundation,
                    Difficulty::Intermediate,
                    Difficulty::Advanced,
                ] {
                    ui.selectable_value(&mut draft.difficulty, d, format!("{d:?}"));
                }
            });
        ui.label("shift");
        ui.add(
            egui::DragValue::new(&mut draft.shift_min)
                .suffix(" min")
                .range(1.0..=480.0),
        );
        ui.label("seed");
        ui.add(egui::DragValue::new(&mut draft.seed));
    });
    ui.horizontal(|ui| {
        ui.label("floor");
        ui.text_edit_singleline(&mut draft.floor);
    });
}

fn faults(ui: &mut egui::Ui, draft: &mut EditorDraft, selected: Option<&str>) {
    let mut remove = None;
    for (i, fault) in draft.faults.iter_mut().enumerate() {
        ui.push_id(("fault", i), |ui| {
            ui.horizontal(|ui| {
                ui.label("id");
                ui.text_edit_singleline(&mut fault.id);
                if ui.small_button("remove").clicked() {
                    remove = Some(i);
                }
            });
            let kind_name = fault
                .kind
                .split(['(', ' '])
                .next()
                .unwrap_or_default()
                .to_string();
            egui::ComboBox::from_id_salt("kind")
                .selected_text(&kind_name)
                .show_ui(ui, |ui| {
                    for example in FAULT_KIND_EXAMPLES {
                        if ui
                            .selectable_label(fault.kind == *example, *example)
                            .clicked()
                        {
                            fault.kind = example.to_string();
                        }
                    }
                });
            ui.add(egui::TextEdit::singleline(&mut fault.kind).desired_width(f32::INFINITY));
            // The figures' ranges, from the same table `validate` checks them against.
            if let Ok(kind) = crate::data::authored_ron().from_str::<FaultKind>(&fault.kind) {
                for r in kind.ranges() {
                    let colour = if r.holds() {
                        Color32::GRAY
                    } else {
                        Color32::LIGHT_RED
                    };
                    ui.label(
                        RichText::new(format!("{} in {}", r.name, r.text()))
                            .color(colour)
                            .small(),
                    );
                }
            }
            ui.horizontal(|ui| {
                ui.label("in");
                ui.text_edit_singleline(&mut fault.target);
            });
            if let Some(target) = selected
                && ui
                    .small_button(format!("use the selection: {target}"))
                    .clicked()
            {
                fault.target = target.to_string();
            }
            let trigger_name = fault
                .trigger
                .split('(')
                .next()
                .unwrap_or_default()
                .to_string();
            egui::ComboBox::from_id_salt("trigger")
                .selected_text(&trigger_name)
                .show_ui(ui, |ui| {
                    for example in TRIGGER_EXAMPLES {
                        if ui
                            .selectable_label(fault.trigger == *example, *example)
                            .clicked()
                        {
                            fault.trigger = example.to_string();
                        }
                    }
                });
            ui.add(egui::TextEdit::singleline(&mut fault.trigger).desired_width(f32::INFINITY));
            ui.add(egui::TextEdit::singleline(&mut fault.note).hint_text("note (instructor only)"));
            ui.separator();
        });
    }
    if let Some(i) = remove {
        let id = draft.faults.remove(i).id;
        draft.root_causes.retain(|r| *r != id);
    }
    if ui.button("Add a fault").clicked() {
        draft.add_fault(selected.map(String::from));
    }
}

fn hints(ui: &mut egui::Ui, hints: &mut Vec<Hint>) {
    let mut remove = None;
    for (i, hint) in hints.iter_mut().enumerate() {
        ui.push_id(("hint", i), |ui| {
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut hint.step).desired_width(80.0));
                ui.add(
                    egui::DragValue::new(&mut hint.cost)
                        .prefix("−")
                        .range(0.0..=100.0),
                );
                ui.add(
                    egui::DragValue::new(&mut hint.unlocks_after_min)
                        .prefix("from ")
                        .suffix(" min")
                        .range(0.0..=480.0),
                );
                if ui.small_button("remove").clicked() {
                    remove = Some(i);
                }
            });
            ui.add(egui::TextEdit::multiline(&mut hint.text).desired_rows(1));
        });
    }
    if let Some(i) = remove {
        hints.remove(i);
    }
    if ui.button("Add a hint").clicked() {
        hints.push(Hint {
            step: "gather".into(),
            text: String::new(),
            cost: 5.0,
            unlocks_after_min: 0.0,
        });
    }
}

fn rubric(ui: &mut egui::Ui, draft: &mut EditorDraft) {
    ui.label("root causes to find");
    ui.horizontal_wrapped(|ui| {
        for fault in &draft.faults {
            let mut on = draft.root_causes.contains(&fault.id);
            if ui.checkbox(&mut on, &fault.id).changed() {
                if on {
                    draft.root_causes.push(fault.id.clone());
                } else {
                    draft.root_causes.retain(|r| *r != fault.id);
                }
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label("time target");
        ui.add(egui::DragValue::new(&mut draft.time_target_min).suffix(" min"));
        ui.label("pass mark");
        ui.add(egui::DragValue::new(&mut draft.pass_mark).range(0.0..=100.0));
    });
    ui.label("critical safety rules");
    for rule in SafetyRule::ALL {
        let mut on = draft.critical_safety.contains(&rule);
        if ui.checkbox(&mut on, rule.describe()).changed() {
            if on {
                draft.critical_safety.push(rule);
            } else {
                draft.critical_safety.retain(|r| *r != rule);
            }
        }
    }
    ui.label("end-of-shift questions (choices one per line)");
    let mut remove = None;
    for (i, q) in draft.questions.iter_mut().enumerate() {
        ui.push_id(("question", i), |ui| {
            ui.add(egui::TextEdit::singleline(&mut q.ask).hint_text("the question"));
            ui.add(egui::TextEdit::multiline(&mut q.choices).desired_rows(2));
            ui.horizontal(|ui| {
                ui.label("answer");
                ui.add(egui::DragValue::new(&mut q.answer));
                ui.add(
                    egui::DragValue::new(&mut q.points)
                        .prefix("−")
                        .range(0.0..=100.0),
                );
                if ui.small_button("remove").clicked() {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        draft.questions.remove(i);
    }
    if ui.button("Add a question").clicked() {
        draft.questions.push(QuestionDraft {
            ask: String::new(),
            choices: String::new(),
            answer: 0,
            points: 5.0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An editor on a copy of a shipped scenario, in a folder of its own.
    fn editor_on_copy(name: &str) -> (Editor, PathBuf) {
        let dir =
            std::env::temp_dir().join(format!("faultline-editor-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(format!("{name}.ron"));
        let shipped =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{name}.ron"));
        std::fs::copy(shipped, &path).expect("copy");
        let source = std::fs::read_to_string(&path).expect("read");
        let loaded = load_scenario_str(&source, &path).expect("valid");
        let editor = Editor {
            draft: EditorDraft::of(&loaded.scenario),
            saved: loaded.scenario,
            source,
            path: path.clone(),
            status: Vec::new(),
            status_ok: true,
        };
        (editor, path)
    }

    #[test]
    fn save_writes_a_version_that_validates_and_refuses_one_that_does_not() {
        let (mut editor, path) = editor_on_copy("motor-axle-wrap");
        let before = std::fs::read_to_string(&path).expect("read");
        editor.save();
        assert_eq!(editor.status, vec!["nothing changed".to_string()]);

        editor.draft.title = "Unit stops dead by the pick station".into();
        editor.draft.faults[0].target = "Unit(4)".into();
        editor.save();
        assert!(editor.status_ok, "{:?}", editor.status);
        let after = std::fs::read_to_string(&path).expect("read");
        let reread = load_scenario_str(&after, &path).expect("the saved file validates");
        assert_eq!(reread.scenario.title, "Unit stops dead by the pick station");
        assert_eq!(reread.scenario.faults[0].target, Target::Unit(4));
        // Only the two lines changed; the comments stayed.
        let changed = before
            .lines()
            .zip(after.lines())
            .filter(|(a, b)| a != b)
            .count();
        assert_eq!(changed, 2, "{after}");

        // A unit the floor does not have: refused with the validator's located error,
        // and the file keeps the last good version.
        editor.draft.faults[0].target = "Unit(99)".into();
        editor.save();
        assert!(!editor.status_ok);
        assert!(
            editor
                .status
                .iter()
                .any(|s| s.contains(":15:21: unknown target unit 99")),
            "{:?}",
            editor.status
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), after);
        let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
    }
}
