import type { KanbanView, MasterData } from '../../domain';
import type { QueueRow } from '../../ui/QueueTable';

/** Turns the domain's replenishment queue into table rows, labelled with master data names. */
export function queueRows(kanban: KanbanView, master: MasterData, filter: (card: string) => boolean = () => true): QueueRow[] {
  const locationName = (id: string): string => master.locations.find((l) => l.id === id)?.name ?? id;
  const partName = (id: string): string => {
    const part = master.parts.find((p) => p.id === id);
    return part ? `${part.id} ${part.name}` : id;
  };
  return kanban.queue
    .filter((item) => filter(item.card))
    .map((item) => ({
      card: item.card,
      part: partName(item.part),
      from: locationName(item.from),
      to: locationName(item.to),
      ageMinutes: Math.floor(item.ageMs / 60_000),
      status: item.state === 'picked' ? 'picked' : 'pulled',
      isOverdue: item.overdue,
    }));
}
