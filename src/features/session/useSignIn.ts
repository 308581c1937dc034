import { useCallback } from 'react';
import { makeEvent } from '../../domain';
import { recordEvent } from '../../data/eventRepository';
import { useServices } from '../../app/servicesContext';
import { changeLanguage } from '../../i18n/i18n';
import { useSession } from '../../stores/sessionStore';
import { usePlant } from '../../stores/plantStore';
import { saveFailureOutcome } from '../saveFailure';
import type { ScanOutcome } from '../scanOutcome';
import { findUserByBadge } from './findUserByBadge';

/** Badge sign-in: checked against local master data (works offline), recorded as an event. */
export function useSignIn(): (code: string) => Promise<ScanOutcome> {
  const { db, site, device, clock } = useServices();
  return useCallback(
    async (code: string) => {
      const { master } = usePlant.getState();
      if (!master || master.users.length === 0) return { kind: 'error', key: 'errors.no-plant-data', values: {} };
      const found = findUserByBadge(code, master);
      if (!found.ok) return found.outcome;
      const event = makeEvent({ type: 'operator.signed-in', payload: {}, site, device, actor: found.user.id }, clock);
      try {
        await recordEvent(db, event);
      } catch (error) {
        return saveFailureOutcome(error);
      }
      usePlant.getState().addEvents([event]);
      await changeLanguage(found.user.language ?? 'en');
      useSession.getState().signIn(found.user.id);
      return { kind: 'success', key: 'signIn.welcome', values: { name: found.user.name } };
    },
    [db, site, device, clock],
  );
}

export function useSignOut(actor: string): () => Promise<void> {
  const { db, site, device, clock } = useServices();
  return useCallback(async () => {
    const event = makeEvent({ type: 'operator.signed-out', payload: {}, site, device, actor }, clock);
    await recordEvent(db, event);
    usePlant.getState().addEvents([event]);
    useSession.getState().signOut();
  }, [db, site, device, clock, actor]);
}
