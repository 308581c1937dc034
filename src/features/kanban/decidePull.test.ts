import { describe, expect, it } from 'vitest';
import { buildDemoPlant, createHlcClock, makeEvent, makeGembaCode, projectKanban } from '../../domain';
import { decidePull } from './decidePull';

const master = buildDemoPlant();
const now = Date.parse('2026-11-23T08:00:00Z');
const emptyView = projectKanban(master, [], now);
const card = master.cards[0]!;

describe('decidePull', () => {
  it('accepts a known card, case-insensitively, with its part for the confirmation', () => {
    const decision = decidePull(` ${card.id.toLowerCase()} `, master, emptyView);
    expect(decision).toEqual({ ok: true, cardId: card.id, partLabel: 'P1001 Hex bolt M8x30', isAlreadyPulled: false });
  });

  it.each([
    ['', 'errors.code-empty'],
    ['NOT-A-CARD', 'errors.code-unknown-format'],
    [card.id.slice(0, -1) + (card.id.endsWith('A') ? 'B' : 'A'), 'errors.code-check-failed'],
    [makeGembaCode('card', '9999-9'), 'errors.card-unknown'],
    [makeGembaCode('station', 'L1-10'), 'errors.not-a-card'],
  ])('refuses %j with %s', (code, key) => {
    const decision = decidePull(code, master, emptyView);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.outcome).toMatchObject({ kind: 'error', key });
  });

  it('refuses a retired card', () => {
    const retired = { ...master, cards: master.cards.map((c) => (c.id === card.id ? { ...c, retired: true as const } : c)) };
    const decision = decidePull(card.id, retired, emptyView);
    expect(decision.ok).toBe(false);
  });

  it('flags, but does not refuse, a card that is already pulled', () => {
    const clock = createHlcClock('T1', () => now - 60_000);
    const pulled = makeEvent({ type: 'kanban.pulled', payload: { card: card.id }, site: 'demo', device: 'T1', actor: 'u-anna' }, clock);
    const decision = decidePull(card.id, master, projectKanban(master, [pulled], now));
    expect(decision).toMatchObject({ ok: true, isAlreadyPulled: true });
  });
});
