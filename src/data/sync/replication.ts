import type { RxCollection } from 'rxdb';
import { replicateCouchDB, type RxCouchDBReplicationState } from 'rxdb/plugins/replication-couchdb';
import { Subscription } from 'rxjs';
import type { GembaDatabase } from '../db';
import { markSynced } from '../eventRepository';
import { createBackoff } from './backoff';
import { toServerDoc } from './serverDocs';
import type { SyncReporter } from './syncReporter';

export interface SyncOptions {
  /** Origin of the plant server, e.g. `https://gemba.plant.local`; the CouchDB API is at `/couch/`. */
  serverOrigin: string;
  site: string;
  reporter: SyncReporter;
  fetch?: typeof fetch;
}

export interface SyncHandle {
  syncNow(): void;
  stop(): Promise<void>;
}

function dbUrl(origin: string, db: string): string {
  return `${origin.replace(/\/$/, '')}/couch/${encodeURIComponent(db)}/`;
}

/**
 * Wraps fetch so every answer or failure from the server updates the sync indicator, and so that
 * stopping sync also ends requests still open (a long poll would otherwise hold on for a minute).
 */
function observedFetch(base: typeof fetch, reporter: SyncReporter, stopped: AbortSignal): typeof fetch {
  return async (input, init) => {
    try {
      const response = await base(input, { ...init, signal: stopped });
      if (response.status >= 500) reporter.serverError(`HTTP ${response.status}`);
      else reporter.reached(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return response;
    } catch (error) {
      if (stopped.aborted) throw error;
      reporter.unreachable(error instanceof Error ? error.message : String(error));
      throw error;
    }
  };
}

const isBrowserOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Failures against a reachable network back off (1 s doubling to 60 s). While the browser is
 * offline nothing grows: RxDB waits for the 'online' event anyway, and a long wait built up during
 * an outage would delay the first sync after it. Returns the reset used when the network returns.
 */
function withBackoff(state: RxCouchDBReplicationState<unknown>, subs: Subscription): () => void {
  const backoff = createBackoff(1000, 60_000);
  const reset = (): void => {
    state.retryTime = backoff.reset();
  };
  reset();
  subs.add(state.error$.subscribe(() => (isBrowserOffline() ? reset() : (state.retryTime = backoff.next()))));
  subs.add(state.received$.subscribe(reset));
  subs.add(state.sent$.subscribe(reset));
  return reset;
}

function pullOnly(collection: RxCollection, url: string, fetchFn: typeof fetch, id: string) {
  return replicateCouchDB({
    replicationIdentifier: id,
    collection,
    url,
    fetch: fetchFn,
    live: true,
    pull: { batchSize: 200, modifier: (doc: Record<string, unknown>) => toServerDoc(doc) },
  });
}

/** Live two-way replication of the site's events, and pull-only replication of master data and snapshots. */
export function startSync(db: GembaDatabase, options: SyncOptions): SyncHandle {
  const stopping = new AbortController();
  const fetchFn = observedFetch(options.fetch ?? globalThis.fetch.bind(globalThis), options.reporter, stopping.signal);
  const subs = new Subscription();
  const events = replicateCouchDB({
    replicationIdentifier: `gemba-events-${options.site}`,
    collection: db.events,
    url: dbUrl(options.serverOrigin, `${options.site}-events`),
    fetch: fetchFn,
    live: true,
    pull: { batchSize: 200 },
    push: { batchSize: 100 },
  });
  const master = pullOnly(db.master, dbUrl(options.serverOrigin, `${options.site}-master`), fetchFn, `gemba-master-${options.site}`);
  const state = pullOnly(db.state, dbUrl(options.serverOrigin, `${options.site}-state`), fetchFn, `gemba-state-${options.site}`);
  const all = [events, master, state] as RxCouchDBReplicationState<unknown>[];
  const resets = all.map((s) => withBackoff(s, subs));

  // Acknowledged events leave the outbox in batches: one IndexedDB write per push, not per event.
  let acknowledged: string[] = [];
  const flushAcknowledged = (): void => {
    const ids = acknowledged;
    acknowledged = [];
    options.reporter.synced();
    markSynced(db, ids).catch((error: unknown) => options.reporter.localError(String(error)));
  };
  subs.add(
    events.sent$.subscribe((doc) => {
      if (acknowledged.length === 0) setTimeout(flushAcknowledged, 50);
      acknowledged.push(String((doc as { id?: unknown }).id));
    }),
  );
  for (const s of all) subs.add(s.received$.subscribe(() => options.reporter.synced()));
  // A first pass that finds nothing new still means this tablet is in step with the server.
  events
    .awaitInitialReplication()
    .then(() => options.reporter.synced())
    .catch(() => undefined);
  for (const s of all) subs.add(s.error$.subscribe((error) => options.reporter.replicationError(error.message)));

  const syncNow = (): void => all.forEach((s) => s.reSync());
  // The browser says the network is back: try at once instead of waiting out the back-off.
  const onOnline = (): void => {
    resets.forEach((reset) => reset());
    syncNow();
  };
  // Absent in Node (tests, tools); RxDB itself also waits for 'online' before retrying.
  globalThis.addEventListener?.('online', onOnline);

  return {
    syncNow,
    async stop() {
      globalThis.removeEventListener?.('online', onOnline);
      subs.unsubscribe();
      const cancelled = Promise.all(all.map((s) => s.cancel()));
      stopping.abort();
      await cancelled;
    },
  };
}
