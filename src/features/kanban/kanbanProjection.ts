import { projectKanban, type GembaEvent, type KanbanView, type MasterData } from '../../domain';

/**
 * One fold shared by every reader for the same master data, events and minute: the screen and the
 * scan handler both ask, and the events array only changes identity when an event arrives.
 */
let cache: { master: MasterData; events: readonly GembaEvent[]; minute: number; view: KanbanView } | null = null;

export function kanbanViewFor(master: MasterData, events: readonly GembaEvent[], nowMs: number): KanbanView {
  const minute = Math.floor(nowMs / 60_000);
  if (cache && cache.master === master && cache.events === events && cache.minute === minute) return cache.view;
  const view = projectKanban(master, events, nowMs);
  cache = { master, events, minute, view };
  return view;
}
