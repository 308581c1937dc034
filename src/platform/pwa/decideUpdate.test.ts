import { describe, expect, it } from 'vitest';
import { decideUpdate } from './decideUpdate';

describe('decideUpdate', () => {
  it.each([
    [{ pending: 0, unsaved: 0, isBusy: false, hasConfirmed: false }, 'apply'],
    [{ pending: 3, unsaved: 0, isBusy: false, hasConfirmed: false }, 'confirm-pending'],
    [{ pending: 3, unsaved: 0, isBusy: false, hasConfirmed: true }, 'apply'],
    [{ pending: 0, unsaved: 0, isBusy: true, hasConfirmed: true }, 'wait-for-work'],
    [{ pending: 3, unsaved: 1, isBusy: false, hasConfirmed: true }, 'blocked-unsaved'],
  ] as const)('%j → %s', (input, expected) => {
    expect(decideUpdate(input)).toBe(expected);
  });
});
