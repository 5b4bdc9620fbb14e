//! The panels docked round the floor: the top bar, the alarm list along the bottom, the
//! fleet list on the left and the telemetry panel on the right. The 3D view renders only
//! in the space they leave free.

use bevy::camera::Viewport;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use bevy_panorbit_camera::PanOrbitCamera;

use super::selection::Selection;
use super::shift::{Shift, SimSpeed};
use super::telemetry_panel::UnitView;
use super::top_bar::TopBar;
use super::{alarm_list, fleet_list, telemetry_panel, top_bar};
use crate::alarms::AlarmLog;
use crate::app::SimSetup;
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorRoster, MdrZone};
use crate::fleet::{FleetRoster, FleetStats};
use crate::sim::SimClock;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw_docked_panels);
}

/// The equipment the panels read.
#[derive(bevy::ecs::system::SystemParam)]
struct PanelData<'w, 's> {
    clock: Res<'w, SimClock>,
    setup: Res<'w, SimSetup>,
    roster: Res<'w, FleetRoster>,
    stats: Res<'w, FleetStats>,
    conveyors: Res<'w, ConveyorRoster>,
    alarms: Res<'w, AlarmLog>,
    shift: Res<'w, Shift>,
    units: Query<'w, 's, UnitView>,
    zones: Query<'w, 's, &'static MdrZone>,
    belts: Query<'w, 's, &'static BeltSection>,
    lines: Query<'w, 's, &'static ConveyorLine>,
}

fn draw_docked_panels(
    mut contexts: EguiContexts,
    mut speed: ResMut<SimSpeed>,
    mut selection: ResMut<Selection>,
    data: PanelData,
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
    let bar = TopBar {
        floor: &data.setup.layout.name,
        clock: &data.clock,
        shift: &data.shift,
        stats: &data.stats,
        conveyors: &data.conveyors,
    };
    top_bar::show(&mut root, bar, &mut speed);
    alarm_list::alarm_panel(&mut root, &data.alarms);
    egui::Panel::left("fleet")
        .default_size(230.0)
        .show_inside(&mut root, |ui| {
            fleet_list::show(ui, &data.roster, &data.units, &mut selection);
        });
    egui::Panel::right("telemetry")
        .exact_size(330.0)
        .show_inside(&mut root, |ui| {
            telemetry_panel::show(
                ui,
                selection.0,
                &data.units,
                &data.zones,
                &data.belts,
                &data.lines,
                &data.conveyors,
            );
        });
    fit_view_between_panels(
        &mut floor_camera,
        &window,
        root.available_rect_before_wrap(),
    );
    Ok(())
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
