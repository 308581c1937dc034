import { hlcWallMs } from '../clock/hlc';
import { compareEvents } from '../events/order';
import type { GembaEvent } from '../events/types';

/** Cheap structural check so a fold never throws on a malformed document (full schema checks are validateEvent's job). */
export function isFoldable(doc: unknown): doc is GembaEvent {
  if (typeof doc !== 'object' || doc === null) return false;
  const e = doc as Record<string, unknown>;
  return (
    typeof e._id === 'string' &&
    typeof e.type === 'string' &&
    typeof e.hlc === 'string' &&
    Number.isFinite(hlcWallMs(e.hlc)) &&
    typeof e.payload === 'object' &&
    e.payload !== null
  );
}

/**
 * Fold input: foldable events of the site, in hlc order, each event once. A duplicate is the same
 * `_id` with the same stamp (what sync re-delivers); after sorting, duplicates are neighbours, so no
 * id set is needed and any arrival order or duplication gives the same list.
 */
export function prepareEvents(events: readonly unknown[], site?: string): GembaEvent[] {
  const candidates: GembaEvent[] = [];
  let isInOrder = true;
  for (const e of events) {
    if (!isFoldable(e) || (site !== undefined && e.site !== site)) continue;
    const prev = candidates[candidates.length - 1];
    if (isInOrder && prev && compareEvents(prev, e) > 0) isInOrder = false;
    candidates.push(e);
  }
  if (!isInOrder) sortByStamp(candidates);
  // Drop neighbouring duplicates in place (no second 100k-element array).
  let kept = 0;
  for (const e of candidates) {
    const last = candidates[kept - 1];
    if (last && last._id === e._id && last.hlc === e.hlc) continue;
    candidates[kept++] = e;
  }
  candidates.length = kept;
  return candidates;
}

/**
 * compareEvents order, fast: a log arriving out of order (a fresh tablet, a server replay) is sorted
 * by packing (wall ms − min, position) into one float and using the native numeric sort; only events
 * sharing a millisecond are then compared as strings. Falls back to the comparator when the time
 * span is too wide to pack (years of log in one fold).
 */
function sortByStamp(events: GembaEvent[]): void {
  const n = events.length;
  const walls = new Float64Array(n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  events.forEach((e, i) => {
    const w = hlcWallMs(e.hlc);
    walls[i] = w;
    if (w < min) min = w;
    if (w > max) max = w;
  });
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  if ((max - min + 1) * scale > Number.MAX_SAFE_INTEGER) {
    events.sort(compareEvents);
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((walls[i] ?? 0) - min) * scale + i;
  keys.sort();
  const sorted = Array.from(keys, (k) => events[k % scale] as GembaEvent);
  sortTies(sorted, keys, scale);
  for (let i = 0; i < n; i++) events[i] = sorted[i] as GembaEvent;
}

/** Runs of events in the same millisecond get the full (hlc, _id) order. */
function sortTies(sorted: GembaEvent[], keys: Float64Array, scale: number): void {
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const isSameMs = i < sorted.length && Math.floor((keys[i] ?? 0) / scale) === Math.floor((keys[start] ?? 0) / scale);
    if (isSameMs) continue;
    if (i - start > 1) {
      const run = sorted.slice(start, i).sort(compareEvents);
      for (let k = 0; k < run.length; k++) sorted[start + k] = run[k] as GembaEvent;
    }
    start = i;
  }
}

export const eventTime = (e: { hlc: string }): number => hlcWallMs(e.hlc);
