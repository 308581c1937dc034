import { andonView } from '../andon/andonView';
import type { AndonView } from '../andon/andonTypes';
import type { Presence } from '../board/boardFold';
import { compareExceptions, type DomainException } from '../exceptions/types';
import { foldPlant, type PlantState } from '../fold/plantFold';
import { prepareEvents } from '../fold/prepareEvents';
import type { KanbanView } from '../kanban/kanbanTypes';
import { kanbanView } from '../kanban/kanbanView';
import { indexMaster, type MasterIndex } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import { currentWindow } from '../util/shifts';
import type { TimeWindow } from '../util/window';
import { wipView } from '../wip/wipView';
import type { WipView } from '../wip/wipTypes';

export interface Watermark {
  events: number;
  newestEventId?: string;
  newestHlc?: string;
  newestAt?: string;
}

/** The live picture a tablet shows: state at the end of the log, statistics over `window`. */
export interface PlantView {
  window: { from: string; to: string };
  kanban: KanbanView;
  wip: WipView;
  andon: AndonView;
  presence: Presence[];
  /** All exceptions from every projection, in hlc order. */
  exceptions: DomainException[];
  watermark: Watermark;
}

export function watermarkOf(state: PlantState): Watermark {
  const n = state.newest;
  return { events: state.count, ...(n ? { newestEventId: n._id, newestHlc: n.hlc, newestAt: n.at } : {}) };
}

export function allExceptions(state: PlantState, parts: { exceptions: DomainException[] }[]): DomainException[] {
  return [...state.exceptions, ...state.board.exceptions, ...parts.flatMap((p) => p.exceptions)].sort(compareExceptions);
}

export function plantViewOf(state: PlantState, index: MasterIndex, nowMs: number, window?: TimeWindow): PlantView {
  const w = window ?? currentWindow(index.master, nowMs);
  const kanban = kanbanView(state.kanban, index, nowMs, { from: w.from, to: Math.min(w.to, nowMs) });
  const wip = wipView(state.wip, index, nowMs, w);
  const andon = andonView(state.andon, index, nowMs, w);
  const production = { exceptions: [...state.production.exceptions] };
  return {
    window: { from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString() },
    kanban,
    wip,
    andon,
    presence: [...state.board.presence.values()].sort((a, b) => (a.user < b.user ? -1 : 1)),
    exceptions: allExceptions(state, [kanban, wip, andon, production]),
    watermark: watermarkOf(state),
  };
}

/** Pure fold of every projection: any order, any duplication of the same events gives the same view. */
export function projectPlant(master: MasterData, events: readonly unknown[], nowMs: number, window?: TimeWindow): PlantView {
  const index = indexMaster(master);
  return plantViewOf(foldPlant(index, prepareEvents(events, master.site.id)), index, nowMs, window);
}
