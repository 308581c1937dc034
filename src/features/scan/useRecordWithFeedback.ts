import { useCallback } from 'react';
import type { EventType, PayloadOf } from '../../domain';
import { signal } from '../../platform/feedback/feedback';
import { useFeedback } from '../../stores/feedbackStore';
import type { ScanOutcome } from '../scanOutcome';
import { useRecordEvent } from './useRecordEvent';

/** For buttons (not scans): record, then show and sound the confirmation — or the failure. */
export function useRecordWithFeedback(): <T extends EventType>(type: T, payload: PayloadOf<T>, done: ScanOutcome) => Promise<boolean> {
  const record = useRecordEvent();
  const show = useFeedback((s) => s.show);
  return useCallback(
    async <T extends EventType>(type: T, payload: PayloadOf<T>, done: ScanOutcome) => {
      const saved = await record(type, payload);
      const outcome = saved.ok ? done : saved.outcome;
      show(outcome.kind, outcome.key, outcome.values);
      signal(outcome.kind);
      return saved.ok;
    },
    [record, show],
  );
}
