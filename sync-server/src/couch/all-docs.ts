import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { boolParam, intParam, jsonParam, keyParam, stringParam, type Query } from '../http/query';
import { docJson, isJsonObject } from '../storage/doc-json';
import type { DocSummary } from '../storage/doc-reader';
import type { DbInfo } from '../storage/store';
import type { CouchContext } from './context';
import { conflictFields, NO_DOC_OPTIONS } from './doc-read';

const MAX_KEYS = 100_000;

/** GET/POST /couch/<db>/_all_docs — by id range, or by `keys` (deleted and missing rows included). */
export function allDocsRoute(app: FastifyInstance, ctx: CouchContext): void {
  const handle = async (req: FastifyRequest<{ Params: { db: string } }>, reply: FastifyReply): Promise<FastifyReply> => {
    const db = requireDb(ctx.store, req.params.db);
    const q = { ...(req.query as Query) };
    let keys = jsonParam(q, 'keys');
    const body: unknown = req.body;
    if (req.method === 'POST') {
      if (!isJsonObject(body)) throw badRequest('Request body must be a JSON object');
      if (body.keys !== undefined) keys = body.keys;
      // Some clients (RxDB) put query options in the body.
      for (const name of ['include_docs', 'conflicts', 'limit', 'skip', 'descending']) {
        const v = body[name];
        if (v !== undefined && q[name] === undefined) q[name] = JSON.stringify(v);
      }
    }
    const isIncludeDocs = boolParam(q, 'include_docs');
    const isConflicts = boolParam(q, 'conflicts');
    const opts = { ...NO_DOC_OPTIONS, isConflicts };
    const row = (s: DocSummary): string =>
      `{"id":${JSON.stringify(s.id)},"key":${JSON.stringify(s.id)},"value":{"rev":${JSON.stringify(s.rev)}${s.isDeleted ? ',"deleted":true' : ''}}` +
      (isIncludeDocs ? `,"doc":${s.isDeleted ? 'null' : docJson(s.id, s.rev, false, s.body, conflictFields(s, opts))}` : '') +
      '}';
    let rows: string[];
    let offset = 0;
    if (keys !== undefined) {
      if (!Array.isArray(keys) || keys.length > MAX_KEYS) throw badRequest('`keys` must be an array');
      rows = byKeys(ctx, db, keys, isIncludeDocs, row);
    } else {
      const isDescending = boolParam(q, 'descending');
      const startkey = keyParam(q, 'startkey', 'start_key', 'startkey_docid');
      const range = {
        startkey,
        endkey: keyParam(q, 'endkey', 'end_key', 'endkey_docid'),
        isInclusiveEnd: boolParam(q, 'inclusive_end', true),
        isDescending,
        limit: intParam(q, 'limit', -1, 0),
        skip: intParam(q, 'skip', 0, 0),
        withBodies: isIncludeDocs,
      };
      if (stringParam(q, 'key') !== undefined) {
        const key = keyParam(q, 'key');
        Object.assign(range, { startkey: key, endkey: key, isInclusiveEnd: true });
      }
      rows = ctx.store.reader.range(db, range).map(row);
      offset = ctx.store.reader.offsetBefore(db, range.startkey, isDescending) + range.skip;
    }
    const json = `{"total_rows":${db.docCount},"offset":${offset},"rows":[\n${rows.join(',\n')}\n]}`;
    return reply.type('application/json').send(json);
  };
  app.get<{ Params: { db: string } }>('/couch/:db/_all_docs', handle);
  app.post<{ Params: { db: string } }>('/couch/:db/_all_docs', handle);
}

function byKeys(ctx: CouchContext, db: DbInfo, keys: unknown[], withBodies: boolean, row: (s: DocSummary) => string): string[] {
  const found = ctx.store.reader.summaries(db, keys.filter((k): k is string => typeof k === 'string'), withBodies);
  return keys.map((key) => {
    const s = typeof key === 'string' ? found.get(key) : undefined;
    return s ? row(s) : `{"key":${JSON.stringify(key)},"error":"not_found"}`;
  });
}
