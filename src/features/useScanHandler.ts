import { useCallback, useEffect, useRef } from 'react';
import { signal } from '../platform/feedback/feedback';
import { useWedgeScanner } from '../platform/wedge/useWedgeScanner';
import { useFeedback } from '../stores/feedbackStore';
import { beginScan, endScan } from '../stores/workInProgressStore';
import { restoreGs, useScanSettings } from './scan/scanSettingsStore';
import type { ScanOutcome } from './scanOutcome';

/**
 * Routes hardware scans and typed codes to one handler, one at a time in arrival order (a burst of
 * scans must be recorded in the order it was made), and shows and sounds each outcome.
 * A handler returns null for a step that records nothing and whose next step the screen itself
 * shows (e.g. "card selected, now scan the location"): a "saved" banner would be untrue there.
 */
export function useScanHandler(handle: (code: string) => Promise<ScanOutcome | null>): (code: string) => void {
  const show = useFeedback((s) => s.show);
  const clear = useFeedback((s) => s.clear);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  }, [handle]);

  const onCode = useCallback(
    (code: string) => {
      beginScan(); // an app update waits until every scan in the queue is recorded
      queue.current = queue.current.then(async () => {
        const outcome = await handleRef.current(restoreGs(code, useScanSettings.getState().gsSubstitute)).finally(endScan);
        if (outcome === null) {
          clear();
          signal('success');
          return;
        }
        show(outcome.kind, outcome.key, outcome.values);
        signal(outcome.kind);
      });
    },
    [show, clear],
  );
  const { wedgePrefix, wedgeSuffix } = useScanSettings.getState();
  useWedgeScanner(onCode, { prefix: wedgePrefix, suffix: wedgeSuffix });
  return onCode;
}
