import { useEffect, useRef } from 'react';
import { createWedgeDetector, type WedgeOptions } from './wedgeDetector';

/** Fields that handle their own Enter (a manual code entry) opt out with this attribute. */
export const ownScanInputAttribute = 'data-scan-input';

function isOwnScanInput(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${ownScanInputAttribute}]`) !== null;
}

/**
 * Listens on the whole window (capture phase) so a hardware scan is caught whatever has focus.
 * Keys of a burst in progress are kept out of other inputs so a scan never types into the wrong field.
 */
export function useWedgeScanner(onScan: (code: string) => void, options?: Partial<WedgeOptions>): void {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const detector = createWedgeDetector(options);
    const onKeyDown = (event: KeyboardEvent): void => {
      if (isOwnScanInput(event.target)) return;
      const timeMs = event.timeStamp;
      const wasBursting = detector.isBursting(timeMs);
      const code = detector.feed({ key: event.key, timeMs, ctrlKey: event.ctrlKey });
      if (code !== null) {
        event.preventDefault();
        event.stopPropagation();
        onScanRef.current(code);
      } else if (wasBursting && event.key.length === 1) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
    // Options are read once per mount on purpose: the scanner setup does not change mid-shift.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
