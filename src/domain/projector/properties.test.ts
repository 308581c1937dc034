import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoPlant } from '../demo/demoPlant';
import { prepareEvents } from '../fold/prepareEvents';
import { projectPlant, type PlantView } from '../report/plantView';
import { buildShiftReport } from '../report/shiftReport';
import { SCENARIO_START, simulate, type Step } from '../testing/scenario';
import { createProjector } from './createProjector';

const plant = buildDemoPlant();
const DAY = 86_400_000;
const window = { from: SCENARIO_START - DAY, to: SCENARIO_START + 2 * DAY };
const NOW = SCENARIO_START + DAY;

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('cycle', 'cycle', 'cycle', 'andon', 'report', 'move', 'comment'),
  target: fc.nat(40),
  gapMin: fc.integer({ min: 0, max: 15 }),
  qty: fc.nat(20),
});
const steps = fc.array(step, { minLength: 1, maxLength: 80 });
const skew = fc.integer({ min: -600_000, max: 600_000 });
const skews = fc.record({ 'op-1': skew, 'op-2': skew, hh: skew, lead: skew });
const noSkew = { 'op-1': 0, 'op-2': 0, hh: 0, lead: 0 };

const view = (events: readonly unknown[]) => projectPlant(plant, events, NOW, window);
const report = (events: readonly unknown[]) =>
  buildShiftReport(plant, events, { from: window.from, to: window.to, nowMs: NOW, site: 'demo' });

/** A scenario as a shuffled, partly duplicated delivery: what sync does to a log. */
const delivered = (events: readonly unknown[]) =>
  fc.tuple(fc.shuffledSubarray([...events], { minLength: events.length, maxLength: events.length }), fc.subarray([...events]))
    .map(([shuffled, dupes]) => [...shuffled, ...dupes.map((e) => ({ ...(e as object) }))]);

describe('projection properties', () => {
  it('any permutation and duplication gives the same view and report', () => {
    fc.assert(
      fc.property(steps.chain((s) => {
        const events = simulate(plant, s, noSkew);
        return fc.tuple(fc.constant(events), delivered(events));
      }), ([events, arrived]) => {
        expect(view(arrived)).toEqual(view(events));
        expect(report(arrived)).toEqual(report(events));
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('folding is idempotent', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const events = simulate(plant, s, noSkew);
        const once = prepareEvents(events);
        expect(prepareEvents([...once, ...once])).toEqual(once);
        expect(view([...events, ...events])).toEqual(view(events));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('the incremental projector equals the pure fold, whatever the batches and lateness', () => {
    fc.assert(
      fc.property(
        steps.chain((s) => {
          const events = simulate(plant, s, noSkew);
          return fc.tuple(fc.constant(events), delivered(events), fc.array(fc.nat(10), { minLength: 1, maxLength: 8 }));
        }),
        ([events, arrived, cuts]) => {
          const projector = createProjector(plant);
          let i = 0;
          for (const cut of cuts) {
            projector.add(arrived.slice(i, i + cut + 1));
            i += cut + 1;
          }
          projector.add(arrived.slice(i));
          expect(projector.view(NOW, window)).toEqual(view(events));
          // Reading, then adding more in order, stays equal too (stale → refolded → incremental again).
          const more = simulate(plant, [{ kind: 'report', target: 1, gapMin: 0, qty: 3 }], noSkew).map((e) => ({ ...e, _id: `${e._id}-more`, hlc: `999${e.hlc.slice(3)}` }));
          projector.add(more);
          expect(projector.view(NOW, window)).toEqual(view([...events, ...more]));
          expect(projector.report({ from: window.from, to: window.to, nowMs: NOW, site: 'demo' })).toEqual(report(events));
        },
      ),
      { numRuns: 50 },
    );
  }, 120_000);

  it('clocks skewed by up to ±10 min give the same state as correct clocks (causal order kept)', () => {
    fc.assert(
      fc.property(steps, skews, (s, skewed) => {
        expect(stateOf(view(simulate(plant, s, skewed)))).toEqual(stateOf(view(simulate(plant, s, noSkew))));
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});

/** What must not depend on clocks: states, balances, totals and exceptions (times and durations do). */
function stateOf(v: PlantView) {
  return {
    cards: Object.fromEntries(Object.entries(v.kanban.cards).map(([id, c]) => [id, [c.state, c.pulledBy, c.lastEventId]])),
    queue: v.kanban.queue.map((q) => q.card).sort(),
    andon: v.andon.calls.map((c) => [c.andon, c.status, c.station]).sort(),
    wip: v.wip.locations.map((l) => [l.location, l.total, l.parts]),
    exceptions: v.exceptions.map((e) => `${e.code}:${e.eventId}`).sort(),
    presence: v.presence.map((p) => [p.user, p.station]),
    events: v.watermark.events,
  };
}
