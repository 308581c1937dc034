import { describe, expect, it } from 'vitest';
import { buildDemoPlant } from '../demo/demoPlant';
import { eventAt } from '../testing/eventBuilder';
import { projectKanban, suggestCards } from './index';

const plant = buildDemoPlant();
const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 5);
const card = plant.cards[0]!.id; // loop LP-P1001: 200 per container, 45 min target, safety 0.1
const at = (min: number, extra: { actor?: string; device?: string } = {}) => ({ t: T0 + min * MIN, ...extra });

describe('projectKanban', () => {
  it('full → pulled → picked → delivered = full', () => {
    const events = [
      eventAt('kanban.pulled', { card }, at(0)),
      eventAt('kanban.picked', { card }, at(10, { actor: 'u-marco' })),
    ];
    const mid = projectKanban(plant, events, T0 + 20 * MIN);
    expect(mid.cards[card]).toMatchObject({ state: 'picked', pulledAt: T0, pulledBy: 'u-anna', pickedAt: T0 + 10 * MIN, pickedBy: 'u-marco' });
    expect(mid.queue).toEqual([
      expect.objectContaining({ card, state: 'picked', loop: 'LP-P1001', part: 'P1001', from: 'SM1', to: 'L1-10-IN', ageMs: 20 * MIN, overdue: false }),
    ]);
    const done = projectKanban(plant, [...events, eventAt('kanban.delivered', { card, location: 'L1-10-IN' }, at(30))], T0 + 60 * MIN);
    expect(done.cards[card]).toMatchObject({ state: 'full', deliveredAt: T0 + 30 * MIN });
    expect(done.queue).toEqual([]);
    expect(done.exceptions).toEqual([]);
    expect(done.loops.find((l) => l.loop === 'LP-P1001')).toMatchObject({ pulls: 1, deliveries: 1, leadTimeMeanMs: 30 * MIN, onTime: 1, onTimeRate: 1 });
  });

  it('queue is oldest first and flags overdue against the loop lead time', () => {
    const other = plant.cards.find((c) => c.loop === 'LP-P1005')!.id; // 30 min target
    const view = projectKanban(plant, [eventAt('kanban.pulled', { card: other }, at(5)), eventAt('kanban.pulled', { card }, at(0))], T0 + 40 * MIN);
    expect(view.queue.map((q) => [q.card, q.overdue, q.dueAt])).toEqual([
      [card, false, T0 + 45 * MIN],
      [other, true, T0 + 35 * MIN],
    ]);
  });

  it.each([
    ['pulled twice', [['kanban.pulled', 0], ['kanban.pulled', 1]], 'card-pulled-twice', 'pulled'],
    ['delivered, never pulled', [['kanban.delivered', 0]], 'card-delivered-not-pulled', 'full'],
    ['picked, never pulled', [['kanban.picked', 0]], 'card-picked-not-pulled', 'picked'],
    ['picked twice', [['kanban.pulled', 0], ['kanban.picked', 1], ['kanban.picked', 2]], 'card-picked-twice', 'picked'],
  ] as const)('%s → exception %s', (_name, steps, code, state) => {
    const events = steps.map(([type, min]) => eventAt(type, { card }, at(min)));
    const view = projectKanban(plant, events, T0 + 60 * MIN);
    expect(view.exceptions.map((e) => e.code)).toEqual([code]);
    expect(view.cards[card]?.state).toBe(state);
  });

  it('unknown cards and wrong delivery locations are exceptions, not errors', () => {
    const view = projectKanban(
      plant,
      [
        eventAt('kanban.pulled', { card: 'KB-0000-0-00' }, at(0)),
        eventAt('kanban.pulled', { card }, at(1)),
        eventAt('kanban.delivered', { card, location: 'L1-30-IN' }, at(2)),
      ],
      T0 + 5 * MIN,
    );
    expect(view.exceptions.map((e) => [e.code, e.subject])).toEqual([
      ['card-unknown', 'KB-0000-0-00'],
      ['delivery-wrong-location', card],
    ]);
    expect(view.cards[card]?.state).toBe('full');
  });

  it('folds a duplicated event once and ignores other sites', () => {
    const pull = eventAt('kanban.pulled', { card }, at(0));
    const view = projectKanban(plant, [pull, { ...pull }, eventAt('kanban.delivered', { card }, at(1, {})), { ...pull, _id: 'x', site: 'other' }], T0 + 5 * MIN);
    expect(view.exceptions).toEqual([]);
    expect(view.cards[card]?.state).toBe('full');
  });

  it('two different documents under one id (never made by Gemba) still fold the same in any order', () => {
    const a = eventAt('kanban.pulled', { card }, at(0, { device: 'tab-a' }));
    const b = { ...eventAt('kanban.pulled', { card }, at(1, { device: 'tab-b' })), _id: a._id };
    expect(projectKanban(plant, [a, b], T0 + 5 * MIN)).toEqual(projectKanban(plant, [b, a], T0 + 5 * MIN));
  });

  it('suggests cards with ceil(D × L × (1 + S) / C)', () => {
    const loop = plant.loops[0]!; // C = 200, S = 0.1
    // 12 pulls in 8 h = 2400 pcs / 480 min = 5 pcs/min; L = 60 min → 5 × 60 × 1.1 / 200 = 1.65 → 2
    expect(suggestCards(loop, 12, 60 * MIN, { from: 0, to: 480 * MIN })).toBe(2);
    // no measured lead time → target 45 min: 5 × 45 × 1.1 / 200 = 1.2375 → 2
    expect(suggestCards(loop, 12, null, { from: 0, to: 480 * MIN })).toBe(2);
    expect(suggestCards(loop, 0, null, { from: 0, to: 480 * MIN })).toBeNull();
  });
});
