import { andonKinds } from '../events/types';
import type { GembaEvent } from '../events/types';
import { applyAndon, emptyAndonState, isAndonEvent } from '../andon/andonFold';
import type { AndonState } from '../andon/andonTypes';
import { applyBoard, emptyBoardState, isBoardEvent, type BoardState } from '../board/boardFold';
import { exceptionOf } from '../exceptions/raise';
import type { DomainException } from '../exceptions/types';
import { applyKanban, emptyKanbanState, isKanbanEvent } from '../kanban/kanbanFold';
import type { KanbanState } from '../kanban/kanbanTypes';
import type { MasterIndex } from '../master/masterIndex';
import { applyProduction, emptyProductionState, isProductionEvent } from '../production/productionFold';
import type { ProductionState } from '../production/productionTypes';
import { applyWip, emptyWipState, isWipEvent } from '../wip/wipFold';
import type { WipState } from '../wip/wipTypes';

/** Everything every projection needs, folded once over the log in hlc order. Plain data: cloneable. */
export interface PlantState {
  kanban: KanbanState;
  wip: WipState;
  andon: AndonState;
  production: ProductionState;
  board: BoardState;
  /** Exceptions about the event itself (unknown actor, bad payload). */
  exceptions: DomainException[];
  count: number;
  newest?: { eventId: string; hlc: string; at: string };
}

export function emptyPlantState(): PlantState {
  return {
    kanban: emptyKanbanState(),
    wip: emptyWipState(),
    andon: emptyAndonState(),
    production: emptyProductionState(),
    board: emptyBoardState(),
    exceptions: [],
    count: 0,
  };
}

const kinds: readonly string[] = andonKinds;

/** A payload too broken for any rule to read (the schema would have rejected it). */
function isMalformed(e: GembaEvent): boolean {
  const p = e.payload as Record<string, unknown>;
  if (isKanbanEvent(e)) return typeof p.card !== 'string';
  if (isAndonEvent(e)) return typeof p.andon !== 'string' || (e.type === 'andon.raised' && (typeof p.station !== 'string' || !kinds.includes(String(p.kind))));
  if (isWipEvent(e)) return typeof p.part !== 'string';
  if (e.type === 'production.reported') return typeof p.station !== 'string' || typeof p.part !== 'string';
  if (e.type === 'production.corrected') return typeof p.corrects !== 'string';
  if (e.type === 'board.hour-commented') return typeof p.station !== 'string' || typeof p.hour !== 'string';
  return false;
}

/** Applies one event; the caller guarantees hlc order and no duplicate ids (prepareEvents). */
export function applyEvent(state: PlantState, index: MasterIndex, e: GembaEvent): void {
  state.count += 1;
  state.newest = { eventId: e._id, hlc: e.hlc, at: e.at };
  if (!index.users.has(e.actor)) state.exceptions.push(exceptionOf(e, 'user-unknown', String(e.actor)));
  if (isMalformed(e)) {
    state.exceptions.push(exceptionOf(e, 'event-malformed', e.type));
    return;
  }
  if (isKanbanEvent(e)) applyKanban(state.kanban, index, e);
  else if (isProductionEvent(e)) applyProduction(state.production, index, e);
  else if (isAndonEvent(e)) applyAndon(state.andon, index, e);
  else if (isWipEvent(e)) applyWip(state.wip, index, e);
  else if (isBoardEvent(e)) applyBoard(state.board, index, e);
}

export function foldPlant(index: MasterIndex, prepared: readonly GembaEvent[]): PlantState {
  const state = emptyPlantState();
  for (const e of prepared) applyEvent(state, index, e);
  return state;
}
