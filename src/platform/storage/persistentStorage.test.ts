import { describe, expect, it } from 'vitest';
import { isStorageLow, lowStorageFreeBytes } from './persistentStorage';

const MB = 1024 * 1024;

describe('isStorageLow', () => {
  it.each([
    [{ isPersisted: true, usageBytes: 10 * MB, quotaBytes: 2000 * MB }, false],
    [{ isPersisted: true, usageBytes: 1960 * MB, quotaBytes: 2000 * MB }, true], // < 50 MB free
    [{ isPersisted: true, usageBytes: 950 * MB, quotaBytes: 1000 * MB }, true], // > 90 % used
    [{ isPersisted: null, usageBytes: null, quotaBytes: null }, false], // unknown: no false alarm
  ])('%j → %s', (report, expected) => {
    expect(isStorageLow(report)).toBe(expected);
  });

  it('uses a threshold that leaves room for a shift of events', () => {
    expect(lowStorageFreeBytes).toBeGreaterThanOrEqual(50 * MB);
  });
});
