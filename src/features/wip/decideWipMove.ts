import type { MasterData, WipState } from '../../domain';
import type { ScanOutcome } from '../scanOutcome';
import { wipLimitMode } from './wipLimitMode';

export interface WipMoveDraft {
  from: string;
  to: string;
  part: string;
  qty: number;
  lot: string;
}

export type WipDecision =
  | { action: 'refuse'; outcome: ScanOutcome }
  /** Over the limit in warn mode: the person must confirm before anything is recorded. */
  | { action: 'confirm'; outcome: ScanOutcome }
  | { action: 'record'; outcome: ScanOutcome };

export const locationTotal = (state: WipState, location: string): number =>
  [...(state.balances.get(location)?.values() ?? [])].reduce((sum, q) => sum + q, 0);

export const partBalance = (state: WipState, location: string, part: string): number => state.balances.get(location)?.get(part) ?? 0;

/**
 * Decides a WIP move before anything is written. Over the destination's limit it blocks or asks
 * for confirmation per the site setting; taking more than the source is known to hold is recorded
 * and flagged (the count may be stale), never refused.
 */
export function decideWipMove(draft: WipMoveDraft, master: MasterData, state: WipState, isConfirmed: boolean): WipDecision {
  const refuse = (key: string, values: Record<string, string | number> = {}): WipDecision => ({ action: 'refuse', outcome: { kind: 'error', key, values } });
  const name = (id: string) => master.locations.find((l) => l.id === id)?.name ?? id;
  if (!draft.from || !draft.to || !draft.part) return refuse('wip.incomplete');
  if (draft.from === draft.to) return refuse('wip.sameLocation', { location: name(draft.from) });
  if (draft.qty <= 0) return refuse('wip.qtyNeeded');
  const limit = master.locations.find((l) => l.id === draft.to)?.wipLimit;
  const after = locationTotal(state, draft.to) + draft.qty;
  const values = { qty: draft.qty, part: draft.part, from: name(draft.from), to: name(draft.to), after, limit: limit ?? '' };
  if (limit !== undefined && after > limit) {
    if (wipLimitMode(master) === 'block') return refuse('wip.blocked', values);
    if (!isConfirmed) return { action: 'confirm', outcome: { kind: 'warning', key: 'wip.confirmOverLimit', values } };
    return { action: 'record', outcome: { kind: 'warning', key: 'wip.movedOverLimit', values } };
  }
  // Only when this tablet knows the source's stock (it was counted or moved into): an uncounted
  // location has no book balance to contradict.
  const available = partBalance(state, draft.from, draft.part);
  if (state.balances.has(draft.from) && available < draft.qty) return { action: 'record', outcome: { kind: 'warning', key: 'wip.movedMoreThanHeld', values: { ...values, available } } };
  return { action: 'record', outcome: { kind: 'success', key: 'wip.moved', values } };
}
