import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../clock/hlc';
import { sortEvents } from '../events/order';
import { eventAt } from '../testing/eventBuilder';
import { prepareEvents } from './prepareEvents';

describe('prepareEvents', () => {
  it('sorts any arrival order into (hlc, _id) order, same-millisecond stamps included', () => {
    const event = fc
      .record({ ms: fc.integer({ min: 0, max: 50 }), counter: fc.nat(3), device: fc.constantFrom('a', 'b', 'c'), id: fc.nat(1000) })
      .map(({ ms, counter, device, id }) => ({ ...eventAt('operator.signed-out', {}, { t: 1_773_118_800_000 + ms, device, id: `E${id}` }), hlc: formatHlc({ wall: 1_773_118_800_000 + ms, counter, device }) }));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        const unique = [...new Map(events.map((e) => [`${e._id}|${e.hlc}`, e])).values()];
        expect(prepareEvents(events)).toEqual(sortEvents(unique));
      }),
    );
  });

  it('drops what it cannot fold and other sites', () => {
    const ok = eventAt('operator.signed-out', {}, { t: 1000 });
    const other = eventAt('operator.signed-out', {}, { t: 1001, site: 'elsewhere' });
    expect(prepareEvents([null, 42, { _id: 'x' }, { ...ok, hlc: 'bad' }, other, ok], 'demo')).toEqual([ok]);
  });

  it('sorts stamps decades apart', () => {
    const events = [eventAt('operator.signed-out', {}, { t: 9e14, id: 'late' }), eventAt('operator.signed-out', {}, { t: 1, id: 'early' })];
    expect(prepareEvents(events).map((e) => e._id)).toEqual(['early', 'late']);
  });
});
