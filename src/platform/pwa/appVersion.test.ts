import { describe, expect, it } from 'vitest';
import { isCompatibleServer } from './appVersion';

describe('isCompatibleServer', () => {
  it.each([
    ['1.2.3', '1.9.0', true],
    ['1.2.3', '2.0.0', false],
    ['0.1.0', '0.1.7', true],
    ['0.1.0', '0.2.0', false],
  ])('tablet %s with server %s → %s', (tablet, server, expected) => {
    expect(isCompatibleServer(tablet, server)).toBe(expected);
  });
});
