import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { isJsonObject } from '../storage/doc-json';
import type { CouchContext } from './context';

/** _compact, _revs_limit, _security, _ensure_full_commit on /couch/<db>. */
export function dbAdminRoutes(app: FastifyInstance, ctx: CouchContext): void {
  app.post<{ Params: { db: string } }>('/couch/:db/_compact', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    const db = requireDb(ctx.store, req.params.db);
    // Synchronous and quick at plant scale; CouchDB answers 202 and compacts in the background.
    ctx.store.compact(db);
    return reply.code(202).send({ ok: true });
  });
  app.get<{ Params: { db: string } }>('/couch/:db/_revs_limit', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    return reply.type('application/json').send(String(db.revsLimit));
  });
  app.put<{ Params: { db: string } }>('/couch/:db/_revs_limit', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    const db = requireDb(ctx.store, req.params.db);
    const limit: unknown = req.body;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100_000) {
      throw badRequest('_revs_limit must be a positive integer');
    }
    ctx.store.setRevsLimit(db, limit);
    return reply.send({ ok: true });
  });
  app.get<{ Params: { db: string } }>('/couch/:db/_security', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    return reply.type('application/json').send(ctx.store.getSecurity(db));
  });
  app.put<{ Params: { db: string } }>('/couch/:db/_security', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    const db = requireDb(ctx.store, req.params.db);
    if (!isJsonObject(req.body)) throw badRequest('Security object must be a JSON object');
    ctx.store.setSecurity(db, JSON.stringify(req.body));
    return reply.send({ ok: true });
  });
  // Every acknowledged write is already fsynced, so there is nothing to flush.
  app.post<{ Params: { db: string } }>('/couch/:db/_ensure_full_commit', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    return reply.code(201).send({ ok: true, instance_start_time: String(db.createdAt) });
  });
}
