import { create } from 'zustand';
import type { GembaEvent, MasterData } from '../domain';

/**
 * The tablet's picture of its site: master data from the server and the events it holds.
 * Events are appended as they arrive (own writes and pulled ones); duplicates are ignored.
 */
interface PlantState {
  master: MasterData | null;
  events: GembaEvent[];
  /** Bumped on every change so views can memoise on it. */
  revision: number;
  setMaster(master: MasterData): void;
  addEvents(events: readonly GembaEvent[]): void;
}

const seen = new Set<string>();

export const usePlant = create<PlantState>((set, get) => ({
  master: null,
  events: [],
  revision: 0,
  setMaster: (master) => set({ master, revision: get().revision + 1 }),
  addEvents: (incoming) => {
    const fresh = incoming.filter((e) => !seen.has(e._id));
    if (fresh.length === 0) return;
    fresh.forEach((e) => seen.add(e._id));
    set({ events: [...get().events, ...fresh], revision: get().revision + 1 });
  },
}));

/** For tests: start from an empty plant. */
export function resetPlantStore(): void {
  seen.clear();
  usePlant.setState({ master: null, events: [], revision: 0 });
}
