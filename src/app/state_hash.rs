//! A fingerprint of the simulated world, for determinism checks and replays.

use bevy::prelude::*;

use crate::conveyor::Tote;
use crate::fleet::{Battery, DriveUnit, Pose};
use crate::sim::hash::Fnv64;

/// FNV-1a over unit poses, battery states and tote positions, each in id order.
pub fn state_hash(world: &mut World) -> u64 {
    let mut hash = Fnv64::default();
    let mut units: Vec<(u32, Vec2, f32, f32, f32)> = world
        .query::<(&DriveUnit, &Pose, &Battery)>()
        .iter(world)
        .map(|(u, p, b)| (u.id, p.position, p.heading, b.soc(), b.temperature_c))
        .collect();
    units.sort_by_key(|u| u.0);
    for (id, position, heading, soc, temperature) in units {
        hash.u64(id as u64);
        for value in [position.x, position.y, heading, soc, temperature] {
            hash.u64(value.to_bits() as u64);
        }
    }
    let mut totes: Vec<(u64, Vec3)> = world
        .query::<(&Tote, &Transform)>()
        .iter(world)
        .map(|(t, tf)| (t.id, tf.translation))
        .collect();
    totes.sort_by_key(|t| t.0);
    for (id, position) in totes {
        hash.u64(id);
        for value in [position.x, position.y, position.z] {
            hash.u64(value.to_bits() as u64);
        }
    }
    hash.finish()
}
