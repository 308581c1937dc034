import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { createHlcClock, makeEvent, type GembaEvent } from '../domain';
import { openDatabase, type GembaDatabase } from './db';
import { heldEvents$, recordEvent, storageRetryMs } from './eventRepository';
import { StorageFullError } from './storageErrors';

let db: GembaDatabase | null = null;
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db?.remove();
  db = null;
});

const clock = createHlcClock('T1', () => Date.parse('2026-11-23T08:00:00Z'));
const pull = (card: string): GembaEvent => makeEvent({ type: 'kanban.pulled', payload: { card }, site: 'demo', device: 'T1', actor: 'u-anna' }, clock);
const quotaError = (): Error => Object.assign(new Error('Transaction failed: QuotaExceededError'), { name: 'QuotaExceededError' });

async function open(): Promise<GembaDatabase> {
  db = await openDatabase({ name: `repo-${Date.now()}-${Math.random()}` });
  return db;
}

describe('recordEvent', () => {
  it('commits the event and its outbox entry before resolving', async () => {
    const d = await open();
    const event = pull('KB-1001-1-13');
    await recordEvent(d, event);
    expect((await d.events.findOne(event._id).exec())?.toJSON()).toMatchObject({ id: event._id, type: 'kanban.pulled', hlc: event.hlc });
    expect(await d.outbox.count().exec()).toBe(1);
  });

  it('on a full storage: says so, keeps the events in memory in order, and saves them once space returns', async () => {
    const d = await open();
    const realInsert = d.events.insert.bind(d.events);
    let isFull = true;
    // Fault injection at the storage boundary; everything else is the real database.
    vi.spyOn(d.events, 'insert').mockImplementation((doc) => (isFull ? Promise.reject(quotaError()) : realInsert(doc)));
    vi.useFakeTimers({ toFake: ['setTimeout'] });

    const first = pull('KB-1001-1-13');
    const second = pull('KB-1001-2-0E');
    await expect(recordEvent(d, first)).rejects.toBeInstanceOf(StorageFullError);
    await expect(recordEvent(d, second)).rejects.toBeInstanceOf(StorageFullError);
    expect((await firstValueFrom(heldEvents$(d))).map((e) => e._id)).toEqual([first._id, second._id]);
    expect(await d.events.count().exec()).toBe(0);

    await vi.advanceTimersByTimeAsync(storageRetryMs); // still full: nothing lost, nothing saved
    expect((await firstValueFrom(heldEvents$(d))).length).toBe(2);

    isFull = false;
    await vi.advanceTimersByTimeAsync(storageRetryMs);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await d.events.count().exec()).toBe(2));
    expect((await firstValueFrom(heldEvents$(d))).length).toBe(0);
    expect(await d.outbox.count().exec()).toBe(2);
  });

  it('passes other storage errors through without holding the event', async () => {
    const d = await open();
    vi.spyOn(d.events, 'insert').mockRejectedValue(new Error('disk on fire'));
    await expect(recordEvent(d, pull('KB-1001-1-13'))).rejects.toThrow('disk on fire');
    expect((await firstValueFrom(heldEvents$(d))).length).toBe(0);
  });
});
