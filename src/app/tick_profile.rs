//! Where a tick's time goes, by the tick's ordered sets (`faultline bench --profile`).
//!
//! A marker system runs between each pair of neighbouring sets in the fixed schedule
//! (and around rapier's three sets, which sit between conveyor control and sensing);
//! the time between two markers is the set's. Headless schedules run on one thread, so
//! the intervals add up to the tick.

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy_rapier3d::prelude::PhysicsSet;

use crate::sim::SimSet;

/// The sets a tick is measured by, in the order they run.
const STAGES: [&str; 16] = [
    "Clock",
    "Actions",
    "Faults",
    "Plan",
    "Traffic",
    "Motion",
    "Sense",
    "Energy",
    "ConveyorControl",
    "Physics: sync",
    "Physics: step",
    "Physics: writeback",
    "ConveyorSense",
    "Alarms",
    "Publish",
    "Record",
];

/// Time spent in each stage of the tick so far.
#[derive(Resource, Debug, Default)]
pub struct TickProfile {
    totals: [Duration; STAGES.len()],
    last: Option<(usize, Instant)>,
}

impl TickProfile {
    /// Marker `index` runs just before stage `index` (and just after stage `index - 1`).
    fn mark(&mut self, index: usize) {
        let now = Instant::now();
        if let Some((previous, at)) = self.last
            && index == previous + 1
        {
            self.totals[previous] += now - at;
        }
        self.last = Some((index, now));
    }

    /// Each stage's name and total time, in the order they run.
    pub fn stages(&self) -> impl Iterator<Item = (&'static str, Duration)> + '_ {
        STAGES.iter().copied().zip(self.totals.iter().copied())
    }

    /// The time of all stages together.
    pub fn total(&self) -> Duration {
        self.totals.iter().sum()
    }
}

/// Adds the markers to an app that already has the simulation plugin.
pub fn add_tick_profile(app: &mut App) {
    app.init_resource::<TickProfile>();
    macro_rules! marker {
        ($index:expr, $after:expr, $before:expr) => {
            app.add_systems(
                FixedUpdate,
                (move |mut profile: ResMut<TickProfile>| profile.mark($index))
                    .after($after)
                    .before($before),
            );
        };
    }
    app.add_systems(
        FixedUpdate,
        (|mut profile: ResMut<TickProfile>| profile.mark(0)).before(SimSet::Clock),
    );
    marker!(1, SimSet::Clock, SimSet::Actions);
    marker!(2, SimSet::Actions, SimSet::Faults);
    marker!(3, SimSet::Faults, SimSet::Plan);
    marker!(4, SimSet::Plan, SimSet::Traffic);
    marker!(5, SimSet::Traffic, SimSet::Motion);
    marker!(6, SimSet::Motion, SimSet::Sense);
    marker!(7, SimSet::Sense, SimSet::Energy);
    marker!(8, SimSet::Energy, SimSet::ConveyorControl);
    marker!(9, SimSet::ConveyorControl, PhysicsSet::SyncBackend);
    marker!(10, PhysicsSet::SyncBackend, PhysicsSet::StepSimulation);
    marker!(11, PhysicsSet::StepSimulation, PhysicsSet::Writeback);
    marker!(12, PhysicsSet::Writeback, SimSet::ConveyorSense);
    marker!(13, SimSet::ConveyorSense, SimSet::Alarms);
    marker!(14, SimSet::Alarms, SimSet::Publish);
    marker!(15, SimSet::Publish, SimSet::Record);
    app.add_systems(
        FixedUpdate,
        (|mut profile: ResMut<TickProfile>| profile.mark(STAGES.len())).after(SimSet::Record),
    );
}
