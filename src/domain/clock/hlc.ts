/**
 * Hybrid logical clock (Kulkarni et al.): a stamp that never goes backwards on a device, moves
 * past every stamp the device has seen, and stays close to wall time. Stamps are strings whose
 * plain lexicographic order is the fold order, so storage indexes (RxDB, SQLite) sort them for free.
 *
 * Format: `<wall ms, 15 digits>.<counter, 6 digits>.<device id>`.
 */
export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

export interface HlcClock {
  /** Stamp for a new local event. */
  tick(): string;
  /** Merge a stamp seen on another device; returns false when it was ignored (unparseable or too far ahead). */
  receive(remote: string): boolean;
  /** Physical wall time (ms) read at the last tick: the event's `at`. */
  wallMs(): number;
  /** The newest stamp this clock has issued or merged. */
  last(): Hlc;
}

export interface HlcOptions {
  /** A remote wall time further ahead of our physical clock than this is not adopted. */
  maxDriftMs?: number;
}

export const HLC_WALL_DIGITS = 15;
export const HLC_COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** HLC_COUNTER_DIGITS - 1;
export const DEFAULT_MAX_DRIFT_MS = 60 * 60 * 1000;

const pattern = /^(\d{15})\.(\d{6})\.(.+)$/;

export function formatHlc(hlc: Hlc): string {
  const wall = String(Math.max(0, Math.floor(hlc.wall))).padStart(HLC_WALL_DIGITS, '0');
  const counter = String(hlc.counter).padStart(HLC_COUNTER_DIGITS, '0');
  return `${wall}.${counter}.${hlc.device}`;
}

export function parseHlc(stamp: string): Hlc | null {
  const match = pattern.exec(stamp);
  if (!match) return null;
  return { wall: Number(match[1]), counter: Number(match[2]), device: match[3] ?? '' };
}

/**
 * Wall ms of a stamp without a full parse; NaN when malformed. Every fold calls this per event, so it
 * reads digits in place instead of allocating a substring.
 */
export function hlcWallMs(stamp: string): number {
  if (stamp.length <= HLC_WALL_DIGITS) return Number.NaN;
  let wall = 0;
  for (let i = 0; i < HLC_WALL_DIGITS; i++) {
    const digit = stamp.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    wall = wall * 10 + digit;
  }
  return wall;
}

/** Fixed-width fields make string order equal (wall, counter, device) order. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createHlcClock(device: string, now: () => number, options: HlcOptions = {}): HlcClock {
  const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  let wall = 0;
  let counter = 0;
  let physicalAtTick = now();

  // Counter overflow borrows a millisecond instead of failing: order is kept, drift is ≤ 1 ms.
  const bump = (): void => {
    if (counter < MAX_COUNTER) counter += 1;
    else {
      wall += 1;
      counter = 0;
    }
  };

  return {
    tick() {
      physicalAtTick = now();
      if (physicalAtTick > wall) {
        wall = physicalAtTick;
        counter = 0;
      } else bump();
      return formatHlc({ wall, counter, device });
    },
    receive(remote) {
      const parsed = parseHlc(remote);
      if (!parsed) return false;
      const physical = now();
      if (parsed.wall > physical + maxDriftMs) return false;
      if (parsed.wall > wall) {
        wall = parsed.wall;
        counter = parsed.counter;
      } else if (parsed.wall === wall) counter = Math.max(counter, parsed.counter);
      else return true;
      bump();
      return true;
    },
    wallMs: () => physicalAtTick,
    last: () => ({ wall, counter, device }),
  };
}
