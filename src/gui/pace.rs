//! Whether the floor keeps up with the chosen speed: simulated seconds gained per real
//! second over the last few seconds. When a big floor (or a slow renderer) cannot give
//! the chosen speed, the top bar says so and how fast the floor really runs, rather
//! than letting a trainee believe 16× while sim time crawls.

use std::collections::VecDeque;

use bevy::prelude::*;

use super::shift::SimSpeed;
use crate::sim::SimClock;

/// Real seconds the achieved speed is measured over.
const WINDOW_S: f64 = 3.0;
/// The least span worth a figure (a slow renderer gives few frames a second).
const LEAST_SPAN_S: f64 = 1.0;
/// Below this share of the chosen speed the floor is said not to keep up.
const KEEPING_UP_SHARE: f32 = 0.9;

/// The speed the floor really runs at, measured.
#[derive(Resource, Debug, Default, Clone)]
pub struct Pace {
    /// (real seconds, sim seconds) each frame, oldest first, within the window.
    samples: VecDeque<(f64, f64)>,
    /// The speed measured for: a new choice starts a new measurement.
    measured_for: Option<f32>,
    /// Sim seconds per real second over the window, once it is long enough.
    pub achieved: Option<f32>,
}

impl Pace {
    /// Adds this frame's clocks; `wanted` is the speed the floor should run at (None
    /// while it stands still).
    pub fn sample(&mut self, real_s: f64, sim_s: f64, wanted: Option<f32>) {
        if wanted != self.measured_for {
            self.samples.clear();
            self.measured_for = wanted;
            self.achieved = None;
        }
        if wanted.is_none() {
            return;
        }
        self.samples.push_back((real_s, sim_s));
        while self
            .samples
            .get(1)
            .is_some_and(|&(real, _)| real_s - real >= WINDOW_S)
        {
            self.samples.pop_front();
        }
        let (Some(&(r0, s0)), Some(&(r1, s1))) = (self.samples.front(), self.samples.back()) else {
            return;
        };
        if r1 - r0 >= LEAST_SPAN_S {
            self.achieved = Some(((s1 - s0) / (r1 - r0)) as f32);
        }
    }

    /// The measured speed, when it falls short of the chosen one.
    pub fn falling_behind(&self) -> Option<(f32, f32)> {
        let (achieved, wanted) = (self.achieved?, self.measured_for?);
        (achieved < wanted * KEEPING_UP_SHARE).then_some((achieved, wanted))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Pace>()
        .add_systems(Update, measure_pace);
}

fn measure_pace(
    real: Res<Time<Real>>,
    clock: Res<SimClock>,
    speed: Res<SimSpeed>,
    mut pace: ResMut<Pace>,
) {
    let wanted = (!speed.stopped()).then(|| speed.effective());
    pace.sample(real.elapsed_secs_f64(), clock.seconds(), wanted);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Samples a run of frames `frame_s` apart in which the floor gains `gain` sim
    /// seconds per real second.
    fn run(pace: &mut Pace, frames: u32, frame_s: f64, gain: f64, wanted: f32) {
        for i in 0..frames {
            let real = 10.0 + i as f64 * frame_s;
            pace.sample(real, real * gain, Some(wanted));
        }
    }

    #[test]
    fn a_floor_that_keeps_up_is_not_flagged_and_one_that_cannot_is() {
        let mut pace = Pace::default();
        run(&mut pace, 120, 1.0 / 60.0, 16.0, 16.0);
        assert!((pace.achieved.expect("measured") - 16.0).abs() < 0.01);
        assert_eq!(pace.falling_behind(), None);
        // A slow renderer: a frame a second, 5.7 sim seconds gained each.
        let mut slow = Pace::default();
        run(&mut slow, 5, 1.0, 5.7, 16.0);
        let (achieved, wanted) = slow.falling_behind().expect("flagged");
        assert!((achieved - 5.7).abs() < 0.01 && wanted == 16.0);
    }

    #[test]
    fn a_new_speed_or_a_pause_starts_the_measurement_again() {
        let mut pace = Pace::default();
        run(&mut pace, 120, 1.0 / 60.0, 4.0, 16.0);
        assert!(pace.falling_behind().is_some());
        pace.sample(20.0, 80.0, None);
        assert_eq!((pace.achieved, pace.falling_behind()), (None, None));
        pace.sample(21.0, 80.0, Some(4.0));
        assert_eq!(pace.achieved, None, "one frame is no measurement");
    }
}
