import type { ScanOutcome } from '../scanOutcome';

/** Adapts a scan handler that decides without waiting (no write) to the asynchronous scan pipeline. */
export function syncHandler(decide: (code: string) => ScanOutcome | null): (code: string) => Promise<ScanOutcome | null> {
  return (code) => Promise.resolve(decide(code));
}
