//! Alarms and fault codes as a technician sees them: raised and cleared by the
//! equipment itself, timestamped in sim time, kept in a log and sent as messages.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use serde::Serialize;

/// The equipment that raised an alarm.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
pub enum AlarmSource {
    Unit(u32),
    Charger(u16),
    Cell(i32, i32),
    Zone { line: u16, zone: u32 },
    Line(u16),
}

impl AlarmSource {
    pub fn describe(&self) -> String {
        match self {
            AlarmSource::Unit(u) => format!("DU-{u:03}"),
            AlarmSource::Charger(c) => format!("charger C{c}"),
            AlarmSource::Cell(x, y) => format!("cell ({x}, {y})"),
            AlarmSource::Zone { line, zone } => format!("line {line} zone {zone}"),
            AlarmSource::Line(l) => format!("line {l}"),
        }
    }
}

/// The codes the floor's controllers report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
pub enum AlarmCode {
    /// Drive unit no longer trusts its position and has stopped.
    UnitLost,
    MotorOvercurrent,
    MotorStall,
    HallSensorError,
    ObstacleDetected,
    LinkLost,
    LiftTimeout,
    /// BMS: pack voltage collapsed under load and the unit reset.
    PackUndervoltage,
    /// BMS: cell voltages too far apart; charging inhibited.
    CellImbalance,
    /// BMS: pack too hot; charging inhibited.
    PackOverTemperature,
    /// Docked, but the state of charge is not rising.
    ChargeTimeout,
    /// A fiducial was passed without being read.
    FiducialMissed,
    /// A zone's photo-eye stayed blocked while its rollers ran.
    ZoneJam,
    /// A zone's roller motor or controller card does not respond.
    ZoneMotorFault,
    /// A VFD trip (the code is in the message).
    VfdTrip,
    /// The line's safety relay is open (e-stop chain).
    SafetyRelayOpen,
}

impl AlarmCode {
    /// Short code as shown on the HMI.
    pub fn tag(&self) -> &'static str {
        match self {
            AlarmCode::UnitLost => "LOST",
            AlarmCode::MotorOvercurrent => "OVERCURRENT",
            AlarmCode::MotorStall => "STALL",
            AlarmCode::HallSensorError => "HALL-ERR",
            AlarmCode::ObstacleDetected => "OBSTACLE",
            AlarmCode::LinkLost => "LINK-LOST",
            AlarmCode::LiftTimeout => "LIFT-TIMEOUT",
            AlarmCode::PackUndervoltage => "BMS-UV",
            AlarmCode::CellImbalance => "BMS-IMBAL",
            AlarmCode::PackOverTemperature => "BMS-OT",
            AlarmCode::ChargeTimeout => "CHG-TIMEOUT",
            AlarmCode::FiducialMissed => "FID-MISS",
            AlarmCode::ZoneJam => "JAM",
            AlarmCode::ZoneMotorFault => "MDR-FAULT",
            AlarmCode::VfdTrip => "VFD",
            AlarmCode::SafetyRelayOpen => "SAFETY-OPEN",
        }
    }
}

/// One alarm occurrence.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Alarm {
    pub source: AlarmSource,
    pub code: AlarmCode,
    pub message: String,
    pub raised_tick: u64,
    pub cleared_tick: Option<u64>,
}

/// Sent when an alarm is raised or clears (the sim's event stream).
#[derive(Message, Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub enum AlarmEvent {
    Raised(Alarm),
    Cleared {
        source: AlarmSource,
        code: AlarmCode,
        tick: u64,
    },
}

/// Every alarm so far, in the order raised.
#[derive(Resource, Debug, Default, Clone)]
pub struct AlarmLog {
    pub alarms: Vec<Alarm>,
    /// Bevy's map (a fixed, fast hash): `set` looks up every alarm condition of every
    /// piece of equipment each tick, and std's SipHash was a few per cent of a tick.
    /// Never iterated, so the hash order cannot reach the log.
    active: HashMap<(AlarmSource, AlarmCode), usize>,
    pending: Vec<AlarmEvent>,
}

impl AlarmLog {
    /// Raises the alarm on a rising edge of `condition`, clears it on a falling edge.
    pub fn set(
        &mut self,
        tick: u64,
        source: AlarmSource,
        code: AlarmCode,
        condition: bool,
        message: impl FnOnce() -> String,
    ) {
        if !condition && self.active.is_empty() {
            return;
        }
        let key = (source, code);
        match (condition, self.active.get(&key).copied()) {
            (true, None) => self.raise(tick, source, code, message()),
            (false, Some(index)) => {
                self.alarms[index].cleared_tick = Some(tick);
                self.active.remove(&key);
                self.pending
                    .push(AlarmEvent::Cleared { source, code, tick });
            }
            _ => {}
        }
    }

    /// Records a momentary event (raised and cleared at once), e.g. a missed fiducial.
    pub fn event(&mut self, tick: u64, source: AlarmSource, code: AlarmCode, message: String) {
        let alarm = Alarm {
            source,
            code,
            message,
            raised_tick: tick,
            cleared_tick: Some(tick),
        };
        self.pending.push(AlarmEvent::Raised(alarm.clone()));
        self.alarms.push(alarm);
    }

    fn raise(&mut self, tick: u64, source: AlarmSource, code: AlarmCode, message: String) {
        let alarm = Alarm {
            source,
            code,
            message,
            raised_tick: tick,
            cleared_tick: None,
        };
        self.active.insert((source, code), self.alarms.len());
        self.pending.push(AlarmEvent::Raised(alarm.clone()));
        self.alarms.push(alarm);
    }

    pub fn is_active(&self, source: AlarmSource, code: AlarmCode) -> bool {
        self.active.contains_key(&(source, code))
    }

    /// Alarms still active, oldest first.
    pub fn active(&self) -> impl Iterator<Item = &Alarm> {
        self.alarms.iter().filter(|a| a.cleared_tick.is_none())
    }

    /// The first time `code` was raised by `source`, if ever.
    pub fn first_raised(&self, source: AlarmSource, code: AlarmCode) -> Option<u64> {
        self.alarms
            .iter()
            .find(|a| a.source == source && a.code == code)
            .map(|a| a.raised_tick)
    }

    /// Every alarm with this code, from any source.
    pub fn with_code(&self, code: AlarmCode) -> impl Iterator<Item = &Alarm> {
        self.alarms.iter().filter(move |a| a.code == code)
    }
}

/// The system that turns the log's new entries into [`AlarmEvent`] messages.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct AlarmPublish;

pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<AlarmLog>()
        .add_message::<AlarmEvent>()
        .add_systems(
            FixedUpdate,
            publish_alarm_events
                .in_set(crate::sim::SimSet::Publish)
                .in_set(AlarmPublish),
        );
}

fn publish_alarm_events(mut log: ResMut<AlarmLog>, mut events: MessageWriter<AlarmEvent>) {
    for event in log.pending.drain(..) {
        events.write(event);
    }
}
