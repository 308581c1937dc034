import { describe, expect, it } from 'vitest';
import { buildDemoPlant } from '../demo/demoPlant';
import { projectPlant } from '../report/plantView';
import { eventAt } from '../testing/eventBuilder';
import { projectWip } from './projectWip';
import { timeWeightedAverage } from './wipView';

const plant = buildDemoPlant();
const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 5);
const window = { from: T0, to: T0 + 60 * MIN };
const at = (min: number) => ({ t: T0 + min * MIN, actor: 'u-marco' });
const loc = (view: ReturnType<typeof projectPlant>, id: string) => view.wip.locations.find((l) => l.location === id);

describe('WIP projection', () => {
  it('moves and counts set balances per location and part', () => {
    const view = projectPlant(
      plant,
      [
        eventAt('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 100 }, at(0)),
        eventAt('wip.moved', { part: 'P1003', qty: 30, from: 'L1-BUF', to: 'L1-30-IN' }, at(10)),
        eventAt('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 65 }, at(20)),
      ],
      T0 + 60 * MIN,
      window,
    );
    expect(loc(view, 'L1-BUF')).toMatchObject({ total: 65, parts: { P1003: 65 }, overLimit: false });
    expect(loc(view, 'L1-30-IN')).toMatchObject({ total: 30 });
  });

  it('lists over-limit locations first', () => {
    const view = projectPlant(plant, [eventAt('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 121 }, at(0))], T0 + MIN, window);
    expect(view.wip.locations[0]).toMatchObject({ location: 'L1-BUF', overLimit: true, limit: 120 });
    expect(view.wip.overLimit).toEqual(['L1-BUF']);
  });

  it.each([
    ['negative balance', eventAt('wip.moved', { part: 'P1003', qty: 5, from: 'L1-BUF', to: 'L1-30-IN' }, at(1)), 'wip-negative'],
    ['unknown location', eventAt('wip.moved', { part: 'P1003', qty: 5, from: 'NOWHERE', to: 'L1-30-IN' }, at(1)), 'location-unknown'],
    ['unknown part', eventAt('wip.counted', { location: 'L1-BUF', part: 'P0', qty: 5 }, at(1)), 'part-unknown'],
  ])('%s → %s', (_name, event, code) => {
    expect(projectPlant(plant, [event], T0 + 60 * MIN, window).exceptions.map((e) => e.code)).toEqual([code]);
  });

  it("Little's law: lead time = time-weighted average WIP / throughput", () => {
    // 60 in the buffer for the first 30 min, 40 after 20 leave at :30 → average 50; 20/h out → 150 min.
    const view = projectPlant(
      plant,
      [
        eventAt('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 60 }, at(0)),
        eventAt('wip.moved', { part: 'P1003', qty: 20, from: 'L1-BUF', to: 'L1-30-IN' }, at(30)),
      ],
      T0 + 60 * MIN,
      window,
    );
    expect(loc(view, 'L1-BUF')).toMatchObject({ avgWip: 50, throughputPerHour: 20, leadTimeMin: 150 });
  });

  it('time-weighted average counts zero before the first change', () => {
    expect(timeWeightedAverage([[50, 10]], { from: 0, to: 100 })).toBe(5);
    expect(timeWeightedAverage([], { from: 0, to: 100 })).toBe(0);
    // 30 carried in from before the window, 70 from t = 150: (30 × 50 + 70 × 50) / 100.
    expect(timeWeightedAverage([[10, 20], [40, 30], [150, 70], [300, 0]], { from: 100, to: 200 })).toBe(50);
  });
});

describe('projectWip', () => {
  it('equals the WIP part of the full projection', () => {
    const events = [
      eventAt('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 60 }, at(0)),
      eventAt('wip.moved', { part: 'P1003', qty: 20, from: 'L1-BUF', to: 'L1-30-IN' }, at(30)),
    ];
    expect(projectWip(plant, events, T0 + 60 * MIN, window)).toEqual(projectPlant(plant, events, T0 + 60 * MIN, window).wip);
  });
});
