//! Proving a scenario solvable: its reference solution (which names equipment by role)
//! must score 100 on every trainee's variant. The variants played are the distinct ones
//! a class could get (a session's spread over its roster, and ids hashed outside one):
//! all of them when there are few, else a seeded sample of at least 30, always with the
//! author's reference variant. Plays run on every core.

use std::collections::BTreeSet;
use std::sync::Mutex;

use crate::app::{Attempt, Conditions};
use crate::scenario::{LoadedScenario, Variant, variant_of};

use super::{Report, play_solution_as};

/// By default at most this many variants are played per scenario (a sample beyond).
pub const SAMPLE: usize = 30;

/// A variant to play: the trainee id and roster place that give it.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantPick {
    pub trainee: String,
    pub slot: Option<u32>,
}

impl VariantPick {
    pub fn describe(&self) -> String {
        match (self.trainee.as_str(), self.slot) {
            ("", None) => "the reference variant".into(),
            (id, Some(slot)) => format!("the variant of roster place {slot} ({id})"),
            (id, None) => format!("trainee `{id}`'s variant"),
        }
    }
}

/// The variants worth playing: distinct ones, the reference first; at most `sample`
/// (spread over all the distinct ones).
pub fn variants_to_play(loaded: &LoadedScenario, sample: usize) -> Vec<VariantPick> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut picks = Vec::new();
    let mut consider = |pick: VariantPick| {
        let v = variant_of(loaded, &pick.trainee, pick.slot);
        if seen.insert(signature(&v)) {
            picks.push(pick);
        }
    };
    consider(VariantPick {
        trainee: String::new(),
        slot: None,
    });
    // A class of up to 60 on a roster, and as many ids outside a session.
    for k in 0..60u32 {
        consider(VariantPick {
            trainee: format!("place-{k}"),
            slot: Some(k),
        });
        consider(VariantPick {
            trainee: format!("trainee-{k}"),
            slot: None,
        });
    }
    let sample = sample.max(1);
    if picks.len() > sample {
        // Spread over the distinct variants, the reference first.
        let step = picks.len() as f64 / sample as f64;
        return (0..sample)
            .map(|i| picks[((i as f64) * step) as usize].clone())
            .collect();
    }
    picks
}

/// What makes two variants the same exercise: their faults' equipment and timing.
fn signature(v: &Variant) -> String {
    v.faults
        .iter()
        .map(|f| format!("{}:{:?}:{:?}", f.id, f.target, f.trigger))
        .collect::<Vec<_>>()
        .join("|")
}

/// Plays each scenario's solution on each of its picks, on `workers` threads; the
/// reports in job order (or why a play could not run).
pub fn play_all(
    jobs: &[(&LoadedScenario, VariantPick)],
    workers: usize,
) -> Vec<Result<Report, String>> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<Result<Report, String>>>> = Mutex::new(vec![None; jobs.len()]);
    std::thread::scope(|scope| {
        for _ in 0..workers.clamp(1, jobs.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = {
                        let Ok(mut n) = next.lock() else { return };
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some((loaded, pick)) = jobs.get(i) else {
                        return;
                    };
                    let attempt = Attempt::new(loaded, &pick.trainee, Conditions::practice())
                        .at_slot(pick.slot);
                    let report = play_solution_as(&attempt).map_err(|e| e.to_string());
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(report);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("the play did not finish".into())))
        .collect()
}
