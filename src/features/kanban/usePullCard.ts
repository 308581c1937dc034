import { useCallback } from 'react';
import { makeEvent } from '../../domain';
import { recordEvent } from '../../data/eventRepository';
import { useServices } from '../../app/servicesContext';
import { usePlant } from '../../stores/plantStore';
import { saveFailureOutcome } from '../saveFailure';
import type { ScanOutcome } from '../scanOutcome';
import { decidePull } from './decidePull';
import { kanbanViewFor } from './kanbanProjection';

/** Records a kanban pull for a scanned card. Resolves once IndexedDB has committed the event. */
export function usePullCard(actor: string): (code: string) => Promise<ScanOutcome> {
  const { db, site, device, clock, now } = useServices();
  return useCallback(
    async (code: string) => {
      // Read the store at scan time, not at render time: in a burst, the previous scan's event
      // must count when deciding whether this card was already pulled.
      const { master, events } = usePlant.getState();
      if (!master) return { kind: 'error', key: 'errors.no-plant-data', values: {} };
      const decision = decidePull(code, master, kanbanViewFor(master, events, now()));
      if (!decision.ok) return decision.outcome;
      const event = makeEvent({ type: 'kanban.pulled', payload: { card: decision.cardId }, site, device, actor }, clock);
      try {
        await recordEvent(db, event);
      } catch (error) {
        return saveFailureOutcome(error);
      }
      // Show our own event now rather than when IndexedDB's change stream gets round to it.
      usePlant.getState().addEvents([event]);
      return decision.isAlreadyPulled
        ? { kind: 'warning', key: 'operator.pulledAgain', values: { card: decision.cardId } }
        : { kind: 'success', key: 'operator.pulled', values: { card: decision.cardId, part: decision.partLabel } };
    },
    [db, site, device, clock, actor, now],
  );
}
