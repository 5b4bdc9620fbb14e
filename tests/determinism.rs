//! Same seed, same world; different seed, different world.

mod common;

use faultline::app::state_hash;

fn hash_after(seed: u64, ticks: u64) -> u64 {
    let mut sim = common::sim("default", seed);
    sim.run_ticks(ticks);
    state_hash(sim.world_mut())
}

#[test]
fn same_seed_gives_the_same_state_after_n_ticks() {
    let ticks = common::minutes(5);
    assert_eq!(hash_after(42, ticks), hash_after(42, ticks));
}

#[test]
fn different_seed_gives_a_different_state() {
    let ticks = common::minutes(5);
    assert_ne!(hash_after(42, ticks), hash_after(43, ticks));
}

#[test]
fn stepping_in_different_chunks_gives_the_same_state() {
    let mut a = common::sim("default", 9);
    a.run_ticks(3000);
    let mut b = common::sim("default", 9);
    for _ in 0..3000 {
        b.run_ticks(1);
    }
    assert_eq!(state_hash(a.world_mut()), state_hash(b.world_mut()));
}

/// Every two systems of a tick that touch the same data run in a stated order. An
/// unordered pair runs in whatever order the schedule's sort happens to give, which can
/// change when unrelated systems are added or removed, and a replay would follow it.
#[test]
fn a_ticks_systems_that_share_data_run_in_a_stated_order() {
    use bevy::ecs::schedule::{LogLevel, ScheduleBuildSettings};
    use bevy::prelude::FixedUpdate;
    use faultline::app::{HeadlessSim, SimSetup};

    let setup = SimSetup::floor(common::preset("default"), 3);
    // With ambiguity detection at `Error`, building the tick's schedule fails, naming
    // each unordered pair and what they both touch.
    let mut sim = HeadlessSim::with(setup, |app| {
        app.edit_schedule(FixedUpdate, |schedule| {
            schedule.set_build_settings(ScheduleBuildSettings {
                ambiguity_detection: LogLevel::Error,
                ..Default::default()
            });
        });
    });
    sim.run_ticks(2);
    assert!(sim.tick() >= 2);
}
