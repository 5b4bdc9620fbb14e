//! What an action achieved, as data. The observation tells the trainee in words; the
//! outcome tells scoring, verification and review the same facts as fields, so nothing
//! downstream ever has to read the words: whether it was done or refused (and why),
//! which fault causes it removed, the part it fitted, how the equipment ran in a test
//! cycle, which locks it applied or removed.

use serde::{Deserialize, Serialize};

use crate::floor::Cell;

/// The outcome of one action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Why nothing happened, when the action was refused (it took no effect).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<Refusal>,
    /// What the action did, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Effect>,
}

/// Why an action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// The technician is not at the equipment.
    TooFar,
    /// The equipment or place does not exist on this floor.
    NoSuchEquipment,
    /// A catalogue or the instrument figures did not load.
    NoCatalogue,
    /// The work order's root cause is not one of the catalogue's for that equipment.
    NotACatalogueCause,
    /// There is no such hint (or hints are off, as in an exam).
    NoSuchHint,
    /// The action needs the unit powered (self-test, lowering the lift).
    NeedsPower,
    /// Floor work needs the cell inside a locked zone.
    NotInLockedZone,
    /// Nothing of that kind is locked to unlock.
    NothingLocked,
    /// The equipment cannot be tested that way.
    NothingToTest,
    /// The shift (or the attempt's time limit) ended before the action was done.
    ShiftEnded,
    /// The hint unlocks later in the shift.
    HintLocked,
    /// There is no such end-of-shift question or choice.
    NoSuchQuestion,
    /// The question was answered before: the first answer stands.
    AlreadyAnswered,
}

/// Energy isolation points a lock and tag can hang on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Isolation {
    /// A conveyor line's main disconnect.
    Line(u16),
    /// A charger's isolator.
    Charger(u16),
    /// A drive unit's battery connector.
    Unit(u32),
}

/// One thing an action did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// A repair removed this fault's cause.
    CauseRemoved {
        fault: String,
    },
    /// A repair found no cause to remove: nothing changed.
    NoChange,
    /// A part was fitted (needed or not), at this price.
    PartFitted {
        part: String,
        cost: f32,
    },
    /// A reading or a look that tells something (the observation holds what).
    Tested,
    /// A test cycle: how the equipment ran, and the alarms it raised meanwhile.
    TestRun {
        run: TestRun,
        alarms: u32,
    },
    /// The alarm list was read: this many active.
    AlarmsRead {
        active: u32,
    },
    /// Cells locked or unlocked in the management system (a rectangle, corners inclusive).
    ZoneLocked {
        from: Cell,
        to: Cell,
    },
    ZoneUnlocked {
        from: Cell,
        to: Cell,
    },
    /// A lock and tag hung on an isolation point, or taken off.
    LockoutApplied {
        on: Isolation,
    },
    LockoutRemoved {
        on: Isolation,
    },
    /// Zero energy proven at an isolation point (a unit: its controller bus).
    ZeroEnergyProven {
        on: Isolation,
    },
    /// A unit powered down, e-stopped, or its lift lowered (made safe).
    UnitMadeSafe {
        unit: u32,
    },
    /// A unit reconnected, powered up and released to the planner.
    UnitReleased {
        unit: u32,
    },
    /// A drive's latched faults cleared from the service menu, or a VFD reset (not a repair).
    Reset,
    /// A work order accepted into the maintenance system.
    WorkOrderFiled,
    /// A hint shown (its cost is charged once).
    HintShown {
        index: u32,
    },
    /// An end-of-shift question answered with this choice.
    Answered {
        question: u32,
        choice: u32,
    },
    /// The technician walked this far, ending inside the fenced field or not.
    Walked {
        metres: f32,
        in_field: bool,
    },
    /// The tracked vest put on or taken off.
    Vest {
        on: bool,
    },
    /// An e-stop device jumpered out of its chain: the safety function defeated.
    SafetyBypassed {
        line: u16,
        device: u32,
    },
}

/// How equipment ran during a test cycle.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestRun {
    /// A unit back at work drove this many cells (and was lost or not at the end), and
    /// gained this much charge (a unit sent to charge shows its pack and charger working).
    Drove {
        cells: u64,
        lost: bool,
        #[serde(default)]
        charged_pct: f32,
    },
    /// Test totes put on a line, how many reached its end, how many wait at the induct.
    Delivered {
        added: u64,
        delivered: u64,
        waiting: u64,
    },
    /// A charger into its test load: the current it delivered and its rated current, A.
    Charged { amps: f32, rated_amps: f32 },
    /// A test unit driven over a sticker: passes and successful reads.
    Read { passes: u32, reads: u32 },
}

impl TestRun {
    /// Whether the run shows the equipment working.
    pub fn working(&self, min_cells: u64) -> bool {
        match *self {
            TestRun::Drove {
                cells,
                lost,
                charged_pct,
            } => !lost && (cells >= min_cells || charged_pct >= 0.5),
            TestRun::Delivered {
                added, delivered, ..
            } => added > 0 && delivered >= added,
            TestRun::Charged { amps, rated_amps } => rated_amps > 0.0 && amps >= 0.9 * rated_amps,
            TestRun::Read { passes, reads } => passes > 0 && reads == passes,
        }
    }
}

impl Outcome {
    pub fn refused(why: Refusal) -> Self {
        Self {
            refused: Some(why),
            effects: Vec::new(),
        }
    }

    pub fn done(effects: Vec<Effect>) -> Self {
        Self {
            refused: None,
            effects,
        }
    }

    /// Whether the action took effect (was not refused).
    pub fn is_done(&self) -> bool {
        self.refused.is_none()
    }

    pub fn has(&self, wanted: impl Fn(&Effect) -> bool) -> bool {
        self.effects.iter().any(wanted)
    }
}

/// An observation with its outcome: what the trainee saw and what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Observed {
    pub text: String,
    pub outcome: Outcome,
}

impl Observed {
    /// Done, with these effects.
    pub fn done(text: impl Into<String>, effects: Vec<Effect>) -> Self {
        Self {
            text: text.into(),
            outcome: Outcome::done(effects),
        }
    }

    /// Refused: nothing happened.
    pub fn refused(text: impl Into<String>, why: Refusal) -> Self {
        Self {
            text: text.into(),
            outcome: Outcome::refused(why),
        }
    }

    /// A reading or look that told the trainee something.
    pub fn tested(text: impl Into<String>) -> Self {
        Self::done(text, vec![Effect::Tested])
    }

    /// Adds an effect (when the action was done).
    pub fn with(mut self, effect: Effect) -> Self {
        if self.outcome.is_done() {
            self.outcome.effects.push(effect);
        }
        self
    }
}
