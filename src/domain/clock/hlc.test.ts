import { describe, expect, it } from 'vitest';
import { compareHlc, createHlcClock, formatHlc, hlcWallMs, parseHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('formats fixed-width stamps that round-trip', () => {
    const stamp = formatHlc({ wall: 1767596400000, counter: 7, device: 'tab-1' });
    expect(stamp).toBe('001767596400000.000007.tab-1');
    expect(parseHlc(stamp)).toEqual({ wall: 1767596400000, counter: 7, device: 'tab-1' });
    expect(parseHlc('nonsense')).toBeNull();
  });

  it('string order is (wall, counter, device) order', () => {
    const a = formatHlc({ wall: 999, counter: 5, device: 'z' });
    const b = formatHlc({ wall: 1000, counter: 0, device: 'a' });
    const c = formatHlc({ wall: 1000, counter: 0, device: 'b' });
    expect([c, b, a].sort(compareHlc)).toEqual([a, b, c]);
  });

  it('never goes backwards when the wall clock does', () => {
    let now = 10_000;
    const clock = createHlcClock('d', () => now);
    const first = clock.tick();
    now = 5_000;
    const second = clock.tick();
    expect(compareHlc(first, second)).toBeLessThan(0);
    expect(parseHlc(second)).toEqual({ wall: 10_000, counter: 1, device: 'd' });
    expect(clock.wallMs()).toBe(5_000);
  });

  it('moves past a received stamp so the next local event sorts after it', () => {
    const clock = createHlcClock('slow', () => 1_000);
    expect(clock.receive(formatHlc({ wall: 60_000, counter: 3, device: 'fast' }))).toBe(true);
    const next = clock.tick();
    expect(compareHlc(formatHlc({ wall: 60_000, counter: 3, device: 'fast' }), next)).toBeLessThan(0);
  });

  it('ignores a remote wall time beyond the max drift, and garbage', () => {
    const clock = createHlcClock('d', () => 1_000, { maxDriftMs: 10_000 });
    expect(clock.receive(formatHlc({ wall: 1_000_000, counter: 0, device: 'x' }))).toBe(false);
    expect(clock.receive('garbage')).toBe(false);
    expect(parseHlc(clock.tick())?.wall).toBe(1_000);
  });

  it('borrows a millisecond when the counter would overflow', () => {
    const clock = createHlcClock('d', () => 1_000);
    clock.receive(formatHlc({ wall: 1_000, counter: 999_999, device: 'x' }));
    const stamp = parseHlc(clock.tick());
    expect(stamp?.wall).toBe(1_001);
  });
});

describe('hlcWallMs', () => {
  it('reads the wall time, NaN for anything else', () => {
    expect(hlcWallMs(formatHlc({ wall: 1773118800123, counter: 1, device: 'd' }))).toBe(1773118800123);
    expect(hlcWallMs('00177311880012x.000000.d')).toBeNaN();
    expect(hlcWallMs('123')).toBeNaN();
  });
});
