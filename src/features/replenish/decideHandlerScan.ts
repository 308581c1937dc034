import type { KanbanView, MasterData } from '../../domain';
import type { ScanOutcome } from '../scanOutcome';
import { wrongKind, type ScanSubject } from '../scan/routeScan';
import type { HandlerContext } from './handlerContext';

/** What a handler's scan means, given where they are and what they hold. Pure: decided before writing. */
export type HandlerDecision =
  | { action: 'pick'; card: string; outcome: ScanOutcome }
  | { action: 'deliver'; card: string; location: string; outcome: ScanOutcome }
  | { action: 'select-card'; card: string }
  | { action: 'select-location'; location: string }
  | { action: 'refuse'; outcome: ScanOutcome };

function partLabel(master: MasterData, card: string): string {
  const loop = master.loops.find((l) => l.id === master.cards.find((c) => c.id === card)?.loop);
  const part = master.parts.find((p) => p.id === loop?.part);
  return part ? `${part.id} ${part.name}` : (loop?.part ?? '');
}

function deliver(card: string, location: string, master: MasterData, kanban: KanbanView): HandlerDecision {
  const expected = master.loops.find((l) => l.id === master.cards.find((c) => c.id === card)?.loop)?.to;
  const name = (id: string) => master.locations.find((l) => l.id === id)?.name ?? id;
  const state = kanban.cards[card]?.state ?? 'full';
  const values = { card, location: name(location), expected: expected ? name(expected) : '', part: partLabel(master, card) };
  // Odd deliveries are recorded and flagged for the leader (the container did arrive), never refused.
  const key =
    state === 'full' ? 'replenish.deliveredNotPulled' : expected !== undefined && expected !== location ? 'replenish.deliveredWrongLocation' : 'replenish.delivered';
  return { action: 'deliver', card, location, outcome: { kind: key === 'replenish.delivered' ? 'success' : 'warning', key, values } };
}

export function decideHandlerScan(subject: ScanSubject, ctx: HandlerContext, master: MasterData, kanban: KanbanView): HandlerDecision {
  if (subject.kind === 'location') {
    if (ctx.card && subject.location.kind !== 'supermarket') return deliver(ctx.card.id, subject.location.id, master, kanban);
    return { action: 'select-location', location: subject.location.id };
  }
  if (subject.kind !== 'card') return { action: 'refuse', outcome: wrongKind(subject, 'cardOrLocation') };
  const card = subject.card.id;
  const atLocation = ctx.location ? master.locations.find((l) => l.id === ctx.location?.id) : undefined;
  if (atLocation && atLocation.kind !== 'supermarket') return deliver(card, atLocation.id, master, kanban);
  const state = kanban.cards[card]?.state ?? 'full';
  if (state === 'picked') return { action: 'select-card', card };
  const values = { card, part: partLabel(master, card) };
  return state === 'full'
    ? { action: 'pick', card, outcome: { kind: 'warning', key: 'replenish.pickedNotPulled', values } }
    : { action: 'pick', card, outcome: { kind: 'success', key: 'replenish.picked', values } };
}
