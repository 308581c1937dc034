import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { boolParam, type Query } from '../http/query';
import { isJsonObject } from '../storage/doc-json';
import { isValidRev, leavesFrom } from '../storage/rev-tree';
import type { DbInfo } from '../storage/store';
import type { CouchContext } from './context';
import { revisionJson, NO_DOC_OPTIONS, type DocOptions } from './doc-read';

const MAX_BULK_GET = 10_000;

/** POST /couch/<db>/_bulk_get — PouchDB's fast path for fetching missing revisions. */
export function bulkGetRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.post<{ Params: { db: string } }>('/couch/:db/_bulk_get', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    const q = req.query as Query;
    const opts: DocOptions = { ...NO_DOC_OPTIONS, isRevs: boolParam(q, 'revs') };
    const isLatest = boolParam(q, 'latest');
    const body: unknown = req.body;
    if (!isJsonObject(body) || !Array.isArray(body.docs) || body.docs.length > MAX_BULK_GET) {
      throw badRequest('Request body must be {"docs": [...]}');
    }
    const results = (body.docs as unknown[]).map((d) => resultFor(ctx, db, d, isLatest, opts));
    return reply.type('application/json').send(`{"results":[${results.join(',')}]}`);
  });
}

function errorDoc(id: string, rev: string, error: string, reason: string): string {
  return `{"error":${JSON.stringify({ id, rev, error, reason })}}`;
}

function resultFor(ctx: CouchContext, db: DbInfo, d: unknown, isLatest: boolean, opts: DocOptions): string {
  if (!isJsonObject(d) || typeof d.id !== 'string') {
    const id = isJsonObject(d) && typeof d.id === 'string' ? d.id : '';
    return `{"id":${JSON.stringify(id)},"docs":[${errorDoc(id, 'undefined', 'bad_request', 'Missing or invalid id')}]}`;
  }
  const id = d.id;
  const rev = d.rev;
  if (rev !== undefined && !isValidRev(rev)) {
    return `{"id":${JSON.stringify(id)},"docs":[${errorDoc(id, JSON.stringify(rev), 'bad_request', 'Invalid rev format')}]}`;
  }
  const summary = ctx.store.reader.summary(db, id, false);
  let revs: string[];
  if (!summary) revs = [];
  else if (rev === undefined) revs = summary.isDeleted ? [] : [summary.rev];
  else if (isLatest) {
    const tree = ctx.store.reader.revTree(db, id);
    revs = tree.has(rev) ? leavesFrom(tree, rev) : [rev];
  } else revs = [rev];
  if (revs.length === 0) {
    return `{"id":${JSON.stringify(id)},"docs":[${errorDoc(id, rev ?? 'undefined', 'not_found', summary ? 'deleted' : 'missing')}]}`;
  }
  const docs = revs.map((r) => {
    const json = revisionJson(ctx.store, db, id, r, opts);
    return json === undefined ? errorDoc(id, r, 'not_found', 'missing') : `{"ok":${json}}`;
  });
  return `{"id":${JSON.stringify(id)},"docs":[${docs.join(',')}]}`;
}
