import { createHlcClock, type HlcClock } from '../clock/hlc';
import type { MasterData } from '../master/types';
import type { EventOf, EventType, GembaEvent, PayloadOf } from '../events/types';
import { eventAt } from './eventBuilder';

/** One step of a simulated shift; `gapMin` is true time since the previous step. */
export interface Step {
  kind: 'cycle' | 'andon' | 'report' | 'move' | 'comment';
  target: number;
  gapMin: number;
  qty: number;
}

export const SCENARIO_START = Date.UTC(2026, 2, 10, 5);
const MIN = 60_000;

/**
 * Simulates devices with skewed clocks. A device acting on an entity first merges the stamp of that
 * entity's last event (it synced before acting), so every causal chain keeps its order under any skew.
 */
export function simulate(master: MasterData, steps: readonly Step[], skewMs: Readonly<Record<string, number>>): GembaEvent[] {
  let now = SCENARIO_START;
  const clocks = new Map<string, HlcClock>();
  const clock = (device: string) => {
    let c = clocks.get(device);
    if (!c) {
      c = createHlcClock(device, () => now + (skewMs[device] ?? 0));
      clocks.set(device, c);
    }
    return c;
  };
  const events: GembaEvent[] = [];
  const last = new Map<string, string>();
  let n = 0;
  const emit = <T extends EventType>(type: T, payload: PayloadOf<T>, device: string, actor: string, entity: string): EventOf<T> => {
    const c = clock(device);
    const dependency = last.get(entity);
    if (dependency) c.receive(dependency);
    const hlc = c.tick();
    n += 1;
    const e = { ...eventAt(type, payload, { t: now, device, actor, id: `S${String(n).padStart(6, '0')}` }), hlc } as EventOf<T>;
    last.set(entity, hlc);
    events.push(e as GembaEvent);
    return e;
  };
  const cardState = new Map<string, number>();
  const andonState = new Map<string, number>();
  emit('wip.counted', { location: 'L1-BUF', part: 'P1003', qty: 1000 }, 'hh', 'u-marco', 'wip');
  for (const step of steps) {
    now += step.gapMin * MIN;
    const operator = step.target % 2 === 0 ? 'op-1' : 'op-2';
    const station = master.stations[step.target % master.stations.length]?.id ?? '';
    if (step.kind === 'cycle') {
      const card = master.cards[step.target % master.cards.length]?.id ?? '';
      const phase = cardState.get(card) ?? 0;
      if (phase === 0) emit('kanban.pulled', { card }, operator, 'u-anna', card);
      else emit(phase === 1 ? 'kanban.picked' : 'kanban.delivered', { card }, 'hh', 'u-marco', card);
      cardState.set(card, (phase + 1) % 3);
    } else if (step.kind === 'andon') {
      const andon = `A${step.target % 4}`;
      const phase = andonState.get(andon) ?? 0;
      if (phase === 0) emit('andon.raised', { andon: `${andon}-${n}`, station, kind: 'machine' }, operator, 'u-li', andon);
      else {
        const raised = [...events].reverse().find((e) => e.type === 'andon.raised' && e.payload.andon.startsWith(`${andon}-`));
        const id = raised?.type === 'andon.raised' ? raised.payload.andon : andon;
        emit(phase === 1 ? 'andon.acknowledged' : phase === 2 ? 'andon.arrived' : 'andon.resolved', { andon: id }, 'lead', 'u-sarah', andon);
      }
      andonState.set(andon, (phase + 1) % 4);
    } else if (step.kind === 'report') {
      emit('production.reported', { station, part: 'P1003', good: step.qty, scrap: step.qty % 3 }, operator, 'u-anna', `report-${n}`);
    } else if (step.kind === 'move') {
      emit('wip.moved', { part: 'P1003', qty: 1 + (step.qty % 5), from: 'L1-BUF', to: 'L1-30-IN' }, 'hh', 'u-marco', 'wip');
    } else {
      emit('operator.signed-in', { station }, operator, step.target % 2 === 0 ? 'u-anna' : 'u-li', `presence-${operator}`);
    }
  }
  return events;
}
