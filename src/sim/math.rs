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

/// `x.round() as i32` (halves away from zero), for every input. The baseline x86-64
/// target has no rounding instruction, so `round` is a call into the maths library, and
/// the floor rounds every unit's position to a cell every tick. Below 2^23 a float's
/// fractional part is exact, so the comparison decides as `round` does; above, the float
/// is whole already and `round` is taken as it is.
pub fn round_to_i32(x: f32) -> i32 {
    if x.abs() < 8_388_608.0 {
        let whole = x as i32; // toward zero
        let fraction = x - whole as f32;
        if fraction >= 0.5 {
            whole + 1
        } else if fraction <= -0.5 {
            whole - 1
        } else {
            whole
        }
    } else {
        x.round() as i32
    }
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

    #[test]
    fn rounding_to_a_whole_number_is_rounds_own() {
        let mut values = vec![
            0.0f32,
            -0.0,
            0.5,
            -0.5,
            1.5,
            -1.5,
            2.5,
            -2.5,
            0.49999997,
            -0.49999997,
            0.50000006,
            8_388_607.5,
            -8_388_607.5,
            8_388_608.0,
            16_777_217.0,
            3.0e9,
            -3.0e9,
            f32::MAX,
            f32::MIN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            f32::MIN_POSITIVE,
        ];
        // Every half and its neighbours over the floor's range, and a spread beyond.
        for i in -4000..4000 {
            let half = i as f32 + 0.5;
            values.extend([
                half,
                f32::from_bits(half.to_bits() + 1),
                f32::from_bits(half.to_bits() - 1),
            ]);
            values.push(i as f32 * 0.37 - 0.001);
        }
        for x in values {
            assert_eq!(round_to_i32(x), x.round() as i32, "{x:e}");
        }
    }
}
