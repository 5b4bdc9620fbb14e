//! The end of a shift: the attempt is scored (the same pure function the CLI uses) and
//! the debrief shows the score, the category bars, the findings as a timeline, and the
//! expert's path beside the trainee's.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::faults::FaultCatalogue;
use crate::scenario::LoadedScenario;
use crate::scoring::{Report, describe, score, solution_path};
use crate::sim::{SimClock, SimSetup, TICK_HZ};
use crate::trainee::{ActionCatalogue, ActionScript, AttemptLog, LogEntry, ScenarioHints};

pub struct DebriefPlugin {
    pub scenario: Option<LoadedScenario>,
    pub trainee: String,
    pub open_at_start: bool,
    pub station: Option<super::Station>,
}

/// The shift's scenario and, once the shift has ended, its report.
#[derive(Resource)]
pub struct Debrief {
    scenario: Option<LoadedScenario>,
    /// Set to end the shift now (the button, or the time running out).
    pub end_requested: bool,
    report: Option<Report>,
    open: bool,
    station: Option<super::Station>,
}

impl Debrief {
    pub fn has_scenario(&self) -> bool {
        self.scenario.is_some()
    }
}

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        let seed = app.world().resource::<SimSetup>().seed;
        let id = self
            .scenario
            .as_ref()
            .map_or("floor".to_string(), |s| s.scenario.id.clone());
        let header = LogEntry::Header {
            scenario: id,
            trainee: self.trainee.clone(),
            seed,
        };
        // A station logs to its attempts folder as the attempt goes.
        let log = match &self.station {
            Some(station) => {
                if let Some(dir) = station.log.parent() {
                    let _ = std::fs::create_dir_all(dir);
                }
                match AttemptLog::to_file(&station.log, header.clone()) {
                    Ok(mut log) => {
                        log.append(LogEntry::Attempt {
                            scenario_file: self
                                .scenario
                                .as_ref()
                                .map(|s| s.path.display().to_string())
                                .unwrap_or_default(),
                            scenario_hash: station.scenario_hash.clone(),
                            session: station.session.clone(),
                            exam: station.exam,
                            limit_min: station.limit_min,
                        });
                        log
                    }
                    Err(e) => {
                        error!(
                            "{}: cannot write the attempt log: {e}",
                            station.log.display()
                        );
                        AttemptLog::in_memory(header)
                    }
                }
            }
            None => AttemptLog::in_memory(header),
        };
        let exam = self.station.as_ref().is_some_and(|s| s.exam);
        app.insert_resource(log)
            .insert_resource(ScenarioHints(
                self.scenario
                    .as_ref()
                    .filter(|_| !exam)
                    .map(|s| s.scenario.hints.clone())
                    .unwrap_or_default(),
            ))
            .insert_resource(Debrief {
                scenario: self.scenario.clone(),
                end_requested: self.open_at_start,
                report: None,
                open: false,
                station: self.station.clone(),
            })
            .add_systems(Update, end_of_shift)
            .add_systems(EguiPrimaryContextPass, debrief_window);
    }
}

/// Scores the attempt when the shift ends: on request, or when its time is up.
fn end_of_shift(
    clock: Res<SimClock>,
    log: Res<AttemptLog>,
    faults: Option<Res<FaultCatalogue>>,
    actions: Option<Res<ActionCatalogue>>,
    mut debrief: ResMut<Debrief>,
    mut time: ResMut<Time<Virtual>>,
) {
    let Some(loaded) = debrief.scenario.clone() else {
        return;
    };
    // A station's time limit ends the attempt if it comes before the shift's end.
    let minutes = debrief
        .station
        .as_ref()
        .map_or(loaded.scenario.shift_min, |s| {
            s.limit_min.min(loaded.scenario.shift_min)
        });
    let shift_over = clock.tick as f64 >= minutes as f64 * 60.0 * TICK_HZ;
    if debrief.report.is_some() {
        // A station's attempt is over once scored: the floor stays stopped.
        if debrief.station.is_some() && !time.is_paused() {
            time.pause();
        }
        return;
    }
    if !(debrief.end_requested || shift_over) {
        return;
    }
    let (Some(faults), Some(actions)) = (faults, actions) else {
        return;
    };
    let mut report = score(&loaded, &log.entries, &faults, &actions);
    if let Some(station) = &debrief.station {
        send_statements(station, &report);
        match crate::lab::store::report_json(&report) {
            Ok(json) => {
                if let Err(e) =
                    crate::lab::store::write_atomically(&station.report, json.as_bytes())
                {
                    error!("{e}");
                }
            }
            Err(e) => error!("{e}"),
        }
    }
    // The expert path is the answer key: not shown at an exam station.
    let exam = debrief.station.as_ref().is_some_and(|s| s.exam);
    if exam {
        // The findings name the fault and its cause: the answer key stays with the instructor.
        report.findings.clear();
        report.process.text.clear();
    }
    if !exam && let Ok(script) = ActionScript::load(&solution_path(&loaded.path)) {
        report.expert_path = script.actions.iter().map(|s| describe(&s.action)).collect();
    }
    debrief.report = Some(report);
    debrief.open = true;
    time.pause();
}

fn debrief_window(mut contexts: EguiContexts, mut debrief: ResMut<Debrief>) -> Result {
    if !debrief.open {
        return Ok(());
    }
    let Some(report) = debrief.report.clone() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let mut open = true;
    egui::Window::new("Debrief")
        .open(&mut open)
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .default_width(900.0)
        .default_height(560.0)
        .collapsible(false)
        .show(ctx, |ui| {
            let verdict = if report.passed {
                RichText::new("PASS").color(Color32::from_rgb(90, 200, 110))
            } else {
                RichText::new("FAIL").color(Color32::from_rgb(240, 80, 60))
            };
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "{} / 100",
                        crate::scoring::points_text(report.total)
                    ))
                    .heading()
                    .strong(),
                );
                ui.label(verdict.heading());
                ui.label(format!(
                    "pass mark {} · {} min · parts {:.0}",
                    report.pass_mark, report.duration_min, report.parts_cost
                ));
            });
            if let Some(gate) = &report.gate {
                ui.colored_label(Color32::from_rgb(240, 80, 60), gate);
            }
            ui.separator();
            egui::Grid::new("categories").num_columns(2).show(ui, |ui| {
                for c in &report.categories {
                    ui.label(&c.name);
                    let share = if c.weight > 0.0 {
                        c.points / c.weight
                    } else {
                        1.0
                    };
                    ui.add(
                        egui::ProgressBar::new(share)
                            .desired_width(360.0)
                            .text(format!(
                                "{} / {}",
                                crate::scoring::points_text(c.points),
                                crate::scoring::points_text(c.weight)
                            )),
                    );
                    ui.end_row();
                }
            });
            ui.label(RichText::new(&report.process.text).italics());
            ui.separator();
            ui.columns(3, |columns| {
                columns[0].label(RichText::new("Findings").strong());
                egui::ScrollArea::vertical()
                    .id_salt("findings")
                    .max_height(260.0)
                    .show(&mut columns[0], |ui| {
                        if report.findings.is_empty() {
                            ui.label("Nothing to improve.");
                        }
                        for f in &report.findings {
                            let text = format!(
                                "{} {}{}",
                                f.time.as_deref().unwrap_or("--"),
                                f.action
                                    .as_deref()
                                    .map_or(String::new(), |a| format!("{a}: ")),
                                f.text
                            );
                            if f.points < 0.0 {
                                ui.colored_label(Color32::from_rgb(240, 150, 90), text);
                            } else {
                                ui.label(text);
                            }
                        }
                    });
                columns[1].label(RichText::new("Your path").strong());
                path(&mut columns[1], "trainee", &report.trainee_path);
                columns[2].label(RichText::new("Expert path").strong());
                path(&mut columns[2], "expert", &report.expert_path);
            });
        });
    debrief.open = open;
    Ok(())
}

fn path(ui: &mut egui::Ui, id: &str, steps: &[String]) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(260.0)
        .show(ui, |ui| {
            for (i, step) in steps.iter().enumerate() {
                ui.label(RichText::new(format!("{:>2}. {step}", i + 1)).small());
            }
        });
}

/// Queues the attempt's xAPI statements and sends them from a background thread, so the
/// window never waits on the LRS; what does not go out stays in the outbox.
fn send_statements(station: &super::Station, report: &Report) {
    let Ok(session) = crate::lab::load_session(&station.session_file) else {
        return;
    };
    let (Some(lrs), Some(trainee)) = (
        session.session.lrs.clone(),
        session.trainee(&report.trainee).cloned(),
    ) else {
        return;
    };
    let outbox = crate::lab::xapi::outbox_dir(&session);
    let statements = crate::lab::xapi::statements(&session, &trainee, report);
    if let Err(e) = crate::lab::xapi::enqueue(&outbox, &statements) {
        error!("xAPI outbox: {e}");
        return;
    }
    std::thread::spawn(move || {
        let result = crate::lab::xapi::password(&lrs).and_then(|password| {
            crate::lab::xapi::drain(
                &outbox,
                &lrs,
                &password,
                6,
                std::time::Duration::from_secs(2),
            )
        });
        match result {
            Ok(d) => info!("xAPI: {} sent, {} waiting", d.sent, d.waiting),
            Err(e) => warn!("xAPI: statements wait in the outbox: {e}"),
        }
    });
}
