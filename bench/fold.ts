/**
 * Fold benchmark (issue 4): 100,000 events into every projection, and the cost of one more event on
 * the incremental projector. Prints medians; targets: full fold ≤ 300 ms, incremental ≤ 0.1 ms/event.
 *
 *   npm run bench:fold [-- --events 100000 --runs 7]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createProjector, projectPlant, buildShiftReport, type GembaEvent } from '../src/domain/index';
import { eventAt } from '../src/domain/testing/eventBuilder';
import { generatePlantEvents } from './fold-events';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' } } });
const count = Number(values.events);
const runs = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
function measure(name: string, fn: () => void, perUnit = 1, unit = 'ms'): number {
  fn(); // warm-up
  const samples = Array.from({ length: runs }, () => time(fn) / perUnit);
  const m = median(samples);
  console.log(`${name.padEnd(58)} median ${m.toFixed(unit === 'ms' ? 1 : 4).padStart(9)} ${unit}   (min ${Math.min(...samples).toFixed(4)}, max ${Math.max(...samples).toFixed(4)})`);
  return m;
}

function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const { master, events, end } = generatePlantEvents(count);
const window = { from: end - 8 * 3_600_000, to: end };
console.log(`gemba fold benchmark — ${events.length} events, ${runs} runs, node ${process.version}, ${cpus().length} cores`);
// Medians mean little on a busy machine; say how busy it was.
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

const full = measure('full fold, all projections (events in hlc order)', () => void projectPlant(master, events, end, window));
measure('full fold, all projections (events shuffled)', () => void projectPlant(master, shuffled(events), end, window));
measure('shift report (8 h window over the whole log)', () =>
  void buildShiftReport(master, events, { from: window.from, to: window.to, nowMs: end, site: 'demo' }));

const more = 1000;
const extra: GembaEvent[] = Array.from({ length: more }, (_, k) =>
  eventAt('production.reported', { station: 'L1-10', part: 'P1003', good: 1, scrap: 0 }, { t: end + k * 1000, id: `X${k}` }));
const perEvent: number[] = [];
for (let r = 0; r < runs; r++) {
  const p = createProjector(master);
  p.add(events);
  const t0 = performance.now();
  for (const e of extra) p.add([e]);
  perEvent.push((performance.now() - t0) / more);
}
const inc = median(perEvent);
console.log(`${'incremental: add 1 event in hlc order, per event'.padEnd(58)} median ${inc.toFixed(4).padStart(9)} ms`);

const projector = createProjector(master);
projector.add(events);
measure('view(now) after the fold (derive all views from state)', () => void projector.view(end, window));
const late: number[] = [];
for (let r = 0; r < runs; r++) {
  const p = createProjector(master);
  p.add(events);
  const e = eventAt('production.reported', { station: 'L1-20', part: 'P1003', good: 1, scrap: 0 }, { t: end - 3_600_000, id: `LATE${r}` });
  late.push(time(() => {
    p.add([e]);
    p.view(end, window);
  }));
}
console.log(`${'late event 1 h old: add + view (one refold of the log)'.padEnd(58)} median ${median(late).toFixed(1).padStart(9)} ms`);

console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`\ntargets: full fold ≤ 300 ms → ${full <= 300 ? 'met' : 'NOT met'} (${full.toFixed(1)} ms); incremental ≤ 0.1 ms/event → ${inc <= 0.1 ? 'met' : 'NOT met'} (${inc.toFixed(4)} ms)`);
