import type { GembaEvent } from '../events/types';
import { prepareEvents } from '../fold/prepareEvents';
import { indexMaster } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import { currentWindow } from '../util/shifts';
import type { TimeWindow } from '../util/window';
import { applyWip, emptyWipState, isWipEvent } from './wipFold';
import type { WipState, WipView } from './wipTypes';
import { wipView } from './wipView';

export function foldWip(master: MasterData, events: readonly GembaEvent[]): WipState {
  const index = indexMaster(master);
  const state = emptyWipState();
  for (const e of prepareEvents(events, master.site.id)) if (isWipEvent(e)) applyWip(state, index, e);
  return state;
}

/** WIP balances from any set of events; averages over `window` (default: the current shift). */
export function projectWip(master: MasterData, events: readonly GembaEvent[], nowMs: number, window?: TimeWindow): WipView {
  return wipView(foldWip(master, events), indexMaster(master), nowMs, window ?? currentWindow(master, nowMs));
}
