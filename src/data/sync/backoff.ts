/** Exponential back-off for replication retries: quick after a blip, gentle on a long outage. */
export interface Backoff {
  next(): number;
  reset(): number;
}

export function createBackoff(minMs = 1000, maxMs = 60_000): Backoff {
  let current = minMs;
  return {
    next() {
      current = Math.min(current * 2, maxMs);
      return current;
    },
    reset() {
      current = minMs;
      return current;
    },
  };
}
