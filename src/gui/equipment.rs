//! The equipment behind an entity, and where a technician stands to work on it: what
//! the panels, the camera and the floor's visuals share to turn a selection into a
//! target and a spot into a place.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use crate::conveyor::{BeltSection, ConveyorLine, ConveyorParams, ConveyorRoster, MdrZone};
use crate::fleet::{Charger, DriveUnit, FleetRoster, Pose};
use crate::floor::FloorGrid;
use crate::scenario::ResolvedTarget;
use crate::trainee::{Spot, fixed_spot, line_spot};

#[derive(SystemParam)]
pub(super) struct Equipment<'w, 's> {
    pub grid: Res<'w, FloorGrid>,
    pub params: Res<'w, ConveyorParams>,
    pub roster: Res<'w, FleetRoster>,
    pub conveyors: Res<'w, ConveyorRoster>,
    units: Query<'w, 's, (&'static DriveUnit, &'static Pose)>,
    zones: Query<'w, 's, &'static MdrZone>,
    belts: Query<'w, 's, &'static BeltSection>,
    lines: Query<'w, 's, &'static ConveyorLine>,
    chargers: Query<'w, 's, (Entity, &'static Charger)>,
    panels: Query<'w, 's, &'static super::line_model::LinePanel>,
    tiles: Query<'w, 's, (Entity, &'static super::scene::FloorTile)>,
}

impl Equipment<'_, '_> {
    /// The equipment an entity is, as actions and work orders name it.
    pub fn target(&self, entity: Entity) -> Option<ResolvedTarget> {
        if let Ok((unit, _)) = self.units.get(entity) {
            return Some(ResolvedTarget::Unit(unit.id));
        }
        if let Ok(zone) = self.zones.get(entity) {
            return Some(ResolvedTarget::Zone {
                line: zone.line,
                zone: zone.index,
            });
        }
        if let Ok(belt) = self.belts.get(entity) {
            return Some(ResolvedTarget::Line(belt.line));
        }
        if let Ok(panel) = self.panels.get(entity) {
            return Some(ResolvedTarget::Line(panel.0));
        }
        if let Ok((_, tile)) = self.tiles.get(entity) {
            return Some(ResolvedTarget::Cell(tile.0));
        }
        self.chargers
            .get(entity)
            .ok()
            .map(|(_, c)| ResolvedTarget::Charger(c.id))
    }

    /// The entity that stands for a piece of equipment (a line: its belt).
    pub fn entity(&self, target: ResolvedTarget) -> Option<Entity> {
        match target {
            ResolvedTarget::Unit(u) => self.roster.units.get(u as usize).copied(),
            ResolvedTarget::Zone { line, zone } => {
                self.line(line)?.zones.get(zone as usize).copied()
            }
            ResolvedTarget::Line(line) => Some(self.line(line)?.belt),
            ResolvedTarget::Charger(id) => self
                .chargers
                .iter()
                .find(|(_, c)| c.id == id)
                .map(|(e, _)| e),
            ResolvedTarget::Cell(cell) => {
                self.tiles.iter().find(|(_, t)| t.0 == cell).map(|(e, _)| e)
            }
        }
    }

    pub fn line(&self, id: u16) -> Option<&ConveyorLine> {
        self.conveyors
            .lines
            .get(id as usize)
            .and_then(|&e| self.lines.get(e).ok())
    }

    /// A line's belt length, metres.
    pub fn belt_length(&self, line: u16) -> Option<f32> {
        Some(self.belts.get(self.line(line)?.belt).ok()?.length_m)
    }

    /// Where the technician stands for a spot (the same places the actions use).
    pub fn spot_position(&self, spot: Spot) -> Option<Vec2> {
        let line_id = match spot {
            Spot::Unit(u) => {
                let &entity = self.roster.units.get(u as usize)?;
                let (_, pose) = self.units.get(entity).ok()?;
                return Some(pose.position + Vec2::new(0.0, -0.4));
            }
            Spot::Zone { line, .. } | Spot::EstopDevice { line, .. } => line,
            Spot::LinePanel(line) | Spot::Belt(line) => line,
            other => return fixed_spot(&self.grid, other),
        };
        let line = self.line(line_id)?;
        line_spot(
            line,
            self.belts.get(line.belt).ok(),
            &self.params.spec,
            spot,
        )
    }
}
