//! `faultline bench --render`: the window's frame time against a plain scene of the same
//! floor (ground, lights, the equipment's meshes, no panels), each in its own process
//! under the same display, at growing fleet sizes. Run it under a display (Xvfb with
//! lavapipe here: `xvfb-run -a -s "-screen 0 1280x720x24" faultline bench --render`).

use std::path::Path;
use std::process::Command;

use crate::error::{Error, Result};

/// One fleet size's frame times, ms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RenderFigures {
    pub units: u32,
    pub window_mean_ms: f64,
    pub window_p95_ms: f64,
    pub plain_mean_ms: f64,
    pub plain_p95_ms: f64,
    /// The sim speed asked for, and what the window achieved over its measured frames.
    pub speed: u32,
    pub window_achieved_speed: f64,
}

impl RenderFigures {
    /// The window's frame rate as a share of the plain scene's.
    pub fn rate_ratio(&self) -> f64 {
        self.plain_mean_ms / self.window_mean_ms.max(1e-9)
    }
}

/// What `measure` renders.
pub struct RenderPlan<'a> {
    /// Fleet sizes.
    pub units: &'a [u32],
    /// Frames per window (the first 10 are left out).
    pub frames: u32,
    /// Sim speed, times real time.
    pub speed: u32,
    /// A folder for the screenshots the windows save on their way out.
    pub scratch: &'a Path,
}

/// Renders `frames` frames of the window (every panel open, a unit selected, the meter
/// in hand) and of the plain scene, for each fleet size.
pub fn measure(plan: &RenderPlan) -> Result<Vec<RenderFigures>> {
    let RenderPlan {
        units,
        frames,
        speed,
        scratch,
    } = *plan;
    let exe = std::env::current_exe()
        .map_err(|e| Error::Refused(format!("cannot find this program to run it: {e}")))?;
    std::fs::create_dir_all(scratch)
        .map_err(|e| Error::io(scratch, "create a scratch folder", e))?;
    let mut figures = Vec::new();
    for &n in units {
        let run = |extra: &[&str]| -> Result<WindowFigures> {
            let shot = scratch.join(format!("render-{n}.png"));
            let output = Command::new(&exe)
                .args(["run", "--units", &n.to_string(), "--warmup-seconds", "20"])
                .args(["--frames", &frames.to_string()])
                .args(["--speed", &speed.to_string()])
                .arg("--screenshot")
                .arg(&shot)
                .args(extra)
                .output()
                .map_err(|e| Error::Refused(format!("could not start the window: {e}")))?;
            let logged = String::from_utf8_lossy(&output.stderr);
            if !output.status.success() {
                return Err(Error::Refused(format!(
                    "the window for {n} units failed ({}); is there a display? {}",
                    output.status,
                    logged.lines().last().unwrap_or_default()
                )));
            }
            window_figures(&logged).ok_or_else(|| {
                Error::Refused(format!("the window for {n} units reported no frame times"))
            })
        };
        let window = run(&["--select-unit", "0", "--meter"])?;
        let plain = run(&["--plain-scene"])?;
        eprintln!(
            "  {n:>5} units: window {:.1} ms at {:.1}x, plain {:.1} ms",
            window.mean_ms, window.achieved_speed, plain.mean_ms
        );
        figures.push(RenderFigures {
            units: n,
            window_mean_ms: window.mean_ms,
            window_p95_ms: window.p95_ms,
            plain_mean_ms: plain.mean_ms,
            plain_p95_ms: plain.p95_ms,
            speed,
            window_achieved_speed: window.achieved_speed,
        });
    }
    Ok(figures)
}

/// What one window reported.
#[derive(Debug, Clone, Copy, PartialEq)]
struct WindowFigures {
    mean_ms: f64,
    p95_ms: f64,
    /// Sim seconds per real second over the measured frames.
    achieved_speed: f64,
}

/// The window's figures from its log lines "frame times: mean X ms, p95 Y ms over N
/// frames" and "sim speed: Zx over the measured frames".
fn window_figures(logged: &str) -> Option<WindowFigures> {
    let (mean_ms, p95_ms) = frame_times(logged)?;
    let line = logged.lines().find(|l| l.contains("sim speed: "))?;
    let achieved_speed = line
        .split("sim speed: ")
        .nth(1)?
        .split('x')
        .next()?
        .trim()
        .parse()
        .ok()?;
    Some(WindowFigures {
        mean_ms,
        p95_ms,
        achieved_speed,
    })
}

/// The mean and 95th-percentile frame times from the window's log line
/// "frame times: mean X ms, p95 Y ms over N frames".
fn frame_times(logged: &str) -> Option<(f64, f64)> {
    let line = logged.lines().find(|l| l.contains("frame times: mean"))?;
    let rest = line.split("frame times: mean ").nth(1)?;
    let mean = rest.split(" ms").next()?.trim().parse().ok()?;
    let p95 = rest
        .split("p95 ")
        .nth(1)?
        .split(" ms")
        .next()?
        .trim()
        .parse()
        .ok()?;
    Some((mean, p95))
}

/// The figures as the Markdown table `docs/benchmarks.md` keeps.
pub fn table(figures: &[RenderFigures]) -> String {
    let mut out = String::from(
        "| units | window mean ms | window p95 ms | window fps | sim speed asked | window achieved | plain mean ms | plain p95 ms | window fps / plain fps |\n|------:|------:|------:|------:|------:|------:|------:|------:|------:|\n",
    );
    for f in figures {
        out.push_str(&format!(
            "| {} | {:.1} | {:.1} | {:.2} | {}× | {:.1}× | {:.1} | {:.1} | {:.2} |\n",
            f.units,
            f.window_mean_ms,
            f.window_p95_ms,
            1000.0 / f.window_mean_ms.max(1e-9),
            f.speed,
            f.window_achieved_speed,
            f.plain_mean_ms,
            f.plain_p95_ms,
            f.rate_ratio()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_windows_frame_time_line() {
        let log = "INFO x: the floor view covers 63% of the window\nINFO faultline::gui::screenshot: frame times: mean 41.25 ms, p95 55.00 ms over 110 frames\n";
        assert_eq!(frame_times(log), Some((41.25, 55.0)));
        assert_eq!(frame_times("nothing here"), None);
        assert_eq!(window_figures(log), None, "no sim speed line");
        let log = format!(
            "{log}INFO faultline::gui::screenshot: sim speed: 5.70x over the measured frames\n"
        );
        assert_eq!(
            window_figures(&log),
            Some(WindowFigures {
                mean_ms: 41.25,
                p95_ms: 55.0,
                achieved_speed: 5.7
            })
        );
    }
}
