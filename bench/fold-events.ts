import { buildDemoPlant } from '../src/domain/demo/demoPlant';
import type { GembaEvent } from '../src/domain/events/types';
import { eventAt } from '../src/domain/testing/eventBuilder';

const MIN = 60_000;

/**
 * A plant running around the clock, event mix close to a real line: mostly production reports,
 * kanban cycles, WIP moves and some andon calls. Deterministic, in hlc order.
 */
export function generatePlantEvents(count: number, start = Date.UTC(2026, 2, 10, 5)) {
  const master = buildDemoPlant();
  const events: GembaEvent[] = [];
  const stations = master.stations.map((s) => s.id);
  const cards = master.cards;
  let t = start;
  let i = 0;
  let andon = 0;
  const cardPhase = new Map<string, number>();
  events.push(eventAt('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 1_000_000 }, { t, actor: 'u-marco', id: 'B0' }));
  while (events.length < count) {
    t += 7_000;
    i += 1;
    const station = stations[i % stations.length] ?? 'L1-10';
    const id = `B${i}`;
    const r = i % 10;
    if (r < 5) events.push(eventAt('production.reported', { station, part: 'P1003', good: 2, scrap: i % 17 === 0 ? 1 : 0 }, { t, id, device: `tab-${station}` }));
    else if (r < 8) {
      const card = cards[i % cards.length]?.id ?? '';
      const phase = cardPhase.get(card) ?? 0;
      const type = phase === 0 ? 'kanban.pulled' : phase === 1 ? 'kanban.picked' : 'kanban.delivered';
      events.push(eventAt(type, { card }, { t, id, actor: phase === 0 ? 'u-anna' : 'u-marco' }));
      cardPhase.set(card, (phase + 1) % 3);
    } else if (r === 8) events.push(eventAt('wip.moved', { part: 'P1003', qty: 5, from: 'L1-BUF', to: 'L1-30-IN' }, { t, id, actor: 'u-marco' }));
    else {
      const phase = andon % 4;
      const call = `A${Math.floor(andon / 4)}`;
      if (phase === 0) events.push(eventAt('andon.raised', { andon: call, station, kind: 'machine', reason: 'mach-breakdown' }, { t, id }));
      else events.push(eventAt(phase === 1 ? 'andon.acknowledged' : phase === 2 ? 'andon.arrived' : 'andon.resolved', { andon: call }, { t, id, actor: 'u-sarah' }));
      andon += 1;
    }
  }
  return { master, events, end: t + MIN };
}
