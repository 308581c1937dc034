import type { MasterData, Shift } from '../master/types';
import type { TimeWindow } from './window';
import { localParts, parseLocalTime, zonedToUtcMs } from './zonedTime';

const DAY = 86_400_000;

/** The occurrence of `shift` that contains instant `t`, or null (shifts crossing midnight included). */
export function shiftWindowAt(shift: Shift, t: number): TimeWindow | null {
  const start = parseLocalTime(shift.start);
  const end = parseLocalTime(shift.end);
  if (start === null || end === null) return null;
  const local = localParts(t, shift.timeZone);
  for (const dayOffset of [0, -1]) {
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + dayOffset));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const from = zonedToUtcMs(y, m, d, start, shift.timeZone);
    const to = zonedToUtcMs(y, m, d + (end <= start ? 1 : 0), end, shift.timeZone);
    if (t >= from && t < to) return { from, to };
  }
  return null;
}

export interface ShiftOccurrence {
  shift: Shift;
  window: TimeWindow;
}

/** The active (non-retired) shift running at `t`; the first by id when shifts overlap. */
export function shiftAt(master: MasterData, t: number): ShiftOccurrence | null {
  const shifts = master.shifts.filter((s) => !s.retired).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const shift of shifts) {
    const window = shiftWindowAt(shift, t);
    if (window) return { shift, window };
  }
  return null;
}

/** A default window for live views: the current shift, or the 8 hours up to `t`. */
export function currentWindow(master: MasterData, t: number): TimeWindow {
  return shiftAt(master, t)?.window ?? { from: t - DAY / 3, to: t };
}
