import type { KanbanView, MasterData } from '../../domain';
import type { QueueRow } from '../../ui/QueueTable';
import { queueRows } from '../kanban/queueRows';

export interface QueueGroup {
  /** Supermarket the cards are picked from. */
  supermarket: string;
  /** The tugger route: the line the cards are delivered to (the location itself when it has no line). */
  route: string;
  rows: QueueRow[];
}

/**
 * The replenishment queue as a handler walks it: grouped by supermarket and route, overdue cards
 * first, then oldest first, and the group with the most urgent card first.
 */
export function groupQueue(kanban: KanbanView, master: MasterData): QueueGroup[] {
  const rows = queueRows(kanban, master);
  const byCard = new Map(kanban.queue.map((item) => [item.card, item]));
  const locationName = (id: string) => master.locations.find((l) => l.id === id)?.name ?? id;
  const routeOf = (to: string) => {
    const line = master.locations.find((l) => l.id === to)?.line;
    return line ? (master.lines.find((l) => l.id === line)?.name ?? line) : locationName(to);
  };
  const groups = new Map<string, QueueGroup>();
  for (const row of rows) {
    const item = byCard.get(row.card);
    if (!item) continue;
    const supermarket = locationName(item.from);
    const route = routeOf(item.to);
    const key = `${supermarket}\u0000${route}`;
    const group = groups.get(key) ?? { supermarket, route, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const urgency = (r: QueueRow) => [r.isOverdue ? 0 : 1, -r.ageMinutes] as const;
  const compare = (a: QueueRow, b: QueueRow) => {
    const [ao, aa] = urgency(a);
    const [bo, ba] = urgency(b);
    return ao - bo || aa - ba || (a.card < b.card ? -1 : 1);
  };
  const list = [...groups.values()];
  for (const g of list) g.rows.sort(compare);
  return list.sort((a, b) => compare(a.rows[0]!, b.rows[0]!));
}
