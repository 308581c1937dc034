import { BehaviorSubject, Observable } from 'rxjs';
import type { GembaEvent } from '../domain';
import type { GembaDatabase } from './db';
import type { StoredEvent } from './schemas/eventSchema';
import { isQuotaError, StorageFullError } from './storageErrors';

export function toStoredEvent(event: GembaEvent): StoredEvent {
  const { _id, ...rest } = event;
  return { id: _id, ...rest };
}

export function fromStoredEvent(doc: StoredEvent): GembaEvent {
  const { id, type, v, hlc, at, site, device, actor, payload } = doc;
  return { _id: id, type, v, hlc, at, site, device, actor, payload } as GembaEvent;
}

/** Events the storage refused for lack of space, held in memory and retried until they are committed. */
interface HeldEvents {
  held$: BehaviorSubject<readonly GembaEvent[]>;
  timer: ReturnType<typeof setTimeout> | null;
}

const heldByDb = new WeakMap<GembaDatabase, HeldEvents>();
export const storageRetryMs = 3000;

function heldFor(db: GembaDatabase): HeldEvents {
  let held = heldByDb.get(db);
  if (!held) {
    held = { held$: new BehaviorSubject<readonly GembaEvent[]>([]), timer: null };
    heldByDb.set(db, held);
  }
  return held;
}

/**
 * The event write is the commit that matters; the outbox entry only feeds the "waiting to sync"
 * count (replication sends the event regardless), so a failure there does not unsave the event.
 */
async function addToOutbox(db: GembaDatabase, id: string): Promise<void> {
  try {
    await db.outbox.insert({ id, recordedAt: Date.now() });
  } catch (error) {
    console.warn('outbox entry not written; the event is saved and will sync, the waiting count is short by one', error);
  }
}

/** A retry: writes the event unless an earlier attempt already did. */
async function commitHeld(db: GembaDatabase, event: GembaEvent): Promise<void> {
  if ((await db.events.findOne(event._id).exec()) === null) await db.events.insert(toStoredEvent(event));
  await addToOutbox(db, event._id);
}

async function retryHeld(db: GembaDatabase): Promise<void> {
  const held = heldFor(db);
  held.timer = null;
  for (const event of held.held$.value) {
    try {
      await commitHeld(db, event);
      held.held$.next(held.held$.value.filter((e) => e._id !== event._id));
    } catch {
      break; // still full: keep the rest in order and wait
    }
  }
  if (held.held$.value.length > 0) scheduleRetry(db);
}

function scheduleRetry(db: GembaDatabase): void {
  const held = heldFor(db);
  if (held.timer === null && !db.closed) held.timer = setTimeout(() => void retryHeld(db), storageRetryMs);
}

/**
 * Commits an event made on this tablet. Resolves only after IndexedDB has committed it, which is
 * the moment the UI may say "saved". When the storage is full the event is kept in memory, retried
 * every few seconds, and the caller gets a StorageFullError so the person is told it is NOT saved.
 */
export async function recordEvent(db: GembaDatabase, event: GembaEvent): Promise<void> {
  const held = heldFor(db);
  // Keep order: while older events wait for space, a newer one waits behind them.
  if (held.held$.value.length > 0) {
    held.held$.next([...held.held$.value, event]);
    scheduleRetry(db);
    throw new StorageFullError(null);
  }
  try {
    await db.events.insert(toStoredEvent(event));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    held.held$.next([...held.held$.value, event]);
    scheduleRetry(db);
    throw new StorageFullError(error);
  }
  await addToOutbox(db, event._id);
}

/** Events recorded by a person but not yet committed because storage is full. */
export function heldEvents$(db: GembaDatabase): Observable<readonly GembaEvent[]> {
  return heldFor(db).held$.asObservable();
}

/** Emits every stored event once (oldest hlc first), then each event as it arrives, local or pulled. */
export function eventStream(db: GembaDatabase): Observable<GembaEvent[]> {
  return new Observable<GembaEvent[]>((subscriber) => {
    let isLoaded = false;
    const early: GembaEvent[] = [];
    const inserts = db.events.insert$.subscribe((change) => {
      const event = fromStoredEvent(change.documentData);
      if (isLoaded) subscriber.next([event]);
      else early.push(event);
    });
    db.events
      .find({ sort: [{ hlc: 'asc' }] })
      .exec()
      .then((docs) => {
        isLoaded = true;
        subscriber.next([...docs.map((d) => fromStoredEvent(d.toJSON() as StoredEvent)), ...early]);
      })
      .catch((error: unknown) => subscriber.error(error));
    return () => inserts.unsubscribe();
  });
}

export function pendingCount$(db: GembaDatabase): Observable<number> {
  return db.outbox.count().$;
}

export async function markSynced(db: GembaDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.outbox.bulkRemove([...ids]);
}
