import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { boolParam, enumParam, intParam, jsonParam, stringParam, type Query } from '../http/query';
import { isJsonObject } from '../storage/doc-json';
import type { DbInfo } from '../storage/store';
import type { CouchContext } from './context';
import { rowJson, scan, sharedLongpollPage, waitForChange, type ChangesParams, type FeedKind } from './changes-feed';
import { FeedOutput } from './feed-output';
import { compileSelector } from './selector';

const FEEDS: readonly FeedKind[] = ['normal', 'longpoll', 'continuous', 'eventsource'];
const DEFAULT_TIMEOUT_MS = 60_000;

/** `since`: an integer, `now`, or a CouchDB 2+ style "N-opaque" string (we use its number). */
function parseSince(raw: string | undefined, db: DbInfo, isDescending: boolean): number {
  if (raw === undefined || raw === '') return isDescending ? Number.MAX_SAFE_INTEGER : 0;
  if (raw === 'now') return db.updateSeq;
  const text = raw.startsWith('"') ? raw.slice(1, -1) : raw;
  const m = /^(\d{1,16})(-[A-Za-z0-9_-]*)?$/.exec(text);
  if (!m) throw badRequest('Malformed `since` parameter.');
  return Number(m[1]);
}

function parseParams(req: FastifyRequest, db: DbInfo): ChangesParams {
  const q = req.query as Query;
  const body: unknown = req.body;
  const feed = enumParam(q, 'feed', FEEDS, 'normal');
  const isDescending = boolParam(q, 'descending');
  if (isDescending && feed !== 'normal') throw badRequest('descending is only supported with feed=normal');
  const heartbeatRaw = stringParam(q, 'heartbeat');
  const heartbeatMs =
    heartbeatRaw === undefined || heartbeatRaw === 'false' ? undefined
    : heartbeatRaw === 'true' ? 60_000
    : intParam(q, 'heartbeat', 60_000, 1000, 3_600_000);
  intParam(q, 'seq_interval', 1, 1); // validated; every row carries its seq, which clients accept
  const limit = intParam(q, 'limit', Number.MAX_SAFE_INTEGER, 0);
  const params: ChangesParams = {
    feed,
    since: parseSince(stringParam(q, 'since'), db, isDescending),
    limit: limit === 0 ? 1 : limit,
    isDescending,
    isIncludeDocs: boolParam(q, 'include_docs'),
    isConflicts: boolParam(q, 'conflicts'),
    isAllDocs: enumParam(q, 'style', ['main_only', 'all_docs'] as const, 'main_only') === 'all_docs',
    heartbeatMs,
    timeoutMs: intParam(q, 'timeout', DEFAULT_TIMEOUT_MS, 0, 3_600_000),
    filter: undefined,
  };
  const filter = stringParam(q, 'filter');
  if (filter === '_doc_ids') {
    const ids = (isJsonObject(body) ? body.doc_ids : undefined) ?? jsonParam(q, 'doc_ids');
    if (!Array.isArray(ids) || !ids.every((i) => typeof i === 'string')) throw badRequest('filter=_doc_ids needs a doc_ids array');
    const set = new Set(ids);
    params.filter = { test: (s) => set.has(s.id), needsBody: false };
  } else if (filter === '_selector') {
    const selector = isJsonObject(body) ? body.selector : undefined;
    const match = compileSelector(selector);
    params.filter = { test: (_s, doc) => match(doc), needsBody: true };
  } else if (filter === '_design') {
    params.filter = { test: (s) => s.id.startsWith('_design/'), needsBody: false };
  } else if (filter !== undefined && filter !== '') {
    throw badRequest(`Unsupported filter: ${filter} (supported: _doc_ids, _selector, _design)`);
  }
  return params;
}

/** GET/POST /couch/<db>/_changes. */
export function changesRoute(app: FastifyInstance, ctx: CouchContext): void {
  const handle = async (req: FastifyRequest<{ Params: { db: string } }>, reply: FastifyReply): Promise<FastifyReply> => {
    const db = requireDb(ctx.store, req.params.db);
    const p = parseParams(req, db);
    if (p.feed === 'continuous' || p.feed === 'eventsource') await streamFeed(ctx, db, p, reply);
    else await batchFeed(ctx, db, p, reply);
    return reply;
  };
  app.get<{ Params: { db: string } }>('/couch/:db/_changes', handle);
  app.post<{ Params: { db: string } }>('/couch/:db/_changes', handle);
}

/** normal and longpoll: one JSON object `{results, last_seq, pending}`. */
async function batchFeed(ctx: CouchContext, db: DbInfo, p: ChangesParams, reply: FastifyReply): Promise<void> {
  const out = new FeedOutput(reply, 'application/json');
  let isFirst = true;
  out.write('{"results":[\n');
  const emit = (s: Parameters<typeof rowJson>[0]): void => {
    out.write((isFirst ? '' : ',\n') + rowJson(s, p));
    isFirst = false;
  };
  let { lastSeq, count } = await scan(ctx, db, p, p.since, p.limit, out, emit);
  if (p.feed === 'longpoll' && count === 0) {
    ctx.metrics.openFeeds++;
    try {
      while (count === 0 && !out.isClosed) {
        const why = await waitForChange(ctx, db, lastSeq, p, out, () => {
          out.write('\n');
          out.flush();
        });
        if (why !== 'change') break;
        const shared = sharedLongpollPage(ctx, db, p, lastSeq);
        if (shared) {
          if (shared.count > 0) {
            out.write(shared.text);
            isFirst = false;
          }
          ({ lastSeq, count } = shared);
          continue;
        }
        const fresh = ctx.store.getDb(db.name);
        if (!fresh) break;
        ({ lastSeq, count } = await scan(ctx, fresh, p, lastSeq, p.limit, out, emit));
      }
    } finally {
      ctx.metrics.openFeeds--;
    }
  }
  if (p.isDescending && count === 0) lastSeq = p.since === Number.MAX_SAFE_INTEGER ? db.updateSeq : p.since;
  const pending = p.feed === 'normal' && !p.isDescending ? ctx.store.reader.pending(db, lastSeq) : 0;
  out.end(`${isFirst ? '' : '\n'}],\n"last_seq":${lastSeq},"pending":${pending}}\n`);
}

/** continuous (JSON lines) and eventsource (SSE): rows as they happen, until timeout or close. */
async function streamFeed(ctx: CouchContext, db: DbInfo, p: ChangesParams, reply: FastifyReply): Promise<void> {
  const isSse = p.feed === 'eventsource';
  const out = new FeedOutput(reply, isSse ? 'text/event-stream' : 'application/json');
  const emit = (s: Parameters<typeof rowJson>[0]): void => {
    out.write(isSse ? `data: ${rowJson(s, p)}\nid: ${s.seq}\n\n` : rowJson(s, p) + '\n');
  };
  const heartbeat = (): void => {
    out.write(isSse ? 'event: heartbeat\ndata: \n\n' : '\n');
    out.flush();
  };
  let since = p.since;
  let remaining = p.limit;
  ctx.metrics.openFeeds++;
  try {
    for (;;) {
      const current = ctx.store.getDb(db.name);
      if (!current) break;
      const { lastSeq, count } = await scan(ctx, current, p, since, remaining, out, emit);
      since = lastSeq;
      remaining -= count;
      out.flush();
      if (remaining <= 0 || out.isClosed) break;
      const why = await waitForChange(ctx, current, since, p, out, heartbeat);
      if (why !== 'change') break;
    }
  } finally {
    ctx.metrics.openFeeds--;
  }
  if (!out.isClosed) out.end(isSse ? '' : `{"last_seq":${since}}\n`);
}
