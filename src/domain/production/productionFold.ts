import type { EventOf, GembaEvent } from '../events/types';
import { exceptionOf } from '../exceptions/raise';
import { eventTime } from '../fold/prepareEvents';
import type { MasterIndex } from '../master/masterIndex';
import type { ProductionReport, ProductionState } from './productionTypes';

type ProductionEvent = EventOf<'production.reported'> | EventOf<'production.corrected'>;

export const isProductionEvent = (e: GembaEvent): e is ProductionEvent =>
  e.type === 'production.reported' || e.type === 'production.corrected';

export function emptyProductionState(): ProductionState {
  return { reports: new Map(), corrections: new Map(), correctionTargets: new Map(), exceptions: [] };
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);

export function applyProduction(state: ProductionState, index: MasterIndex, e: ProductionEvent): void {
  const t = eventTime(e);
  if (e.type === 'production.corrected') {
    // A correction of a correction corrects the same report; the latest in hlc order wins.
    const target = state.correctionTargets.get(e.payload.corrects) ?? e.payload.corrects;
    state.correctionTargets.set(e._id, target);
    state.corrections.set(target, {
      eventId: e._id,
      hlc: e.hlc,
      at: t,
      good: count(e.payload.good),
      scrap: count(e.payload.scrap),
      ...(e.payload.scrapReason === undefined ? {} : { scrapReason: e.payload.scrapReason }),
    });
    return;
  }
  const p = e.payload;
  if (!index.stations.has(p.station)) {
    state.exceptions.push(exceptionOf(e, 'station-unknown', String(p.station)));
    return;
  }
  if (!index.parts.has(p.part)) state.exceptions.push(exceptionOf(e, 'part-unknown', String(p.part)));
  // Hot path (half of a plant's events): plain assignments, no spreads.
  const report: ProductionReport = { id: e._id, station: p.station, part: p.part, at: t, actor: e.actor, good: count(p.good), scrap: count(p.scrap) };
  if (p.scrapReason !== undefined) report.scrapReason = p.scrapReason;
  if (p.workOrder !== undefined) report.workOrder = p.workOrder;
  state.reports.set(e._id, report);
}
