//! The panels docked round the floor, drawn in one pass so they never cover it: the
//! top bar, the log along the bottom (alarms and the notebook), and one side panel with
//! the technician's state over tabs (work on the selection, its readings, the job, the
//! fleet). Either dock folds away from the top bar. The 3D view renders only in the
//! space they leave free.

use bevy::camera::Viewport;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use bevy_panorbit_camera::PanOrbitCamera;

use super::actions_panel::{self, WorkData};
use super::camera_aim::{Aim, CameraAim};
use super::equipment::Equipment;
use super::job_panel::{self, JobData};
use super::selection::Selection;
use super::shift::{Shift, SimSpeed};
use super::technician_panel::{self, TechnicianData};
use super::telemetry_panel::UnitView;
use super::test_points::MeterInHand;
use super::thermal_view::ThermalView;
use super::top_bar::TopBar;
use super::{alarm_list, fleet_list, notebook, telemetry_panel, top_bar};
use crate::alarms::{AlarmLog, AlarmSource};
use crate::app::SimSetup;
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, MdrZone};
use crate::fleet::{FleetRoster, FleetStats};
use crate::floor::Cell;
use crate::scenario::ResolvedTarget;
use crate::sim::SimClock;
use crate::trainee::{AttemptLog, PendingActions};

/// The side panel's width and the log's height, in logical pixels: at 1280×720 they
/// leave over 60% of the window to the floor.
pub(super) const SIDE_WIDTH: f32 = 300.0;
pub(super) const LOG_HEIGHT: f32 = 104.0;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DockState>()
        .add_systems(EguiPrimaryContextPass, draw_dock);
}

/// Which docks are open and which tab the side panel shows.
#[derive(Resource, Debug, Clone)]
pub(super) struct DockState {
    pub side_open: bool,
    pub log_open: bool,
    pub tab: Tab,
    /// The selection the tab last followed (a new selection opens the Work tab).
    followed: Option<Entity>,
    /// Share of the window the floor got last frame (reported in screenshot mode).
    pub floor_share: f32,
}

impl Default for DockState {
    fn default() -> Self {
        Self {
            side_open: true,
            log_open: true,
            tab: Tab::Job,
            followed: None,
            floor_share: 1.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tab {
    Work,
    Readings,
    Job,
    Fleet,
}

/// The equipment the panels read.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct PanelData<'w, 's> {
    clock: Res<'w, SimClock>,
    setup: Res<'w, SimSetup>,
    roster: Res<'w, FleetRoster>,
    stats: Res<'w, FleetStats>,
    conveyors: Res<'w, ConveyorRoster>,
    pace: Res<'w, super::pace::Pace>,
    alarms: Res<'w, AlarmLog>,
    log: Res<'w, AttemptLog>,
    units: Query<'w, 's, UnitView>,
    zones: Query<'w, 's, &'static MdrZone>,
    belts: Query<'w, 's, &'static BeltSection>,
    lines: Query<'w, 's, &'static ConveyorLine>,
}

/// What the person does in the panels this frame.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct PanelControls<'w> {
    dock: ResMut<'w, DockState>,
    speed: ResMut<'w, SimSpeed>,
    selection: ResMut<'w, Selection>,
    aim: ResMut<'w, CameraAim>,
    shift: ResMut<'w, Shift>,
    editor: Option<ResMut<'w, super::editor::Editor>>,
    pending: ResMut<'w, PendingActions>,
    meter: ResMut<'w, MeterInHand>,
    thermal: ResMut<'w, ThermalView>,
}

fn draw_dock(
    mut contexts: EguiContexts,
    mut controls: PanelControls,
    data: PanelData,
    technician: TechnicianData,
    work: WorkData,
    mut job: JobData,
    mut floor_camera: Single<&mut Camera, With<PanOrbitCamera>>,
    window: Single<&Window, With<PrimaryWindow>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "faultline_root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let c = &mut controls;
    if c.dock.followed != c.selection.0 {
        c.dock.followed = c.selection.0;
        if c.selection.0.is_some() {
            c.dock.tab = Tab::Work;
        }
    }
    let bar = TopBar {
        floor: &data.setup.layout.name,
        clock: &data.clock,
        shift: &c.shift,
        stats: &data.stats,
        conveyors: &data.conveyors,
        pace: &data.pace,
    };
    let toggles = top_bar::Toggles {
        aim: &mut c.aim,
        dock: &mut c.dock,
        meter: &mut c.meter,
        thermal: &mut c.thermal,
    };
    top_bar::show(&mut root, bar, &mut c.speed, toggles);
    let mut actions = Vec::new();
    if c.dock.log_open {
        egui::Panel::bottom("log")
            .exact_size(LOG_HEIGHT)
            .show_inside(&mut root, |ui| {
                ui.columns(2, |columns| {
                    if let Some(source) = alarm_list::show(&mut columns[0], &data.alarms) {
                        select_alarm_source(source, &work.equipment, &mut c.selection, &mut c.aim);
                    }
                    notebook::show(&mut columns[1], &data.log);
                });
            });
    }
    if let Some(editor) = c.editor.as_deref_mut() {
        let selected = c.selection.0.and_then(|e| work.equipment.target(e));
        egui::Panel::left("editor")
            .exact_size(super::editor::EDITOR_WIDTH)
            .show_inside(&mut root, |ui| super::editor::show(ui, editor, selected));
    }
    if c.dock.side_open {
        egui::Panel::right("side")
            .exact_size(SIDE_WIDTH)
            .show_inside(&mut root, |ui| {
                technician_panel::show(
                    ui,
                    &technician,
                    &c.pending,
                    &data.clock,
                    &mut c.speed,
                    &mut actions,
                );
                ui.separator();
                ui.horizontal(|ui| {
                    for (tab, name) in [
                        (Tab::Work, "Work"),
                        (Tab::Readings, "Readings"),
                        (Tab::Job, "Job"),
                        (Tab::Fleet, "Fleet"),
                    ] {
                        ui.selectable_value(&mut c.dock.tab, tab, name);
                    }
                });
                ui.separator();
                let selected = c.selection.0;
                match c.dock.tab {
                    Tab::Work => actions_panel::show(ui, selected, &work, &mut actions),
                    Tab::Readings => telemetry_panel::show(
                        ui,
                        selected,
                        &data.units,
                        &data.zones,
                        &data.belts,
                        &data.lines,
                        &data.conveyors,
                    ),
                    Tab::Job => job_panel::show(ui, &mut job, &mut c.shift, selected, &mut actions),
                    Tab::Fleet => fleet_list::show(ui, &data.roster, &data.units, &mut c.selection),
                }
            });
    }
    let free = root.available_rect_before_wrap();
    let window_area = ctx.viewport_rect().area().max(1.0);
    c.dock.floor_share = free.area() / window_area;
    fit_view_between_panels(&mut floor_camera, &window, free);
    for action in actions {
        // The action takes effect on the next tick, as a scripted one would.
        c.pending.push(data.clock.tick + 1, action);
    }
    Ok(())
}

/// A click on an alarm selects the equipment that raised it and frames it.
fn select_alarm_source(
    source: AlarmSource,
    equipment: &Equipment,
    selection: &mut Selection,
    aim: &mut CameraAim,
) {
    let target = match source {
        AlarmSource::Unit(unit) => ResolvedTarget::Unit(unit),
        AlarmSource::Zone { line, zone } => ResolvedTarget::Zone { line, zone },
        AlarmSource::Line(line) => ResolvedTarget::Line(line),
        AlarmSource::Charger(id) => ResolvedTarget::Charger(id),
        AlarmSource::Cell(x, y) => {
            aim.request = Some(Aim::Point(equipment.grid.center(Cell::new(x, y))));
            return;
        }
    };
    if let Some(entity) = equipment.entity(target) {
        selection.0 = Some(entity);
        aim.request = Some(Aim::CloseUp);
    }
}

/// Renders the floor only in the space the panels leave free.
fn fit_view_between_panels(camera: &mut Camera, window: &Window, free: egui::Rect) {
    let scale = window.scale_factor();
    let (w, h) = (window.physical_width(), window.physical_height());
    let x = ((free.min.x * scale) as u32).min(w.saturating_sub(1));
    let y = ((free.min.y * scale) as u32).min(h.saturating_sub(1));
    let size = UVec2::new(
        ((free.width() * scale) as u32).clamp(1, w - x),
        ((free.height() * scale) as u32).clamp(1, h - y),
    );
    let position = UVec2::new(x, y);
    let unchanged = camera
        .viewport
        .as_ref()
        .is_some_and(|v| v.physical_position == position && v.physical_size == size);
    if !unchanged {
        camera.viewport = Some(Viewport {
            physical_position: position,
            physical_size: size,
            ..default()
        });
    }
}
