import { describe, expect, it } from 'vitest';
import { createWedgeDetector } from './wedgeDetector';

function typeKeys(detector: ReturnType<typeof createWedgeDetector>, text: string, gapMs: number, startMs = 1000) {
  const results: (string | null)[] = [];
  let t = startMs;
  for (const key of [...text, 'Enter']) {
    results.push(detector.feed({ key, timeMs: t }));
    t += gapMs;
  }
  return results.filter((r) => r !== null);
}

describe('wedge detector', () => {
  it('accepts a fast burst ending in Enter as a scan', () => {
    expect(typeKeys(createWedgeDetector(), 'CK1001-7', 8)).toEqual(['CK1001-7']);
  });

  it('ignores the same characters typed at human speed', () => {
    expect(typeKeys(createWedgeDetector(), 'CK1001-7', 120)).toEqual([]);
  });

  it('drops codes shorter than the minimum length', () => {
    expect(typeKeys(createWedgeDetector({ minLength: 4 }), 'AB1', 5)).toEqual([]);
  });

  it('strips a configured prefix and suffix', () => {
    expect(typeKeys(createWedgeDetector({ prefix: '~', suffix: '#' }), '~CK1001-7#', 5)).toEqual(['CK1001-7']);
  });

  it('starts a new scan after a pause, discarding stray keys typed before it', () => {
    const detector = createWedgeDetector();
    detector.feed({ key: 'x', timeMs: 0 });
    expect(typeKeys(detector, 'CK1001-7', 5, 500)).toEqual(['CK1001-7']);
  });

  it('reports a burst in progress only while keys keep coming fast', () => {
    const detector = createWedgeDetector({ maxGapMs: 50 });
    detector.feed({ key: 'A', timeMs: 0 });
    detector.feed({ key: 'B', timeMs: 10 });
    expect(detector.isBursting(20)).toBe(true);
    expect(detector.isBursting(200)).toBe(false);
  });

  it('reads Ctrl+] as the GS1 group separator', () => {
    const detector = createWedgeDetector();
    const keys = [...'0109506000134352', 'Control', ']', ...'10ABC'];
    let t = 0;
    for (const key of keys) detector.feed({ key, timeMs: (t += 5), ctrlKey: key === ']' });
    expect(detector.feed({ key: 'Enter', timeMs: t + 5 })).toBe('0109506000134352\x1d10ABC');
  });
});
