import { describe, expect, it } from 'vitest';
import { buildDemoPlant } from '../demo/demoPlant';
import { buildShiftReport } from '../report/shiftReport';
import { eventAt } from '../testing/eventBuilder';

const plant = buildDemoPlant();
const MIN = 60_000;
// Tue 2026-03-10, day shift 06:00–14:00 Berlin = 05:00–13:00Z; L1-10 plans 60/h.
const T0 = Date.UTC(2026, 2, 10, 5);
const report = (min: number, good: number, scrap = 0, station = 'L1-10') =>
  eventAt('production.reported', { station, part: 'P1003', good, scrap, ...(scrap ? { scrapReason: 'dent' } : {}) }, { t: T0 + min * MIN, id: `R${min}-${station}` });
const shift = (events: unknown[], nowMin: number) =>
  buildShiftReport(plant, events, { from: T0, to: T0 + 480 * MIN, nowMs: T0 + nowMin * MIN, site: 'demo' });
const l110 = (r: ReturnType<typeof shift>) => r.production.stations.find((s) => s.station === 'L1-10')!;

describe('production per station per hour', () => {
  it('prorates the current hour and computes variance, attainment, scrap and catch-up by hand', () => {
    // Hour 1: 50 good. Hour 2 (current, 10 min elapsed): 12 good, 3 scrap.
    const r = shift([report(5, 30), report(40, 20), report(62, 12, 3)], 70);
    const s = l110(r);
    expect(s.hours.slice(0, 3).map((h) => [h.plan, h.planToDate, h.good, h.variance, h.cumulativeVariance, h.isCurrent])).toEqual([
      [60, 60, 50, -10, -10, false],
      [60, 10, 12, 2, -8, true],
      [60, 0, 0, null, null, false],
    ]);
    expect(s.hours).toHaveLength(8);
    expect(s).toMatchObject({ plan: 480, planToDate: 70, good: 62, scrap: 3, variance: -8 });
    expect(s.attainment).toBeCloseTo(62 / 70);
    expect(s.scrapRate).toBeCloseTo(3 / 65);
    // (480 − 62) left over 410 min = 6.833 h → 61.17 per hour
    expect(s.catchUpPerHour).toBeCloseTo(418 / (410 / 60));
    expect(s.scrapByReason).toEqual({ dent: 3 });
  });

  it('a correction replaces the quantities of the report it corrects; the latest wins', () => {
    const events = [
      report(5, 30),
      eventAt('production.corrected', { corrects: 'R5-L1-10', good: 25, scrap: 5 }, { t: T0 + 6 * MIN, id: 'C1' }),
      eventAt('production.corrected', { corrects: 'C1', good: 28, scrap: 2 }, { t: T0 + 7 * MIN, id: 'C2' }),
    ];
    expect(l110(shift(events, 60))).toMatchObject({ good: 28, scrap: 2 });
  });

  it.each([
    ['unknown station', [report(5, 10, 0, 'L9-99')], 'station-unknown'],
    ['correction of nothing', [eventAt('production.corrected', { corrects: 'nope', good: 1, scrap: 0 }, { t: T0 + MIN })], 'correction-unknown'],
    ['unknown actor', [eventAt('production.reported', { station: 'L1-10', part: 'P1003', good: 1, scrap: 0 }, { t: T0, actor: 'u-x' })], 'user-unknown'],
  ])('%s → %s', (_name, events, code) => {
    expect(shift(events, 60).exceptions.map((e) => e.code)).toEqual([code]);
  });

  it('attaches the latest hour comment to its hour', () => {
    const comment = (t: number, reason: string) =>
      eventAt('board.hour-commented', { station: 'L1-10', hour: '2026-03-10T05:00:00Z', reason }, { t: T0 + t * MIN, actor: 'u-sarah' });
    const hour = l110(shift([comment(61, 'changeover'), comment(62, 'no-material')], 70)).hours[0];
    expect(hour?.comment).toMatchObject({ reason: 'no-material', hour: '2026-03-10T05:00:00.000Z', by: 'u-sarah' });
  });

  it('only counts events before min(to, now)', () => {
    expect(l110(shift([report(5, 30), report(65, 30)], 60)).good).toBe(30);
  });
});
