//! The real binary opens its window under Xvfb (Mesa's lavapipe renders Vulkan on
//! the CPU), renders the floor and saves a screenshot that is not blank.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn screenshot(args: &[&str], out: &Path) {
    let started = Instant::now();
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x720x24"])
        .arg(env!("CARGO_BIN_EXE_faultline"))
        .arg("run")
        .args(args)
        .arg("--screenshot")
        .arg(out)
        .output()
        .expect("xvfb-run must be installed (apt-get install xvfb mesa-vulkan-drivers)");
    assert!(
        output.status.success(),
        "faultline exited with {} after {:?}\n--- stderr ---\n{}",
        output.status,
        started.elapsed(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(started.elapsed() < Duration::from_secs(600));
}

/// Fraction of pixels that differ clearly from the most common colour, and the
/// number of distinct coarse colours: a blank or single-colour frame fails both.
fn image_variety(path: &Path) -> (f32, usize) {
    let image = image::open(path)
        .expect("screenshot must be a readable PNG")
        .to_rgb8();
    assert_eq!((image.width(), image.height()), (1280, 720));
    let mut histogram = std::collections::HashMap::new();
    for p in image.pixels() {
        *histogram
            .entry([p[0] / 32, p[1] / 32, p[2] / 32])
            .or_insert(0u32) += 1;
    }
    let most = histogram.values().copied().max().unwrap_or(0);
    let total = image.width() * image.height();
    (1.0 - most as f32 / total as f32, histogram.len())
}

#[test]
fn window_renders_the_floor_and_saves_a_screenshot() {
    let dir = std::env::temp_dir().join(format!("faultline-shot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("floor.png");
    screenshot(
        &[
            "--frames",
            "12",
            "--warmup-seconds",
            "45",
            "--select-unit",
            "2",
        ],
        &out,
    );
    let (varied, colours) = image_variety(&out);
    assert!(
        varied > 0.3,
        "only {:.0}% of the frame differs from its main colour",
        varied * 100.0
    );
    assert!(
        colours > 20,
        "only {colours} distinct colours: the floor did not render"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_scenario_loads_in_the_window_with_its_ticket_and_alarms() {
    let dir = std::env::temp_dir().join(format!("faultline-scenario-shot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("jam.png");
    let scenario = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/conveyor-tote-jam.ron"
    );
    screenshot(
        &[scenario, "--frames", "8", "--warmup-seconds", "200"],
        &out,
    );
    let (varied, colours) = image_variety(&out);
    assert!(
        varied > 0.3 && colours > 20,
        "blank scenario frame ({varied}, {colours})"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
