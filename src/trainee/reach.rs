//! What an action reaches: the equipment it acts on, where the technician must stand
//! to do it, whether hands go on energised equipment, and its key among the tests.

use super::action::{Spot, TestPoint, TraineeAction};
use crate::scenario::ResolvedTarget;

impl TraineeAction {
    /// The drive unit a hands-on action puts the trainee's hands on, if any.
    pub fn hands_on_unit(&self) -> Option<u32> {
        match self {
            TraineeAction::ClearAxleDebris { unit }
            | TraineeAction::ReplaceEncoder { unit }
            | TraineeAction::ReplaceWheels { unit }
            | TraineeAction::ReplaceLiftNut { unit }
            | TraineeAction::CleanCamera { unit }
            | TraineeAction::ReplaceBumperSwitch { unit }
            | TraineeAction::ReseatAntenna { unit }
            | TraineeAction::ReplacePack { unit }
            | TraineeAction::ReplaceCoolingFan { unit }
            | TraineeAction::BalanceCharge { unit }
            | TraineeAction::ReplaceDriveMotor { unit } => Some(*unit),
            _ => None,
        }
    }

    /// The conveyor line a hands-on action puts the trainee's hands into, if any.
    pub fn hands_on_line(&self) -> Option<u16> {
        match self {
            TraineeAction::ClearJam { line, .. }
            | TraineeAction::CleanPhotoEye { line, .. }
            | TraineeAction::ReplaceRollerCard { line, .. }
            | TraineeAction::FreeBeltBind { line }
            | TraineeAction::ReplaceBeltMotor { line }
            | TraineeAction::AdjustBeltTracking { line }
            | TraineeAction::SwapRollerPort { line, .. } => Some(*line),
            TraineeAction::Measure {
                point: TestPoint::BeltMotorInsulation { line },
            } => Some(*line),
            _ => None,
        }
    }

    /// The action's kind as scripts and the action catalogue write it, e.g. `ClearJam`.
    pub fn name(&self) -> String {
        let text = format!("{self:?}");
        text.split([' ', '{', '('])
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// The key of this action in the action catalogue's `tests` (a meter reading names
    /// its test point, a thermal scan its equipment); None for actions that test nothing.
    pub fn test_key(&self) -> String {
        match self {
            TraineeAction::Measure { point } => {
                let point_name = format!("{point:?}");
                let kind = point_name.split([' ', '{']).next().unwrap_or_default();
                match point {
                    TestPoint::EstopDevice { device, .. } => format!("Measure/{kind}/{device}"),
                    _ => format!("Measure/{kind}"),
                }
            }
            TraineeAction::ThermalScan { target } => {
                let target_name = format!("{target:?}");
                let kind = target_name
                    .split([' ', '{', '('])
                    .next()
                    .unwrap_or_default();
                format!("ThermalScan/{kind}")
            }
            other => other.name(),
        }
    }

    /// The equipment a test or repair acts on, if it is one piece of equipment.
    pub fn equipment(&self) -> Option<ResolvedTarget> {
        use TraineeAction as A;
        Some(match self {
            A::Measure { point } => match *point {
                TestPoint::RollerSupply { line }
                | TestPoint::EstopDevice { line, .. }
                | TestPoint::VfdDcBus { line }
                | TestPoint::BeltMotorCurrent { line }
                | TestPoint::BeltMotorInsulation { line } => ResolvedTarget::Line(line),
                TestPoint::PhotoEyeOutput { line, zone } => ResolvedTarget::Zone { line, zone },
                TestPoint::MotorPhaseResistance { unit, .. }
                | TestPoint::MotorInsulation { unit, .. }
                | TestPoint::EncoderSupply { unit, .. }
                | TestPoint::PackVoltage { unit }
                | TestPoint::CellVoltages { unit } => ResolvedTarget::Unit(unit),
                TestPoint::ChargerOutput { charger } => ResolvedTarget::Charger(charger),
            },
            A::ThermalScan { target }
            | A::RunTestCycle { target }
            | A::FileWorkOrder { target, .. } => *target,
            A::InspectZone { line, zone }
            | A::ClearJam { line, zone }
            | A::CleanPhotoEye { line, zone }
            | A::ReplaceRollerCard { line, zone }
            | A::SwapRollerPort { line, zone } => ResolvedTarget::Zone {
                line: *line,
                zone: *zone,
            },
            A::InspectLine { line }
            | A::FreeBeltBind { line }
            | A::ReplaceBeltMotor { line }
            | A::AdjustBeltTracking { line }
            | A::ResetEstopDevice { line, .. }
            | A::JumperEstopDevice { line, .. }
            | A::EstopLine { line }
            | A::ReadLineStatus { line }
            | A::ResetVfd { line }
            | A::ApplyLockout { line }
            | A::RemoveLockout { line }
            | A::VerifyZeroEnergy { line } => ResolvedTarget::Line(*line),
            A::ReplaceSticker { cell } | A::InspectCell { cell } => ResolvedTarget::Cell(*cell),
            A::CleanChargerPads { charger }
            | A::ApplyChargerLockout { charger }
            | A::RemoveChargerLockout { charger } => ResolvedTarget::Charger(*charger),
            A::InspectUnit { unit }
            | A::SelfTest { unit }
            | A::ReturnToService { unit }
            | A::ResetDrive { unit }
            | A::PowerDownUnit { unit }
            | A::DisconnectBattery { unit }
            | A::VerifyUnitDead { unit }
            | A::LowerLift { unit }
            | A::EstopUnit { unit }
            | A::ReadUnitTelemetry { unit }
            | A::LockZoneAround { unit }
            | A::UnlockZoneAround { unit } => ResolvedTarget::Unit(*unit),
            other => ResolvedTarget::Unit(other.hands_on_unit()?),
        })
    }

    /// Whether the action needs the unit's meter or hands on a unit that must be dead.
    pub fn needs_dead_unit(&self) -> Option<u32> {
        match self {
            TraineeAction::Measure {
                point:
                    TestPoint::MotorPhaseResistance { unit, .. }
                    | TestPoint::MotorInsulation { unit, .. }
                    | TestPoint::CellVoltages { unit },
            } => Some(*unit),
            other => other.hands_on_unit(),
        }
    }

    /// Where the technician must stand to do this (None: from the handheld, anywhere).
    pub fn work_spot(&self) -> Option<Spot> {
        use TraineeAction as A;
        Some(match self {
            A::ApplyLockout { line }
            | A::VerifyZeroEnergy { line }
            | A::RemoveLockout { line }
            | A::ResetVfd { line } => Spot::LinePanel(*line),
            A::Measure { point } => match *point {
                TestPoint::RollerSupply { line } | TestPoint::VfdDcBus { line } => {
                    Spot::LinePanel(line)
                }
                TestPoint::BeltMotorCurrent { line } | TestPoint::BeltMotorInsulation { line } => {
                    Spot::Belt(line)
                }
                TestPoint::EstopDevice { line, device } => Spot::EstopDevice { line, device },
                TestPoint::PhotoEyeOutput { line, zone } => Spot::Zone { line, zone },
                TestPoint::MotorPhaseResistance { unit, .. }
                | TestPoint::MotorInsulation { unit, .. }
                | TestPoint::EncoderSupply { unit, .. }
                | TestPoint::PackVoltage { unit }
                | TestPoint::CellVoltages { unit } => Spot::Unit(unit),
                TestPoint::ChargerOutput { charger } => Spot::Charger(charger),
            },
            A::InspectZone { line, zone }
            | A::ClearJam { line, zone }
            | A::CleanPhotoEye { line, zone }
            | A::ReplaceRollerCard { line, zone }
            | A::SwapRollerPort { line, zone } => Spot::Zone {
                line: *line,
                zone: *zone,
            },
            A::InspectLine { line }
            | A::FreeBeltBind { line }
            | A::ReplaceBeltMotor { line }
            | A::AdjustBeltTracking { line } => Spot::Belt(*line),
            A::ResetEstopDevice { line, device } | A::JumperEstopDevice { line, device } => {
                Spot::EstopDevice {
                    line: *line,
                    device: *device,
                }
            }
            A::EstopLine { line } => Spot::EstopDevice {
                line: *line,
                device: 0,
            },
            A::PowerDownUnit { unit }
            | A::DisconnectBattery { unit }
            | A::VerifyUnitDead { unit }
            | A::InspectUnit { unit }
            | A::LowerLift { unit }
            | A::ReturnToService { unit } => Spot::Unit(*unit),
            A::ReplaceSticker { cell } | A::InspectCell { cell } => Spot::Cell(*cell),
            A::CleanChargerPads { charger }
            | A::ApplyChargerLockout { charger }
            | A::RemoveChargerLockout { charger } => Spot::Charger(*charger),
            A::ThermalScan { target } => target.work_spot(),
            other => Spot::Unit(other.hands_on_unit()?),
        })
    }
}

impl ResolvedTarget {
    /// Where a technician stands to look at this equipment.
    pub fn work_spot(&self) -> Spot {
        match *self {
            ResolvedTarget::Unit(unit) => Spot::Unit(unit),
            ResolvedTarget::Charger(charger) => Spot::Charger(charger),
            ResolvedTarget::Cell(cell) => Spot::Cell(cell),
            ResolvedTarget::Zone { line, zone } => Spot::Zone { line, zone },
            ResolvedTarget::Line(line) => Spot::Belt(line),
        }
    }
}
