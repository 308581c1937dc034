import { describe, expect, it } from 'vitest';
import { buildDemoPlant } from '../demo/demoPlant';
import { projectPlant } from '../report/plantView';
import { eventAt } from '../testing/eventBuilder';
import { projectAndon } from './projectAndon';

const plant = buildDemoPlant();
const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 5);
const window = { from: T0, to: T0 + 8 * 60 * MIN };
const raise = (andon: string, min: number, kind: 'material' | 'quality' | 'machine' | 'safety' | 'other' = 'material') =>
  eventAt('andon.raised', { andon, station: 'L1-10', kind, reason: 'mat-shortage' }, { t: T0 + min * MIN });
const step = (type: 'andon.acknowledged' | 'andon.arrived' | 'andon.resolved' | 'andon.cancelled', andon: string, min: number) =>
  eventAt(type, { andon }, { t: T0 + min * MIN, actor: 'u-sarah', device: 'tab-leader' });

describe('andon projection', () => {
  it('records each milestone and the durations from the raise', () => {
    const view = projectPlant(plant, [raise('A', 0), step('andon.acknowledged', 'A', 2), step('andon.arrived', 'A', 5), step('andon.resolved', 'A', 12)], T0 + 60 * MIN, window);
    expect(view.andon.calls[0]).toMatchObject({ status: 'resolved', ackMs: 2 * MIN, arriveMs: 5 * MIN, resolveMs: 12 * MIN, ageMs: 12 * MIN });
    expect(view.andon.open).toEqual([]);
    expect(view.andon.byKind.find((k) => k.kind === 'material')).toMatchObject({ calls: 1, acknowledge: { n: 1, meanMs: 2 * MIN, p90Ms: 2 * MIN } });
  });

  it.each([
    [0, 0, undefined],
    [9, 1, 'handler'],
    [10, 2, 'leader'],
    [45, 3, 'admin'],
  ])('escalation after %i min: tier %i (%s)', (minutes, tier, role) => {
    const view = projectPlant(plant, [raise('A', 0)], T0 + minutes * MIN + 1, window);
    expect(view.andon.open[0]?.tier).toBe(minutes === 0 ? 1 : tier);
    if (minutes > 0) expect(view.andon.open[0]?.notifyRole).toBe(role);
  });

  it('stops escalating when the responder arrives', () => {
    const view = projectPlant(plant, [raise('A', 0), step('andon.arrived', 'A', 5)], T0 + 60 * MIN, window);
    expect(view.andon.open[0]).toMatchObject({ status: 'arrived', tier: 1, ackMs: 5 * MIN });
  });

  it.each([
    ['resolved, never raised', [step('andon.resolved', 'X', 1)], 'andon-not-raised'],
    ['acknowledged, never raised', [step('andon.acknowledged', 'X', 1)], 'andon-not-raised'],
    ['raised twice', [raise('A', 0), raise('A', 1)], 'andon-raised-twice'],
    ['acknowledged after resolve', [raise('A', 0), step('andon.resolved', 'A', 1), step('andon.acknowledged', 'A', 2)], 'andon-already-closed'],
  ])('%s → %s', (_name, events, code) => {
    expect(projectPlant(plant, events, T0 + 60 * MIN, window).exceptions.map((e) => e.code)).toEqual([code]);
  });

  it('a raise that folds after its acknowledgement completes the call (no exception)', () => {
    const view = projectPlant(plant, [step('andon.acknowledged', 'A', 1), raise('A', 2)], T0 + 60 * MIN, window);
    expect(view.exceptions).toEqual([]);
    expect(view.andon.open[0]).toMatchObject({ status: 'acknowledged', ackMs: 0 });
  });

  it('cancelled calls are counted but left out of response times', () => {
    const view = projectPlant(plant, [raise('A', 0, 'other'), step('andon.cancelled', 'A', 1)], T0 + 60 * MIN, window);
    expect(view.andon.byKind.find((k) => k.kind === 'other')).toMatchObject({ calls: 1, cancelled: 1, open: 0, resolve: { n: 0, meanMs: null } });
  });
});

describe('projectAndon', () => {
  it('equals the andon part of the full projection', () => {
    const events = [raise('A', 0), step('andon.acknowledged', 'A', 2), raise('B', 3, 'safety')];
    expect(projectAndon(plant, events, T0 + 60 * MIN, window)).toEqual(projectPlant(plant, events, T0 + 60 * MIN, window).andon);
  });
});
