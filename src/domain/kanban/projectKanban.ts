import type { GembaEvent } from '../events/types';
import { prepareEvents } from '../fold/prepareEvents';
import { indexMaster } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import type { TimeWindow } from '../util/window';
import { applyKanban, emptyKanbanState, isKanbanEvent } from './kanbanFold';
import type { KanbanState, KanbanView } from './kanbanTypes';
import { kanbanView } from './kanbanView';

export function foldKanban(master: MasterData, events: readonly GembaEvent[]): KanbanState {
  const index = indexMaster(master);
  const state = emptyKanbanState();
  for (const e of prepareEvents(events, master.site.id)) if (isKanbanEvent(e)) applyKanban(state, index, e);
  return state;
}

/** Card states, replenishment queue and loop statistics from any set of events, in any order. */
export function projectKanban(
  master: MasterData,
  events: readonly GembaEvent[],
  nowMs: number,
  options: { window?: TimeWindow } = {},
): KanbanView {
  return kanbanView(foldKanban(master, events), indexMaster(master), nowMs, options.window);
}
