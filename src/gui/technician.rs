//! The technician in the window: the avatar (hi-vis when the vest is on), right-click
//! to walk there, a card with the action in hand and the work-order form, test points
//! drawn on the selected line, and the briefing that holds the shift until it is read.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::selection::Selection;
use super::shift::ShiftInfo;
use crate::conveyor::{BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone};
use crate::faults::FaultCatalogue;
use crate::fleet::{DriveUnit, floor_point};
use crate::scenario::ResolvedTarget;
use crate::sim::{SimClock, TICK_HZ, clock_text};
use crate::trainee::{PendingActions, Spot, Technician, TraineeAction, line_spot, work_order};

pub(super) fn plugin(app: &mut App) {
    let info = app.world().get_resource::<ShiftInfo>();
    let briefing = info.is_some_and(|s| s.scenario.is_some() && !s.screenshot_mode);
    // A screenshot shows the floor at the warm-up time, not hurried past it.
    let hurry = !info.is_some_and(|s| s.screenshot_mode);
    app.insert_resource(Briefing { open: briefing })
        .init_resource::<WorkOrderForm>()
        .insert_resource(Hurry {
            enabled: hurry,
            restore: None,
        })
        .add_systems(Startup, spawn_avatar)
        .add_systems(
            Update,
            (
                place_avatar,
                draw_locks_and_technician,
                draw_test_points,
                hurry_while_busy,
                hold_for_briefing,
            ),
        )
        .add_observer(walk_on_right_click)
        .add_systems(EguiPrimaryContextPass, (briefing_window, technician_window));
}

/// The briefing is showing: the shift waits until the trainee starts it.
#[derive(Resource, Debug)]
struct Briefing {
    open: bool,
}

/// Run the floor fast while the technician is busy, back to the chosen speed after.
#[derive(Resource, Debug)]
struct Hurry {
    enabled: bool,
    restore: Option<f32>,
}

#[derive(Resource, Debug, Default)]
struct WorkOrderForm {
    cause: usize,
    repair: String,
    notes: String,
}

#[derive(Component)]
struct Avatar;

#[derive(Resource)]
struct AvatarLooks {
    vest: Handle<StandardMaterial>,
    plain: Handle<StandardMaterial>,
}

fn spawn_avatar(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<StandardMaterial>>,
) {
    let looks = AvatarLooks {
        // Hi-vis lime, unlike the station operators' orange.
        vest: materials.add(StandardMaterial {
            base_color: Color::srgb(0.75, 1.0, 0.1),
            emissive: LinearRgba::rgb(0.3, 0.45, 0.0),
            ..default()
        }),
        plain: materials.add(Color::srgb(0.15, 0.25, 0.6)),
    };
    let helmet = materials.add(Color::WHITE);
    commands
        .spawn((
            Name::new("Technician"),
            Avatar,
            Mesh3d(meshes.add(Capsule3d::new(0.22, 1.2))),
            MeshMaterial3d(looks.plain.clone()),
            Transform::default(),
        ))
        .with_child((
            Mesh3d(meshes.add(Sphere::new(0.17))),
            MeshMaterial3d(helmet),
            Transform::from_xyz(0.0, 0.88, 0.0),
        ));
    commands.insert_resource(looks);
}

fn place_avatar(
    technician: Res<Technician>,
    looks: Res<AvatarLooks>,
    mut avatar: Query<(&mut Transform, &mut MeshMaterial3d<StandardMaterial>), With<Avatar>>,
) {
    for (mut transform, mut material) in &mut avatar {
        transform.translation = floor_point(technician.position, 0.82);
        let wanted = if technician.vest_on {
            &looks.vest
        } else {
            &looks.plain
        };
        if material.0 != *wanted {
            material.0 = wanted.clone();
        }
    }
}

/// Locked cells get a red square on the floor; the technician a ring (and, with the
/// vest on, the radius inside which units stop), so both show from far away.
fn draw_locks_and_technician(
    grid: Res<crate::floor::FloorGrid>,
    technician: Res<Technician>,
    catalogue: Option<Res<crate::trainee::ActionCatalogue>>,
    mut gizmos: Gizmos,
) {
    let red = Color::srgb(0.95, 0.15, 0.1);
    let half = grid.cell_size * 0.45;
    for y in 0..grid.height {
        for x in 0..grid.width {
            let cell = crate::floor::Cell::new(x, y);
            if !grid.is_locked(cell) {
                continue;
            }
            let c = grid.center(cell);
            let corners = [
                Vec2::new(-half, -half),
                Vec2::new(half, -half),
                Vec2::new(half, half),
                Vec2::new(-half, half),
            ];
            for i in 0..4 {
                gizmos.line(
                    floor_point(c + corners[i], 0.03),
                    floor_point(c + corners[(i + 1) % 4], 0.03),
                    red,
                );
            }
        }
    }
    let flat = Quat::from_rotation_x(std::f32::consts::FRAC_PI_2);
    let at = floor_point(technician.position, 0.04);
    let lime = Color::srgb(0.75, 1.0, 0.1);
    gizmos.circle(Isometry3d::new(at, flat), 0.5, lime);
    if technician.vest_on
        && let Some(c) = catalogue
    {
        gizmos.circle(Isometry3d::new(at, flat), c.vest.stop_radius_m, lime);
    }
}

/// Right-click on the floor: walk there (the same `WalkTo` action a script sends).
fn walk_on_right_click(
    click: On<Pointer<Click>>,
    clock: Res<SimClock>,
    mut pending: ResMut<PendingActions>,
) {
    if click.button != PointerButton::Secondary {
        return;
    }
    if let Some(at) = click.hit.position {
        pending.push(
            clock.tick + 1,
            TraineeAction::WalkTo {
                to: Spot::Point { x: at.x, y: at.z },
            },
        );
    }
}

/// While the technician works or walks, the floor runs at 16× (time to repair is sim time).
fn hurry_while_busy(
    technician: Res<Technician>,
    pending: Res<PendingActions>,
    mut hurry: ResMut<Hurry>,
    mut time: ResMut<Time<Virtual>>,
) {
    let busy = technician.busy.is_some() || !pending.queue.is_empty();
    match (busy && hurry.enabled, hurry.restore) {
        (true, None) if !time.is_paused() => {
            hurry.restore = Some(time.relative_speed());
            super::set_speed(&mut time, 16.0);
        }
        (false, Some(speed)) => {
            hurry.restore = None;
            super::set_speed(&mut time, speed);
        }
        _ => {}
    }
}

fn hold_for_briefing(briefing: Res<Briefing>, mut time: ResMut<Time<Virtual>>) {
    if briefing.open && !time.is_paused() {
        time.pause();
    }
}

fn briefing_window(
    mut contexts: EguiContexts,
    info: Res<ShiftInfo>,
    mut briefing: ResMut<Briefing>,
    mut time: ResMut<Time<Virtual>>,
) -> Result {
    if !briefing.open {
        return Ok(());
    }
    let Some(ticket) = &info.scenario else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("Briefing")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(&ticket.title).heading());
            ui.label(format!(
                "{:?} · shift {} min",
                ticket.difficulty, ticket.shift_min
            ));
            ui.separator();
            ui.label(RichText::new("Trouble ticket").strong());
            ui.label(&ticket.ticket);
            ui.separator();
            ui.label("You start at the maintenance bench outside the fence. Lock a zone before you go through the gate, wear your vest, and lock out anything you put your hands on. Right-click the floor to walk; select equipment to act on it. F1 lists the keys.");
            if ui.button(RichText::new("Start the shift").strong()).clicked() {
                briefing.open = false;
                super::set_speed(&mut time, 1.0);
            }
        });
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn technician_window(
    mut contexts: EguiContexts,
    clock: Res<SimClock>,
    technician: Res<Technician>,
    selection: Res<Selection>,
    catalogue: Option<Res<FaultCatalogue>>,
    units: Query<&DriveUnit>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    mut form: ResMut<WorkOrderForm>,
    mut hurry: ResMut<Hurry>,
    mut pending: ResMut<PendingActions>,
    hints: Res<crate::trainee::ScenarioHints>,
    mut debrief: ResMut<super::debrief::Debrief>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let target = selection.0.and_then(|e| {
        units
            .get(e)
            .map(|u| ResolvedTarget::Unit(u.id))
            .or_else(|_| {
                zones.get(e).map(|z| ResolvedTarget::Zone {
                    line: z.line,
                    zone: z.index,
                })
            })
            .or_else(|_| belts.get(e).map(|b| ResolvedTarget::Line(b.line)))
            .ok()
    });
    let mut chosen = Vec::new();
    egui::Window::new("Technician")
        .default_pos([545.0, 30.0])
        .default_width(330.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(if technician.in_field {
                    RichText::new("inside the field").color(Color32::from_rgb(250, 160, 40))
                } else {
                    RichText::new("outside the fence")
                });
                ui.separator();
                ui.label(if technician.vest_on {
                    "vest on"
                } else {
                    "no vest"
                });
            });
            match &technician.busy {
                Some(hand) => {
                    let total = (hand.done_tick - hand.started).max(1) as f32;
                    let done = (clock.tick.saturating_sub(hand.started)) as f32 / total;
                    ui.label(format!("{:?}", hand.action));
                    ui.add(egui::ProgressBar::new(done.min(1.0)).text(format!(
                        "{} left",
                        clock_text(technician.remaining_s(clock.tick))
                    )));
                }
                None => {
                    ui.label("ready");
                }
            }
            if !pending.queue.is_empty() {
                ui.label(format!("{} more queued", pending.queue.len()));
            }
            ui.checkbox(&mut hurry.enabled, "run at 16× while working");
            ui.horizontal_wrapped(|ui| {
                if ui.button("Vest on/off").clicked() {
                    chosen.push(TraineeAction::Vest {
                        on: !technician.vest_on,
                    });
                }
                if ui.button("Walk to the gate").clicked() {
                    chosen.push(TraineeAction::WalkTo { to: Spot::Gate });
                }
                if ui.button("Walk to the bench").clicked() {
                    chosen.push(TraineeAction::WalkTo { to: Spot::Bench });
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (index, hint) in hints.iter().enumerate() {
                    if ui
                        .button(format!("Hint: {} (−{})", hint.step, hint.cost))
                        .clicked()
                    {
                        chosen.push(TraineeAction::UseHint {
                            index: index as u32,
                        });
                    }
                }
                if debrief.has_scenario() && ui.button("End shift").clicked() {
                    debrief.end_requested = true;
                }
            });
            egui::CollapsingHeader::new("Work order").show(ui, |ui| {
                let (Some(target), Some(catalogue)) = (target, catalogue.as_deref()) else {
                    ui.label("Select the equipment the job is for.");
                    return;
                };
                let causes = work_order::causes_for(catalogue, target);
                ui.label(target.describe());
                form.cause = form.cause.min(causes.len().saturating_sub(1));
                egui::ComboBox::from_label("root cause")
                    .selected_text(causes.get(form.cause).cloned().unwrap_or_default())
                    .show_ui(ui, |ui| {
                        for (i, cause) in causes.iter().enumerate() {
                            ui.selectable_value(&mut form.cause, i, cause);
                        }
                    });
                ui.add(egui::TextEdit::singleline(&mut form.repair).hint_text("repair done"));
                ui.add(
                    egui::TextEdit::multiline(&mut form.notes)
                        .hint_text("notes")
                        .desired_rows(2),
                );
                if ui.button("File work order").clicked()
                    && let Some(cause) = causes.get(form.cause)
                {
                    chosen.push(TraineeAction::FileWorkOrder {
                        target,
                        root_cause: cause.clone(),
                        repair: form.repair.clone(),
                        notes: form.notes.clone(),
                    });
                }
            });
        });
    for action in chosen {
        pending.push(clock.tick + 1, action);
    }
    Ok(())
}

/// The selected line's test points on the model: the control panel (blue) and the
/// e-stop chain's devices (yellow, with one tick per device number).
fn draw_test_points(
    selection: Res<Selection>,
    params: Res<ConveyorParams>,
    roster: Res<ConveyorRoster>,
    zones: Query<&MdrZone>,
    belts: Query<&BeltSection>,
    lines: Query<&ConveyorLine>,
    mut gizmos: Gizmos,
) {
    let Some(entity) = selection.0 else { return };
    let line_id = zones
        .get(entity)
        .map(|z| z.line)
        .or_else(|_| belts.get(entity).map(|b| b.line));
    let Ok(line_id) = line_id else { return };
    let Some(line) = roster
        .lines
        .get(line_id as usize)
        .and_then(|&e| lines.get(e).ok())
    else {
        return;
    };
    let belt = belts.get(line.belt).ok();
    let spec = &params.spec;
    if let Some(panel) = line_spot(line, belt, spec, Spot::LinePanel(line_id)) {
        gizmos.sphere(
            Isometry3d::from_translation(floor_point(panel, 1.0)),
            0.18,
            Color::srgb(0.3, 0.6, 1.0),
        );
    }
    for device in 0..line.estop_devices.len() as u32 {
        let spot = Spot::EstopDevice {
            line: line_id,
            device,
        };
        let Some(at) = line_spot(line, belt, spec, spot) else {
            continue;
        };
        let top = floor_point(at, 1.1);
        let yellow = Color::srgb(1.0, 0.85, 0.1);
        gizmos.sphere(Isometry3d::from_translation(top), 0.12, yellow);
        for tick in 0..=device {
            let x = tick as f32 * 0.08 - device as f32 * 0.04;
            gizmos.line(
                top + Vec3::new(x, 0.2, 0.0),
                top + Vec3::new(x, 0.4, 0.0),
                yellow,
            );
        }
    }
}

/// Time left in the scenario's shift, for the top bar.
pub(super) fn shift_left(info: &ShiftInfo, clock: &SimClock) -> Option<String> {
    let ticket = info.scenario.as_ref()?;
    let left = ticket.shift_min as f64 * 60.0 - clock.tick as f64 / TICK_HZ;
    Some(format!("shift left {}", clock_text(left.max(0.0))))
}
