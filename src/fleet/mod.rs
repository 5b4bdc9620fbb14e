//! The fleet of drive units: jobs, traffic, motion, localisation, lift and battery.

mod battery;
mod cell;
mod claims;
mod health;
mod idle_units;
mod localization;
mod mission;
mod motion;
mod pathfinding;
mod people;
mod planner;
mod traffic;
mod unit;
mod wheels;

use bevy::prelude::*;
use rand::RngExt;

pub use crate::floor::{BatterySpec, DriveUnitSpec, FleetSpec};
pub use battery::{Battery, Charger};
pub use cell::{BatteryCell, ocv};
pub use claims::{CellReservations, SpurClaims, StationLoad};
pub use mission::{FetchStep, Mission, PickCompleted};
pub use motion::wrap_angle;
pub use pathfinding::{NoWayFound, PathPlanner};
pub use people::{PersonInField, VestSpec};
pub use planner::TestDrives;
pub use unit::{
    BodyMotion, DriveHealth, DriveMotors, DriveUnit, FiducialCamera, FiducialRead, Lift, LiftPhase,
    Odometry, Pose, Route, TrafficStats, UnitCondition, UnitPower, WheelMotor,
};

use crate::floor::{ChargerRow, FloorGrid, FloorLayout, Pod, floor_point, heading_rotation};
use crate::sim::{SimRng, SimSet};

/// The system that raises and clears the drive units' alarms (other equipment's alarm
/// systems order themselves after it: they share the alarm log).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnitAlarms;

/// Fleet figures the systems need every tick, taken from the floor file.
#[derive(Resource, Debug, Clone)]
pub struct FleetParams {
    pub fleet: FleetSpec,
    pub pick_time_s: (f32, f32),
    pub pod_mass_kg: f32,
    pub ambient_c: f32,
    /// The chargers' figures.
    pub chargers: ChargerRow,
}

impl FleetParams {
    /// The fleet's figures from a floor file.
    pub fn from_layout(layout: &FloorLayout) -> Self {
        Self {
            fleet: layout.fleet.clone(),
            pick_time_s: layout.stations.pick_time_s,
            pod_mass_kg: layout.storage.pod_mass_kg,
            ambient_c: layout.ambient_temperature_c,
            chargers: layout.chargers.clone(),
        }
    }
}

/// Work done on the floor so far.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct FleetStats {
    pub picks: u64,
    pub pods_returned: u64,
    pub charges_started: u64,
}

/// Every drive unit's entity, in id order (unit `id` is at index `id`): the order all
/// fleet decisions that touch shared state are made in; and every charger's, by id.
#[derive(Resource, Debug, Default, Clone)]
pub struct FleetRoster {
    pub units: Vec<Entity>,
    /// The chargers by id, so a docked unit finds its charger without a search.
    pub chargers: Vec<Entity>,
}

impl FleetRoster {
    /// Unit `id`'s entity (units are spawned in id order, from 0).
    pub fn unit(&self, id: u32) -> Option<Entity> {
        self.units.get(id as usize).copied()
    }

    /// What a pass over units in storage order (cheap) found, keyed by unit id, put in id
    /// order with each unit's entity: the order in which the fleet touches shared state
    /// (random draws, the alarm log, claims), so a result never depends on how units are
    /// stored.
    pub fn in_id_order<T>(&self, mut found: Vec<(u32, T)>) -> impl Iterator<Item = (Entity, T)> {
        found.sort_unstable_by_key(|(id, _)| *id);
        found
            .into_iter()
            .filter_map(|(id, item)| Some((self.unit(id)?, item)))
    }

    /// Charger `id`'s entity (chargers are spawned in id order).
    pub fn charger(&self, id: u16) -> Option<Entity> {
        self.chargers.get(id as usize).copied()
    }
}

/// Needs [`FloorGrid`] and [`FleetParams`] (inserted by the composition root).
pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<FleetRoster>()
        .init_resource::<FleetStats>()
        .init_resource::<PersonInField>()
        .init_resource::<PathPlanner>()
        .init_resource::<TestDrives>()
        .add_message::<PickCompleted>()
        .add_systems(
            Startup,
            (spawn_chargers, spawn_fleet).after(crate::floor::spawn_pods),
        )
        .add_systems(
            FixedUpdate,
            (
                (
                    planner::assign_jobs,
                    mission::step_missions,
                    mission::drive_lifts,
                )
                    .chain()
                    .in_set(SimSet::Plan),
                traffic::plan_and_reserve.in_set(SimSet::Traffic),
                motion::drive_units.in_set(SimSet::Motion),
                (
                    health::sense_obstacles_and_link,
                    localization::read_fiducials,
                )
                    .chain()
                    .in_set(SimSet::Sense),
                (battery::update_batteries, health::brown_out_on_sag)
                    .chain()
                    .in_set(SimSet::Energy),
                health::raise_unit_alarms
                    .in_set(SimSet::Alarms)
                    .in_set(UnitAlarms),
            ),
        )
        // Units and pods have no bodies in the physics world: their transforms are only
        // for whoever looks, so they are copied once a frame rather than every tick.
        .add_systems(
            PostUpdate,
            (publish_unit_transforms, publish_pod_transforms)
                .before(bevy::transform::TransformSystems::Propagate),
        );
    app.init_resource::<CellReservations>()
        .init_resource::<SpurClaims>()
        .init_resource::<StationLoad>();
}

fn spawn_chargers(
    mut commands: Commands,
    grid: Res<FloorGrid>,
    params: Res<FleetParams>,
    mut roster: ResMut<FleetRoster>,
) {
    let spec = &params.chargers;
    for site in &grid.chargers {
        let charger = commands.spawn((
            Name::new(format!("Charger C{}", site.id)),
            Charger {
                id: site.id,
                cell: site.cell,
                max_current_a: spec.charge_current_a,
                output_voltage_v: spec.output_voltage_v,
                contact_quality: 1.0,
                current_a: 0.0,
                locked_out: false,
            },
            Transform::from_translation(floor_point(grid.center(site.cell), 0.0)),
        ));
        roster.chargers.push(charger.id());
    }
}

/// Units start parked under pods spread evenly through the storage field.
fn spawn_fleet(
    mut commands: Commands,
    params: Res<FleetParams>,
    grid: Res<FloorGrid>,
    mut rng: ResMut<SimRng>,
    mut roster: ResMut<FleetRoster>,
    mut reservations: ResMut<CellReservations>,
    mut claims: ResMut<SpurClaims>,
) {
    let spec = &params.fleet;
    let count = spec.units as usize;
    let cells = &grid.storage_cells;
    for id in 0..count {
        let Some(&cell) = cells.get(id * cells.len() / count.max(1)) else {
            break;
        };
        let position = grid.center(cell);
        let heading = 0.0;
        let (lo, hi) = spec.initial_soc;
        let soc = if hi > lo {
            rng.0.random_range(lo..=hi)
        } else {
            lo
        };
        // Packs are sampled out of step, so that no one tick samples them all.
        let first_sample = id as u32 % spec.battery.cell_sample_ticks();
        let battery = Battery::new(&spec.battery, soc, params.ambient_c, &mut rng, first_sample);
        let unit = DriveUnit { id: id as u32 };
        let entity = commands
            .spawn((
                Name::new(unit.label()),
                unit,
                Pose {
                    position,
                    heading,
                    speed: 0.0,
                },
                Odometry {
                    position,
                    heading,
                    last_passed: Some(cell),
                    ..default()
                },
                FiducialCamera::default(),
                BodyMotion::default(),
                DriveMotors {
                    left: WheelMotor::new(spec.drive.wheel_radius_m),
                    right: WheelMotor::new(spec.drive.wheel_radius_m),
                    power_w: 0.0,
                },
                (
                    Lift::default(),
                    DriveHealth::default(),
                    UnitCondition::default(),
                    health::UnitAlarmBits::default(),
                    UnitPower::default(),
                ),
                battery,
                Mission::Parked,
                Route::at(cell),
                TrafficStats::default(),
                Transform::from_translation(floor_point(position, 0.0)),
            ))
            .id();
        reservations.try_take(&grid, cell, entity);
        claims.claim(&grid, cell, entity);
        roster.units.push(entity);
    }
}

fn publish_unit_transforms(
    mut units: Query<(&Pose, &mut Transform), (With<DriveUnit>, Changed<Pose>)>,
) {
    for (pose, mut transform) in &mut units {
        transform.translation = floor_point(pose.position, 0.0);
        transform.rotation = heading_rotation(pose.heading);
    }
}

fn publish_pod_transforms(
    grid: Res<FloorGrid>,
    units: Query<(&Pose, &Lift)>,
    mut pods: Query<(&Pod, &mut Transform)>,
) {
    for (pod, mut transform) in &mut pods {
        let target = match pod.carried_by.and_then(|u| units.get(u).ok()) {
            Some((pose, lift)) => floor_point(pose.position, lift.height_m),
            None => floor_point(grid.center(pod.home), 0.0),
        };
        if transform.translation != target {
            transform.translation = target;
        }
    }
}
