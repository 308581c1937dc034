import type { EventOf, GembaEvent } from '../events/types';
import { exceptionOf } from '../exceptions/raise';
import { eventTime } from '../fold/prepareEvents';
import type { MasterIndex } from '../master/masterIndex';
import type { WipState } from './wipTypes';

type WipEvent = EventOf<'wip.moved'> | EventOf<'wip.counted'>;

export const isWipEvent = (e: GembaEvent): e is WipEvent => e.type === 'wip.moved' || e.type === 'wip.counted';

export function emptyWipState(): WipState {
  return { balances: new Map(), history: new Map(), outflow: new Map(), exceptions: [] };
}

const quantity = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/** Checks references first; an event naming an unknown location or part changes nothing. */
export function applyWip(state: WipState, index: MasterIndex, e: WipEvent): void {
  const p = e.payload;
  const locations = e.type === 'wip.moved' ? [e.payload.from, e.payload.to] : [e.payload.location];
  const unknown = locations.filter((l) => !index.locations.has(l));
  for (const l of unknown) state.exceptions.push(exceptionOf(e, 'location-unknown', String(l)));
  if (!index.parts.has(p.part)) state.exceptions.push(exceptionOf(e, 'part-unknown', String(p.part)));
  const qty = quantity(p.qty);
  if (qty === null) state.exceptions.push(exceptionOf(e, 'event-malformed', e.type));
  if (unknown.length > 0 || !index.parts.has(p.part) || qty === null) return;
  const t = eventTime(e);
  if (e.type === 'wip.counted') {
    setBalance(state, e.payload.location, p.part, qty, t);
    return;
  }
  const after = balance(state, e.payload.from, p.part) - qty;
  setBalance(state, e.payload.from, p.part, after, t);
  if (after < 0) state.exceptions.push(exceptionOf(e, 'wip-negative', e.payload.from, p.part));
  setBalance(state, e.payload.to, p.part, balance(state, e.payload.to, p.part) + qty, t);
  push(state.outflow, e.payload.from, [t, qty]);
}

const balance = (state: WipState, location: string, part: string): number => state.balances.get(location)?.get(part) ?? 0;

function setBalance(state: WipState, location: string, part: string, qty: number, t: number): void {
  let parts = state.balances.get(location);
  if (!parts) {
    parts = new Map();
    state.balances.set(location, parts);
  }
  parts.set(part, qty);
  let total = 0;
  for (const q of parts.values()) total += q;
  push(state.history, location, [t, total]);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
