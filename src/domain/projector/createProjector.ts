import { compareEvents } from '../events/order';
import type { GembaEvent } from '../events/types';
import { applyEvent, emptyPlantState, type PlantState } from '../fold/plantFold';
import { eventTime, isFoldable } from '../fold/prepareEvents';
import { indexMaster } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import { plantViewOf, type PlantView } from '../report/plantView';
import { buildShiftReport, reportFromState, type ShiftReport, type ShiftReportOptions } from '../report/shiftReport';
import type { TimeWindow } from '../util/window';

export interface Projector {
  /** Adds events in any order; in-order arrivals cost O(added), late ones refold from the nearest checkpoint. */
  add(events: readonly unknown[]): void;
  view(nowMs: number, window?: TimeWindow): PlantView;
  report(options: ShiftReportOptions): ShiftReport;
  /** The folded log, in hlc order. */
  events(): readonly GembaEvent[];
  /** How many events were re-applied because of late arrivals (for diagnostics and tests). */
  stats(): { events: number; refolded: number; checkpoints: number };
}

interface Checkpoint {
  /** Number of log events folded into `state`. */
  applied: number;
  state: PlantState;
}

export interface ProjectorOptions {
  /** Events between state checkpoints; smaller = cheaper late arrivals, more memory. */
  checkpointEvery?: number;
  /** Checkpoints kept (oldest dropped); a late event older than all of them refolds from scratch. */
  maxCheckpoints?: number;
}

/** Incremental fold for the tablet: same result as projectPlant/buildShiftReport for the same events. */
export function createProjector(master: MasterData, options: ProjectorOptions = {}): Projector {
  const index = indexMaster(master);
  const every = options.checkpointEvery ?? 5_000;
  const maxCheckpoints = options.maxCheckpoints ?? 16;
  const log: GembaEvent[] = [];
  const ids = new Set<string>();
  let checkpoints: Checkpoint[] = [];
  let state = emptyPlantState();
  let refolded = 0;

  const applyFrom = (start: number) => {
    for (let i = start; i < log.length; i++) {
      const e = log[i];
      if (e) applyEvent(state, index, e);
      if ((i + 1) % every === 0 && !checkpoints.some((c) => c.applied === i + 1)) {
        checkpoints.push({ applied: i + 1, state: structuredClone(state) });
        if (checkpoints.length > maxCheckpoints) checkpoints.shift();
      }
    }
  };

  const insertLate = (batch: GembaEvent[]) => {
    const first = batch[0];
    if (!first) return;
    const position = lowerBound(log, first);
    checkpoints = checkpoints.filter((c) => c.applied <= position);
    const restore = checkpoints[checkpoints.length - 1];
    state = restore ? structuredClone(restore.state) : emptyPlantState();
    const start = restore?.applied ?? 0;
    const merged = mergeSorted(log.slice(position), batch);
    log.splice(position, log.length - position, ...merged);
    refolded += log.length - start - batch.length;
    applyFrom(start);
  };

  return {
    add(events) {
      const batch: GembaEvent[] = [];
      for (const e of events) {
        if (!isFoldable(e) || e.site !== master.site.id || ids.has(e._id)) continue;
        ids.add(e._id);
        batch.push(e);
      }
      if (batch.length === 0) return;
      batch.sort(compareEvents);
      const last = log[log.length - 1];
      const first = batch[0];
      if (!last || (first && compareEvents(last, first) < 0)) {
        const start = log.length;
        for (const e of batch) log.push(e);
        applyFrom(start);
      } else insertLate(batch);
    },
    view: (nowMs, window) => plantViewOf(state, index, nowMs, window),
    report(opts) {
      const until = Math.min(typeof opts.to === 'number' ? opts.to : Date.parse(opts.to), opts.nowMs);
      const last = log[log.length - 1];
      if (opts.site === master.site.id && (!last || eventTime(last) < until)) return reportFromState(state, index, opts);
      return buildShiftReport(master, log, opts);
    },
    events: () => log,
    stats: () => ({ events: log.length, refolded, checkpoints: checkpoints.length }),
  };
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
