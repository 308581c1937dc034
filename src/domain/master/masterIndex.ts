import type { AndonKind } from '../events/types';
import type {
  EscalationLadder,
  HourlyPlan,
  KanbanCard,
  KanbanLoop,
  Location,
  MasterData,
  Part,
  Shift,
  Station,
  User,
} from './types';

/** Lookups the folds need, built once per MasterData object. */
export interface MasterIndex {
  master: MasterData;
  parts: Map<string, Part>;
  stations: Map<string, Station>;
  locations: Map<string, Location>;
  loops: Map<string, KanbanLoop>;
  cards: Map<string, KanbanCard>;
  users: Map<string, User>;
  shifts: Map<string, Shift>;
  plansByStation: Map<string, HourlyPlan[]>;
  laddersByKind: Map<AndonKind, EscalationLadder>;
  cardsByLoop: Map<string, KanbanCard[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const cache = new WeakMap<MasterData, MasterIndex>();

export function indexMaster(master: MasterData): MasterIndex {
  const cached = cache.get(master);
  if (cached) return cached;
  const index: MasterIndex = {
    master,
    parts: byId(master.parts),
    stations: byId(master.stations),
    locations: byId(master.locations),
    loops: byId(master.loops),
    cards: byId(master.cards),
    users: byId(master.users),
    shifts: byId(master.shifts),
    plansByStation: groupBy(master.plans.filter((p) => !p.retired), (p) => p.station),
    laddersByKind: new Map(master.escalationLadders.filter((l) => !l.retired).map((l) => [l.kind, l])),
    cardsByLoop: groupBy(master.cards.filter((c) => !c.retired), (c) => c.loop),
  };
  cache.set(master, index);
  return index;
}
