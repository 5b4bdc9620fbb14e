//! Running the simulation without a window, for tests, the benchmark and scripts.

use std::time::Duration;

use bevy::app::{FixedMain, FixedMainScheduleOrder, RunFixedMainLoop, RunFixedMainLoopSystems};
use bevy::ecs::schedule::{ScheduleCleanupPolicy, Schedules, SingleThreadedExecutor};
use bevy::prelude::*;
use bevy::time::{TimeUpdateStrategy, run_fixed_main_schedule};

use super::{SimPlugin, SimSetup};
use crate::sim::{SimClock, TICK_HZ};

/// A simulation app stepped by hand, tick by tick (`with` adds plugins before start-up).
pub struct HeadlessSim {
    pub app: App,
}

impl HeadlessSim {
    pub fn new(setup: SimSetup) -> Self {
        Self::with(setup, |_| {})
    }

    /// A simulation with more plugins on top (the floor's visuals, for tests of what
    /// a trainee would see), added before start-up.
    pub fn with(setup: SimSetup, extra: impl FnOnce(&mut App)) -> Self {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_plugins(SimPlugin { setup })
            .insert_resource(TimeUpdateStrategy::FixedTimesteps(1));
        extra(&mut app);
        let held = hold_fixed_schedules_per_update(&mut app);
        debug_assert!(
            held,
            "bevy's fixed loop is not the one headless ticks replace"
        );
        // Let one update carry many ticks without virtual time clamping them.
        app.world_mut()
            .resource_mut::<Time<Virtual>>()
            .set_max_delta(Duration::from_secs(3600));
        app.finish();
        app.cleanup();
        // One thread per simulation: a tick's systems are small, so handing them between
        // threads costs more than it saves, and parallel plays (validate, verify) each get
        // a core of their own.
        for (_, schedule) in app.world_mut().resource_mut::<Schedules>().iter_mut() {
            schedule.set_executor(SingleThreadedExecutor::new());
        }
        // Startup: spawn the floor, fleet and conveyors.
        app.update();
        Self { app }
    }

    /// The number of simulation ticks run so far.
    pub fn tick(&self) -> u64 {
        self.app.world().resource::<SimClock>().tick
    }

    /// Runs exactly `ticks` more simulation ticks.
    pub fn run_ticks(&mut self, ticks: u64) {
        let target = self.tick() + ticks;
        while self.tick() < target {
            let step = (target - self.tick()).min(600) as u32;
            self.app
                .insert_resource(TimeUpdateStrategy::FixedTimesteps(step));
            self.app.update();
        }
    }

    /// Runs ticks one at a time, calling `check` after each (for invariants).
    pub fn run_ticks_checked(&mut self, ticks: u64, mut check: impl FnMut(&mut World)) {
        self.app
            .insert_resource(TimeUpdateStrategy::FixedTimesteps(1));
        let target = self.tick() + ticks;
        while self.tick() < target {
            self.app.update();
            check(self.app.world_mut());
        }
    }

    pub fn run_seconds(&mut self, seconds: f64) {
        self.run_ticks((seconds * TICK_HZ).round() as u64);
    }

    pub fn world(&self) -> &World {
        self.app.world()
    }

    pub fn world_mut(&mut self) -> &mut World {
        self.app.world_mut()
    }
}

/// Runs the tick's schedules as bevy's fixed loop does, but takes them out of
/// `Schedules` once an update rather than once a tick. Bevy's loop runs `FixedMain`,
/// whose one system takes `FixedMainScheduleOrder` out of the world and each fixed
/// schedule out of `Schedules` and puts them back, every tick: about 3 % of a small
/// floor's tick. The schedules, their order and the clocks are the same, so the same
/// systems see the same world and time; schedules with no systems (without a window,
/// the ones before and after the tick's own) are not run at all. Only done where
/// `FixedMain` holds bevy's one system (`run_fixed_ticks` never runs `FixedMain`); says
/// whether it was done.
fn hold_fixed_schedules_per_update(app: &mut App) -> bool {
    let only_bevys = app
        .world()
        .get_resource::<Schedules>()
        .and_then(|schedules| schedules.get(FixedMain))
        .is_some_and(|fixed_main| fixed_main.systems_len() == 1);
    if !only_bevys {
        return false;
    }
    let replaced = app.remove_systems_in_set(
        RunFixedMainLoop,
        run_fixed_main_schedule,
        ScheduleCleanupPolicy::RemoveSystemsOnly,
    );
    if !replaced.is_ok_and(|removed| removed == 1) {
        return false;
    }
    app.add_systems(
        RunFixedMainLoop,
        run_fixed_ticks.in_set(RunFixedMainLoopSystems::FixedMainLoop),
    );
    true
}

/// `bevy_time::run_fixed_main_schedule` and `FixedMain::run_fixed_main` in one, with
/// the fixed schedules that have systems held for the whole update.
fn run_fixed_ticks(world: &mut World) {
    let delta = world.resource::<Time<Virtual>>().delta();
    world
        .resource_mut::<Time<Fixed>>()
        .accumulate_overstep(delta);
    let labels = world.resource::<FixedMainScheduleOrder>().labels.clone();
    let mut held: Vec<Schedule> = {
        let mut schedules = world.resource_mut::<Schedules>();
        labels
            .iter()
            .filter_map(|&label| {
                let has_systems = schedules
                    .get(label)
                    .is_some_and(|schedule| schedule.systems_len() > 0);
                has_systems
                    .then(|| schedules.remove_temporarily(label))
                    .flatten()
            })
            .collect()
    };
    while expend_a_step(&mut world.resource_mut::<Time<Fixed>>()) {
        *world.resource_mut::<Time>() = world.resource::<Time<Fixed>>().as_generic();
        // Bevy's periodic check of stored change ticks reaches only the schedules in
        // `Schedules`; these are held out, so they are given it here.
        if let Some(check) = world.check_change_ticks() {
            for schedule in &mut held {
                schedule.check_change_ticks(check);
            }
        }
        for schedule in &mut held {
            schedule.run(world);
        }
    }
    let mut schedules = world.resource_mut::<Schedules>();
    for schedule in held {
        schedules.reinsert(schedule);
    }
    *world.resource_mut::<Time>() = world.resource::<Time<Virtual>>().as_generic();
}

/// Takes one timestep from the accumulated overstep and advances the fixed clock by it,
/// if there is a whole one (bevy's `Time<Fixed>::expend`, which is private).
fn expend_a_step(time: &mut Time<Fixed>) -> bool {
    let timestep = time.timestep();
    if time.overstep() < timestep {
        return false;
    }
    time.discard_overstep(timestep);
    time.advance_by(timestep);
    true
}
