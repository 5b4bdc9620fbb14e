//! Transcendental functions with the same bits on every machine.
//!
//! `f32::exp` and friends call the platform's maths library, whose last bit differs between
//! x86-64 and ARM (and between libc versions), and a replay's state hash would follow it.
//! These call the `libm` crate, pure Rust, so a replay hashes the same everywhere. glam and
//! rapier do the same under `enhanced-determinism`. `clippy.toml` refuses the std ones.

/// e^x, f64.
pub fn exp(x: f64) -> f64 {
    libm::exp(x)
}

/// e^x, f32.
pub fn expf(x: f32) -> f32 {
    libm::expf(x)
}

/// The angle of (x, y) from the x axis, f32 (`y.atan2(x)`).
pub fn atan2f(y: f32, x: f32) -> f32 {
    libm::atan2f(y, x)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compares against the platform's own
mod tests {
    use super::*;

    #[test]
    fn the_portable_functions_agree_with_the_platform_to_a_rounding() {
        for x in [-3.0f32, -0.5, 0.0, 0.25, 1.0, 2.5] {
            assert!((expf(x) - x.exp()).abs() <= f32::EPSILON * x.exp().max(1.0));
            assert!((exp(x as f64) - (x as f64).exp()).abs() <= 1e-15 * (x as f64).exp().max(1.0));
            assert!((atan2f(x, 1.5) - x.atan2(1.5)).abs() <= 1e-6);
        }
    }
}
