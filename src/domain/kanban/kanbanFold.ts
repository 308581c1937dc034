import type { EventOf, GembaEvent } from '../events/types';
import { exceptionOf } from '../exceptions/raise';
import { eventTime } from '../fold/prepareEvents';
import type { MasterIndex } from '../master/masterIndex';
import type { CardView, KanbanState } from './kanbanTypes';

export function emptyKanbanState(): KanbanState {
  return { cards: new Map(), cycles: [], pulls: new Map(), firstAt: null, exceptions: [] };
}

type KanbanEvent = EventOf<'kanban.pulled'> | EventOf<'kanban.picked'> | EventOf<'kanban.delivered'>;

export const isKanbanEvent = (e: GembaEvent): e is KanbanEvent =>
  e.type === 'kanban.pulled' || e.type === 'kanban.picked' || e.type === 'kanban.delivered';

/** Applies one kanban event (in hlc order); odd events become exceptions, never errors. */
export function applyKanban(state: KanbanState, index: MasterIndex, e: KanbanEvent): void {
  const cardId = typeof e.payload.card === 'string' ? e.payload.card : '';
  const master = index.cards.get(cardId);
  if (!master) {
    state.exceptions.push(exceptionOf(e, 'card-unknown', cardId));
    return;
  }
  const t = eventTime(e);
  state.firstAt ??= t;
  let card = state.cards.get(cardId);
  if (!card) {
    card = { card: cardId, loop: master.loop, state: 'full', lastEventId: e._id };
    state.cards.set(cardId, card);
  }
  card.lastEventId = e._id;
  if (e.type === 'kanban.pulled') pull(state, card, e, t);
  else if (e.type === 'kanban.picked') pick(state, card, e, t);
  else deliver(state, index, card, e, t);
}

function pull(state: KanbanState, card: CardView, e: KanbanEvent, t: number): void {
  if (card.state !== 'full') {
    state.exceptions.push(exceptionOf(e, 'card-pulled-twice', card.card, card.pulledBy));
    return;
  }
  card.state = 'pulled';
  card.pulledAt = t;
  card.pulledBy = e.actor;
  delete card.pickedAt;
  delete card.pickedBy;
  const pulls = state.pulls.get(card.loop);
  if (pulls) pulls.push(t);
  else state.pulls.set(card.loop, [t]);
}

function pick(state: KanbanState, card: CardView, e: KanbanEvent, t: number): void {
  if (card.state === 'picked') {
    state.exceptions.push(exceptionOf(e, 'card-picked-twice', card.card, card.pickedBy));
    return;
  }
  // Picked without a scanned pull: the container is still on its way, so track it, and flag the gap.
  if (card.state === 'full') {
    state.exceptions.push(exceptionOf(e, 'card-picked-not-pulled', card.card));
    delete card.pulledAt;
    delete card.pulledBy;
  }
  card.state = 'picked';
  card.pickedAt = t;
  card.pickedBy = e.actor;
}

function deliver(state: KanbanState, index: MasterIndex, card: CardView, e: EventOf<'kanban.delivered'>, t: number): void {
  if (card.state === 'full') {
    state.exceptions.push(exceptionOf(e, 'card-delivered-not-pulled', card.card));
    return;
  }
  const expected = index.loops.get(card.loop)?.to;
  const location = e.payload.location;
  if (location !== undefined && expected !== undefined && location !== expected) {
    state.exceptions.push(exceptionOf(e, 'delivery-wrong-location', card.card, location));
  }
  if (card.pulledAt !== undefined) {
    state.cycles.push({
      card: card.card,
      loop: card.loop,
      pulledAt: card.pulledAt,
      ...(card.pickedAt === undefined ? {} : { pickedAt: card.pickedAt }),
      deliveredAt: t,
    });
  }
  card.state = 'full';
  card.deliveredAt = t;
  delete card.pulledAt;
  delete card.pulledBy;
  delete card.pickedAt;
  delete card.pickedBy;
}
