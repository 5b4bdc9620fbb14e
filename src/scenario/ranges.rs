//! The range of each fault kind's figures: the physical range the simulation models.
//! `validate` checks a scenario's faults against it and the authoring reference
//! (`faultline describe faults`) prints it, from this one table.

use super::model::{FaultKind, VfdTripCause};

/// One figure of a fault and the values it may take.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParamRange {
    pub name: &'static str,
    pub value: f32,
    pub lo: f32,
    pub hi: f32,
    /// The ends themselves are excluded.
    pub lo_open: bool,
    pub hi_open: bool,
}

impl ParamRange {
    const fn new(name: &'static str, value: f32, (lo, hi): (f32, f32), open: (bool, bool)) -> Self {
        Self {
            name,
            value,
            lo,
            hi,
            lo_open: open.0,
            hi_open: open.1,
        }
    }

    /// Whether the value lies in the range.
    pub fn holds(&self) -> bool {
        let v = self.value;
        v.is_finite()
            && (if self.lo_open {
                v > self.lo
            } else {
                v >= self.lo
            })
            && (if self.hi_open {
                v < self.hi
            } else {
                v <= self.hi
            })
    }

    /// The range as a reader writes it: `(0, 80]`.
    pub fn text(&self) -> String {
        format!(
            "{}{}, {}{}",
            if self.lo_open { "(" } else { "[" },
            self.lo,
            self.hi,
            if self.hi_open { ")" } else { "]" }
        )
    }
}

const OPEN_CLOSED: (bool, bool) = (true, false);
const CLOSED_OPEN: (bool, bool) = (false, true);
const CLOSED: (bool, bool) = (false, false);

impl FaultKind {
    /// The kind's figures with their ranges (an e-stop device or a pack's cell is
    /// checked against the floor instead; kinds with no figure have none).
    pub fn ranges(&self) -> Vec<ParamRange> {
        use ParamRange as P;
        match *self {
            FaultKind::MotorBind { drag_nm, .. } => {
                vec![P::new("drag_nm", drag_nm, (0.0, 80.0), OPEN_CLOSED)]
            }
            FaultKind::WornWheel { radius_loss, .. } => {
                vec![P::new("radius_loss", radius_loss, (0.0, 0.2), OPEN_CLOSED)]
            }
            FaultKind::WheelSlip { grip } => vec![P::new("grip", grip, (0.01, 1.0), CLOSED_OPEN)],
            FaultKind::LiftWear { slowdown } => {
                vec![P::new("slowdown", slowdown, (1.1, 10.0), CLOSED)]
            }
            FaultKind::DirtyCamera { read_rate } | FaultKind::DamagedFiducial { read_rate } => {
                vec![P::new("read_rate", read_rate, (0.0, 1.0), CLOSED_OPEN)]
            }
            FaultKind::ObstacleFalseTrip { trips_per_min } => {
                vec![P::new(
                    "trips_per_min",
                    trips_per_min,
                    (0.0, 30.0),
                    OPEN_CLOSED,
                )]
            }
            FaultKind::WirelessDropout {
                dropouts_per_min,
                duration_s,
            } => vec![
                P::new(
                    "dropouts_per_min",
                    dropouts_per_min,
                    (0.0, 30.0),
                    OPEN_CLOSED,
                ),
                P::new("duration_s", duration_s, (0.0, 120.0), OPEN_CLOSED),
            ],
            FaultKind::WornPack {
                capacity_fraction,
                resistance_factor,
            } => vec![
                P::new(
                    "capacity_fraction",
                    capacity_fraction,
                    (0.1, 1.0),
                    CLOSED_OPEN,
                ),
                P::new("resistance_factor", resistance_factor, (1.0, 10.0), CLOSED),
            ],
            // Either sign: a cell above or below the others.
            FaultKind::CellImbalance { soc_offset, .. } => {
                vec![P::new("soc_offset", soc_offset.abs(), (0.01, 0.5), CLOSED)]
            }
            FaultKind::PackOverTemperature { cooling_fraction } => {
                vec![P::new(
                    "cooling_fraction",
                    cooling_fraction,
                    (0.0, 1.0),
                    CLOSED_OPEN,
                )]
            }
            FaultKind::ChargerContact { contact_quality } => {
                vec![P::new(
                    "contact_quality",
                    contact_quality,
                    (0.0, 1.0),
                    CLOSED_OPEN,
                )]
            }
            FaultKind::DirtyPhotoEye { signal_margin } => {
                vec![P::new(
                    "signal_margin",
                    signal_margin,
                    (0.0, 1.0),
                    CLOSED_OPEN,
                )]
            }
            FaultKind::VfdTrip {
                cause: VfdTripCause::MechanicalBind { load_factor },
            } => vec![P::new("load_factor", load_factor, (1.5, 20.0), CLOSED)],
            FaultKind::BeltMistracking { drift_mps } => {
                vec![P::new("drift_mps", drift_mps, (0.0, 0.5), OPEN_CLOSED)]
            }
            FaultKind::EncoderFailure { .. }
            | FaultKind::ToteJam
            | FaultKind::RollerCardFailure
            | FaultKind::VfdTrip { .. }
            | FaultKind::EstopChainOpen { .. } => Vec::new(),
        }
    }
}
