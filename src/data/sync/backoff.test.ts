import { describe, expect, it } from 'vitest';
import { createBackoff } from './backoff';

describe('back-off', () => {
  it('doubles up to the ceiling and resets after success', () => {
    const b = createBackoff(1000, 5000);
    expect([b.next(), b.next(), b.next(), b.next()]).toEqual([2000, 4000, 5000, 5000]);
    expect(b.reset()).toBe(1000);
    expect(b.next()).toBe(2000);
  });
});
