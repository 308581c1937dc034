import { describe, expect, it } from 'vitest';
import { createHlcClock } from '../clock/hlc';
import { eventAt } from '../testing/eventBuilder';
import { makeEvent } from './makeEvent';
import { compareEvents, sortEvents } from './order';
import { eventTypes, payloadSchemas } from './payloadSchemas';
import { validateEvent } from './validateEvent';

const clock = () => createHlcClock('tab-1', () => Date.UTC(2026, 2, 10, 6));
const base = { site: 'demo', device: 'tab-1', actor: 'u-anna' };

describe('event catalogue', () => {
  it('has the types of issue 4 plus board.hour-commented', () => {
    expect(eventTypes).toHaveLength(16);
    expect(eventTypes).toContain('board.hour-commented');
    expect(Object.keys(payloadSchemas)).toEqual(eventTypes);
  });

  it('makeEvent stamps id, version, hlc and wall time, and the result validates', () => {
    const e = makeEvent({ ...base, type: 'kanban.pulled', payload: { card: 'KB-1001-1-13' } }, clock());
    expect(e).toMatchObject({ type: 'kanban.pulled', v: 1, at: '2026-03-10T06:00:00.000Z', payload: { card: 'KB-1001-1-13' } });
    expect(e._id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(e.hlc.startsWith(String(Date.UTC(2026, 2, 10, 6)).padStart(15, '0'))).toBe(true);
    expect(validateEvent(e)).toEqual({ ok: true, event: e });
  });

  it('ids from one clock sort in creation order', () => {
    const c = clock();
    const events = Array.from({ length: 50 }, () => makeEvent({ ...base, type: 'operator.signed-out', payload: {} }, c));
    expect(sortEvents([...events].reverse())).toEqual(events);
    expect(events.map((e) => e._id)).toEqual([...events.map((e) => e._id)].sort());
  });

  it.each([
    ['missing payload field', { type: 'kanban.pulled', payload: {} }],
    ['unknown payload field', { type: 'kanban.pulled', payload: { card: 'x', extra: 1 } }],
    ['negative good', { type: 'production.reported', payload: { station: 's', part: 'p', good: -1, scrap: 0 } }],
    ['bad andon kind', { type: 'andon.raised', payload: { andon: 'a', station: 's', kind: 'fire' } }],
    ['zero qty move', { type: 'wip.moved', payload: { part: 'p', qty: 0, from: 'a', to: 'b' } }],
    ['unknown type', { type: 'kanban.teleported', payload: { card: 'x' } }],
    ['future version', { type: 'kanban.pulled', v: 9, payload: { card: 'x' } }],
    ['bad hlc', { type: 'kanban.pulled', hlc: '12', payload: { card: 'x' } }],
  ])('rejects %s with event-invalid', (_name, patch) => {
    const good = makeEvent({ ...base, type: 'kanban.pulled', payload: { card: 'x' } }, clock());
    const result = validateEvent({ ...good, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('event-invalid');
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('passes CouchDB bookkeeping fields through', () => {
    const e = makeEvent({ ...base, type: 'andon.acknowledged', payload: { andon: 'A1' } }, clock());
    expect(validateEvent({ ...e, _rev: '1-abc', _deleted: false }).ok).toBe(true);
    expect(validateEvent(null).ok).toBe(false);
  });

  it('orders by hlc, then id', () => {
    const a = eventAt('kanban.pulled', { card: 'x' }, { t: 1000, id: 'B' });
    const b = eventAt('kanban.pulled', { card: 'x' }, { t: 1000, id: 'A' });
    const c = eventAt('kanban.pulled', { card: 'x' }, { t: 999, id: 'Z' });
    expect(sortEvents([a, b, c])).toEqual([c, b, a]);
    expect(compareEvents(a, a)).toBe(0);
  });
});
