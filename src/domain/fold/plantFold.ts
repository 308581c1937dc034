import { andonKinds } from '../events/types';
import type { GembaEvent } from '../events/types';
import { applyAndon, emptyAndonState } from '../andon/andonFold';
import type { AndonState } from '../andon/andonTypes';
import { applyBoard, emptyBoardState, type BoardState } from '../board/boardFold';
import { exceptionOf } from '../exceptions/raise';
import type { DomainException } from '../exceptions/types';
import { applyKanban, emptyKanbanState } from '../kanban/kanbanFold';
import type { KanbanState } from '../kanban/kanbanTypes';
import type { MasterIndex } from '../master/masterIndex';
import { applyProduction, emptyProductionState } from '../production/productionFold';
import type { ProductionState } from '../production/productionTypes';
import { applyWip, emptyWipState } from '../wip/wipFold';
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
  /** The last event folded (a reference: no allocation per event). */
  newest?: GembaEvent;
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
const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * Applies one event; the caller guarantees hlc order and no duplicate ids (prepareEvents). One switch
 * on the type (the hot path); a payload too broken for any rule to read is an `event-malformed`.
 */
export function applyEvent(state: PlantState, index: MasterIndex, e: GembaEvent): void {
  state.count += 1;
  state.newest = e;
  if (!index.users.has(e.actor)) state.exceptions.push(exceptionOf(e, 'user-unknown', String(e.actor)));
  const p = e.payload as Record<string, unknown>;
  let isReadable = true;
  switch (e.type) {
    case 'kanban.pulled':
    case 'kanban.picked':
    case 'kanban.delivered':
      if ((isReadable = isText(p.card))) applyKanban(state.kanban, index, e);
      break;
    case 'production.reported':
      if ((isReadable = isText(p.station) && isText(p.part))) applyProduction(state.production, index, e);
      break;
    case 'production.corrected':
      if ((isReadable = isText(p.corrects))) applyProduction(state.production, index, e);
      break;
    case 'andon.raised':
      if ((isReadable = isText(p.andon) && isText(p.station) && kinds.includes(String(p.kind)))) applyAndon(state.andon, index, e);
      break;
    case 'andon.acknowledged':
    case 'andon.arrived':
    case 'andon.resolved':
    case 'andon.cancelled':
      if ((isReadable = isText(p.andon))) applyAndon(state.andon, index, e);
      break;
    case 'wip.moved':
    case 'wip.counted':
      if ((isReadable = isText(p.part))) applyWip(state.wip, index, e);
      break;
    case 'board.hour-commented':
      if ((isReadable = isText(p.station) && isText(p.hour))) applyBoard(state.board, index, e);
      break;
    case 'shift.handed-over':
    case 'operator.signed-in':
    case 'operator.signed-out':
      applyBoard(state.board, index, e);
      break;
    default:
      // A type from a newer catalogue: counted in the watermark, otherwise ignored.
      break;
  }
  if (!isReadable) state.exceptions.push(exceptionOf(e, 'event-malformed', e.type));
}

export function foldPlant(index: MasterIndex, prepared: readonly GembaEvent[]): PlantState {
  const state = emptyPlantState();
  for (const e of prepared) applyEvent(state, index, e);
  return state;
}
