// The _changes engine: scans the seq index in pages (never the whole feed in memory), applies
// filters, and waits on the store's change events for longpoll/continuous/eventsource.
import type { DbInfo } from '../storage/store';
import type { DocSummary } from '../storage/doc-reader';
import { docJson } from '../storage/doc-json';
import type { CouchContext } from './context';
import { conflictFields, NO_DOC_OPTIONS } from './doc-read';
import type { FeedOutput } from './feed-output';

export type FeedKind = 'normal' | 'longpoll' | 'continuous' | 'eventsource';

export interface ChangesParams {
  feed: FeedKind;
  since: number;
  limit: number;
  isDescending: boolean;
  isIncludeDocs: boolean;
  isConflicts: boolean;
  isAllDocs: boolean;
  heartbeatMs: number | undefined;
  timeoutMs: number;
  /** Filter on the winner; `needsBody` when it looks inside the document. */
  filter: { test: (s: DocSummary, doc: unknown) => boolean; needsBody: boolean } | undefined;
}

const PAGE = 500;

export function rowJson(s: DocSummary, p: ChangesParams): string {
  const revs = p.isAllDocs ? s.leaves.map((l) => l.rev) : [s.rev];
  let out = `{"seq":${s.seq},"id":${JSON.stringify(s.id)},"changes":[${revs.map((r) => `{"rev":${JSON.stringify(r)}}`).join(',')}]`;
  if (s.isDeleted) out += ',"deleted":true';
  if (p.isIncludeDocs) {
    const extra = conflictFields(s, { ...NO_DOC_OPTIONS, isConflicts: p.isConflicts });
    out += `,"doc":${docJson(s.id, s.rev, s.isDeleted, s.body, extra)}`;
  }
  return out + '}';
}

function passes(s: DocSummary, p: ChangesParams): boolean {
  if (!p.filter) return true;
  const doc = p.filter.needsBody ? (JSON.parse(docJson(s.id, s.rev, s.isDeleted, s.body)) as unknown) : undefined;
  return p.filter.test(s, doc);
}

/**
 * Scans from `since`, calling `emit` per matching row, until `limit` rows, the end, or `endSeq`.
 * Returns the last seq scanned (so a filtered feed does not rescan) and the rows emitted.
 */
export async function scan(
  ctx: CouchContext, db: DbInfo, p: ChangesParams, since: number, limit: number, out: FeedOutput,
  emit: (row: DocSummary) => void,
): Promise<{ lastSeq: number; count: number }> {
  const withBodies = p.isIncludeDocs || (p.filter?.needsBody ?? false);
  const endSeq = ctx.store.updateSeq;
  let cursor = since;
  let count = 0;
  for (;;) {
    const rows = ctx.store.reader.changes(db, cursor, Math.min(PAGE, limit - count), p.isDescending, withBodies);
    for (const s of rows) {
      cursor = s.seq;
      if (!passes(s, p)) continue;
      emit(s);
      count++;
    }
    if (rows.length < PAGE || count >= limit || out.isClosed) break;
    if (!p.isDescending && cursor >= endSeq) break;
    // A long filtered scan may emit nothing for a while: keep proxies and clients patient.
    if (p.heartbeatMs !== undefined && Date.now() - out.lastWriteAt > p.heartbeatMs) {
      out.write('\n');
      out.flush();
    }
    await out.drain();
    await new Promise<void>((resolve) => setImmediate(resolve)); // let other requests in
  }
  return { lastSeq: cursor, count };
}

/** The page served to every waiting longpoll with the same parameters, per store. */
interface SharedPage {
  lastSeq: number;
  count: number;
  /** The rows, already serialised and joined. */
  text: string;
}
const sharedPages = new WeakMap<object, { updateSeq: number; pages: Map<string, SharedPage> }>();

/**
 * For longpolls woken by a change: hundreds of clients parked at the same `since` get the answer
 * from one read of the seq index and one serialisation (fan-out). Unfiltered feeds only, and only
 * when the rows fit in one page; otherwise undefined and the caller scans as usual.
 */
export function sharedLongpollPage(ctx: CouchContext, db: DbInfo, p: ChangesParams, since: number): SharedPage | undefined {
  if (p.filter || p.isDescending) return undefined;
  const updateSeq = ctx.store.updateSeq;
  let cache = sharedPages.get(ctx.store);
  if (!cache || cache.updateSeq !== updateSeq) {
    cache = { updateSeq, pages: new Map() };
    sharedPages.set(ctx.store, cache);
  }
  const key = `${db.id}|${since}|${p.limit}|${p.isIncludeDocs}|${p.isConflicts}|${p.isAllDocs}`;
  let page = cache.pages.get(key);
  if (!page) {
    const rows = ctx.store.reader.changes(db, since, Math.min(PAGE, p.limit), false, p.isIncludeDocs);
    if (rows.length >= PAGE) return undefined;
    page = { lastSeq: rows.at(-1)?.seq ?? since, count: rows.length, text: rows.map((r) => rowJson(r, p)).join(',\n') };
    cache.pages.set(key, page);
  }
  return page;
}

/** Waits for a change in `db` after `since`; heartbeats meanwhile. */
export function waitForChange(
  ctx: CouchContext, db: DbInfo, since: number, p: ChangesParams, out: FeedOutput, heartbeat: () => void,
): Promise<'change' | 'timeout' | 'closed'> {
  if (ctx.store.updateSeq > since && (ctx.store.getDb(db.name)?.updateSeq ?? 0) > since) return Promise.resolve('change');
  return new Promise((resolve) => {
    const timers: NodeJS.Timeout[] = [];
    const finish = (why: 'change' | 'timeout' | 'closed'): void => {
      for (const t of timers) clearTimeout(t);
      ctx.store.events.off('change', onChange);
      ctx.store.events.off('deleted', onDeleted);
      ctx.feeds.delete(onShutdown);
      resolve(why);
    };
    const onChange = (name: string): void => {
      if (name === db.name) finish('change');
    };
    const onDeleted = (name: string): void => {
      if (name === db.name) finish('closed');
    };
    const onShutdown = (): void => finish('closed');
    ctx.store.events.on('change', onChange);
    ctx.store.events.on('deleted', onDeleted);
    ctx.feeds.add(onShutdown);
    void out.closed.then(() => finish('closed'));
    if (p.heartbeatMs !== undefined) {
      timers.push(setInterval(heartbeat, p.heartbeatMs));
    } else {
      timers.push(setTimeout(() => finish('timeout'), p.timeoutMs));
    }
  });
}
