//! Where the floor camera looks: back to the overview, onto the technician (key C, or
//! following them with G), or in close on the equipment being worked on (key F, a click
//! on an alarm). The orbit camera glides to each aim; the mouse still orbits and zooms.

use bevy::prelude::*;
use bevy_egui::EguiContexts;
use bevy_panorbit_camera::PanOrbitCamera;

use super::selection::Selection;
use crate::conveyor::{BeltSection, MdrZone};
use crate::fleet::{Charger, Pose};
use crate::floor::{FloorGrid, floor_point};
use crate::sim::math;
use crate::trainee::Technician;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CameraAim>()
        .add_systems(Update, (aim_keys, follow_technician, apply_aim).chain());
}

/// What the camera should look at next, and whether it follows the technician.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct CameraAim {
    /// A request not yet carried out.
    pub request: Option<Aim>,
    /// Keep the technician in the middle of the view as they walk.
    pub follow: bool,
    /// The view is close on a piece of equipment (the work view).
    pub close_up: bool,
}

/// A place to look at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Aim {
    /// The whole floor, as the window opens.
    Overview,
    /// The technician, from a few metres away.
    Technician,
    /// The selected equipment, framed closely (the work view).
    CloseUp,
    /// A point on the floor (a cell with an alarm), from nearby.
    Point(Vec2),
}

fn aim_keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut contexts: EguiContexts,
    mut aim: ResMut<CameraAim>,
    mut meter: ResMut<super::test_points::MeterInHand>,
    mut thermal: ResMut<super::thermal_view::ThermalView>,
) {
    // Typing in a text box (the work order's notes) is not a camera command.
    if contexts
        .ctx_mut()
        .is_ok_and(|ctx| ctx.egui_wants_keyboard_input())
    {
        return;
    }
    if keys.just_pressed(KeyCode::KeyC) {
        aim.request = Some(Aim::Technician);
    }
    if keys.just_pressed(KeyCode::KeyF) {
        aim.request = Some(Aim::CloseUp);
    }
    if keys.just_pressed(KeyCode::KeyG) {
        aim.follow = !aim.follow;
    }
    if keys.just_pressed(KeyCode::KeyO) {
        aim.request = Some(Aim::Overview);
    }
    if keys.just_pressed(KeyCode::KeyM) {
        meter.0 = !meter.0;
    }
    if keys.just_pressed(KeyCode::KeyH) {
        thermal.on = !thermal.on;
    }
}

fn follow_technician(
    technician: Res<Technician>,
    aim: Res<CameraAim>,
    mut camera: Single<&mut PanOrbitCamera>,
) {
    if aim.follow && aim.request.is_none() {
        camera.target_focus = floor_point(technician.position, 0.8);
    }
}

/// Where each kind of selected equipment sits, to frame it.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct Whereabouts<'w, 's> {
    grid: Res<'w, FloorGrid>,
    technician: Res<'w, Technician>,
    selection: Res<'w, Selection>,
    poses: Query<'w, 's, &'static Pose>,
    sections: Query<'w, 's, (&'static GlobalTransform, Option<&'static BeltSection>)>,
    zones: Query<'w, 's, (), With<MdrZone>>,
    chargers: Query<'w, 's, &'static Charger>,
    panels: Query<'w, 's, &'static GlobalTransform, With<super::line_model::LinePanel>>,
    tiles: Query<'w, 's, &'static super::scene::FloorTile>,
}

impl Whereabouts<'_, '_> {
    /// The selection's centre, how far back to stand to see it whole, and how far
    /// above it to look from (pitch, radians).
    fn selected(&self) -> Option<(Vec3, f32, f32)> {
        let entity = self.selection.0?;
        if let Ok(pose) = self.poses.get(entity) {
            return Some((floor_point(pose.position, 0.15), 1.9, 0.7));
        }
        if let Ok(tile) = self.tiles.get(entity) {
            return Some((floor_point(self.grid.center(tile.0), 0.0), 1.6, 0.9));
        }
        if let Ok(panel) = self.panels.get(entity) {
            return Some((panel.translation(), 2.6, 0.75));
        }
        if let Ok(charger) = self.chargers.get(entity) {
            return Some((floor_point(self.grid.center(charger.cell), 0.3), 2.5, 0.5));
        }
        let (transform, belt) = self.sections.get(entity).ok()?;
        let radius = match belt {
            Some(belt) => (belt.length_m * 0.6).clamp(3.0, 8.0),
            None if self.zones.contains(entity) => 2.6,
            None => return None,
        };
        Some((transform.translation(), radius, 0.6))
    }
}

fn apply_aim(
    mut aim: ResMut<CameraAim>,
    places: Whereabouts,
    mut camera: Single<&mut PanOrbitCamera>,
) {
    let Some(request) = aim.request.take() else {
        return;
    };
    let (focus, radius, pitch, close) = match request {
        Aim::Overview => {
            let (focus, radius) = overview(&places.grid);
            aim.follow = false;
            (focus, radius, 0.85, false)
        }
        Aim::Technician => (
            floor_point(places.technician.position, 0.8),
            9.0,
            0.7,
            false,
        ),
        Aim::Point(at) => (floor_point(at, 0.0), 3.0, 0.6, true),
        // With nothing selected, the close-up is of the technician at their work.
        Aim::CloseUp => match places.selected() {
            Some((focus, radius, pitch)) => (focus, radius, pitch, true),
            None => (floor_point(places.technician.position, 0.6), 3.5, 0.6, true),
        },
    };
    if close {
        aim.follow = false;
        // A unit is seen from its far side (its parts show all round); other equipment
        // from where the technician stands, which is its working face. The avatar
        // steps out of the close-up (see `avatar`).
        let mut view_from = places.technician.position - Vec2::new(focus.x, focus.z);
        if places.selection.0.is_some_and(|e| places.poses.contains(e)) {
            view_from = -view_from;
        }
        if view_from.length() > 0.1 {
            let yaw = math::atan2f(view_from.x, view_from.y);
            camera.target_yaw = yaw;
            camera.yaw = Some(yaw);
        }
    }
    aim.close_up = close;
    // Jump rather than glide, so a key press (or a screenshot) shows the place at once.
    camera.target_focus = focus;
    camera.target_radius = radius;
    camera.target_pitch = pitch;
    camera.focus = focus;
    camera.radius = Some(radius);
    camera.pitch = Some(pitch);
    camera.force_update = true;
}

/// The view of the whole floor the window opens on: its focus and distance.
pub(super) fn overview(grid: &FloorGrid) -> (Vec3, f32) {
    let (min, max) = grid.fence_rect();
    let size = (max - min).length();
    (
        floor_point(
            Vec2::new((min.x + max.x) * 0.5, min.y + (max.y - min.y) * 0.35),
            0.0,
        ),
        (size * 0.85).clamp(12.0, 120.0),
    )
}

/// Carries out `--view` once the start selection is in place.
pub(super) fn apply_start_view(
    mut commands: Commands,
    mut waited: Local<u32>,
    view: Option<Res<super::StartView>>,
    pending: super::selection::PendingStartSelection,
    mut aim: ResMut<CameraAim>,
    mut thermal: ResMut<super::thermal_view::ThermalView>,
) {
    let Some(view) = view else { return };
    match *view {
        super::StartView::Overview => {}
        super::StartView::CloseUp => {
            // Wait for a start selection (`--select-unit`) to land; one naming
            // nothing on the floor gives up after a couple of seconds' frames.
            if pending.any() && *waited < 120 {
                *waited += 1;
                return;
            }
            aim.request = Some(Aim::CloseUp);
        }
        super::StartView::Thermal => thermal.on = true,
    }
    commands.remove_resource::<super::StartView>();
}
