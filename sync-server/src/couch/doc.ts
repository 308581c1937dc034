import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, conflict } from '../errors';
import { requireDb } from '../http/names';
import { boolParam, jsonParam, stringParam, type Query } from '../http/query';
import { isJsonObject } from '../storage/doc-json';
import { isValidRev } from '../storage/rev-tree';
import type { CouchContext } from './context';
import { readDoc, type DocOptions } from './doc-read';
import { toWriteInput } from './doc-input';
import { openRevsEntries, parseOpenRevs, sendOpenRevs } from './open-revs';

type DocParams = { db: string; docid: string };
type DesignParams = { db: string; ddoc: string };

export function docOptions(q: Query): DocOptions {
  return {
    isRevs: boolParam(q, 'revs'),
    isRevsInfo: boolParam(q, 'revs_info'),
    isConflicts: boolParam(q, 'conflicts') || boolParam(q, 'meta'),
    isDeletedConflicts: boolParam(q, 'deleted_conflicts') || boolParam(q, 'meta'),
  };
}

/** GET/PUT/DELETE /couch/<db>/<docid> (and /_design/<name>). */
export function docRoute(app: FastifyInstance, ctx: CouchContext): void {
  const get = async (req: FastifyRequest, reply: FastifyReply, id: string, dbName: string): Promise<FastifyReply> => {
    const db = requireDb(ctx.store, dbName);
    const q = req.query as Query;
    const opts = docOptions(q);
    const openRevs = stringParam(q, 'open_revs') === 'all' ? 'all' : jsonParam(q, 'open_revs');
    if (openRevs !== undefined) {
      const entries = openRevsEntries(ctx.store, db, id, parseOpenRevs(openRevs), boolParam(q, 'latest'), opts);
      return sendOpenRevs(reply, entries, (req.headers.accept ?? '').includes('multipart/mixed'));
    }
    const rev = stringParam(q, 'rev');
    if (rev !== undefined && !isValidRev(rev)) throw badRequest('Invalid rev format');
    const json = readDoc(ctx.store, db, id, rev, opts);
    const etagRev = /"_rev":"([^"]+)"/.exec(json)?.[1];
    if (etagRev) void reply.header('etag', `"${etagRev}"`);
    return reply.type('application/json').send(json);
  };

  const put = async (req: FastifyRequest, reply: FastifyReply, id: string, dbName: string): Promise<FastifyReply> => {
    const db = requireDb(ctx.store, dbName);
    const q = req.query as Query;
    const body: unknown = req.body;
    if (!isJsonObject(body)) throw badRequest('Document must be a JSON object');
    if (body._id !== undefined && body._id !== id) throw badRequest('Document id must match the URL');
    const queryRev = stringParam(q, 'rev') ?? ifMatch(req);
    const doc = queryRev !== undefined && body._rev === undefined ? { ...body, _rev: queryRev } : body;
    const isNewEdits = boolParam(q, 'new_edits', true);
    const input = toWriteInput(doc, isNewEdits, id);
    const [result] = ctx.store.writeDocs(db, [input], isNewEdits);
    if (!result || 'error' in result) throw conflict();
    ctx.metrics.docsWritten += 1;
    return reply.code(201).header('etag', `"${result.rev}"`).send({ ok: true, id, rev: result.rev });
  };

  const del = async (req: FastifyRequest, reply: FastifyReply, id: string, dbName: string): Promise<FastifyReply> => {
    const db = requireDb(ctx.store, dbName);
    const rev = stringParam(req.query as Query, 'rev') ?? ifMatch(req);
    if (rev === undefined) throw conflict();
    const input = toWriteInput({ _id: id, _rev: rev, _deleted: true }, true, id);
    const [result] = ctx.store.writeDocs(db, [input], true);
    if (!result || 'error' in result) throw conflict();
    ctx.metrics.docsWritten += 1;
    return reply.code(200).header('etag', `"${result.rev}"`).send({ ok: true, id, rev: result.rev });
  };

  app.get<{ Params: DocParams }>('/couch/:db/:docid', (req, reply) => get(req, reply, req.params.docid, req.params.db));
  app.put<{ Params: DocParams }>('/couch/:db/:docid', (req, reply) => put(req, reply, req.params.docid, req.params.db));
  app.delete<{ Params: DocParams }>('/couch/:db/:docid', (req, reply) => del(req, reply, req.params.docid, req.params.db));
  const design = (p: DesignParams): string => `_design/${p.ddoc}`;
  app.get<{ Params: DesignParams }>('/couch/:db/_design/:ddoc', (req, reply) => get(req, reply, design(req.params), req.params.db));
  app.put<{ Params: DesignParams }>('/couch/:db/_design/:ddoc', async (req, reply) => {
    ctx.auth.requireAdmin(req); // design docs are code in CouchDB: admin only
    return put(req, reply, design(req.params), req.params.db);
  });
  app.delete<{ Params: DesignParams }>('/couch/:db/_design/:ddoc', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    return del(req, reply, design(req.params), req.params.db);
  });
}

function ifMatch(req: FastifyRequest): string | undefined {
  const value = req.headers['if-match'];
  return typeof value === 'string' ? value.replace(/"/g, '') : undefined;
}
