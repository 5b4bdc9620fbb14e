//! One series cell of a drive unit's pack: its charge, and its open-circuit voltage read
//! off the pack's curve.

use bevy::prelude::*;

/// One series cell of the pack.
#[derive(Debug, Clone, Copy, Reflect)]
pub struct BatteryCell {
    pub soc: f32,
    /// Capacity relative to the pack's nominal (cells age differently).
    pub capacity_factor: f32,
    pub voltage_v: f32,
    /// The open-circuit voltage last worked out and the state of charge it is for: worked
    /// out again only once the charge has moved.
    #[reflect(ignore)]
    open_circuit: (f32, f32),
    /// The curve segment the charge was last in: the next lookup tries it first (the
    /// charge moves little between samples), with the same arithmetic as [`ocv`].
    #[reflect(ignore)]
    segment: u32,
}

impl BatteryCell {
    /// A cell at charge `soc`, resting at its open-circuit voltage.
    pub fn new(soc: f32, capacity_factor: f32, curve: &[(f32, f32)]) -> Self {
        let (voltage_v, segment) = ocv_and_segment(curve, soc);
        Self {
            soc,
            capacity_factor,
            voltage_v,
            open_circuit: (soc, voltage_v),
            segment,
        }
    }

    /// Open-circuit voltage at the cell's state of charge.
    pub(super) fn open_circuit_v(&mut self, curve: &[(f32, f32)]) -> f32 {
        let (at_soc, volts) = self.open_circuit;
        if at_soc.to_bits() == self.soc.to_bits() {
            return volts;
        }
        let volts = match segment_value(curve, self.segment, self.soc) {
            Some(volts) => volts,
            None => {
                let (volts, segment) = ocv_and_segment(curve, self.soc);
                self.segment = segment;
                volts
            }
        };
        self.open_circuit = (self.soc, volts);
        volts
    }
}

/// [`ocv`] within segment `k` of the curve, if `soc` lies in it (`s_k < soc <= s_k+1`,
/// where the scan in [`ocv`] would stop): the same expression, so the same bits.
fn segment_value(curve: &[(f32, f32)], k: u32, soc: f32) -> Option<f32> {
    let &[low, high] = curve.get(k as usize..)?.get(..2)? else {
        return None;
    };
    (soc > low.0 && soc <= high.0).then(|| along_segment(low, high, soc))
}

/// Linear interpolation between two points of the curve.
fn along_segment((s0, v0): (f32, f32), (s1, v1): (f32, f32), soc: f32) -> f32 {
    v0 + (v1 - v0) * (soc - s0) / (s1 - s0)
}

/// Open-circuit cell voltage at a state of charge, by linear interpolation of the curve.
pub fn ocv(curve: &[(f32, f32)], soc: f32) -> f32 {
    ocv_and_segment(curve, soc).0
}

/// [`ocv`], and the segment of the curve it was read in (`u32::MAX` past either end:
/// a segment no charge matches, so the next lookup scans again).
fn ocv_and_segment(curve: &[(f32, f32)], soc: f32) -> (f32, u32) {
    let Some(first) = curve.first() else {
        return (0.0, u32::MAX);
    };
    if soc <= first.0 {
        return (first.1, u32::MAX);
    }
    for (k, pair) in curve.windows(2).enumerate() {
        if soc <= pair[1].0 {
            return (along_segment(pair[0], pair[1], soc), k as u32);
        }
    }
    (curve.last().map_or(0.0, |p| p.1), u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cached segment gives what the scan gives, bit for bit, across the curve and
    /// past both ends, as the charge falls and rises.
    #[test]
    fn a_cells_open_circuit_voltage_is_the_curves_bit_for_bit() {
        let curve = [
            (0.0, 3.0),
            (0.1, 3.45),
            (0.2, 3.55),
            (0.5, 3.7),
            (0.8, 3.95),
            (0.9, 4.05),
            (1.0, 4.2),
        ];
        let mut cell = BatteryCell::new(0.95, 1.0, &curve);
        let mut soc = 1.2f32;
        while soc > -0.2 {
            for s in [
                soc,
                soc + 0.05,
                f32::from_bits(soc.to_bits() + 1),
                0.5,
                0.1,
                0.0,
            ] {
                cell.soc = s;
                assert_eq!(
                    cell.open_circuit_v(&curve).to_bits(),
                    ocv(&curve, s).to_bits(),
                    "{s}"
                );
            }
            soc -= 0.0007;
        }
    }
}
