import { shiftAt, type MasterData, type MasterPart } from '../../domain';

/** Scrap reasons offered on the tablet (master data has none yet); ids are stored, words come from i18n. */
export const scrapReasons = ['dimension', 'surface', 'material', 'setup', 'handling', 'other'] as const;
export type ScrapReason = (typeof scrapReasons)[number];

/**
 * Parts an operator can report at a station, most likely first: the parts planned for the station
 * in the running shift, then the parts its kanban loops deliver to it, then every other part.
 */
export function partsForStation(master: MasterData, station: string, nowMs: number): { planned: MasterPart[]; others: MasterPart[] } {
  const shift = shiftAt(master, nowMs)?.shift.id;
  const live = master.parts.filter((p) => !p.retired);
  const plannedIds = new Set(master.plans.filter((p) => !p.retired && p.station === station && p.shift === shift && p.part).map((p) => p.part));
  const stationLocations = new Set(master.locations.filter((l) => l.station === station).map((l) => l.id));
  const loopIds = new Set(master.loops.filter((l) => !l.retired && stationLocations.has(l.to)).map((l) => l.part));
  const ids = plannedIds.size > 0 ? plannedIds : loopIds;
  return { planned: live.filter((p) => ids.has(p.id)), others: live.filter((p) => !ids.has(p.id)) };
}
