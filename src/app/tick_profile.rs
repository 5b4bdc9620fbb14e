//! Where a tick's time goes, by the tick's ordered sets (`faultline bench --profile`).
//!
//! A marker system runs between each pair of neighbouring sets in the fixed schedule
//! (and around rapier's three sets, which sit between conveyor control and sensing);
//! the time between two markers is the set's. Headless schedules run on one thread, so
//! the intervals add up to the tick.

use std::time::{Duration, Instant};

use bevy::ecs::schedule::{InternedSystemSet, Schedules, SystemSet};
use bevy::prelude::*;
use bevy_rapier3d::prelude::PhysicsSet;

use crate::sim::SimSet;

/// The stages a tick is measured by, in the order they run: the simulation's sets, with
/// rapier's three where `add_physics` puts them (after conveyor control).
fn stages() -> Vec<(String, InternedSystemSet)> {
    let mut stages = Vec::new();
    for set in SimSet::ORDER {
        stages.push((format!("{set:?}"), set.clone().intern()));
        if set == SimSet::ConveyorControl {
            stages.extend(
                [
                    ("Physics: sync", PhysicsSet::SyncBackend),
                    ("Physics: step", PhysicsSet::StepSimulation),
                    ("Physics: writeback", PhysicsSet::Writeback),
                ]
                .map(|(name, physics)| (name.to_string(), physics.intern())),
            );
        }
    }
    stages
}

/// Time spent in each stage of the tick so far.
#[derive(Resource, Debug)]
pub struct TickProfile {
    /// Each stage's name and set, in the order they run.
    stages: Vec<(String, InternedSystemSet)>,
    totals: Vec<Duration>,
    last: Option<(usize, Instant)>,
}

impl TickProfile {
    /// Marker `index` runs just before stage `index` (and just after stage `index - 1`).
    fn mark(&mut self, index: usize) {
        let now = Instant::now();
        if let Some((previous, at)) = self.last
            && index == previous + 1
            && let Some(total) = self.totals.get_mut(previous)
        {
            *total += now - at;
        }
        self.last = Some((index, now));
    }

    /// Each stage's name, total time and the systems it runs a tick, in the order they
    /// run (no systems where the schedule is not built yet). Much of a small floor's
    /// tick is the cost of running a system at all, whatever it does.
    pub fn stages<'a>(
        &'a self,
        world: &'a World,
    ) -> impl Iterator<Item = (&'a str, Duration, usize)> + 'a {
        let graph = fixed_schedule(world).map(|schedule| schedule.graph());
        self.stages
            .iter()
            .zip(self.totals.iter().copied())
            .map(move |((name, set), total)| {
                let systems = graph
                    .and_then(|g| g.systems_in_set(*set).ok())
                    .map_or(0, |systems| systems.len());
                (name.as_str(), total, systems)
            })
    }
}

/// All the systems of a tick, the markers and the schedule's own sync points
/// (`ApplyDeferred`) included, so more than the stages' counts add up to.
pub fn systems_per_tick(world: &World) -> usize {
    fixed_schedule(world).map_or(0, |schedule| schedule.systems_len())
}

fn fixed_schedule(world: &World) -> Option<&Schedule> {
    world
        .get_resource::<Schedules>()
        .and_then(|schedules| schedules.get(FixedUpdate))
}

/// Adds the markers to an app that already has the simulation plugin: one before the
/// first stage, one between each pair of neighbours, one after the last.
pub fn add_tick_profile(app: &mut App) {
    let stages = stages();
    let sets: Vec<InternedSystemSet> = stages.iter().map(|(_, set)| *set).collect();
    app.insert_resource(TickProfile {
        totals: vec![Duration::ZERO; stages.len()],
        stages,
        last: None,
    });
    for index in 0..=sets.len() {
        let mut marker =
            (move |mut profile: ResMut<TickProfile>| profile.mark(index)).into_configs();
        if let Some(&next) = sets.get(index) {
            marker = marker.before(next);
        }
        if let Some(&previous) = index.checked_sub(1).and_then(|i| sets.get(i)) {
            marker = marker.after(previous);
        }
        app.add_systems(FixedUpdate, marker);
    }
}
