import { compareEvents } from '../events/order';
import type { GembaEvent } from '../events/types';
import { applyEvent, emptyPlantState, foldPlant } from '../fold/plantFold';
import { eventTime, prepareEvents } from '../fold/prepareEvents';
import { indexMaster } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import { plantViewOf, type PlantView } from '../report/plantView';
import { buildShiftReport, reportFromState, type ShiftReport, type ShiftReportOptions } from '../report/shiftReport';
import type { TimeWindow } from '../util/window';

export interface Projector {
  /** Adds events in any order and any batch size; an event already folded (same `_id` and stamp) is ignored. */
  add(events: readonly unknown[]): void;
  view(nowMs: number, window?: TimeWindow): PlantView;
  report(options: ShiftReportOptions): ShiftReport;
  /** The folded log, in hlc order. */
  events(): readonly GembaEvent[];
  /** Diagnostics: log size and how many full refolds late events have cost. */
  stats(): { events: number; refolds: number };
}

/**
 * Incremental fold for the tablet; always equal to projectPlant / buildShiftReport over the same events.
 * Events newer than the log's last stamp (the normal case) are applied at once: O(events added).
 * An older event is inserted in place and marks the state stale; the next read refolds the log once,
 * so a sync burst of late events costs one refold, not one per event. (Checkpointed state was tried:
 * cloning a 100k-event state cost more than refolding it, see bench/fold.ts.)
 */
export function createProjector(master: MasterData): Projector {
  const index = indexMaster(master);
  const log: GembaEvent[] = [];
  let state = emptyPlantState();
  let isStale = false;
  let refolds = 0;

  const fresh = () => {
    if (isStale) {
      state = foldPlant(index, log);
      isStale = false;
      refolds += 1;
    }
    return state;
  };

  return {
    add(events) {
      const batch = prepareEvents(events, master.site.id).filter((e) => !contains(log, e));
      if (batch.length === 0) return;
      const last = log[log.length - 1];
      const first = batch[0];
      if (first && last && compareEvents(last, first) > 0) {
        const position = lowerBound(log, first);
        log.splice(position, log.length - position, ...mergeSorted(log.slice(position), batch));
        isStale = true;
        return;
      }
      for (const e of batch) {
        log.push(e);
        if (!isStale) applyEvent(state, index, e);
      }
    },
    view: (nowMs, window) => plantViewOf(fresh(), index, nowMs, window),
    report(opts) {
      const until = Math.min(typeof opts.to === 'number' ? opts.to : Date.parse(opts.to), opts.nowMs);
      const last = log[log.length - 1];
      if (opts.site === master.site.id && (!last || eventTime(last) < until)) return reportFromState(fresh(), index, opts);
      return buildShiftReport(master, log, opts);
    },
    events: () => log,
    stats: () => ({ events: log.length, refolds }),
  };
}

/** Binary search: is this exact event (id and stamp) already in the log? */
function contains(log: readonly GembaEvent[], e: GembaEvent): boolean {
  const found = log[lowerBound(log, e)];
  return found !== undefined && compareEvents(found, e) === 0;
}

function lowerBound(log: readonly GembaEvent[], e: GembaEvent): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = log[mid];
    if (m && compareEvents(m, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted(a: readonly GembaEvent[], b: readonly GembaEvent[]): GembaEvent[] {
  const out: GembaEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || compareEvents(x, y) <= 0)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}
