//! The thermal camera's view of the floor: every part with a temperature in the
//! simulation (drive motors, lift screws, packs, MDR rollers, belt motors, charger
//! pads) is coloured by it on an iron palette, everything else by the hall's air, with
//! a legend in °C. The temperatures come from the same instrument code as a scripted
//! `ThermalScan`; the scale runs from the air to the hottest part in view, so the
//! hottest part always wears the hottest colour.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;

use super::unit_model::UnitPart;
use crate::conveyor::{BeltSection, ConveyorParams, MdrZone};
use crate::faults::FaultSchedule;
use crate::fleet::{
    Battery, Charger, DriveMotors, DriveUnit, FleetParams, UnitCondition, UnitPower,
};
use crate::instruments::InstrumentFigures;
use crate::instruments::thermal::{self, UnitHeat, UnitTemperatures};
use crate::scenario::Wheel;

/// Colours on the palette, coldest first.
pub const STEPS: usize = 24;
/// The scale never spans less than this, °C (a cold floor is not all white-hot).
const MIN_SPAN_C: f32 = 25.0;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ThermalView>()
        .add_systems(Startup, make_palette)
        .add_systems(Update, (switch_view, colour_by_temperature).chain());
}

/// Whether the thermal camera is up, and the scale it shows.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct ThermalView {
    pub on: bool,
    /// The scale's ends, °C.
    pub coldest_c: f32,
    pub hottest_c: f32,
    /// The part the view found hottest, for the legend.
    pub hottest: Option<Entity>,
}

impl Default for ThermalView {
    fn default() -> Self {
        Self {
            on: false,
            coldest_c: 20.0,
            hottest_c: 45.0,
            hottest: None,
        }
    }
}

/// Marks a part the thermal camera reads, and what it is.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeatSource {
    Roller,
    BeltMotor,
    ChargerPads,
}

/// A mesh's own material, kept while the thermal view recolours it.
#[derive(Component, Debug, Clone)]
struct NormalLook(Handle<StandardMaterial>);

/// The palette's materials, coldest first, and the lit slate every part without a
/// temperature of its own wears (so the floor's shapes still read).
#[derive(Resource, Debug, Clone)]
pub struct ThermalPalette(
    pub Vec<Handle<StandardMaterial>>,
    pub Handle<StandardMaterial>,
);

/// A colour of the iron palette, 0 (cold) to 1 (hot): black-blue, purple, red,
/// orange, yellow, white.
pub fn iron(t: f32) -> Color {
    let stops = [
        (0.0, Vec3::new(0.02, 0.02, 0.12)),
        (0.25, Vec3::new(0.35, 0.05, 0.55)),
        (0.5, Vec3::new(0.85, 0.12, 0.2)),
        (0.7, Vec3::new(0.98, 0.5, 0.05)),
        (0.88, Vec3::new(1.0, 0.85, 0.2)),
        (1.0, Vec3::new(1.0, 1.0, 0.9)),
    ];
    let t = t.clamp(0.0, 1.0);
    let i = stops
        .iter()
        .rposition(|(at, _)| *at <= t)
        .unwrap_or(0)
        .min(stops.len() - 2);
    let (a, ca) = stops[i];
    let (b, cb) = stops[i + 1];
    let c = ca.lerp(cb, (t - a) / (b - a));
    Color::srgb(c.x, c.y, c.z)
}

fn make_palette(mut commands: Commands, mut materials: ResMut<Assets<StandardMaterial>>) {
    let steps = (0..STEPS)
        .map(|i| {
            let colour = iron(i as f32 / (STEPS - 1) as f32);
            materials.add(StandardMaterial {
                base_color: colour,
                emissive: colour.to_linear() * 0.8,
                unlit: true,
                ..default()
            })
        })
        .collect();
    let air = materials.add(Color::srgb(0.16, 0.18, 0.26));
    commands.insert_resource(ThermalPalette(steps, air));
}

/// Swaps every mesh to the air's colour when the view comes up, and back when it goes.
fn switch_view(
    mut commands: Commands,
    view: Res<ThermalView>,
    palette: Res<ThermalPalette>,
    mut meshes: Query<(
        Entity,
        &mut MeshMaterial3d<StandardMaterial>,
        Option<&NormalLook>,
    )>,
) {
    if !view.is_changed() {
        return;
    }
    for (entity, mut material, normal) in &mut meshes {
        match (view.on, normal) {
            (true, None) => {
                commands
                    .entity(entity)
                    .insert(NormalLook(material.0.clone()));
                material.0 = palette.1.clone();
            }
            (false, Some(normal)) => {
                material.0 = normal.0.clone();
                commands.entity(entity).remove::<NormalLook>();
            }
            _ => {}
        }
    }
}

/// The simulation's state the temperatures come from.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct HeatData<'w, 's> {
    figures: Option<Res<'w, InstrumentFigures>>,
    fleet: Res<'w, FleetParams>,
    conveyor: Res<'w, ConveyorParams>,
    schedule: Res<'w, FaultSchedule>,
    units: Query<
        'w,
        's,
        (
            &'static DriveUnit,
            &'static DriveMotors,
            &'static UnitPower,
            &'static UnitCondition,
            &'static Battery,
        ),
    >,
    zones: Query<'w, 's, &'static MdrZone>,
    belts: Query<'w, 's, &'static BeltSection>,
    chargers: Query<'w, 's, &'static Charger>,
}

impl HeatData<'_, '_> {
    /// A unit's part's temperature, °C (None: the part has no reading of its own),
    /// working the unit's temperatures out once per refresh.
    fn unit_part(
        &self,
        unit: Entity,
        part: UnitPart,
        worked_out: &mut HashMap<Entity, Option<UnitTemperatures>>,
    ) -> Option<f32> {
        // Only these parts have a temperature of their own: skip the rest before any sums.
        if !matches!(
            part,
            UnitPart::Motor(_) | UnitPart::LiftNut | UnitPart::LiftScrew | UnitPart::Pack
        ) {
            return None;
        }
        let t = (*worked_out
            .entry(unit)
            .or_insert_with(|| self.unit_temperatures(unit)))?;
        match part {
            UnitPart::Motor(Wheel::Left) => Some(t.left_motor_c),
            UnitPart::Motor(Wheel::Right) => Some(t.right_motor_c),
            UnitPart::LiftNut | UnitPart::LiftScrew => Some(t.lift_screw_c),
            UnitPart::Pack => Some(t.pack_c),
            _ => None,
        }
    }

    /// A unit through the thermal camera, by the same code as a scripted `ThermalScan`.
    fn unit_temperatures(&self, unit: Entity) -> Option<UnitTemperatures> {
        let f = &self.figures.as_deref()?.thermal;
        let (u, motors, power, condition, battery) = self.units.get(unit).ok()?;
        Some(UnitTemperatures::of(
            f,
            self.fleet.ambient_c,
            UnitHeat {
                left: &motors.left,
                right: &motors.right,
                rated_current_a: self.fleet.fleet.drive.motor_rated_current_a,
                shorted: [Wheel::Left, Wheel::Right]
                    .map(|w| power.powered && self.schedule.shorted_winding(u.id, w)),
                lift_slowdown: condition.lift_slowdown,
                pack_c: battery.temperature_c,
            },
        ))
    }

    /// A conveyor's or charger's part's temperature, °C.
    fn source(&self, holder: Entity, source: HeatSource) -> Option<f32> {
        let f = &self.figures.as_deref()?.thermal;
        let ambient = self.conveyor.ambient_c;
        match source {
            HeatSource::Roller => {
                let zone = self.zones.get(holder).ok()?;
                let running = self.conveyor.spec.roller_running_current_a;
                Some(thermal::roller(f, ambient, zone.motor.current_a, running))
            }
            HeatSource::BeltMotor => {
                Some(thermal::belt(f, ambient, self.belts.get(holder).ok()?).motor_c)
            }
            HeatSource::ChargerPads => Some(thermal::charger_pads(
                f,
                self.fleet.ambient_c,
                self.charger(holder)?,
            )),
        }
    }

    fn charger(&self, entity: Entity) -> Option<&Charger> {
        self.chargers.get(entity).ok()
    }
}

/// Colours each part by its temperature, four times a second while the view is up.
fn colour_by_temperature(
    time: Res<Time>,
    mut last: Local<f32>,
    mut view: ResMut<ThermalView>,
    palette: Res<ThermalPalette>,
    heat: HeatData,
    mut parts: Query<(
        Entity,
        &ChildOf,
        Option<&UnitPart>,
        Option<&HeatSource>,
        &mut MeshMaterial3d<StandardMaterial>,
    )>,
) {
    if !view.on || (time.elapsed_secs() - *last < 0.25 && !view.is_changed()) {
        return;
    }
    *last = time.elapsed_secs();
    let mut worked_out = HashMap::new();
    let readings: Vec<(Entity, f32)> = parts
        .iter()
        .filter_map(|(entity, parent, part, source, _)| {
            let c = match (part, source) {
                (Some(part), _) => heat.unit_part(parent.parent(), *part, &mut worked_out),
                (_, Some(source)) => heat.source(parent.parent(), *source),
                _ => None,
            }?;
            Some((entity, c))
        })
        .collect();
    let coldest = heat.fleet.ambient_c;
    let (hottest, hottest_c) =
        readings
            .iter()
            .copied()
            .fold((None, coldest + MIN_SPAN_C), |(e, best), (entity, c)| {
                if c >= best {
                    (Some(entity), c)
                } else {
                    (e, best)
                }
            });
    let view = view.bypass_change_detection();
    view.coldest_c = coldest;
    view.hottest_c = hottest_c;
    view.hottest = hottest;
    for (entity, c) in readings {
        let step = step_for(c, coldest, hottest_c);
        if let Ok((.., mut material)) = parts.get_mut(entity)
            && material.0 != palette.0[step]
        {
            material.0 = palette.0[step].clone();
        }
    }
}

/// The palette step for a temperature on the scale.
pub fn step_for(c: f32, coldest: f32, hottest: f32) -> usize {
    let t = (c - coldest) / (hottest - coldest).max(0.1);
    ((t.clamp(0.0, 1.0) * (STEPS - 1) as f32).round() as usize).min(STEPS - 1)
}
