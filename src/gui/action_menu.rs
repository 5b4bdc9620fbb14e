//! Everything a technician can do to each kind of equipment, grouped as the Work tab
//! shows it. The tab filters this list by where the technician stands and what they
//! have looked at; the list itself is the same for every situation.

use crate::conveyor::ESTOP_DEVICES_PER_LINE;
use crate::scenario::{ResolvedTarget, Wheel};
use crate::trainee::{Spot, TestPoint, TraineeAction as A};

/// How an action is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Group {
    /// Reading and looking.
    Look,
    /// Lockout, e-stops and zone locks.
    MakeSafe,
    /// The meter at a test point.
    Measure,
    /// Fixing a part: offered once that part has been looked at or tested.
    Repair,
    /// Putting the equipment back to work.
    CloseOut,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::Look => "Look",
            Group::MakeSafe => "Make safe",
            Group::Measure => "Measure",
            Group::Repair => "Repair",
            Group::CloseOut => "Close out",
        }
    }
}

pub(super) struct Item {
    pub group: Group,
    pub label: String,
    pub action: A,
}

fn item(group: Group, label: impl Into<String>, action: A) -> Item {
    Item {
        group,
        label: label.into(),
        action,
    }
}

/// Every action on this equipment, in the order the tab lists them.
pub(super) fn menu(target: ResolvedTarget) -> Vec<Item> {
    match target {
        ResolvedTarget::Unit(u) => unit_menu(u),
        ResolvedTarget::Zone { line, zone } => zone_menu(line, zone),
        ResolvedTarget::Line(line) => line_menu(line),
        ResolvedTarget::Charger(c) => charger_menu(c),
        ResolvedTarget::Cell(cell) => vec![
            item(
                Group::Look,
                "Walk to it",
                A::WalkTo {
                    to: Spot::Cell(cell),
                },
            ),
            item(Group::Look, "Inspect sticker", A::InspectCell { cell }),
            item(
                Group::MakeSafe,
                "Lock the cell",
                A::LockZone {
                    from: cell,
                    to: cell,
                },
            ),
            item(Group::Repair, "Replace sticker", A::ReplaceSticker { cell }),
            item(
                Group::CloseOut,
                "Unlock the cell",
                A::UnlockZone {
                    from: cell,
                    to: cell,
                },
            ),
            item(Group::CloseOut, "Test cycle", A::RunTestCycle { target }),
        ],
    }
}

fn unit_menu(u: u32) -> Vec<Item> {
    let target = ResolvedTarget::Unit(u);
    let measure = |point| A::Measure { point };
    let mut items = vec![
        item(Group::Look, "Walk to it", A::WalkTo { to: Spot::Unit(u) }),
        item(Group::Look, "Read alarms", A::ReadAlarms),
        item(Group::Look, "Telemetry", A::ReadUnitTelemetry { unit: u }),
        item(Group::Look, "Self-test", A::SelfTest { unit: u }),
        item(Group::Look, "Inspect", A::InspectUnit { unit: u }),
        item(Group::Look, "Thermal scan", A::ThermalScan { target }),
        item(Group::MakeSafe, "E-stop", A::EstopUnit { unit: u }),
        item(
            Group::MakeSafe,
            "Lock zone round it",
            A::LockZoneAround { unit: u },
        ),
        item(Group::MakeSafe, "Lower lift", A::LowerLift { unit: u }),
        item(Group::MakeSafe, "Power down", A::PowerDownUnit { unit: u }),
        item(
            Group::MakeSafe,
            "Disconnect battery",
            A::DisconnectBattery { unit: u },
        ),
        item(
            Group::MakeSafe,
            "Verify dead",
            A::VerifyUnitDead { unit: u },
        ),
        item(
            Group::Measure,
            "Pack voltage",
            measure(TestPoint::PackVoltage { unit: u }),
        ),
        item(
            Group::Measure,
            "Cell voltages",
            measure(TestPoint::CellVoltages { unit: u }),
        ),
    ];
    for (wheel, side) in [(Wheel::Left, "L"), (Wheel::Right, "R")] {
        items.extend([
            item(
                Group::Measure,
                format!("Phase Ω {side}"),
                measure(TestPoint::MotorPhaseResistance { unit: u, wheel }),
            ),
            item(
                Group::Measure,
                format!("Insulation {side}"),
                measure(TestPoint::MotorInsulation { unit: u, wheel }),
            ),
            item(
                Group::Measure,
                format!("Encoder 5 V {side}"),
                measure(TestPoint::EncoderSupply { unit: u, wheel }),
            ),
        ]);
    }
    // The unit's repairs, each fixing one part (see `repaired_by` in the fault catalogue).
    let repairs: [(&str, fn(u32) -> A); 11] = [
        ("Clear axle debris", |unit| A::ClearAxleDebris { unit }),
        ("Replace drive motor", |unit| A::ReplaceDriveMotor { unit }),
        ("Replace encoder", |unit| A::ReplaceEncoder { unit }),
        ("Replace wheels", |unit| A::ReplaceWheels { unit }),
        ("Replace lift nut", |unit| A::ReplaceLiftNut { unit }),
        ("Clean camera", |unit| A::CleanCamera { unit }),
        ("Replace bumper switch", |unit| A::ReplaceBumperSwitch {
            unit,
        }),
        ("Reseat antenna", |unit| A::ReseatAntenna { unit }),
        ("Replace pack", |unit| A::ReplacePack { unit }),
        ("Replace cooling fan", |unit| A::ReplaceCoolingFan { unit }),
        ("Balance charge", |unit| A::BalanceCharge { unit }),
    ];
    items.extend(
        repairs
            .into_iter()
            .map(|(label, action)| item(Group::Repair, label, action(u))),
    );
    items.extend([
        item(Group::CloseOut, "Reset drive", A::ResetDrive { unit: u }),
        item(
            Group::CloseOut,
            "Return to service",
            A::ReturnToService { unit: u },
        ),
        item(Group::CloseOut, "Test cycle", A::RunTestCycle { target }),
        item(
            Group::CloseOut,
            "Unlock zone",
            A::UnlockZoneAround { unit: u },
        ),
    ]);
    items
}

fn zone_menu(l: u16, z: u32) -> Vec<Item> {
    let target = ResolvedTarget::Zone { line: l, zone: z };
    vec![
        item(
            Group::Look,
            "Walk to it",
            A::WalkTo {
                to: Spot::Zone { line: l, zone: z },
            },
        ),
        item(
            Group::Look,
            "Walk to the panel",
            A::WalkTo {
                to: Spot::LinePanel(l),
            },
        ),
        item(Group::Look, "Read alarms", A::ReadAlarms),
        item(Group::Look, "Line status", A::ReadLineStatus { line: l }),
        item(
            Group::Look,
            "Inspect zone",
            A::InspectZone { line: l, zone: z },
        ),
        item(Group::Look, "Thermal scan", A::ThermalScan { target }),
        item(
            Group::Measure,
            "Photo-eye output",
            A::Measure {
                point: TestPoint::PhotoEyeOutput { line: l, zone: z },
            },
        ),
        item(
            Group::Measure,
            "24 V roller supply",
            A::Measure {
                point: TestPoint::RollerSupply { line: l },
            },
        ),
        item(
            Group::MakeSafe,
            "Apply lockout",
            A::ApplyLockout { line: l },
        ),
        item(
            Group::MakeSafe,
            "Verify zero energy",
            A::VerifyZeroEnergy { line: l },
        ),
        item(Group::Repair, "Clear jam", A::ClearJam { line: l, zone: z }),
        item(
            Group::Repair,
            "Clean photo-eye",
            A::CleanPhotoEye { line: l, zone: z },
        ),
        item(
            Group::Repair,
            "Swap roller port",
            A::SwapRollerPort { line: l, zone: z },
        ),
        item(
            Group::Repair,
            "Replace MDR card",
            A::ReplaceRollerCard { line: l, zone: z },
        ),
        item(
            Group::CloseOut,
            "Remove lockout",
            A::RemoveLockout { line: l },
        ),
        item(
            Group::CloseOut,
            "Test cycle",
            A::RunTestCycle {
                target: ResolvedTarget::Line(l),
            },
        ),
    ]
}

fn line_menu(l: u16) -> Vec<Item> {
    let target = ResolvedTarget::Line(l);
    let mut items = vec![
        item(
            Group::Look,
            "Walk to the belt",
            A::WalkTo { to: Spot::Belt(l) },
        ),
        item(
            Group::Look,
            "Walk to the panel",
            A::WalkTo {
                to: Spot::LinePanel(l),
            },
        ),
        item(Group::Look, "Line status", A::ReadLineStatus { line: l }),
        item(Group::Look, "Inspect line", A::InspectLine { line: l }),
        item(Group::Look, "Thermal scan", A::ThermalScan { target }),
        item(
            Group::Measure,
            "Belt motor current",
            A::Measure {
                point: TestPoint::BeltMotorCurrent { line: l },
            },
        ),
        item(
            Group::Measure,
            "Belt insulation 500 V",
            A::Measure {
                point: TestPoint::BeltMotorInsulation { line: l },
            },
        ),
        item(
            Group::Measure,
            "VFD DC bus",
            A::Measure {
                point: TestPoint::VfdDcBus { line: l },
            },
        ),
        item(
            Group::MakeSafe,
            "Pull e-stop cord",
            A::EstopLine { line: l },
        ),
        item(
            Group::MakeSafe,
            "Apply lockout",
            A::ApplyLockout { line: l },
        ),
        item(
            Group::MakeSafe,
            "Verify zero energy",
            A::VerifyZeroEnergy { line: l },
        ),
    ];
    for device in 0..ESTOP_DEVICES_PER_LINE {
        let spot = Spot::EstopDevice { line: l, device };
        items.extend([
            item(
                Group::Look,
                format!("Walk to e-stop {device}"),
                A::WalkTo { to: spot },
            ),
            item(
                Group::Measure,
                format!("E-stop {device} contacts"),
                A::Measure {
                    point: TestPoint::EstopDevice { line: l, device },
                },
            ),
            item(
                Group::CloseOut,
                format!("Reset e-stop {device}"),
                A::ResetEstopDevice { line: l, device },
            ),
        ]);
    }
    items.extend([
        item(Group::Repair, "Free belt bind", A::FreeBeltBind { line: l }),
        item(
            Group::Repair,
            "Replace belt motor",
            A::ReplaceBeltMotor { line: l },
        ),
        item(
            Group::Repair,
            "Adjust belt tracking",
            A::AdjustBeltTracking { line: l },
        ),
        item(Group::CloseOut, "Reset VFD", A::ResetVfd { line: l }),
        item(
            Group::CloseOut,
            "Remove lockout",
            A::RemoveLockout { line: l },
        ),
        item(Group::CloseOut, "Test cycle", A::RunTestCycle { target }),
    ]);
    items
}

fn charger_menu(c: u16) -> Vec<Item> {
    let target = ResolvedTarget::Charger(c);
    vec![
        item(
            Group::Look,
            "Walk to it",
            A::WalkTo {
                to: Spot::Charger(c),
            },
        ),
        item(Group::Look, "Read alarms", A::ReadAlarms),
        item(Group::Look, "Thermal scan", A::ThermalScan { target }),
        item(
            Group::Measure,
            "Output at the pads",
            A::Measure {
                point: TestPoint::ChargerOutput { charger: c },
            },
        ),
        item(
            Group::MakeSafe,
            "Apply lockout",
            A::ApplyChargerLockout { charger: c },
        ),
        item(
            Group::Repair,
            "Clean pads",
            A::CleanChargerPads { charger: c },
        ),
        item(
            Group::CloseOut,
            "Remove lockout",
            A::RemoveChargerLockout { charger: c },
        ),
        item(Group::CloseOut, "Test cycle", A::RunTestCycle { target }),
    ]
}
