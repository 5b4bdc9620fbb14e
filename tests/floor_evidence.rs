//! What the floor shows a trainee, checked headless: the simulation with the floor's
//! visuals (no window), stepped with the trainee's actions, asserting on the entities
//! a person would see. Evidence appears only after the look that reveals it, on the
//! part that shows it, and goes when the cause is removed; locks, barriers, test points
//! and the thermal view follow the simulation's state.
#![cfg(feature = "gui")]

mod common;

use bevy::prelude::*;
use faultline::app::{Attempt, Conditions, HeadlessSim};
use faultline::fleet::FleetRoster;
use faultline::gui::{
    Barrier, Evidence, FloorVisualsPlugin, LinePanel, MeterInHand, Padlock, Selection, Sign,
    TestPointMark, ThermalPalette, ThermalView, UnitPart,
};
use faultline::scenario::ResolvedTarget;
use faultline::trainee::{Isolation, TraineeAction};

/// A scenario's attempt for `trainee`, with the floor's visuals, and its solution.
fn seen_floor(name: &str, trainee: &str) -> (HeadlessSim, Attempt, Vec<TraineeAction>) {
    let loaded = common::scenario(name);
    let attempt = Attempt::new(&loaded, trainee, Conditions::practice());
    let mut sim = HeadlessSim::with(attempt.setup(), |app| {
        app.add_plugins(AssetPlugin::default())
            .init_asset::<Mesh>()
            .init_asset::<StandardMaterial>()
            .add_plugins(FloorVisualsPlugin);
    });
    let log = attempt.open_log(None).unwrap_or_else(|e| panic!("{e}"));
    attempt.install(&mut sim.app, log);
    let solution = common::solution_for(&loaded, trainee);
    (sim, attempt, solution)
}

/// Does these actions now and waits until they are done (and the floor has redrawn).
fn act(sim: &mut HeadlessSim, actions: impl IntoIterator<Item = TraineeAction>) {
    let now = sim.tick() as f64 / faultline::sim::TICK_HZ;
    common::queue_actions(sim, now, actions);
    common::run_until_idle(sim, 3600.0);
    sim.run_ticks(2);
}

/// The solution's actions before the first one `stop` picks, and from it on.
fn split_at(
    actions: &[TraineeAction],
    stop: impl Fn(&TraineeAction) -> bool,
) -> (Vec<TraineeAction>, Vec<TraineeAction>) {
    let at = actions
        .iter()
        .position(stop)
        .expect("the solution has the action");
    (actions[..at].to_vec(), actions[at..].to_vec())
}

fn evidence(sim: &mut HeadlessSim) -> Vec<(Evidence, Option<Entity>, Visibility)> {
    let world = sim.world_mut();
    let mut query = world.query::<(&Evidence, Option<&ChildOf>, &Visibility)>();
    query
        .iter(world)
        .map(|(e, parent, v)| (e.clone(), parent.map(|p| p.parent()), *v))
        .collect()
}

fn count<T: Component>(sim: &mut HeadlessSim) -> usize {
    let world = sim.world_mut();
    world.query::<&T>().iter(world).count()
}

fn unit_entity(sim: &HeadlessSim, unit: u32) -> Entity {
    sim.world().resource::<FleetRoster>().units[unit as usize]
}

fn fault_unit(attempt: &Attempt) -> u32 {
    match attempt.variant().faults[0].target {
        ResolvedTarget::Unit(unit) => unit,
        other => panic!("the fault is on {other:?}, not a unit"),
    }
}

#[test]
fn axle_debris_shows_only_once_inspected_and_goes_with_the_repair() {
    let (mut sim, attempt, solution) = seen_floor("motor-axle-wrap", "evidence-1");
    let unit = fault_unit(&attempt);
    // The solution starts once the fault has shown.
    sim.run_seconds(240.0);
    let (before, rest) = split_at(&solution, |a| {
        matches!(a, TraineeAction::InspectUnit { .. })
    });
    act(&mut sim, before);
    assert!(
        evidence(&mut sim).is_empty(),
        "nothing shows before the unit is inspected"
    );
    // Made safe on the way: a lock and tag on the battery connector, barriers round the zone.
    let world = sim.world_mut();
    let locks: Vec<(Padlock, Entity)> = world
        .query::<(&Padlock, &ChildOf)>()
        .iter(world)
        .map(|(p, c)| (*p, c.parent()))
        .collect();
    assert_eq!(
        locks,
        vec![(Padlock(Isolation::Unit(unit)), unit_entity(&sim, unit))]
    );
    assert!(
        count::<Barrier>(&mut sim) >= 4,
        "a locked zone has barriers round it"
    );

    let (inspect, rest) = rest.split_at(1);
    act(&mut sim, inspect.to_vec());
    let shown = evidence(&mut sim);
    assert_eq!(shown.len(), 1, "one sign after the inspection: {shown:?}");
    let (mark, parent, visibility) = &shown[0];
    assert!(matches!(mark.sign, Sign::AxleDebris(_)), "{mark:?}");
    assert_eq!(
        *parent,
        Some(unit_entity(&sim, unit)),
        "on the faulted unit"
    );
    assert_ne!(*visibility, Visibility::Hidden);

    let (repair, _) = split_at(rest, |a| matches!(a, TraineeAction::ReturnToService { .. }));
    act(&mut sim, repair);
    assert!(
        evidence(&mut sim).is_empty(),
        "clearing the debris removes it"
    );
}

#[test]
fn a_look_before_the_fault_starts_or_at_a_healthy_unit_shows_nothing() {
    let (mut sim, attempt, _) = seen_floor("motor-axle-wrap", "evidence-2");
    let unit = fault_unit(&attempt);
    let healthy = (unit + 1) % 20;
    // The fault starts after about 100 s: a look before then finds nothing, and the
    // sign does not appear by itself later.
    act(
        &mut sim,
        [
            TraineeAction::InspectUnit { unit },
            TraineeAction::InspectUnit { unit: healthy },
        ],
    );
    sim.run_seconds(600.0);
    assert!(evidence(&mut sim).is_empty(), "{:?}", evidence(&mut sim));
    // A guess at a healthy unit still shows nothing; a look at the faulted one does.
    act(&mut sim, [TraineeAction::InspectUnit { unit: healthy }]);
    assert!(evidence(&mut sim).is_empty());
}

#[test]
fn a_fault_no_look_can_see_never_shows() {
    // A failed Hall encoder: the catalogue gives it no sign an inspection can find.
    let (mut sim, attempt, _) = seen_floor("motor-hall-encoder", "evidence-3");
    let unit = fault_unit(&attempt);
    sim.run_seconds(900.0);
    act(
        &mut sim,
        [
            TraineeAction::InspectUnit { unit },
            TraineeAction::SelfTest { unit },
        ],
    );
    assert!(evidence(&mut sim).is_empty(), "{:?}", evidence(&mut sim));
}

#[test]
fn a_line_lockout_hangs_a_padlock_on_that_lines_panel() {
    let (mut sim, _, solution) = seen_floor("conveyor-tote-jam", "evidence-4");
    let (before, _) = split_at(&solution, |a| {
        matches!(a, TraineeAction::VerifyZeroEnergy { .. })
    });
    let line = before
        .iter()
        .find_map(|a| match a {
            TraineeAction::ApplyLockout { line } => Some(*line),
            _ => None,
        })
        .expect("the solution locks the line out");
    assert_eq!(count::<Padlock>(&mut sim), 0);
    act(&mut sim, before);
    let world = sim.world_mut();
    let locks: Vec<(Padlock, LinePanel)> = world
        .query::<(&Padlock, &ChildOf)>()
        .iter(world)
        .map(|(p, c)| (*p, c.parent()))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(p, parent)| (p, *world.get::<LinePanel>(parent).expect("on a panel")))
        .collect();
    assert_eq!(
        locks,
        vec![(Padlock(Isolation::Line(line)), LinePanel(line))]
    );
}

#[test]
fn the_meter_marks_test_points_and_the_thermal_view_paints_the_hottest_part_hottest() {
    let (mut sim, attempt, _) = seen_floor("motor-axle-wrap", "evidence-5");
    let unit = fault_unit(&attempt);
    sim.run_seconds(300.0);
    let entity = unit_entity(&sim, unit);
    sim.world_mut().resource_mut::<Selection>().0 = Some(entity);
    sim.world_mut().resource_mut::<MeterInHand>().0 = true;
    sim.run_ticks(2);
    // Pack voltage, cell voltages, and three points on each drive motor.
    assert_eq!(count::<TestPointMark>(&mut sim), 8);
    sim.world_mut().resource_mut::<MeterInHand>().0 = false;
    sim.run_ticks(2);
    assert_eq!(count::<TestPointMark>(&mut sim), 0);

    sim.world_mut().resource_mut::<ThermalView>().on = true;
    sim.run_ticks(2);
    let hottest = sim
        .world()
        .resource::<ThermalView>()
        .hottest
        .expect("the view found a hottest part");
    let palette = sim.world().resource::<ThermalPalette>().0.clone();
    let material = |sim: &HeadlessSim, e: Entity| {
        sim.world()
            .get::<MeshMaterial3d<StandardMaterial>>(e)
            .map(|m| m.0.clone())
    };
    assert_eq!(material(&sim, hottest), palette.last().cloned());
    // The scale runs from the hall's air up: parts near it wear the cold colours.
    let world = sim.world_mut();
    let cold_half = &palette[..palette.len() / 2];
    let cold_parts = world
        .query::<(&UnitPart, &MeshMaterial3d<StandardMaterial>)>()
        .iter(world)
        .filter(|(part, m)| matches!(part, UnitPart::Motor(_)) && cold_half.contains(&m.0))
        .count();
    assert!(cold_parts > 0, "idle motors show cold");
    sim.world_mut().resource_mut::<ThermalView>().on = false;
    sim.run_ticks(2);
    assert_ne!(material(&sim, hottest), palette.last().cloned());
}

#[test]
fn a_scuffed_sticker_shows_on_its_tile_once_the_cell_is_inspected() {
    let (mut sim, attempt, solution) = seen_floor("sensor-damaged-sticker", "evidence-6");
    let ResolvedTarget::Cell(cell) = attempt.variant().faults[0].target else {
        panic!("the sticker fault is on a cell");
    };
    let (before, _) = split_at(&solution, |a| {
        matches!(a, TraineeAction::ReplaceSticker { .. })
    });
    act(&mut sim, before);
    assert!(
        evidence(&mut sim).is_empty(),
        "walking onto the cell shows nothing"
    );
    act(&mut sim, [TraineeAction::InspectCell { cell }]);
    let shown = evidence(&mut sim);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(matches!(shown[0].0.sign, Sign::ScuffedSticker));
    let world = sim.world_mut();
    let tile = shown[0]
        .1
        .and_then(|e| world.get::<faultline::gui::FloorTile>(e).copied());
    assert_eq!(tile.map(|t| t.0), Some(cell), "on that cell's tile");
    act(&mut sim, [TraineeAction::ReplaceSticker { cell }]);
    assert!(evidence(&mut sim).is_empty(), "a new sticker is clean");
}
