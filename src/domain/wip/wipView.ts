import { compareExceptions } from '../exceptions/types';
import type { MasterIndex } from '../master/masterIndex';
import type { Location } from '../master/types';
import type { TimeWindow } from '../util/window';
import type { WipLocationView, WipState, WipView } from './wipTypes';

const HOUR = 3_600_000;

/** Balances as folded; averages and throughput over `window` clipped at `nowMs`. */
export function wipView(state: WipState, index: MasterIndex, nowMs: number, window: TimeWindow, locationFilter?: (l: Location) => boolean): WipView {
  const w = { from: window.from, to: Math.min(window.to, nowMs) };
  const locations = index.master.locations
    .filter((l) => !l.retired && (locationFilter?.(l) ?? true))
    .map((l) => locationView(state, l, w));
  locations.sort((a, b) => Number(b.overLimit) - Number(a.overLimit) || (a.location < b.location ? -1 : 1));
  return {
    locations,
    overLimit: locations.filter((l) => l.overLimit).map((l) => l.location),
    exceptions: [...state.exceptions].sort(compareExceptions),
  };
}

function locationView(state: WipState, location: Location, w: TimeWindow): WipLocationView {
  const parts: Record<string, number> = {};
  let total = 0;
  for (const [part, qty] of [...(state.balances.get(location.id) ?? new Map<string, number>())].sort()) {
    parts[part] = qty;
    total += qty;
  }
  const hours = (w.to - w.from) / HOUR;
  const out = (state.outflow.get(location.id) ?? []).reduce((sum, [t, qty]) => (t >= w.from && t < w.to ? sum + qty : sum), 0);
  const avgWip = timeWeightedAverage(state.history.get(location.id) ?? [], w);
  const throughputPerHour = hours > 0 ? out / hours : 0;
  const limit = location.wipLimit ?? null;
  return {
    location: location.id,
    kind: location.kind,
    total,
    limit,
    overLimit: limit !== null && total > limit,
    parts,
    avgWip,
    throughputPerHour,
    leadTimeMin: throughputPerHour > 0 ? (avgWip / throughputPerHour) * 60 : null,
  };
}

/** ∫ total dt / window length, the total being a step function of the history (0 before the first change). */
export function timeWeightedAverage(history: readonly [number, number][], w: TimeWindow): number {
  const length = w.to - w.from;
  if (length <= 0) return 0;
  // History is in fold order; start at the last change before the window (binary search).
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((history[mid]?.[0] ?? 0) < w.from) lo = mid + 1;
    else hi = mid;
  }
  let level = history[lo - 1]?.[1] ?? 0;
  let cursor = w.from;
  let area = 0;
  for (let i = lo; i < history.length; i++) {
    const [t, total] = history[i] ?? [0, 0];
    if (t >= w.to) break;
    if (t > cursor) {
      area += level * (t - cursor);
      cursor = t;
    }
    level = total;
  }
  area += level * (w.to - cursor);
  return area / length;
}
