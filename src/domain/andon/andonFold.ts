import type { EventOf, GembaEvent } from '../events/types';
import { exceptionOf } from '../exceptions/raise';
import { eventTime } from '../fold/prepareEvents';
import type { MasterIndex } from '../master/masterIndex';
import type { AndonCallState, AndonState } from './andonTypes';

type AndonEvent =
  | EventOf<'andon.raised'>
  | EventOf<'andon.acknowledged'>
  | EventOf<'andon.arrived'>
  | EventOf<'andon.resolved'>
  | EventOf<'andon.cancelled'>;

export const isAndonEvent = (e: GembaEvent): e is AndonEvent => e.type.startsWith('andon.');

export function emptyAndonState(): AndonState {
  return { calls: new Map(), exceptions: [] };
}

const isClosed = (c: AndonCallState): boolean => c.resolvedAt !== undefined || c.cancelledAt !== undefined;

/**
 * A lifecycle event may fold before its raise (a tablet that never saw the raise); the call record
 * is created anyway and completed when the raise arrives, so arrival order cannot change the result.
 */
export function applyAndon(state: AndonState, index: MasterIndex, e: AndonEvent): void {
  const id = typeof e.payload.andon === 'string' ? e.payload.andon : '';
  const t = eventTime(e);
  let call = state.calls.get(id);
  if (!call) {
    call = { andon: id, orphans: [] };
    state.calls.set(id, call);
  }
  if (e.type === 'andon.raised') {
    raise(state, index, call, e, t);
    return;
  }
  if (call.raisedAt === undefined) call.orphans.push({ eventId: e._id, hlc: e.hlc, at: t });
  if (isClosed(call)) {
    state.exceptions.push(exceptionOf(e, 'andon-already-closed', id));
    return;
  }
  if (e.type === 'andon.acknowledged') {
    call.acknowledgedAt ??= t;
    call.acknowledgedBy ??= e.actor;
  } else if (e.type === 'andon.arrived') {
    call.arrivedAt ??= t;
    call.arrivedBy ??= e.actor;
  } else if (e.type === 'andon.resolved') {
    call.resolvedAt = t;
    call.resolvedBy = e.actor;
    if (e.payload.note !== undefined) call.resolveNote = e.payload.note;
  } else call.cancelledAt = t;
}

function raise(state: AndonState, index: MasterIndex, call: AndonCallState, e: EventOf<'andon.raised'>, t: number): void {
  if (call.raisedAt !== undefined) {
    state.exceptions.push(exceptionOf(e, 'andon-raised-twice', call.andon));
    return;
  }
  const p = e.payload;
  if (!index.stations.has(p.station)) state.exceptions.push(exceptionOf(e, 'station-unknown', String(p.station)));
  call.raisedAt = t;
  call.raisedBy = e.actor;
  call.station = p.station;
  call.kind = p.kind;
  if (p.reason !== undefined) call.reason = p.reason;
  if (p.note !== undefined) call.note = p.note;
  call.orphans = [];
}
