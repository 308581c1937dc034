import type { GembaEvent } from '../events/types';
import { prepareEvents } from '../fold/prepareEvents';
import { indexMaster } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import { currentWindow } from '../util/shifts';
import type { TimeWindow } from '../util/window';
import { applyAndon, emptyAndonState, isAndonEvent } from './andonFold';
import type { AndonState, AndonView } from './andonTypes';
import { andonView } from './andonView';

export function foldAndon(master: MasterData, events: readonly GembaEvent[]): AndonState {
  const index = indexMaster(master);
  const state = emptyAndonState();
  for (const e of prepareEvents(events, master.site.id)) if (isAndonEvent(e)) applyAndon(state, index, e);
  return state;
}

/** Andon calls, timers and statistics from any set of events; statistics over `window` (default: the current shift). */
export function projectAndon(master: MasterData, events: readonly GembaEvent[], nowMs: number, window?: TimeWindow): AndonView {
  return andonView(foldAndon(master, events), indexMaster(master), nowMs, window ?? currentWindow(master, nowMs));
}
