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
}

impl RenderFigures {
    /// The window's frame rate as a share of the plain scene's.
    pub fn rate_ratio(&self) -> f64 {
        self.plain_mean_ms / self.window_mean_ms.max(1e-9)
    }
}

/// Renders `frames` frames of the window (every panel open, a unit selected, the meter
/// in hand) and of the plain scene, for each fleet size.
pub fn measure(units: &[u32], frames: u32, scratch: &Path) -> Result<Vec<RenderFigures>> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::Refused(format!("cannot find this program to run it: {e}")))?;
    std::fs::create_dir_all(scratch)
        .map_err(|e| Error::io(scratch, "create a scratch folder", e))?;
    let mut figures = Vec::new();
    for &n in units {
        let run = |extra: &[&str]| -> Result<(f64, f64)> {
            let shot = scratch.join(format!("render-{n}.png"));
            let output = Command::new(&exe)
                .args(["run", "--units", &n.to_string(), "--warmup-seconds", "20"])
                .args(["--frames", &frames.to_string()])
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
            frame_times(&logged).ok_or_else(|| {
                Error::Refused(format!("the window for {n} units reported no frame times"))
            })
        };
        let (window_mean_ms, window_p95_ms) = run(&["--select-unit", "0", "--meter"])?;
        let (plain_mean_ms, plain_p95_ms) = run(&["--plain-scene"])?;
        eprintln!("  {n:>5} units: window {window_mean_ms:.1} ms, plain {plain_mean_ms:.1} ms");
        figures.push(RenderFigures {
            units: n,
            window_mean_ms,
            window_p95_ms,
            plain_mean_ms,
            plain_p95_ms,
        });
    }
    Ok(figures)
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
        "| units | window mean ms | window p95 ms | plain mean ms | plain p95 ms | window fps / plain fps |\n|------:|------:|------:|------:|------:|------:|\n",
    );
    for f in figures {
        out.push_str(&format!(
            "| {} | {:.1} | {:.1} | {:.1} | {:.1} | {:.2} |\n",
            f.units,
            f.window_mean_ms,
            f.window_p95_ms,
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
    }
}
