import { useCallback } from 'react';
import { useServices } from '../../app/servicesContext';
import { usePlant } from '../../stores/plantStore';
import { kanbanViewFor } from '../kanban/kanbanProjection';
import type { ScanOutcome } from '../scanOutcome';
import { routeWithLocalPlant } from '../scan/routeScan';
import { useRecordEvent } from '../scan/useRecordEvent';
import { decideHandlerScan } from './decideHandlerScan';
import { freshContext, useHandlerContext } from './handlerContext';

/** The handler's one scan entry: a card at the supermarket picks it; a line location (before or after the card) delivers it. */
export function useHandlerScan(): (code: string) => Promise<ScanOutcome | null> {
  const { now } = useServices();
  const record = useRecordEvent();
  return useCallback(
    async (code: string) => {
      const routed = routeWithLocalPlant(code);
      if (!routed.ok) return routed.outcome;
      // Read at scan time so the previous scan of a burst counts; routing succeeded, so master is loaded.
      const { master, events } = usePlant.getState();
      if (!master) return { kind: 'error', key: 'errors.no-plant-data', values: {} };
      const at = now();
      const context = useHandlerContext.getState();
      const decision = decideHandlerScan(routed.subject, freshContext(context, at), master, kanbanViewFor(master, events, at));
      switch (decision.action) {
        case 'refuse':
          return decision.outcome;
        case 'select-card':
          context.set({ card: { id: decision.card, at } });
          return null;
        case 'select-location':
          context.set({ location: { id: decision.location, at }, card: null });
          return null;
        case 'pick': {
          const saved = await record('kanban.picked', { card: decision.card });
          return saved.ok ? decision.outcome : saved.outcome;
        }
        case 'deliver': {
          const saved = await record('kanban.delivered', { card: decision.card, location: decision.location });
          if (!saved.ok) return saved.outcome;
          // Stay at this location (more cards usually go to the same line side); the card is done.
          context.set({ card: null, location: { id: decision.location, at } });
          return decision.outcome;
        }
      }
    },
    [now, record],
  );
}
