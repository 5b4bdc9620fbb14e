//! A drive unit's built-in self-test: a slow turn of each wheel, the camera on its test
//! target, the bumper, the lift and the radio, reported against the drive's figures.

use super::figures::SelfTestFigures;
use crate::fleet::{DriveMotors, DriveUnitSpec, FiducialCamera, UnitCondition, WheelMotor};

/// What the self-test found, part by part.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfTestResult {
    pub wheels: [WheelTest; 2],
    /// The camera's contrast on its test target, 0–1, and whether that is low.
    pub camera_contrast: f32,
    pub camera_low: bool,
    /// The bumper input opens while nothing touches it.
    pub bumper_chatters: bool,
    /// How long a test raise of the lift took, and its specification, s.
    pub lift_raise_s: f32,
    pub lift_spec_s: f32,
    /// The radio link drops in bursts.
    pub link_drops: bool,
}

/// One wheel at the slow test speed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WheelTest {
    pub counts_ok: bool,
    /// Drag on the axle shows as extra current at the slow test speed, A.
    pub current_a: f32,
    pub diameter_mm: f32,
}

fn wheel(d: &DriveUnitSpec, m: &WheelMotor) -> WheelTest {
    WheelTest {
        counts_ok: m.encoder_ok,
        current_a: d.motor_no_load_current_a + m.drag_nm / d.motor_torque_nm_per_a,
        diameter_mm: m.radius_m * 2000.0,
    }
}

/// Runs the self-test on a powered unit.
pub fn run(
    f: &SelfTestFigures,
    drive: &DriveUnitSpec,
    motors: &DriveMotors,
    condition: &UnitCondition,
    camera: &FiducialCamera,
) -> SelfTestResult {
    SelfTestResult {
        wheels: [wheel(drive, &motors.left), wheel(drive, &motors.right)],
        camera_contrast: camera.read_quality,
        camera_low: camera.read_quality < f.low_contrast_below,
        bumper_chatters: condition.obstacle_trips_per_min > 0.0,
        lift_raise_s: drive.lift_time_s * condition.lift_slowdown,
        lift_spec_s: drive.lift_time_s,
        link_drops: condition.dropouts_per_min > 0.0,
    }
}

impl SelfTestResult {
    /// The self-test's printout.
    pub fn text(&self, name: &str) -> String {
        let wheel = |w: &WheelTest, side: &str| {
            let counts = if w.counts_ok {
                "counts ok"
            } else {
                "NO encoder counts (Hall error)"
            };
            format!(
                "{side} wheel {counts}, {:.1} A at test speed, diameter {:.0} mm",
                w.current_a, w.diameter_mm
            )
        };
        let mut report = vec![
            wheel(&self.wheels[0], "left"),
            wheel(&self.wheels[1], "right"),
            format!(
                "camera test-target contrast {:.0} %{}",
                self.camera_contrast * 100.0,
                if self.camera_low { " (LOW)" } else { "" }
            ),
            if self.bumper_chatters {
                "bumper input chatters open while nothing touches it".to_string()
            } else {
                "bumper input closed".to_string()
            },
            format!(
                "lift test raise {:.1} s (spec {:.1} s)",
                self.lift_raise_s, self.lift_spec_s
            ),
        ];
        if self.link_drops {
            report.push("radio link quality drops in bursts".into());
        }
        format!("{name} self-test: {}", report.join("; "))
    }
}
