import { useCallback, useEffect, useRef } from 'react';
import { signal } from '../platform/feedback/feedback';
import { useWedgeScanner } from '../platform/wedge/useWedgeScanner';
import { useFeedback } from '../stores/feedbackStore';
import type { ScanOutcome } from './scanOutcome';

/**
 * Routes hardware scans and typed codes to one handler, one at a time in arrival order (a burst of
 * scans must be recorded in the order it was made), and shows and sounds each outcome.
 */
export function useScanHandler(handle: (code: string) => Promise<ScanOutcome>): (code: string) => void {
  const show = useFeedback((s) => s.show);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  }, [handle]);

  const onCode = useCallback(
    (code: string) => {
      queue.current = queue.current.then(async () => {
        const outcome = await handleRef.current(code);
        show(outcome.kind, outcome.key, outcome.values);
        signal(outcome.kind);
      });
    },
    [show],
  );
  useWedgeScanner(onCode);
  return onCode;
}
