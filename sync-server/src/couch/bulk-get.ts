import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { boolParam, type Query } from '../http/query';
import { docJson, isJsonObject } from '../storage/doc-json';
import { isValidRev, leavesFrom, revisionsObject, sortedLeaves } from '../storage/rev-tree';
import type { DbInfo } from '../storage/store';
import type { CouchContext } from './context';
import { NO_DOC_OPTIONS, type DocOptions } from './doc-read';

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
  // One query per document: the tree with the bodies of its leaves and of the asked-for rev.
  const { tree, bodies } = ctx.store.reader.loadTree(db, id, rev);
  let revs: string[];
  if (tree.size === 0) revs = [];
  else if (rev === undefined) {
    const winner = sortedLeaves(tree.values())[0];
    revs = winner && !winner.isDeleted ? [winner.rev] : [];
  } else if (isLatest) revs = tree.has(rev) ? leavesFrom(tree, rev) : [rev];
  else revs = [rev];
  if (revs.length === 0) {
    return `{"id":${JSON.stringify(id)},"docs":[${errorDoc(id, rev ?? 'undefined', 'not_found', tree.size > 0 ? 'deleted' : 'missing')}]}`;
  }
  const docs = revs.map((r) => {
    const node = tree.get(r);
    const body = bodies.get(r);
    if (!node || body === undefined || body === null) return errorDoc(id, r, 'not_found', 'missing');
    const extra = opts.isRevs ? { _revisions: revisionsObject(tree, r) } : undefined;
    return `{"ok":${docJson(id, r, node.isDeleted, body, extra)}}`;
  });
  return `{"id":${JSON.stringify(id)},"docs":[${docs.join(',')}]}`;
}
