import type { FastifyInstance } from 'fastify';
import { badRequest, conflict, notFound } from '../errors';
import { requireDb } from '../http/names';
import { stringParam, type Query } from '../http/query';
import { bodyText, docJson, isJsonObject } from '../storage/doc-json';
import type { CouchContext } from './context';

type LocalParams = { db: string; id: string };

/** /couch/<db>/_local/<id> — replication checkpoints; never replicated, never in _changes. */
export function localRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.get<{ Params: LocalParams }>('/couch/:db/_local/:id', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    const id = `_local/${req.params.id}`;
    const doc = ctx.store.getLocal(db, id);
    if (!doc) throw notFound('missing');
    return reply.type('application/json').send(docJson(id, doc.rev, false, doc.body));
  });
  app.put<{ Params: LocalParams }>('/couch/:db/_local/:id', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    const id = `_local/${req.params.id}`;
    const body: unknown = req.body;
    if (!isJsonObject(body)) throw badRequest('Document must be a JSON object');
    const text = bodyText(body);
    if ('badField' in text) throw badRequest(`Bad special document member: ${text.badField}`);
    const expected = typeof body._rev === 'string' ? body._rev : stringParam(req.query as Query, 'rev');
    const written = ctx.store.putLocal(db, id, expected, text.body);
    if (written === 'conflict') throw conflict();
    return reply.code(201).send({ ok: true, id, rev: written.rev });
  });
  app.delete<{ Params: LocalParams }>('/couch/:db/_local/:id', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    const id = `_local/${req.params.id}`;
    if (!ctx.store.deleteLocal(db, id)) throw notFound('missing');
    return reply.send({ ok: true, id, rev: '0-0' });
  });
}
