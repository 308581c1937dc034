import { usePlant } from '../../stores/plantStore';
import { useNow } from '../../ui/useNow';
import { kanbanViewFor } from './kanbanProjection';
import type { KanbanView } from '../../domain';

/** Card states and the replenishment queue, folded from the events on this tablet. */
export function useKanbanView(): KanbanView | null {
  const master = usePlant((s) => s.master);
  const events = usePlant((s) => s.events);
  const now = useNow(30_000);
  return master ? kanbanViewFor(master, events, now) : null;
}
