import { useCallback } from 'react';
import { makeEvent, type EventOf, type EventType, type GembaEvent, type PayloadOf } from '../../domain';
import { recordEvent } from '../../data/eventRepository';
import { useServices } from '../../app/servicesContext';
import { usePlant } from '../../stores/plantStore';
import { useSession } from '../../stores/sessionStore';
import { saveFailureOutcome } from '../saveFailure';
import type { ScanOutcome } from '../scanOutcome';

export type Recorded<T extends EventType> = { ok: true; event: EventOf<T> } | { ok: false; outcome: ScanOutcome };

export type RecordFn = <T extends EventType>(type: T, payload: PayloadOf<T>) => Promise<Recorded<T>>;

/**
 * Stamps an event for the signed-in person and resolves only after IndexedDB has committed it, so
 * a screen can never confirm something that is not stored. A failed write becomes an error outcome.
 */
export function useRecordEvent(): RecordFn {
  const { db, site, device, clock } = useServices();
  return useCallback(
    async <T extends EventType>(type: T, payload: PayloadOf<T>): Promise<Recorded<T>> => {
      const actor = useSession.getState().userId;
      if (!actor) return { ok: false, outcome: { kind: 'error', key: 'scanRouter.signedOut', values: {} } };
      const event = makeEvent({ type, payload, site, device, actor }, clock);
      // A generic EventOf<T> is one member of the GembaEvent union; TS cannot see that for an open T.
      const stored = event as unknown as GembaEvent;
      try {
        await recordEvent(db, stored);
      } catch (error) {
        return { ok: false, outcome: saveFailureOutcome(error) };
      }
      // Shown at once rather than when IndexedDB's change stream gets round to it.
      usePlant.getState().addEvents([stored]);
      return { ok: true, event };
    },
    [db, site, device, clock],
  );
}
